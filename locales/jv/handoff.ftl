### Handoff: the queue, a counsellor joining, the rating after closing.

# Sent after a ticket opens. $position: the user's place in the queue (1 = next).
handoff-queued = { $position ->
        [1] Panyuwunan panjenengan sampun mlebet antrean konselor. Panjenengan ingkang salajengipun.
       *[other] Panyuwunan panjenengan sampun mlebet antrean konselor. Urutan panjenengan: nomer { $position }.
    } Sinambi ngentosi, panjenengan tetep saged maos informasi: ketik "menu".
# Sent with handoff-queued when the organisation is closed. $day (a weekday-* message), $time
# (e.g. 08:00) and $zone (WIB, WITA or WIT): when it opens.
handoff-closed = Konselor kula saweg mboten nyambut damel lan badhe wonten malih dinten { $day } jam { $time } { $zone }. Menawi panjenengan wonten ing bebaya samenika, hubungi:
    { $emergency_contacts }
# $name: the counsellor's display name.
handoff-joined = Konselor { $name } sampun gabung. Mangga serat pesen panjenengan ing mriki; konselor badhe mangsuli.

rating-ask = Obrolan kaliyan konselor sampun rampung. Kados pundi pitulungan ingkang panjenengan tampi?
rating-5 = Mbiyantu sanget
rating-4 = Mbiyantu
rating-3 = Biasa mawon
rating-2 = Kirang mbiyantu
rating-1 = Mboten mbiyantu
rating-thanks = Matur nuwun, penilaian panjenengan sampun kacathet. Ketik "menu" kapan mawon kangge wangsul dhateng menu utama.

weekday-mon = Senen
weekday-tue = Selasa
weekday-wed = Rebo
weekday-thu = Kemis
weekday-fri = Jemuwah
weekday-sat = Setu
weekday-sun = Minggu

# Answers to "status CODE". $code: the reference code asked about.
case-status-waiting = Laporan { $code } sampun kacathet lan ngentosi konselor. Panjenengan badhe dipun hubungi ing mriki.
case-status-claimed = Laporan { $code } saweg dipun urus konselor. Mangga serat pesen panjenengan ing mriki.
case-status-closed = Laporan { $code } sampun rampung dipun urus. Menawi panjenengan taksih betah pitulungan, ketik "konselor".
case-status-open = Laporan { $code } sampun kacathet. Konselor badhe ngubungi panjenengan.
case-status-unknown = Kula mboten manggihaken laporan { $code } saking obrolan menika. Priksa malih kodenipun, utawi ketik "konselor".
