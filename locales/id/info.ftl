### Safe-migration information (flows/info.toml). Every fact rests on ../shared/content/brief.md;
### the [S#] keys after each answer are listed by topic id in locales/SOURCES.md.
### Phone numbers and web addresses are variables from the deployment's [directory]
### configuration, never text. Each message stays under 700 characters (one phone screen).

info-menu = Informasi apa yang Anda cari? Pilih nomor, atau tulis pertanyaan Anda dengan kata-kata sendiri.
info-going = Mau kerja ke luar negeri
info-calo = Waspada calo dan perdagangan orang
info-abroad = Sedang bekerja di luar negeri
info-family = Keluarga pekerja migran
info-return = Pulang ke Indonesia
info-where-help = Di mana minta bantuan
info-back = Kembali ke menu utama
info-back-topics = Kembali ke daftar topik

## 1. Mau kerja ke luar negeri
info-going-menu = Mau kerja ke luar negeri. Pilih topik:
info-requirements = Syarat dan dokumen
info-procedure = Alur resmi pendaftaran
info-costs = Biaya: apa yang tidak boleh ditagih
info-schemes = Jalur penempatan (P to P, G to G)
info-check-agency = Cek perusahaan dan lowongan
info-closed-countries = Negara dan pekerjaan yang ditutup

# requirements: UU 18/2017 Pasal 5 dan 13 [S1][S2][S4]
info-requirements-answer =
    Syarat menjadi Pekerja Migran Indonesia (UU 18/2017 Pasal 5): umur minimal 18 tahun, punya keterampilan, sehat jasmani dan rohani, terdaftar sebagai peserta jaminan sosial, dan dokumen lengkap.
    Dokumen (Pasal 13):
    • surat keterangan status perkawinan (kalau sudah menikah, dengan fotokopi buku nikah);
    • surat izin suami/istri, orang tua, atau wali yang diketahui kepala desa atau lurah;
    • sertifikat kompetensi;
    • surat keterangan sehat (medis dan psikologi);
    • paspor dari kantor imigrasi setempat;
    • visa kerja;
    • perjanjian penempatan dan perjanjian kerja.

# procedure: UU 18/2017 Pasal 42; PP 59/2021 Pasal 7; alur 2023–2026 [S15][S12b][S23][S24][S25][S26][S28]
info-procedure-answer =
    Alur resmi:
    1) Beri tahu pemerintah desa: desa mencatat calon pekerja migran dan membantu dokumen kependudukan.
    2) Datang ke Dinas Tenaga Kerja (Disnaker) atau LTSA di kabupaten Anda untuk informasi dan pendaftaran lewat SIAPkerja, yang sedang beralih ke SISKOP2MI.
    3) Ikut seleksi, lalu tanda tangan perjanjian penempatan dengan perusahaan penempatan (P3MI) di LTSA.
    4) Cek kesehatan dan psikologi, buat paspor, visa kerja, dan kartu BPJS Ketenagakerjaan.
    5) Ikut Orientasi Pra Pemberangkatan (OPP) dan perekaman E-PMI (ID PMI) di BP3MI atau LTSA.
    6) Berangkat.
    Kartu e-KTKLN sudah diganti ID PMI. Jangan berangkat tanpa visa kerja.

# costs: UU 18/2017 Pasal 30; Peraturan BP2MI 9/2020 [S7][S17][S18][S19]
info-costs-answer =
    UU 18/2017 Pasal 30: pekerja migran tidak boleh dibebani biaya penempatan.
    Peraturan BP2MI 9/2020 membebaskan biaya untuk 10 jabatan: pengurus rumah tangga, pengasuh bayi, perawat lansia, juru masak, sopir keluarga, tukang kebun, pengasuh anak, petugas kebersihan, pekerja ladang atau perkebunan, dan awak kapal perikanan.
    Yang tidak boleh ditagih kepada Anda: tiket berangkat dan pulang, visa kerja, legalisasi kontrak, pelatihan, sertifikat kompetensi, jasa perusahaan, paspor, SKCK, BPJS, cek kesehatan dan psikologi, transportasi lokal ke tempat berangkat, dan penginapan.

