### Safe-migration information (starter topics). Sources: ../shared/content/brief.md.

info-menu = Informasi naon anu anjeun milarian?
info-requirements = Sarat sareng dokumén
info-procedure = Alur resmi pendaftaran
info-costs = Biaya: naon anu teu kénging ditagih
info-recruiters = Awas calo sareng lowongan palsu
info-rights = Hak anjeun nalika damel di luar nagri
info-back = Uih deui ka menu utama

# UU 18/2017 Pasal 5 dan 13 [S1][S2][S4]
info-requirements-answer =
    Sarat janten Pekerja Migran Indonesia (UU 18/2017 Pasal 5): yuswa sahenteuna 18 taun, gaduh kaparigelan, séhat jasmani sareng rohani, kadaptar dina jaminan sosial, sareng dokumén lengkep.
    Dokumén (Pasal 13): serat status pernikahan, serat idin ti salaki/pamajikan atanapi sepuh anu dipikauninga ku kepala desa, sertifikat kompeténsi, serat séhat, paspor, visa kerja, perjanjian penempatan, sareng perjanjian kerja.

# UU 18/2017 Pasal 38; alur 2023-2026 [S11][S23][S24][S26]
info-procedure-answer =
    Alur resmi: 1) sumping ka Dinas Tenaga Kerja atanapi LTSA di kabupatén anjeun teras daptar (SIAPkerja/SISKOP2MI); 2) seleksi sareng tanda tangan perjanjian penempatan di LTSA; 3) pamariksaan kaséhatan sareng psikologi, paspor, visa kerja, kartu BPJS Ketenagakerjaan; 4) ngiring Orientasi Pra Pemberangkatan (OPP) sareng perekaman E-PMI; 5) angkat.
    Ulah angkat tanpa visa kerja.

# UU 18/2017 Pasal 30; Peraturan BP2MI 9/2020 [S7][S17][S18]
info-costs-answer =
    Numutkeun UU 18/2017 Pasal 30, pekerja migran teu kénging dibebanan biaya penempatan. Pikeun 10 rupi padamelan (contona pekerja rumah tangga, pangasuh, perawat lansia, supir kulawarga, pekerja kebon, awak kapal ikan) tikét, visa, pelatihan, paspor, pamariksaan kaséhatan, sareng BPJS teu kénging ditagih ka anjeun.
    Aturan biaya nuju diénggalan ku pamaréntah. Upami aya anu nagih, taroskeun ka konselor.

# Ciri calo [S61][S61c][S31]
info-recruiters-answer =
    Ati-ati upami: dikengken angkat nganggo visa turis atanapi umrah; dijangjikeun angkat gancang pisan tanpa pelatihan; dipénta artos ka rekening pribadi; teu aya kantor atanapi idin resmi (SIP3MI); teu aya kontrak tinulis; atanapi ditawisan damel rumah tangga di Timur Tengah (nuju ditutup).
    Pariksa perusahaan sareng lowongan di Disnaker, LTSA, atanapi BP3MI sateuacan mayar naon waé.

# UU 18/2017 Pasal 6 [S5][S2]
info-rights-answer =
    Hak anjeun (UU 18/2017 Pasal 6) diantawisna: gajih luyu sareng kontrak, ibadah, komunikasi sareng kulawarga, nyepeng paspor nyalira, bantosan hukum, sareng mulih kalayan aman.
    Paspor anu ditahan ku dunungan atanapi gajih anu teu dibayar tiasa dilaporkeun. Lapor diri ogé ka KBRI/KJRI di nagara tujuan.

info-next = Badé naon ayeuna?
info-next-topics = Topik sanésna
info-next-counsellor = Ngobrol sareng konselor
info-next-menu = Menu utama
