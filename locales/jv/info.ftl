### Safe-migration information (starter topics). Sources: ../shared/content/brief.md.

info-menu = Informasi menapa ingkang panjenengan padosi?
info-requirements = Syarat lan dokumen
info-procedure = Alur resmi pendaftaran
info-costs = Biaya: menapa ingkang mboten kenging dipun tagih
info-recruiters = Ati-ati calo lan lowongan palsu
info-rights = Hak panjenengan nalika nyambut damel ing luar negeri
info-back = Wangsul dhateng menu utama

# UU 18/2017 Pasal 5 dan 13 [S1][S2][S4]
info-requirements-answer =
    Syarat dados Pekerja Migran Indonesia (UU 18/2017 Pasal 5): umur paling sekedhik 18 taun, gadhah katrampilan, sehat jasmani lan rohani, kadaftar ing jaminan sosial, lan dokumen jangkep.
    Dokumen (Pasal 13): serat status perkawinan, serat idin saking garwa (bojo) utawi tiyang sepuh ingkang dipun mangertosi kepala desa, sertifikat kompetensi, serat sehat, paspor, visa kerja, perjanjian penempatan, lan perjanjian kerja.

# UU 18/2017 Pasal 38; alur 2023-2026 [S11][S23][S24][S26]
info-procedure-answer =
    Alur resmi: 1) dhateng Dinas Tenaga Kerja utawi LTSA ing kabupaten panjenengan lan ndaftar (SIAPkerja/SISKOP2MI); 2) seleksi lan tanda tangan perjanjian penempatan ing LTSA; 3) priksa kesehatan lan psikologi, paspor, visa kerja, kertu BPJS Ketenagakerjaan; 4) ndherek Orientasi Pra Pemberangkatan (OPP) lan perekaman E-PMI; 5) bidhal.
    Sampun ngantos bidhal tanpa visa kerja.

# UU 18/2017 Pasal 30; Peraturan BP2MI 9/2020 [S7][S17][S18]
info-costs-answer =
    Miturut UU 18/2017 Pasal 30, pekerja migran mboten kenging dipun bebani biaya penempatan. Kangge 10 jinis pedamelan (upaminipun pekerja rumah tangga, pengasuh, perawat lansia, sopir kulawarga, pekerja kebon, awak kapal ikan) tiket, visa, pelatihan, paspor, priksa kesehatan, lan BPJS mboten kenging dipun tagih dhateng panjenengan.
    Aturan biaya saweg dipun anyari pamarentah. Menawi wonten ingkang nagih, takenaken dhateng konselor.

# Ciri calo [S61][S61c][S31]
info-recruiters-answer =
    Ati-ati menawi: dipun kengken bidhal mawi visa turis utawi umrah; dipun janjeni bidhal cepet sanget tanpa pelatihan; dipun suwuni arta dhateng rekening pribadi; mboten wonten kantor utawi idin resmi (SIP3MI); mboten wonten kontrak tinulis; utawi dipun tawani nyambut damel rumah tangga ing Timur Tengah (saweg dipun tutup).
    Priksa perusahaan lan lowongan ing Disnaker, LTSA, utawi BP3MI saderengipun mbayar menapa kemawon.

# UU 18/2017 Pasal 6 [S5][S2]
info-rights-answer =
    Hak panjenengan (UU 18/2017 Pasal 6) antawisipun: gaji jumbuh kaliyan kontrak, ngibadah, sesambetan kaliyan kulawarga, nyekel paspor piyambak, bantuan hukum, lan wangsul kanthi aman.
    Paspor ingkang dipun tahan majikan utawi gaji ingkang mboten dipun bayar saged dipun laporaken. Lapor dhiri ugi dhateng KBRI/KJRI ing negari tujuan.

info-next = Badhe menapa samenika?
info-next-topics = Topik sanesipun
info-next-counsellor = Ngobrol kaliyan konselor
info-next-menu = Menu utama