# costs (practice): [S20][S21][S8][S29b]
info-costs-practice =
    Dalam praktik, pembebasan biaya ini sering hanya diberikan kepada yang baru pertama kali berangkat. Aturan biaya sedang diperbarui pemerintah (2025); aturan sebelumnya tidak berjalan di Taiwan dan Hong Kong.
    Pesan Menteri: tidak boleh ada pungutan apa pun, dan laporkan siapa saja yang memungut biaya. Kalau Anda ditagih, minta kuitansi, simpan buktinya, dan tanyakan ke konselor.

# schemes: [S30][S30b][S68][S69]
info-schemes-answer =
    Ada lima jalur penempatan:
    1) P to P: lewat perusahaan penempatan resmi (P3MI);
    2) G to G: antarpemerintah, misalnya ke Korea lewat EPS;
    3) G to P: pemerintah ke perusahaan di luar negeri;
    4) mandiri (perseorangan): wajib lapor ke BP3MI;
    5) program khusus.
    Korea (G to G): umur 18–39 tahun, minimal lulus SMP, lulus ujian EPS-TOPIK dan uji keterampilan, daftar di SISKOP2MI.
    Jepang: jalur Specified Skilled Worker (Tokutei Ginou), dengan ujian bahasa (JLPT N4 atau JFT-Basic) dan uji keterampilan.

# check_agency: [S61][S85][S25][S25r][S38][S36]
info-check-agency-answer =
    Sebelum membayar atau menyerahkan dokumen, periksa dulu:
    • Perusahaan penempatan (P3MI) wajib punya izin usaha SIP3MI dari kementerian dan izin perekrutan SIP2MI.
    • Lowongan resmi tercantum di SISKOP2MI ({ $siskop2mi }).
    • Kantor BP3MI di 23 provinsi dan pos P4MI bisa memeriksa lowongan kerja luar negeri untuk Anda. Disnaker dan LTSA di kabupaten Anda juga bisa ditanya.
    Pekerja yang tidak terdaftar bisa kehilangan pelindungan negara, jaminan sosial, dan bantuan saat ada kasus.

# closed_countries: Kepmenaker 260/2015 [S31][S84][S32]
info-closed-countries-answer =
    Sejak 1 Juli 2015 (Kepmenaker 260/2015), penempatan ke pengguna perseorangan, yaitu pekerja rumah tangga, di negara-negara Timur Tengah dihentikan. Tawaran kerja rumah tangga ke sana adalah tanda bahaya perdagangan orang.
    Untuk Arab Saudi pernah ada uji coba satu kanal (SPSK) lewat perusahaan tertentu, dan pada 2025 pemerintah menyiapkan pencabutan moratorium. Statusnya sekarang belum pasti: tanyakan ke Disnaker, LTSA, BP3MI, atau konselor sebelum menerima tawaran.

## 2. Waspada calo dan perdagangan orang
info-calo-menu = Waspada calo dan perdagangan orang. Pilih topik:
info-recruiters = Ciri calo dan lowongan palsu
info-fake-visa = Visa turis atau umrah untuk kerja
info-online-scam = Lowongan kerja online palsu
info-forced-labour = Tanda kerja paksa
info-report-recruiter = Cara melaporkan calo

# recruiters: [S61][S61b][S61c][S61d]
info-recruiters-answer =
    Ciri calo dan lowongan palsu:
    • disuruh berangkat dengan visa turis, kunjungan, atau umrah, dengan janji izin kerja diurus nanti;
    • proses sangat cepat (misalnya "2 minggu berangkat"), tanpa pelatihan atau OPP, dan Anda dijauhkan dari Disnaker, LTSA, atau BP3MI;
    • diminta uang "administrasi", seragam, atau "pelicin" ke rekening pribadi, atau dijanjikan "semua gratis" tanpa perjanjian tertulis;
    • tidak punya kantor atau izin (SIP3MI/SIP2MI), hanya lewat Facebook, WhatsApp, atau Telegram;
    • tidak ada kontrak tertulis, atau kontrak dalam bahasa yang tidak Anda pahami;
    • gaji terlalu tinggi tanpa syarat keahlian.

