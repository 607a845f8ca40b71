### Handoff: the queue, a counsellor joining, the rating after closing.

# Sent after a ticket opens. $position: the user's place in the queue (1 = next).
handoff-queued = { $position ->
        [1] Pamundut anjeun parantos lebet kana antrian konselor. Anjeun anu salajengna.
       *[other] Pamundut anjeun parantos lebet kana antrian konselor. Urutan anjeun: nomer { $position }.
    } Samentawis ngantosan, anjeun tetep tiasa maca informasi: ketik "menu".
# Sent with handoff-queued when the organisation is closed. $day (a weekday-* message), $time
# (e.g. 08:00) and $zone (WIB, WITA or WIT): when it opens.
handoff-closed = Konselor kami nuju teu damel sareng badé aya deui dinten { $day } jam { $time } { $zone }. Upami anjeun aya dina bahaya ayeuna, hubungi:
    { $emergency_contacts }
# $name: the counsellor's display name.
handoff-joined = Konselor { $name } parantos gabung. Mangga tulis pesen anjeun di dieu; konselor badé ngawaler.

rating-ask = Obrolan sareng konselor parantos réngsé. Kumaha bantosan anu anjeun tampi?
rating-5 = Ngabantos pisan
rating-4 = Ngabantos
rating-3 = Biasa waé
rating-2 = Kirang ngabantos
rating-1 = Henteu ngabantos
rating-thanks = Hatur nuhun, peunteun anjeun parantos dicatet. Ketik "menu" iraha waé pikeun uih deui ka menu utama.

weekday-mon = Senén
weekday-tue = Salasa
weekday-wed = Rebo
weekday-thu = Kemis
weekday-fri = Jumaah
weekday-sat = Saptu
weekday-sun = Minggu

# Answers to "status CODE". $code: the reference code asked about.
case-status-waiting = Laporan { $code } parantos dicatet sareng nuju ngantosan konselor. Anjeun badé dihubungi di dieu.
case-status-claimed = Laporan { $code } nuju diurus ku konselor. Mangga tulis pesen anjeun di dieu.
case-status-closed = Laporan { $code } parantos réngsé diurus. Upami anjeun masih peryogi bantosan, ketik "konselor".
case-status-open = Laporan { $code } parantos dicatet. Konselor badé ngahubungi anjeun.
case-status-unknown = Kami henteu mendakan laporan { $code } tina obrolan ieu. Pariksa deui kodena, atanapi ketik "konselor".
