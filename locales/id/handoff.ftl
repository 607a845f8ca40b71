### Handoff: the queue, a counsellor joining, the rating after closing.

# Sent after a ticket opens. $position: the user's place in the queue (1 = next).
handoff-queued = { $position ->
        [1] Permintaan Anda sudah masuk antrean konselor. Anda berikutnya.
       *[other] Permintaan Anda sudah masuk antrean konselor. Posisi Anda: ke-{ $position }.
    } Sambil menunggu, Anda tetap bisa membaca informasi: ketik "menu".
# Sent with handoff-queued when the organisation is closed. $day (a weekday-* message), $time
# (e.g. 08:00) and $zone (WIB, WITA or WIT): when it opens.
handoff-closed = Konselor kami sedang tidak bertugas dan akan kembali hari { $day } pukul { $time } { $zone }. Jika Anda dalam bahaya sekarang, hubungi:
    { $emergency_contacts }
# $name: the counsellor's display name.
handoff-joined = Konselor { $name } sudah bergabung. Silakan tulis pesan Anda di sini; konselor akan membalas.

rating-ask = Percakapan dengan konselor sudah selesai. Bagaimana bantuan yang Anda terima?
rating-5 = Sangat membantu
rating-4 = Membantu
rating-3 = Biasa saja
rating-2 = Kurang membantu
rating-1 = Tidak membantu
rating-thanks = Terima kasih atas penilaian Anda. Ketik "menu" kapan saja untuk kembali ke menu utama.

weekday-mon = Senin
weekday-tue = Selasa
weekday-wed = Rabu
weekday-thu = Kamis
weekday-fri = Jumat
weekday-sat = Sabtu
weekday-sun = Minggu

# Answers to "status CODE". $code: the reference code asked about.
case-status-waiting = Laporan { $code } sudah tercatat dan menunggu konselor. Anda akan dihubungi di sini.
case-status-claimed = Laporan { $code } sedang ditangani konselor. Silakan tulis pesan Anda di sini.
case-status-closed = Laporan { $code } sudah selesai ditangani. Jika masih perlu bantuan, ketik "konselor".
case-status-open = Laporan { $code } sudah tercatat. Konselor akan menghubungi Anda.
case-status-unknown = Kami tidak menemukan laporan { $code } dari percakapan ini. Periksa lagi kodenya, atau ketik "konselor".