# fake_visa: [S61][S61b][S81b][S83][S67][S32b]
info-fake-visa-answer =
    Bekerja dengan visa turis, visa kunjungan, atau visa umrah/ziarah adalah penempatan tidak resmi (nonprosedural). Begitu juga berangkat lewat "jalur tikus", pelabuhan tidak resmi ke Malaysia.
    Akibatnya: tidak ada kontrak dan pelindungan, mudah ditangkap, ditahan di depo imigrasi, lalu dideportasi. Di Arab Saudi, banyak pekerja dengan visa umrah mengalami kekerasan, dideportasi, bahkan meninggal.
    Berangkatlah hanya dengan visa kerja, lewat Disnaker atau LTSA.

# online_scam: [S62][S38]
info-online-scam-answer =
    Hati-hati dengan tawaran kerja di luar negeri lewat internet yang menjanjikan gaji tinggi dengan syarat mudah. Kementerian Luar Negeri mencatat 2.199 kasus WNI yang dipaksa bekerja untuk penipuan online (2020 sampai Mei 2023), terbanyak di Kamboja, juga di Filipina, Laos, Thailand, Myanmar, Vietnam, dan Dubai.
    Sebelum berangkat, periksa lowongan dan perusahaannya di BP3MI, LTSA, atau Disnaker. Kalau Anda atau keluarga sudah terjebak, segera hubungi konselor atau laporkan kasusnya.

# forced_labour: UU 21/2007; indikator kerja paksa ILO [S60][S60b]
info-forced-labour-answer =
    Perdagangan orang (TPPO, UU 21/2007): merekrut, membawa, menampung, atau menerima orang dengan ancaman, kekerasan, tipu daya, jeratan utang, atau memanfaatkan kerentanan, untuk dieksploitasi. Hukumannya 3–15 tahun penjara. Korban berhak atas restitusi, rehabilitasi, dan pemulangan.
    11 tanda kerja paksa (ILO): kerentanan dimanfaatkan; ditipu; dibatasi bergerak; diisolasi; kekerasan fisik atau seksual; diancam; dokumen identitas ditahan; gaji ditahan; jeratan utang; kondisi kerja dan tempat tinggal buruk; lembur berlebihan. Satu tanda pun bisa cukup.

# report_recruiter: UU 18/2017 Pasal 69 dan 81 [S9][S10][S83][S36][S29b][S51][S65]
info-report-recruiter-answer =
    Orang perseorangan dilarang menempatkan pekerja migran (UU 18/2017 Pasal 69). Hukumannya sampai 10 tahun penjara dan denda sampai Rp15 miliar (Pasal 81).
    Laporkan calo ke:
    • pengaduan Kementerian P2MI: { $kp2mi } (dari luar negeri { $kp2mi_abroad }), WhatsApp { $kp2mi_wa };
    • polisi: { $police };
    • Desbumi, SBMI, atau konselor Pelita.
    Simpan buktinya: nama dan nomor calo, percakapan, dan bukti transfer. Anda juga bisa melaporkan kasusnya di sini.

## 3. Sedang bekerja di luar negeri
info-abroad-menu = Sedang bekerja di luar negeri. Pilih topik:
info-rights = Hak Anda
info-contract-wages = Kontrak dan gaji
info-self-report = Lapor diri ke KBRI/KJRI
info-immigration = Overstay, ditahan, deportasi
info-social-security = BPJS Ketenagakerjaan
info-countries = Catatan negara tujuan

# rights: UU 18/2017 Pasal 6 [S5][S2][S3]
info-rights-answer =
    Hak Anda (UU 18/2017 Pasal 6) antara lain:
    • gaji sesuai standar negara tujuan dan kontrak;
    • beribadah;
    • berkomunikasi;
    • memegang sendiri paspor dan dokumen perjalanan Anda;
    • pelindungan dan bantuan hukum dari perlakuan yang merendahkan;
    • penjelasan hak dan kewajiban dalam kontrak, serta salinan dokumen dan perjanjian kerja;
    • berserikat sesuai hukum setempat;
    • pulang dengan aman.
    Paspor yang ditahan majikan atau agen melanggar hak ini. Anda bisa melapor ke KBRI/KJRI atau lewat Pelita.

