### Safe-migration information (flows/info.toml), Basa Jawa (krama, "panjenengan"): machine-drafted
### translation of locales/id/info.ftl, awaiting review by a native speaker.
### Every fact rests on ../shared/content/brief.md; the [S#] keys after each answer are listed by
### topic id in locales/SOURCES.md. Phone numbers and web addresses are variables from the
### deployment's [directory] configuration, never text. Each message stays under 700 characters
### (one phone screen).
###
### Words and phrases the drafter is unsure of (please check with a native speaker):
### - "pangayoman" for "pelindungan" (protection by the state; coverage of BPJS);
### - "ngginakaken kawontenan ringkih" / "kawontenan ringkih" for "memanfaatkan kerentanan";
### - "tumindak ingkang ngasoraken martabat" for "perlakuan yang merendahkan";
### - "ndherek serikat" for "berserikat"; "sesambetan (komunikasi)" for "berkomunikasi";
### - "pangguna perseorangan (majikan pribadi)" for "pengguna perseorangan";
### - "moratorium (panyetopan sawetawis)"; "nyabut moratorium" for "pencabutan moratorium";
### - "jiretan utang" for "jeratan utang"; "apusan" / "dipun apusi" for "tipu daya" / "ditipu";
### - "dipun watesi obahipun" for "dibatasi bergerak"; "lembur kakathahen" for "lembur berlebihan";
### - "nyarekaken" (krama inggil) for "memakamkan": maybe plain "ngubur" is clearer in villages;
### - "tilar donya" for "meninggal"; "jenazah" kept as the word people know (krama: "layon");
### - "yuta" / "ewu" for "juta" / "ribu" (Rp25–40 yuta, NT$50–80 ewu);
### - "ngopeni lare sesarengan" for "pengasuhan bersama (community parenting)";
### - "Matur dhateng pamarentah desa" for "Beri tahu pemerintah desa";
### - "idin manggen" for "izin tinggal"; "telas wekdalipun (kedaluwarsa)" for expired passports;
### - "Ciri" (Indonesian word) in menu labels; Javanese "titikan" may be less known;
### - the level overall: krama madya/inggil mix as in the other jv files; ngoko words may read
###   better for some terms ("ditagih", "dibayar") but dipun- forms were kept for politeness.

info-menu = Informasi menapa ingkang panjenengan padosi? Pilih nomer, utawi serat pitakenan panjenengan mawi tembung panjenengan piyambak.
info-going = Badhe nyambut damel ing luar negeri
info-calo = Ati-ati calo lan perdagangan orang
info-abroad = Saweg nyambut damel ing luar negeri
info-family = Kulawarga pekerja migran
info-return = Wangsul dhateng Indonesia
info-where-help = Nyuwun pitulungan ing pundi
info-back = Wangsul dhateng menu utama
info-back-topics = Wangsul dhateng dhaptar topik

## 1. Mau kerja ke luar negeri
info-going-menu = Badhe nyambut damel ing luar negeri. Pilih topik:
info-requirements = Syarat lan dokumen
info-procedure = Alur resmi pendaftaran
info-costs = Biaya ingkang mboten kenging dipun tagih
info-schemes = Jalur penempatan (P to P, G to G)
info-check-agency = Priksa perusahaan lan lowongan
info-closed-countries = Negari lan pedamelan ingkang dipun tutup

# requirements: UU 18/2017 Pasal 5 dan 13 [S1][S2][S4]
info-requirements-answer =
    Syarat dados Pekerja Migran Indonesia (UU 18/2017 Pasal 5): umur paling sekedhik 18 taun, gadhah katrampilan, sehat jasmani lan rohani, kadaftar dados peserta jaminan sosial, lan dokumen jangkep.
    Dokumen (Pasal 13):
    • serat katrangan status perkawinan (menawi sampun nikah, mawi fotokopi buku nikah);
    • serat idin saking garwa (bojo), tiyang sepuh, utawi wali ingkang dipun mangertosi kepala desa utawi lurah;
    • sertifikat kompetensi;
    • serat katrangan sehat (medis lan psikologi);
    • paspor saking kantor imigrasi ing dhaerah panjenengan;
    • visa kerja;
    • perjanjian penempatan lan perjanjian kerja.

