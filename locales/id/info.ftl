### Safe-migration information (starter topics). Sources: ../shared/content/brief.md.

info-menu = Informasi apa yang Anda cari?
info-requirements = Syarat dan dokumen
info-procedure = Alur resmi pendaftaran
info-costs = Biaya: apa yang tidak boleh ditagih
info-recruiters = Waspada calo dan lowongan palsu
info-rights = Hak Anda saat bekerja di luar negeri
info-back = Kembali ke menu utama

# UU 18/2017 Pasal 5 dan 13 [S1][S2][S4]
info-requirements-answer =
    Syarat menjadi Pekerja Migran Indonesia (UU 18/2017 Pasal 5): umur minimal 18 tahun, punya keterampilan, sehat jasmani dan rohani, terdaftar di jaminan sosial, dan dokumen lengkap.
    Dokumen (Pasal 13): surat status perkawinan, surat izin suami/istri atau orang tua yang diketahui kepala desa, sertifikat kompetensi, surat sehat, paspor, visa kerja, perjanjian penempatan, dan perjanjian kerja.

# UU 18/2017 Pasal 38; alur 2023-2026 [S11][S23][S24][S26]
info-procedure-answer =
    Alur resmi: 1) datang ke Dinas Tenaga Kerja atau LTSA di kabupaten Anda dan daftar (SIAPkerja/SISKOP2MI); 2) seleksi dan tanda tangan perjanjian penempatan di LTSA; 3) cek kesehatan dan psikologi, paspor, visa kerja, kartu BPJS Ketenagakerjaan; 4) ikut Orientasi Pra Pemberangkatan (OPP) dan perekaman E-PMI; 5) berangkat.
    Jangan berangkat tanpa visa kerja.

# UU 18/2017 Pasal 30; Peraturan BP2MI 9/2020 [S7][S17][S18]
info-costs-answer =
    Menurut UU 18/2017 Pasal 30, pekerja migran tidak boleh dibebani biaya penempatan. Untuk 10 jenis pekerjaan (misalnya pekerja rumah tangga, pengasuh, perawat lansia, sopir keluarga, pekerja kebun, awak kapal ikan) tiket, visa, pelatihan, paspor, cek kesehatan, dan BPJS tidak boleh ditagih kepada Anda.
    Aturan biaya sedang diperbarui pemerintah. Kalau ada yang menagih, tanyakan ke konselor.

# Ciri calo [S61][S61c][S31]
info-recruiters-answer =
    Hati-hati kalau: disuruh berangkat pakai visa turis atau umrah; dijanjikan berangkat sangat cepat tanpa pelatihan; diminta uang ke rekening pribadi; tidak ada kantor atau izin resmi (SIP3MI); tidak ada kontrak tertulis; atau ditawari kerja rumah tangga di Timur Tengah (sedang ditutup).
    Cek perusahaan dan lowongan di Disnaker, LTSA, atau BP3MI sebelum membayar apa pun.

# UU 18/2017 Pasal 6 [S5][S2]
info-rights-answer =
    Hak Anda (UU 18/2017 Pasal 6) antara lain: gaji sesuai kontrak, beribadah, berkomunikasi dengan keluarga, memegang paspor sendiri, bantuan hukum, dan pulang dengan aman.
    Paspor yang ditahan majikan atau gaji yang tidak dibayar bisa dilaporkan. Lapor diri juga ke KBRI/KJRI di negara tujuan.

info-next = Mau apa sekarang?
info-next-topics = Topik lain
info-next-counsellor = Bicara dengan konselor
info-next-menu = Menu utama
