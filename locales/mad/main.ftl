### Main menu, help, counsellor and data deletion.

main-menu = Menu utama. Panjenengan parlo ponapa?
main-info = Informasi alako ka lowar nagârâ sè aman
main-counselling = Nyo'on konseling
    .keywords = konseling, nyo'on konseling, nyoon konseling
main-report = Lapor masalah
    .keywords = lapor, laporan, pengaduan, lapor masalah
main-language = Ghântè bhâsa
main-counsellor = Acaca kalaban konselor

help-text =
    Panjenengan bisa ngetik oca' reya bilâ bâi:
    • menu: abâli ka menu utama
    • bhasa: ghântè bhâsa
    • konselor: acaca kalaban konselor
    • apos data: apos sadâjâ data panjenengan
    Mon panjenengan è dâlem bhâhâya, tolès "tolong" otaba carètaaghi kaadâ'an panjenengan.

counsellor-requested = Panyo'on panjenengan ampon kaulâ catet. Konselor bâkal dhuli mâles è obrolan reya. Mon panjenengan è dâlem bhâhâya, tolès "tolong".

delete-confirm = Apos sadâjâ data panjenengan? Nyama, jawâbân, pesen, panyo'on konseling, ban laporan panjenengan bâkal èapos. Konselor ta' bisa polè nerrossaghi laporan panjenengan.
delete-yes = Engghi, apos sadâjâ
delete-no = Bhunten, sèmpen
delete-done = Sadâjâ data panjenengan ampon èapos. Mon panjenengan nolès polè, kaulâ molaè dâri awal.
delete-kept = Engghi, data panjenengan ta' èapos.
