### Handoff: the queue, a counsellor joining, the rating after closing.

# Sent after a ticket opens. $position: the user's place in the queue (1 = next).
handoff-queued = { $position ->
        [1] Permintaan pelinggih wah tame leq antrean konselor. Pelinggih nomer sekeq leq antrean.
       *[other] Permintaan pelinggih wah tame leq antrean konselor. Pelinggih nomer { $position }.
    } Sambil antih, pelinggih tetep bau bace informasi: ketik "menu".
# Sent with handoff-queued when the organisation is closed. $day (a weekday-* message), $time
# (e.g. 08:00) and $zone (WIB, WITA or WIT): when it opens.
handoff-closed = Konselor tiang nane ndeq begawe, dait gen begawe malik jelo { $day } jam { $time } { $zone }. Mun pelinggih leq dalem bahaya nane, telpon:
    { $emergency_contacts }
# $name: the counsellor's display name.
handoff-joined = Konselor { $name } wah tame leq obrolan niki. Silaq tulis pesen pelinggih leq te; konselor gen bales.

rating-ask = Obrolan kance konselor wah selese. Berembe bantuan saq pelinggih terima?
rating-5 = Ngebantu gati
rating-4 = Ngebantu
rating-3 = Biase doang
rating-2 = Kurang ngebantu
rating-1 = Ndeq ngebantu
rating-thanks = Tampiasih, penilaian pelinggih wah tecatet. Ketik "menu" bilang waktu adeq uleq ojok menu utama.

weekday-mon = Senen
weekday-tue = Selase
weekday-wed = Rebo
weekday-thu = Kemis
weekday-fri = Jumat
weekday-sat = Saptu
weekday-sun = Ahad

# Answers to "status CODE". $code: the reference code asked about.
case-status-waiting = Laporan { $code } wah tecatet dait antih konselor. Pelinggih gen tehubungi leq te.
case-status-claimed = Laporan { $code } nane teurus isiq konselor. Silaq tulis pesen pelinggih leq te.
case-status-closed = Laporan { $code } wah selese teurus. Mun pelinggih masih perlu bantuan, ketik "konselor".
case-status-open = Laporan { $code } wah tecatet. Konselor gen hubungi pelinggih.
case-status-unknown = Tiang ndeq dapet laporan { $code } lekan obrolan niki. Cek malik kodene, atau ketik "konselor".
