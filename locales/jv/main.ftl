### Main menu, help, counsellor and data deletion.

main-menu = Menu utama. Menapa ingkang panjenengan betahaken?
main-info = Informasi nyambut damel ing luar negeri kanthi aman
main-counselling = Nyuwun konseling
    .keywords = konseling, konsultasi
main-report = Laporaken masalah
    .keywords = lapor, laporan, pengaduan, wadul, ngadu
main-language = Gantos basa
main-counsellor = Ngobrol kaliyan konselor

help-text =
    Panjenengan saged ngetik tembung menika kapan mawon:
    • menu: wangsul dhateng menu utama
    • basa: gantos basa
    • konselor: ngobrol kaliyan konselor
    • busak data: busak sedaya data panjenengan
    Menawi panjenengan wonten ing bebaya, serat "tulung" utawi cariyosaken kawontenan panjenengan.

counsellor-requested = Panyuwunan panjenengan sampun kula cathet. Konselor badhe mangsuli ing obrolan menika enggal-enggal. Menawi panjenengan wonten ing bebaya, serat "tulung".

delete-confirm = Busak sedaya data panjenengan? Nami, wangsulan, pesen, panyuwunan konseling, lan laporan panjenengan badhe dipun busak. Konselor mboten saged ngurus laporan panjenengan malih.
delete-yes = Nggih, busak sedaya
delete-no = Mboten, simpen kemawon
delete-done = Sedaya data panjenengan sampun dipun busak. Menawi panjenengan nyerat malih, kita wiwiti saking awal.
delete-kept = Nggih, data panjenengan mboten dipun busak.