# procedure: UU 18/2017 Pasal 42; PP 59/2021 Pasal 7; alur 2023–2026 [S15][S12b][S23][S24][S25][S26][S28]
info-procedure-answer =
    Alur resmi:
    1) Matur dhateng pamarentah desa: desa nyathet calon pekerja migran lan mbiyantu dokumen kependudukan.
    2) Dhateng Dinas Tenaga Kerja (Disnaker) utawi LTSA ing kabupaten panjenengan kangge informasi lan pendaftaran lumantar SIAPkerja, ingkang saweg pindhah dhateng SISKOP2MI.
    3) Ndherek seleksi, lajeng tanda tangan perjanjian penempatan kaliyan perusahaan penempatan (P3MI) ing LTSA.
    4) Priksa kesehatan lan psikologi, damel paspor, visa kerja, lan kertu BPJS Ketenagakerjaan.
    5) Ndherek Orientasi Pra Pemberangkatan (OPP) lan perekaman E-PMI (ID PMI) ing BP3MI utawi LTSA.
    6) Bidhal.
    Kertu e-KTKLN sampun dipun gantos ID PMI. Sampun ngantos bidhal tanpa visa kerja.

# costs: UU 18/2017 Pasal 30; Peraturan BP2MI 9/2020 [S7][S17][S18][S19]
info-costs-answer =
    UU 18/2017 Pasal 30: pekerja migran mboten kenging dipun bebani biaya penempatan.
    Peraturan BP2MI 9/2020 mbebasaken biaya kangge 10 jabatan: pengurus rumah tangga, pengasuh bayi, perawat lansia, juru masak, sopir kulawarga, tukang kebon, pengasuh lare, petugas kebersihan, pekerja ladang utawi perkebunan, lan awak kapal perikanan.
    Ingkang mboten kenging dipun tagih dhateng panjenengan: tiket bidhal lan wangsul, visa kerja, legalisasi kontrak, pelatihan, sertifikat kompetensi, jasa perusahaan, paspor, SKCK, BPJS, priksa kesehatan lan psikologi, transportasi lokal dhateng panggenan bidhal, lan penginapan.

# costs (practice): [S20][S21][S8][S29b]
info-costs-practice =
    Ing praktikipun, pembebasan biaya menika asring namung dipun paringaken dhateng tiyang ingkang nembe sepisanan bidhal. Aturan biaya saweg dipun anyari pamarentah (2025); aturan saderengipun mboten lumampah ing Taiwan lan Hong Kong.
    Pesen Menteri: mboten kenging wonten pungutan menapa kemawon, lan laporaken sinten kemawon ingkang mungut biaya. Menawi panjenengan dipun tagih, suwun kuitansi, simpen buktinipun, lan takenaken dhateng konselor.

# schemes: [S30][S30b][S68][S69]
info-schemes-answer =
    Wonten gangsal jalur penempatan:
    1) P to P: lumantar perusahaan penempatan resmi (P3MI);
    2) G to G: antawis pamarentah, upaminipun dhateng Korea lumantar EPS;
    3) G to P: pamarentah dhateng perusahaan ing luar negeri;
    4) mandiri (perseorangan): wajib lapor dhateng BP3MI;
    5) program khusus.
    Korea (G to G): umur 18–39 taun, paling sekedhik lulus SMP, lulus ujian EPS-TOPIK lan uji katrampilan, ndaftar ing SISKOP2MI.
    Jepang: jalur Specified Skilled Worker (Tokutei Ginou), mawi ujian basa (JLPT N4 utawi JFT-Basic) lan uji katrampilan.

# check_agency: [S61][S85][S25][S25r][S38][S36]
info-check-agency-answer =
    Saderengipun mbayar utawi masrahaken dokumen, priksa rumiyin:
    • Perusahaan penempatan (P3MI) wajib gadhah idin usaha SIP3MI saking kementerian lan idin perekrutan SIP2MI.
    • Lowongan resmi kacathet ing SISKOP2MI ({ $siskop2mi }).
    • Kantor BP3MI ing 23 provinsi lan pos P4MI saged mriksa lowongan kerja luar negeri kangge panjenengan. Disnaker lan LTSA ing kabupaten panjenengan ugi saged dipun takeni.
    Pekerja ingkang mboten kadaftar saged kecalan pangayoman negari, jaminan sosial, lan pitulungan nalika wonten kasus.

