### Handoff: the queue, a counsellor joining, the rating after closing.

# Sent after a ticket opens. $position: the user's place in the queue (1 = next).
handoff-queued = { $position ->
        [1] Panyo'on panjenengan ampon ècatet è antrean konselor. Panjenengan nomer sèttong è antrean.
       *[other] Panyo'on panjenengan ampon ècatet è antrean konselor. Panjenengan nomer { $position }.
    } Sambi ngantos, panjenengan ghi' bisa maca informasi: ketik "menu".
# Sent with handoff-queued when the organisation is closed. $day (a weekday-* message), $time
# (e.g. 08:00) and $zone (WIB, WITA or WIT): when it opens.
handoff-closed = Konselor kaulâ samangkèn ta' alako, ban bâkal alako polè arè { $day } jam { $time } { $zone }. Mon panjenengan è dâlem bhâhâya samangkèn, ngèrèng tèlpon:
    { $emergency_contacts }
# $name: the counsellor's display name.
handoff-joined = Konselor { $name } ampon norok obrolan reya. Ngèrèng tolès pesen panjenengan è dinna'; konselor bâkal mâles.

rating-ask = Obrolan kalaban konselor ampon marè. Kadhi ponapa bhântowan sè panjenengan tarèma?
rating-5 = Abhânto ongghu
rating-4 = Abhânto
rating-3 = Biasa bâi
rating-2 = Korang abhânto
rating-1 = Ta' abhânto
rating-thanks = Sakalangkong, nilai panjenengan ampon ècatet. Ketik "menu" bilâ bâi kaangghuy abâli ka menu utama.

weekday-mon = Senen
weekday-tue = Salasa
weekday-wed = Rebbu
weekday-thu = Kemmis
weekday-fri = Juma'at
weekday-sat = Sabtoh
weekday-sun = Ahad

# Answers to "status CODE". $code: the reference code asked about.
case-status-waiting = Laporan { $code } ampon ècatet ban ngantos konselor. Konselor bâkal ahubungan kalaban panjenengan è dinna'.
case-status-claimed = Laporan { $code } samangkèn èurus konselor. Ngèrèng tolès pesen panjenengan è dinna'.
case-status-closed = Laporan { $code } ampon marè èurus. Mon panjenengan ghi' parlo bhântowan, ketik "konselor".
case-status-open = Laporan { $code } ampon ècatet. Konselor bâkal ahubungan kalaban panjenengan.
case-status-unknown = Kaulâ ta' nemmo laporan { $code } dâri obrolan reya. Ngèrèng cek polè kodena, otaba ketik "konselor".