# contract_wages: UU 18/2017 Pasal 15 [S1][S35][S35b]
info-contract-wages-answer =
    Perjanjian kerja (UU 18/2017 Pasal 15) paling sedikit memuat: nama dan alamat pemberi kerja, identitas Anda, jenis pekerjaan, hak dan kewajiban, jam kerja, gaji dan cara pembayarannya, cuti dan istirahat, fasilitas dan jaminan sosial atau asuransi, lama kontrak, serta jaminan keamanan.
    Simpan salinan kontrak Anda. Kalau gaji tidak dibayar atau dipotong, pekerjaan tidak sesuai kontrak, atau Anda di-PHK sepihak: catat tanggal dan jumlahnya, simpan slip gaji dan percakapan, lalu laporkan.

# self_report: kewajiban PMI; Safe Travel, Peduli WNI, SARI [S6][S40][S40c][S41][S39]
info-self-report-answer =
    Kewajiban Anda: menaati hukum Indonesia dan negara tujuan, menghormati adat setempat, bekerja sesuai kontrak, dan melaporkan kedatangan, keberadaan, dan kepulangan Anda ke Perwakilan RI (KBRI/KJRI).
    Cara lapor diri:
    • portal Peduli WNI ({ $peduli_wni }), yang juga menerima pengaduan dan pemantauan kasus;
    • aplikasi Safe Travel dari Kementerian Luar Negeri, dengan tombol darurat yang terhubung ke KBRI/KJRI. Di dalamnya ada SARI, chatbot yang juga menerima bahasa daerah.

# immigration: [S67][S67b][S14][S40]
info-immigration-answer =
    Izin tinggal habis (overstay), paspor kedaluwarsa, atau masuk tanpa izin bisa berakhir di depo (tahanan) imigrasi dan deportasi. Pada Maret 2024 ada 3.797 WNI di depo imigrasi Malaysia.
    KBRI/KJRI memberi bantuan konsuler: pendampingan, bantuan hukum, kunjungan ke tahanan, dokumen perjalanan darurat untuk pulang, dan pemulangan. Kalau Anda atau keluarga ditahan, hubungi KBRI/KJRI atau konselor secepatnya.

# social_security: Permenaker 4/2023 [S22][S22c]
info-social-security-answer =
    Calon pekerja migran dan pekerja migran wajib ikut BPJS Ketenagakerjaan (Permenaker 4/2023): Jaminan Kecelakaan Kerja (JKK) dan Jaminan Kematian (JKM). Jaminan Hari Tua (JHT) boleh dipilih.
    Pendaftarannya sebelum berangkat, dibantu perusahaan penempatan; yang sudah di luar negeri dibantu lewat KBRI/KJRI. Perlindungan berlaku sejak berangkat sampai kontrak selesai, ditambah paling lama 1 bulan untuk perjalanan pulang.
    Simpan nomor kartu BPJS Anda dan beri tahu keluarga.

## 3.x Catatan negara tujuan
info-countries-menu = Catatan negara tujuan. Pilih negara:
info-malaysia = Malaysia
info-hongkong = Hong Kong
info-taiwan = Taiwan
info-middle-east = Arab Saudi dan Timur Tengah
info-korea-japan = Korea dan Jepang

# malaysia: [S67][S67b][S67c][S81b]
info-malaysia-answer =
    Malaysia: banyak WNI masuk lewat jalur tidak resmi atau tetap tinggal setelah izinnya habis. Pada Maret 2024 ada 3.797 WNI di depo imigrasi Malaysia. Deportasi lewat laut dari Sabah ke Nunukan rutin terjadi, termasuk perempuan dan anak, dan kondisi kesehatan di depo dilaporkan buruk. Penyebabnya: masuk tanpa izin, overstay, dan paspor kedaluwarsa.
    Berangkatlah dengan visa kerja, jaga paspor dan izin kerja tetap berlaku, dan lapor diri ke KBRI atau KJRI.