# closed_countries: Kepmenaker 260/2015 [S31][S84][S32]
info-closed-countries-answer =
    Wiwit 1 Juli 2015 (Kepmenaker 260/2015), penempatan dhateng pangguna perseorangan (majikan pribadi), inggih menika pekerja rumah tangga, ing negari-negari Timur Tengah dipun kendelaken. Tawaran nyambut damel rumah tangga mrika menika tandha bebaya perdagangan orang.
    Kangge Arab Saudi nate wonten uji coba satunggal kanal (SPSK) lumantar perusahaan tartamtu, lan ing taun 2025 pamarentah nyiapaken nyabut moratorium (panyetopan sawetawis). Statusipun samenika dereng pesthi: takenaken dhateng Disnaker, LTSA, BP3MI, utawi konselor saderengipun nampi tawaran.

## 2. Waspada calo dan perdagangan orang
info-calo-menu = Ati-ati calo lan perdagangan orang. Pilih topik:
info-recruiters = Ciri calo lan lowongan palsu
info-fake-visa = Visa turis utawi umrah kangge kerja
info-online-scam = Lowongan kerja online palsu
info-forced-labour = Tandha kerja paksa
info-report-recruiter = Cara nglaporaken calo

# recruiters: [S61][S61b][S61c][S61d]
info-recruiters-answer =
    Ciri calo lan lowongan palsu:
    • dipun kengken bidhal mawi visa turis, kunjungan, utawi umrah, kanthi janji idin kerja dipun urus mangke;
    • proses cepet sanget (upaminipun "2 minggu bidhal"), tanpa pelatihan utawi OPP, lan panjenengan dipun tebihaken saking Disnaker, LTSA, utawi BP3MI;
    • dipun suwuni arta "administrasi", seragam, utawi "pelicin" dhateng rekening pribadi, utawi dipun janjeni "sedaya gratis" tanpa perjanjian tinulis;
    • mboten gadhah kantor utawi idin (SIP3MI/SIP2MI), namung lumantar Facebook, WhatsApp, utawi Telegram;
    • mboten wonten kontrak tinulis, utawi kontrak mawi basa ingkang mboten panjenengan mangertosi;
    • gaji inggil sanget tanpa syarat katrampilan.

# fake_visa: [S61][S61b][S81b][S83][S67][S32b]
info-fake-visa-answer =
    Nyambut damel mawi visa turis, visa kunjungan, utawi visa umrah/ziarah menika penempatan mboten resmi (nonprosedural). Semanten ugi bidhal lumantar "jalur tikus", pelabuhan mboten resmi dhateng Malaysia.
    Akibatipun: mboten wonten kontrak lan pangayoman, gampil dipun cekel, dipun tahan ing depo imigrasi, lajeng dipun deportasi. Ing Arab Saudi, kathah pekerja mawi visa umrah ngalami kekerasan, dipun deportasi, malah ngantos tilar donya.
    Mangga bidhal namung mawi visa kerja, lumantar Disnaker utawi LTSA.

# online_scam: [S62][S38]
info-online-scam-answer =
    Ati-ati kaliyan tawaran nyambut damel ing luar negeri lumantar internet ingkang njanjeni gaji inggil kanthi syarat gampil. Kementerian Luar Negeri nyathet 2.199 kasus WNI ingkang dipun peksa nyambut damel kangge penipuan online (2020 ngantos Mei 2023), paling kathah ing Kamboja, ugi ing Filipina, Laos, Thailand, Myanmar, Vietnam, lan Dubai.
    Saderengipun bidhal, priksa lowongan lan perusahaanipun ing BP3MI, LTSA, utawi Disnaker. Menawi panjenengan utawi kulawarga sampun kajiret, enggal hubungi konselor utawi laporaken kasusipun.

