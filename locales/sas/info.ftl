### Safe-migration information (starter topics). Sources: ../shared/content/brief.md.

info-menu = Pelinggih mele informasi napi?
info-requirements = Syarat dait dokumen
info-procedure = Alur resmi pendaftaran
info-costs = Biaya: napi saq ndeq kanggo tetagih
info-recruiters = Ati-ati kance calo dait lowongan palsu
info-rights = Hak pelinggih waktu begawe leq luar negeri
info-back = Uleq ojok menu utama

# UU 18/2017 Pasal 5 dan 13 [S1][S2][S4]
info-requirements-answer =
    Syarat jari Pekerja Migran Indonesia (undang-undang UU 18/2017 Pasal 5): umur paling sekediq 18 taun, bedowe keterampilan, sehat awak dait pikiran, tedaftar leq jaminan sosial, dait dokumen lengkap.
    Dokumen (Pasal 13): surat status kawin, surat izin semame/senine atau inaq amaq saq tetandatangan isiq kepala desa, sertifikat kompetensi, surat sehat, paspor, visa kerja, perjanjian penempatan, dait perjanjian kerja.

# UU 18/2017 Pasal 38; alur 2023-2026 [S11][S23][S24][S26]
info-procedure-answer =
    Alur resmi: 1) lalo ojok Dinas Tenaga Kerja (Disnaker) atau LTSA (kantor layanan satu atap) leq kabupaten pelinggih, terus daftar (SIAPkerja/SISKOP2MI, sistem daftar online); 2) seleksi dait tanda tangan perjanjian penempatan leq LTSA; 3) cek kesehatan dait psikologi, paspor, visa kerja, kartu BPJS Ketenagakerjaan (asuransi pekerja); 4) milu Orientasi Pra Pemberangkatan (OPP) dait perekaman E-PMI; 5) berangkat.
    Ndaq berangkat mun ndeqne araq visa kerja.

# UU 18/2017 Pasal 30; Peraturan BP2MI 9/2020 [S7][S17][S18]
info-costs-answer =
    Menurut UU 18/2017 Pasal 30, pekerja migran ndeq kanggo tebebanin biaya penempatan. Leq 10 macem gawean (misalne pembantu rumah tangga, pengasuh, perawat dengan toaq, sopir keluarga, pekerja kebun, ABK kapal ikan) tiket, visa, pelatihan, paspor, cek kesehatan, dait BPJS ndeq kanggo tetagih ojok pelinggih.
    Aturan biaya niki sedang teubah isiq pemerintah. Mun araq saq nagih, betakon ojok konselor.

# Ciri calo [S61][S61c][S31]
info-recruiters-answer =
    Ati-ati mun: tesuruq berangkat kadu visa turis atau umrah; tejanjiang berangkat cepet gati ndeqne araq pelatihan; teminta kepeng ojok rekening pribadi; ndeqne araq kantor atau izin resmi (SIP3MI, izin perusahaan penempatan); ndeqne araq kontrak tertulis; atau tetawarin gawean rumah tangga leq Timur Tengah (sedang tetutup).
    Cek perusahaan dait lowongan leq Disnaker, LTSA, atau BP3MI sebelum bayah napi-napi.

# UU 18/2017 Pasal 6 [S5][S2]
info-rights-answer =
    Hak pelinggih (UU 18/2017 Pasal 6) antara lain: gaji sesuai kontrak, beibadah, behubungan kance keluarga, megang paspor mesaq, bantuan hukum, dait uleq kance aman.
    Paspor saq tetahan isiq majikan atau gaji saq ndeq tebayah bau telaporang. Lapor diri endah ojok KBRI/KJRI (kedutaan/konsulat Indonesia) leq negara tujuan.

info-next = Mele napi nane?
info-next-topics = Topik lain
info-next-counsellor = Ngeraos kance konselor
info-next-menu = Menu utama