# hongkong: [S63][S19][S19b]
info-hongkong-answer =
    Hong Kong termasuk tujuan terbanyak (semester I 2024). Masalah yang sering terjadi: biaya berlebihan (overcharging) dan dokumen ditahan. Pada 2023 tercatat 68 pekerja dan 24 perusahaan penempatan dalam kasus seperti ini, dengan kerugian Rp25–40 juta.
    Menurut laporan 2017, aturan Hong Kong membatasi biaya agen paling banyak 10% dari gaji.
    Pegang sendiri paspor dan kontrak Anda. Biaya atau potongan yang tidak wajar bisa dilaporkan.

# taiwan: [S66][S66b][S66c][S49]
info-taiwan-answer =
    Taiwan: laporan 2017 menyebut biaya penempatan dibayar lewat potongan gaji selama 5–10 bulan. Ada juga pungutan ilegal "biaya beli kerja" (NT$50–80 ribu) untuk perpanjangan kontrak atau pindah majikan; Kementerian Tenaga Kerja Taiwan (MOL) mendenda agen 10–20 kali jumlahnya.
    Pengaduan di Taiwan: hotline { $taiwan_1955 }, bisa dalam bahasa Indonesia. Ada juga chatbot LINE "1955 E-Line" dengan pengingat visa dan akhir kontrak.

# middle_east: [S31][S32b][S32c][S84]
info-middle-east-answer =
    Timur Tengah: sejak 2015 penempatan pekerja rumah tangga ke pengguna perseorangan dihentikan. Tawaran kerja rumah tangga ke sana, apalagi dengan visa umrah atau ziarah, adalah tanda bahaya. Di Arab Saudi banyak pekerja dengan visa umrah mengalami kekerasan, dideportasi, bahkan meninggal; kementerian memperkirakan sekitar 25.000 orang berangkat tidak resmi setiap tahun.
    Status pembukaan kembali Arab Saudi belum pasti. Tanyakan ke Disnaker, LTSA, atau BP3MI sebelum menerima tawaran.

# korea_japan: [S68][S69]
info-korea-japan-answer =
    Korea: jalur resminya G to G (EPS): umur 18–39 tahun, minimal lulus SMP, lulus ujian EPS-TOPIK dan uji keterampilan, dan daftar lewat SISKOP2MI. Lulus ujian belum menjamin pasti berangkat.
    Jepang: jalur Specified Skilled Worker (Tokutei Ginou), dengan ujian bahasa (JLPT N4 atau JFT-Basic) dan uji keterampilan.
    Tawaran kerja ke Korea atau Jepang lewat jalur lain harus diperiksa dulu di BP3MI.

## 4. Keluarga pekerja migran
info-family-menu = Keluarga pekerja migran. Pilih topik:
info-family-rights = Hak keluarga
info-missing-family = Keluarga hilang kontak atau sakit
info-body-repatriation = Pekerja meninggal di luar negeri
info-children = Anak pekerja migran

# family_rights: [S85][S5]
info-family-rights-answer =
    Keluarga pekerja migran berhak: mendapat informasi tentang keadaan, masalah, dan kepulangan pekerja; berkomunikasi dengannya; mendapat salinan dokumen dan perjanjian kerjanya; dan menerima seluruh harta benda pekerja yang meninggal di luar negeri.
    Simpan fotokopi paspor dan kontrak, nama perusahaan penempatan, alamat majikan, dan nomor BPJS anggota keluarga Anda. Data ini sangat membantu kalau terjadi masalah.

# missing_family: [S81][S35][S35b][S41][S36]
info-missing-family-answer =
    Kalau anggota keluarga di luar negeri hilang kontak, sakit, atau dalam masalah:
    1) Kumpulkan data: nama sesuai paspor, nomor paspor, negara dan alamat majikan, nama perusahaan penempatan atau sponsor, dan kapan terakhir berkomunikasi.
    2) Tulis kronologinya dan apa yang Anda inginkan, misalnya dipulangkan.
    3) Laporkan lewat Pelita, ke BP3MI, ke pengaduan Kementerian P2MI { $kp2mi }, atau lewat portal Peduli WNI ({ $peduli_wni }).
    Kalau nyawanya dalam bahaya, ketik DARURAT.