# forced_labour: UU 21/2007; indikator kerja paksa ILO [S60][S60b]
info-forced-labour-answer =
    Perdagangan orang (TPPO, UU 21/2007): ngrekrut, mbeta, nampung, utawi nampi tiyang kanthi ancaman, kekerasan, apusan, jiretan utang, utawi ngginakaken kawontenan ringkih, kangge dipun eksploitasi. Paukumanipun 3–15 taun penjara. Korban gadhah hak restitusi (ganti rugi), rehabilitasi, lan dipun wangsulaken.
    11 tandha kerja paksa (ILO): kawontenan ringkih dipun ginakaken; dipun apusi; dipun watesi obahipun; dipun isolasi; kekerasan fisik utawi seksual; dipun ancam; dokumen identitas dipun tahan; gaji dipun tahan; jiretan utang; kawontenan kerja lan panggenan manggen awon; lembur kakathahen. Setunggal tandha kemawon saged cekap.

# report_recruiter: UU 18/2017 Pasal 69 dan 81 [S9][S10][S83][S36][S29b][S51][S65]
info-report-recruiter-answer =
    Tiyang perseorangan dipun larang nempataken pekerja migran (UU 18/2017 Pasal 69). Paukumanipun ngantos 10 taun penjara lan denda ngantos Rp15 miliar (Pasal 81).
    Laporaken calo dhateng:
    • pengaduan Kementerian P2MI: { $kp2mi } (saking luar negeri { $kp2mi_abroad }), WhatsApp { $kp2mi_wa };
    • polisi: { $police };
    • Desbumi, SBMI, utawi konselor Pelita.
    Simpen buktinipun: nami lan nomer calo, obrolan, lan bukti transfer. Panjenengan ugi saged nglaporaken kasusipun ing mriki.

## 3. Sedang bekerja di luar negeri
info-abroad-menu = Saweg nyambut damel ing luar negeri. Pilih topik:
info-rights = Hak panjenengan
info-contract-wages = Kontrak lan gaji
info-self-report = Lapor dhiri dhateng KBRI/KJRI
info-immigration = Overstay, dipun tahan, deportasi
info-social-security = BPJS Ketenagakerjaan
info-countries = Cathetan negari tujuan

# rights: UU 18/2017 Pasal 6 [S5][S2][S3]
info-rights-answer =
    Hak panjenengan (UU 18/2017 Pasal 6) antawisipun:
    • gaji jumbuh kaliyan standar negari tujuan lan kontrak;
    • ngibadah;
    • sesambetan (komunikasi);
    • nyekel piyambak paspor lan dokumen perjalanan panjenengan;
    • pangayoman lan bantuan hukum saking tumindak ingkang ngasoraken martabat;
    • katrangan hak lan kewajiban ing kontrak, ugi salinan dokumen lan perjanjian kerja;
    • ndherek serikat miturut hukum setempat;
    • wangsul kanthi aman.
    Paspor ingkang dipun tahan majikan utawi agen nglanggar hak menika. Panjenengan saged lapor dhateng KBRI/KJRI utawi lumantar Pelita.

# contract_wages: UU 18/2017 Pasal 15 [S1][S35][S35b]
info-contract-wages-answer =
    Perjanjian kerja (UU 18/2017 Pasal 15) paling sekedhik ngemot: nami lan alamat majikan (ingkang maringi pedamelan), identitas panjenengan, jinis pedamelan, hak lan kewajiban, jam kerja, gaji lan caranipun mbayar, cuti lan ngaso, fasilitas lan jaminan sosial utawi asuransi, dangunipun kontrak, ugi jaminan keamanan.
    Simpen salinan kontrak panjenengan. Menawi gaji mboten dipun bayar utawi dipun potong, pedamelan mboten jumbuh kaliyan kontrak, utawi panjenengan dipun PHK (dipun pecat) sepihak: cathet tanggal lan cacahipun, simpen slip gaji lan obrolan, lajeng laporaken.

