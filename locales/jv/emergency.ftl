### Emergency: shown when an emergency word is written, from any step.

emergency-contacts =
    Kula mirengaken panjenengan. Menawi panjenengan wonten ing bebaya, enggal hubungi:
    { $emergency_contacts }
emergency-danger = Menapa panjenengan wonten ing bebaya samenika?
emergency-danger-yes = Nggih, kula wonten ing bebaya
    .keywords = ya, iya, bahaya, nggih, inggih, enggih, iyo, yo, bebaya
emergency-danger-no = Mboten, kula aman samenika
    .keywords = tidak, tdk, aman, mboten, boten, ora, gak, ndak
emergency-alerted = Konselor kula sampun dipun kabari lan badhe mangsuli ing mriki enggal-enggal. Menawi saged, hubungi nomer ing nginggil samenika. Menawi aman, cariyosaken panjenengan wonten ing pundi.
emergency-safe = Syukur. Obrolan menika sampun dipun tandhani wigati. Kita lajengaken saking wau.
