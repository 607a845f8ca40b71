### Emergency: shown when an emergency word is written, from any step.

emergency-contacts =
    Kami mendengar Anda. Kalau Anda dalam bahaya, segera hubungi:
    { $emergency_contacts }
emergency-danger = Apakah Anda dalam bahaya sekarang?
emergency-danger-yes = Ya, saya dalam bahaya
    .keywords = ya, iya, bahaya
emergency-danger-no = Tidak, saya aman sekarang
    .keywords = tidak, tdk, aman
emergency-alerted = Konselor kami sudah diberi tahu dan akan membalas secepatnya di sini. Kalau bisa, hubungi nomor di atas sekarang. Kalau aman, ceritakan di mana Anda berada.
emergency-safe = Syukurlah. Percakapan ini sudah ditandai penting. Kita lanjutkan dari tadi.