# self_report: kewajiban PMI; Safe Travel, Peduli WNI, SARI [S6][S40][S40c][S41][S39]
info-self-report-answer =
    Kewajiban panjenengan: manut hukum Indonesia lan negari tujuan, ngajeni adat setempat, nyambut damel jumbuh kaliyan kontrak, lan lapor dhateng Perwakilan RI (KBRI/KJRI) nalika dumugi, panggenan panjenengan, lan nalika wangsul.
    Cara lapor dhiri:
    • portal Peduli WNI ({ $peduli_wni }), ingkang ugi nampi pengaduan lan mantau kasus;
    • aplikasi Safe Travel saking Kementerian Luar Negeri, mawi tombol darurat ingkang nyambung dhateng KBRI/KJRI. Ing salebetipun wonten SARI, chatbot ingkang ugi nampi basa dhaerah.

# immigration: [S67][S67b][S14][S40]
info-immigration-answer =
    Idin manggen telas (overstay), paspor telas wekdalipun (kedaluwarsa), utawi mlebet tanpa idin saged pungkasanipun dipun tahan ing depo (tahanan) imigrasi lan dipun deportasi. Ing Maret 2024 wonten 3.797 WNI ing depo imigrasi Malaysia.
    KBRI/KJRI maringi bantuan konsuler: pendampingan, bantuan hukum, tilik tahanan, dokumen perjalanan darurat kangge wangsul, lan pemulangan. Menawi panjenengan utawi kulawarga dipun tahan, hubungi KBRI/KJRI utawi konselor enggal-enggal.

# social_security: Permenaker 4/2023 [S22][S22c]
info-social-security-answer =
    Calon pekerja migran lan pekerja migran wajib ndherek BPJS Ketenagakerjaan (Permenaker 4/2023): Jaminan Kecelakaan Kerja (JKK) lan Jaminan Kematian (JKM). Jaminan Hari Tua (JHT) kenging dipun pilih.
    Ndaftaripun saderengipun bidhal, dipun biyantu perusahaan penempatan; ingkang sampun wonten luar negeri dipun biyantu lumantar KBRI/KJRI. Pangayoman lumampah wiwit bidhal ngantos kontrak rampung, dipun tambah paling dangu 1 wulan kangge perjalanan wangsul.
    Simpen nomer kertu BPJS panjenengan lan kabari kulawarga.

## 3.x Catatan negara tujuan
info-countries-menu = Cathetan negari tujuan. Pilih negari:
info-malaysia = Malaysia
info-hongkong = Hong Kong
info-taiwan = Taiwan
info-middle-east = Arab Saudi lan Timur Tengah
info-korea-japan = Korea lan Jepang

# malaysia: [S67][S67b][S67c][S81b]
info-malaysia-answer =
    Malaysia: kathah WNI mlebet lumantar jalur mboten resmi utawi tetep manggen sasampunipun idinipun telas. Ing Maret 2024 wonten 3.797 WNI ing depo imigrasi Malaysia. Deportasi lumantar segara saking Sabah dhateng Nunukan ajeg kedadosan, kalebet tiyang estri lan lare, lan kawontenan kesehatan ing depo kalaporaken awon. Sababipun: mlebet tanpa idin, overstay, lan paspor kedaluwarsa.
    Mangga bidhal mawi visa kerja, jagi paspor lan idin kerja tetep lumampah, lan lapor dhiri dhateng KBRI utawi KJRI.

# hongkong: [S63][S19][S19b]
info-hongkong-answer =
    Hong Kong kalebet tujuan ingkang paling kathah (semester I 2024). Masalah ingkang asring kedadosan: biaya kakathahen (overcharging) lan dokumen dipun tahan. Ing taun 2023 kacathet 68 pekerja lan 24 perusahaan penempatan ing kasus kados menika, kanthi kapitunan Rp25–40 yuta.
    Miturut laporan 2017, aturan Hong Kong mbatesi biaya agen paling kathah 10% saking gaji.
    Cekel piyambak paspor lan kontrak panjenengan. Biaya utawi potongan ingkang mboten wajar saged dipun laporaken.