# body_repatriation: UU 18/2017 Pasal 27; PP 59/2021 Pasal 21 [S79][S80][S13][S81]
info-body-repatriation-answer =
    Kalau pekerja yang berangkat lewat perusahaan penempatan (P3MI) meninggal, perusahaan wajib: memberi tahu keluarga dalam 3 hari, mencari tahu penyebabnya, memulangkan jenazah dengan biaya perusahaan dan memakamkan sesuai agama (atau memakamkan di sana dengan persetujuan keluarga), serta mengurus harta benda dan hak yang belum dibayar.
    Untuk pekerja yang berangkat tidak resmi, bisa diminta surat keterangan tidak mampu (SKTM) dan surat permohonan dari keluarga. Konselor bisa membantu mengurusnya.

# children: Desmigratif [S59][S59b][S76]
info-children-answer =
    Program Desmigratif (Kementerian Ketenagakerjaan) punya kegiatan pengasuhan bersama (community parenting) untuk anak-anak pekerja migran di desa, selain layanan migrasi, usaha produktif, dan koperasi.
    Tanyakan ke pemerintah desa atau Disnaker apakah desa Anda ikut Desmigratif atau Desbumi. Kalau anak mengalami kekerasan, hubungi SAPA { $sapa } (WhatsApp { $sapa_wa }), 24 jam.

## 5. Pulang ke Indonesia
info-return-menu = Pulang ke Indonesia. Pilih topik:
info-unpaid-claims = Gaji belum dibayar dan klaim
info-reintegration = Konseling, usaha, dan program desa

# unpaid_claims: PP 59/2021 Pasal 21; Permenaker 4/2023 [S13][S22][S35]
info-unpaid-claims-answer =
    Setelah pulang, hak Anda masih bisa diurus: penyelesaian gaji dan hak lain yang belum dibayar termasuk pelindungan setelah bekerja (PP 59/2021 Pasal 21). Kumpulkan kontrak, slip gaji, bukti transfer, dan percakapan, lalu laporkan lewat Pelita, BP3MI, atau LTSA.
    BPJS Ketenagakerjaan: Jaminan Kecelakaan Kerja untuk kecelakaan atau sakit karena kerja, Jaminan Kematian untuk ahli waris, dan JHT kalau Anda ikut. Bawa kartu BPJS dan dokumen kerja Anda ke kantor BPJS Ketenagakerjaan.

# reintegration: PP 59/2021 Pasal 21–22 [S13][S56][S59][S51][S52]
info-reintegration-answer =
    Pulang bisa terasa berat. Pemerintah wajib membantu rehabilitasi dan reintegrasi, termasuk konseling psikososial dan pelatihan kerja (PP 59/2021 Pasal 22). LTSA-MRC memberi konseling psikososial, dan Pelita bisa menghubungkan Anda dengan konselor.
    Untuk usaha dan keuangan: Desmigratif punya program usaha produktif dan koperasi, dan Desbumi memberi pelatihan literasi keuangan. Tanyakan program di daerah Anda ke desa atau Disnaker.

## 6. Di mana minta bantuan
# where_help: [S56][S57][S51][S54][S59][S38][S65][S50][S36]
info-where-help-answer =
    Tempat minta bantuan:
    • LTSA-MRC, layanan terpadu yang ramah perempuan, di Cirebon, Tulungagung, Blitar, dan Lampung Timur: konsultasi, konseling psikososial, bantuan hukum, dan penanganan kasus;
    • Desbumi (Migrant CARE) di 37 desa di Indramayu, Kebumen, Cilacap, Wonosobo, Jember, Banyuwangi, Lombok Tengah, dan Lembata;
    • desa Desmigratif, dan Disnaker atau LTSA di kabupaten Anda;
    • BP3MI di 23 provinsi dan pos P4MI;
    • SBMI, dan Migrant CARE ({ $migrant_care }, 24 jam);
    • pengaduan Kementerian P2MI: { $kp2mi }, dari luar negeri { $kp2mi_abroad }.

## What to do next (after every answer)
info-next = Mau apa sekarang?
info-next-section = Topik lain di bagian ini
info-next-topics = Semua topik
info-next-counsellor = Bicara dengan konselor
info-next-menu = Menu utama
info-next-report = Laporkan kasus