# taiwan: [S66][S66b][S66c][S49]
info-taiwan-answer =
    Taiwan: laporan 2017 nyebataken biaya penempatan dipun bayar lumantar potongan gaji salami 5–10 wulan. Wonten ugi pungutan ilegal "biaya beli kerja" (NT$50–80 ewu) kangge manjangaken kontrak utawi pindhah majikan; Kementerian Tenaga Kerja Taiwan (MOL) ndenda agen 10–20 kaping jumlahipun.
    Pengaduan ing Taiwan: hotline { $taiwan_1955 }, saged mawi basa Indonesia. Wonten ugi chatbot LINE "1955 E-Line" mawi pangeling visa lan pungkasaning kontrak.

# middle_east: [S31][S32b][S32c][S84]
info-middle-east-answer =
    Timur Tengah: wiwit 2015 penempatan pekerja rumah tangga dhateng pangguna perseorangan dipun kendelaken. Tawaran nyambut damel rumah tangga mrika, punapa malih mawi visa umrah utawi ziarah, menika tandha bebaya. Ing Arab Saudi kathah pekerja mawi visa umrah ngalami kekerasan, dipun deportasi, malah ngantos tilar donya; kementerian ngira-ira watawis 25.000 tiyang bidhal mboten resmi saben taun.
    Status dipun bikak malih Arab Saudi dereng pesthi. Takenaken dhateng Disnaker, LTSA, utawi BP3MI saderengipun nampi tawaran.

# korea_japan: [S68][S69]
info-korea-japan-answer =
    Korea: jalur resminipun G to G (EPS): umur 18–39 taun, paling sekedhik lulus SMP, lulus ujian EPS-TOPIK lan uji katrampilan, lan ndaftar lumantar SISKOP2MI. Lulus ujian dereng njamin mesthi bidhal.
    Jepang: jalur Specified Skilled Worker (Tokutei Ginou), mawi ujian basa (JLPT N4 utawi JFT-Basic) lan uji katrampilan.
    Tawaran nyambut damel dhateng Korea utawi Jepang lumantar jalur sanes kedah dipun priksa rumiyin ing BP3MI.

## 4. Keluarga pekerja migran
info-family-menu = Kulawarga pekerja migran. Pilih topik:
info-family-rights = Hak kulawarga
info-missing-family = Kulawarga ical kontak utawi sakit
info-body-repatriation = Pekerja tilar donya ing luar negeri
info-children = Putra-putri pekerja migran

# family_rights: [S85][S5]
info-family-rights-answer =
    Kulawarga pekerja migran gadhah hak: pikantuk informasi bab kawontenan, masalah, lan wangsulipun pekerja; sesambetan kaliyan piyambakipun; pikantuk salinan dokumen lan perjanjian kerjanipun; lan nampi sedaya bandha pekerja ingkang tilar donya ing luar negeri.
    Simpen fotokopi paspor lan kontrak, nami perusahaan penempatan, alamat majikan, lan nomer BPJS anggota kulawarga panjenengan. Data menika mbiyantu sanget menawi wonten masalah.

# missing_family: [S81][S35][S35b][S41][S36]
info-missing-family-answer =
    Menawi anggota kulawarga ing luar negeri ical kontak, sakit, utawi nandhang masalah:
    1) Kempalaken data: nami kados ing paspor, nomer paspor, negari lan alamat majikan, nami perusahaan penempatan utawi sponsor, lan kapan pungkasan sesambetan.
    2) Serat kronologinipun (urutan kedadosan) lan menapa ingkang panjenengan kersakaken, upaminipun dipun wangsulaken.
    3) Laporaken lumantar Pelita, dhateng BP3MI, dhateng pengaduan Kementerian P2MI { $kp2mi }, utawi lumantar portal Peduli WNI ({ $peduli_wni }).
    Menawi nyawanipun wonten ing bebaya, ketik DARURAT.

# body_repatriation: UU 18/2017 Pasal 27; PP 59/2021 Pasal 21 [S79][S80][S13][S81]
info-body-repatriation-answer =
    Menawi pekerja ingkang bidhal lumantar perusahaan penempatan (P3MI) tilar donya, perusahaan wajib: ngabari kulawarga salebetipun 3 dinten, madosi sababipun, mangsulaken jenazah kanthi biaya perusahaan lan nyarekaken miturut agaminipun (utawi nyarekaken ing mrika kanthi idin kulawarga), ugi ngurus bandha lan hak ingkang dereng dipun bayar.
    Kangge pekerja ingkang bidhal mboten resmi, saged dipun suwun serat katrangan mboten mampu (SKTM) lan serat panyuwunan saking kulawarga. Konselor saged mbiyantu ngurusipun.

# children: Desmigratif [S59][S59b][S76]
info-children-answer =
    Program Desmigratif (Kementerian Ketenagakerjaan) gadhah kegiatan ngopeni lare sesarengan (community parenting) kangge putra-putri pekerja migran ing desa, kejawi layanan migrasi, usaha produktif, lan koperasi.
    Takenaken dhateng pamarentah desa utawi Disnaker menapa desa panjenengan ndherek Desmigratif utawi Desbumi. Menawi lare ngalami kekerasan, hubungi SAPA { $sapa } (WhatsApp { $sapa_wa }), 24 jam.

## 5. Pulang ke Indonesia
info-return-menu = Wangsul dhateng Indonesia. Pilih topik:
info-unpaid-claims = Gaji dereng dipun bayar lan klaim
info-reintegration = Konseling, usaha, lan program desa

# unpaid_claims: PP 59/2021 Pasal 21; Permenaker 4/2023 [S13][S22][S35]
info-unpaid-claims-answer =
    Sasampunipun wangsul, hak panjenengan taksih saged dipun urus: ngrampungaken gaji lan hak sanesipun ingkang dereng dipun bayar kalebet pangayoman sasampunipun nyambut damel (PP 59/2021 Pasal 21). Kempalaken kontrak, slip gaji, bukti transfer, lan obrolan, lajeng laporaken lumantar Pelita, BP3MI, utawi LTSA.
    BPJS Ketenagakerjaan: Jaminan Kecelakaan Kerja kangge kacilakan utawi sakit amargi nyambut damel, Jaminan Kematian kangge ahli waris, lan JHT menawi panjenengan ndherek. Beta kertu BPJS lan dokumen kerja panjenengan dhateng kantor BPJS Ketenagakerjaan.

# reintegration: PP 59/2021 Pasal 21–22 [S13][S56][S59][S51][S52]
info-reintegration-answer =
    Wangsul saged kraos awrat. Pamarentah wajib mbiyantu rehabilitasi lan reintegrasi (wangsul gesang ing masyarakat), kalebet konseling psikososial lan pelatihan kerja (PP 59/2021 Pasal 22). LTSA-MRC maringi konseling psikososial, lan Pelita saged nyambungaken panjenengan kaliyan konselor.
    Kangge usaha lan keuangan: Desmigratif gadhah program usaha produktif lan koperasi, lan Desbumi maringi pelatihan literasi keuangan (ngatur arta). Takenaken program ing dhaerah panjenengan dhateng desa utawi Disnaker.

## 6. Di mana minta bantuan
# where_help: [S56][S57][S51][S54][S59][S38][S65][S50][S36]
info-where-help-answer =
    Panggenan nyuwun pitulungan:
    • LTSA-MRC, layanan terpadu ingkang ramah dhateng wanita, ing Cirebon, Tulungagung, Blitar, lan Lampung Timur: konsultasi, konseling psikososial, bantuan hukum, lan ngurus kasus;
    • Desbumi (Migrant CARE) ing 37 desa ing Indramayu, Kebumen, Cilacap, Wonosobo, Jember, Banyuwangi, Lombok Tengah, lan Lembata;
    • desa Desmigratif, lan Disnaker utawi LTSA ing kabupaten panjenengan;
    • BP3MI ing 23 provinsi lan pos P4MI;
    • SBMI, lan Migrant CARE ({ $migrant_care }, 24 jam);
    • pengaduan Kementerian P2MI: { $kp2mi }, saking luar negeri { $kp2mi_abroad }.

## What to do next (after every answer)
info-next = Badhe menapa samenika?
info-next-section = Topik sanes ing bagian menika
info-next-topics = Sedaya topik
info-next-counsellor = Ngobrol kaliyan konselor
info-next-menu = Menu utama
info-next-report = Laporaken kasus
