### Safe-migration information (flows/info.toml), Sasak (Base Sasak): MACHINE-DRAFTED translation
### of locales/id/info.ftl, awaiting review by a native speaker. Every fact rests on ../shared/content/brief.md;
### the [S#] keys after each answer are listed by topic id in locales/SOURCES.md.
### Phone numbers and web addresses are variables from the deployment's [directory]
### configuration, never text. Each message stays under 700 characters (one phone screen).
###
### UNSURE, please check (Sasak word, intended Indonesian meaning):
###   kata-kata pelinggih mesaq (kata-kata sendiri), beng taoq (beri tahu), sedang beralih (sedang beralih),
###   saq tetaoq isiq kepala desa (yang diketahui kepala desa), merariq (menikah), bebasang (membebaskan),
###   perawat dengan toaq (perawat lansia), cek juluq (periksa dulu), serahang (menyerahkan),
###   tehentiang (dihentikan), ojok negara-negara nike / leq to (ke sana / di sana), tetakonang (ditanya),
###   tejauhang (dijauhkan), tetangkep (ditangkap), bait dengan (membawa orang), tebatesin bejalan
###   (dibatasi bergerak), jelek (buruk), lembur lebih gati (lembur berlebihan), ngerendahang
###   (merendahkan), beserikat (berserikat), ngormatin (menghormati), selame leq to (selama di sana),
###   segara (laut), walaupun (walaupun), ndende (mendenda), apelagi (apalagi), ngira (memperkirakan),
###   tepulangang / mulangang (dipulangkan / memulangkan), makamang (memakamkan), nyawane (nyawanya),
###   sesampun (setelah), Bait (Bawa), terase (terasa), hubungang (menghubungkan), napi (apakah).

info-menu = Pelinggih mele informasi napi? Pilih nomer, atau tulis pertanyaan pelinggih kadu kata-kata pelinggih mesaq.
info-going = Mele begawe leq luar negeri
info-calo = Ati-ati calo dait perdagangan orang
info-abroad = Nane begawe leq luar negeri
info-family = Keluarga pekerja migran
info-return = Uleq ojok Indonesia
info-where-help = Leq mbe nunas bantuan
info-back = Uleq ojok menu utama
info-back-topics = Uleq ojok daftar topik

## 1. Mau kerja ke luar negeri
info-going-menu = Mele begawe leq luar negeri. Pilih topik:
info-requirements = Syarat dait dokumen
info-procedure = Alur resmi pendaftaran
info-costs = Biaya: saq ndeq kanggo tetagih
info-schemes = Jalur penempatan (P to P, G to G)
info-check-agency = Cek perusahaan dait lowongan
info-closed-countries = Negara dait gawean saq tetutup

# requirements: UU 18/2017 Pasal 5 dan 13 [S1][S2][S4]
info-requirements-answer =
    Syarat jari Pekerja Migran Indonesia (UU 18/2017 Pasal 5): umur paling sekediq 18 taun, bedowe keterampilan, sehat awak dait pikiran (jasmani dait rohani), tedaftar jari peserta jaminan sosial, dait dokumen lengkap.
    Dokumen (Pasal 13):
    • surat keterangan status kawin (mun wah merariq, kance fotokopi buku nikah);
    • surat izin semame/senine, inaq amaq, atau wali saq tetaoq isiq kepala desa atau lurah;
    • sertifikat kompetensi;
    • surat keterangan sehat (medis dait psikologi);
    • paspor lekan kantor imigrasi setempat;
    • visa kerja;
    • perjanjian penempatan dait perjanjian kerja.

# procedure: UU 18/2017 Pasal 42; PP 59/2021 Pasal 7; alur 2023–2026 [S15][S12b][S23][S24][S25][S26][S28]
info-procedure-answer =
    Alur resmi:
    1) Beng taoq pemerintah desa: desa nyatet calon pekerja migran dait ngebantu dokumen kependudukan.
    2) Lalo ojok Dinas Tenaga Kerja (Disnaker) atau LTSA leq kabupaten pelinggih adeq informasi dait pendaftaran lewat SIAPkerja, saq nane sedang beralih ojok SISKOP2MI.
    3) Milu seleksi, terus tanda tangan perjanjian penempatan kance perusahaan penempatan (P3MI) leq LTSA.
    4) Cek kesehatan dait psikologi, piaq paspor, visa kerja, dait kartu BPJS Ketenagakerjaan.
    5) Milu Orientasi Pra Pemberangkatan (OPP) dait perekaman E-PMI (ID PMI) leq BP3MI atau LTSA.
    6) Berangkat.
    Kartu e-KTKLN wah teganti kance ID PMI. Ndaq berangkat mun ndeqne araq visa kerja.

# costs: UU 18/2017 Pasal 30; Peraturan BP2MI 9/2020 [S7][S17][S18][S19]
info-costs-answer =
    UU 18/2017 Pasal 30: pekerja migran ndeq kanggo tebebanin biaya penempatan.
    Peraturan BP2MI 9/2020 bebasang biaya jari 10 gawean: pengurus rumah tangga, pengasuh bayi, perawat dengan toaq, juru masak, sopir keluarga, tukang kebun, pengasuh kanak, petugas kebersihan, pekerja ladang atau perkebunan, dait awak kapal perikanan.
    Saq ndeq kanggo tetagih ojok pelinggih: tiket berangkat dait uleq, visa kerja, legalisasi kontrak, pelatihan, sertifikat kompetensi, jasa perusahaan, paspor, SKCK, BPJS, cek kesehatan dait psikologi, transportasi lokal ojok tempat berangkat, dait penginapan.

# costs (practice): [S20][S21][S8][S29b]
info-costs-practice =
    Leq praktekne, bebas biaya niki sering cume tebeng ojok dengan saq baru pertame kali berangkat. Aturan biaya sedang tebaruin isiq pemerintah (2025); aturan saq laeq ndeq bejalan leq Taiwan dait Hong Kong.
    Pesen Menteri: ndeq kanggo araq pungutan napi-napi, dait laporang selapuq dengan saq mungut biaya. Mun pelinggih tetagih, minta kuitansi, simpen buktine, dait betakon ojok konselor.

# schemes: [S30][S30b][S68][S69]
info-schemes-answer =
    Araq lime jalur penempatan:
    1) P to P: lewat perusahaan penempatan resmi (P3MI);
    2) G to G: antar pemerintah, misalne ojok Korea lewat EPS;
    3) G to P: pemerintah ojok perusahaan leq luar negeri;
    4) mandiri (perseorangan): wajib lapor ojok BP3MI;
    5) program khusus.
    Korea (G to G): umur 18–39 taun, paling sekediq lulus SMP, lulus ujian EPS-TOPIK dait uji keterampilan, daftar leq SISKOP2MI.
    Jepang: jalur Specified Skilled Worker (Tokutei Ginou), kance ujian base (JLPT N4 atau JFT-Basic) dait uji keterampilan.

# check_agency: [S61][S85][S25][S25r][S38][S36]
info-check-agency-answer =
    Sebelum bayah atau serahang dokumen, cek juluq:
    • Perusahaan penempatan (P3MI) wajib bedowe izin usaha SIP3MI lekan kementerian dait izin perekrutan SIP2MI.
    • Lowongan resmi araq leq SISKOP2MI ({ $siskop2mi }).
    • Kantor BP3MI leq 23 provinsi dait pos P4MI bau ngecek lowongan kerja luar negeri jari pelinggih. Disnaker dait LTSA leq kabupaten pelinggih endah bau tetakonang.
    Pekerja saq ndeq tedaftar bau ilang pelindungan negara, jaminan sosial, dait bantuan waktu araq kasus.

# closed_countries: Kepmenaker 260/2015 [S31][S84][S32]
info-closed-countries-answer =
    Sejak 1 Juli 2015 (Kepmenaker 260/2015), penempatan ojok pengguna perseorangan, yaitu pekerja rumah tangga, leq negara-negara Timur Tengah tehentiang. Tawaran gawean rumah tangga ojok negara-negara nike jari tande bahaya perdagangan orang.
    Jari Arab Saudi pernah araq uji coba satu kanal (SPSK) lewat perusahaan tertentu, dait leq taun 2025 pemerintah nyiapang pencabutan moratorium. Statusne nane ndeqman pasti: betakon ojok Disnaker, LTSA, BP3MI, atau konselor sebelum nerima tawaran.

## 2. Waspada calo dan perdagangan orang
info-calo-menu = Ati-ati calo dait perdagangan orang. Pilih topik:
info-recruiters = Tande calo dait lowongan palsu
info-fake-visa = Visa turis atau umrah jari begawe
info-online-scam = Lowongan kerja online palsu
info-forced-labour = Tande kerja paksa
info-report-recruiter = Carene laporang calo

# recruiters: [S61][S61b][S61c][S61d]
info-recruiters-answer =
    Tande calo dait lowongan palsu:
    • tesuruq berangkat kadu visa turis, kunjungan, atau umrah, kance janji izin kerja teurus jemaq;
    • proses cepet gati (misalne "2 minggu berangkat"), ndeqne araq pelatihan atau OPP, dait pelinggih tejauhang lekan Disnaker, LTSA, atau BP3MI;
    • teminta kepeng "administrasi", seragam, atau "pelicin" ojok rekening pribadi, atau tejanjiang "selapuq gratis" ndeqne araq perjanjian tertulis;
    • ndeq bedowe kantor atau izin (SIP3MI/SIP2MI), cume lewat Facebook, WhatsApp, atau Telegram;
    • ndeq araq kontrak tertulis, atau kontrak leq base saq ndeq pelinggih ngerti;
    • gaji tinggi gati ndeqne araq syarat keahlian.

# fake_visa: [S61][S61b][S81b][S83][S67][S32b]
info-fake-visa-answer =
    Begawe kadu visa turis, visa kunjungan, atau visa umrah/ziarah nike penempatan ndeq resmi (nonprosedural). Padaq endah berangkat lewat "jalur tikus", pelabuhan ndeq resmi ojok Malaysia.
    Akibatne: ndeq araq kontrak dait pelindungan, gampang tetangkep, tetahan leq depo imigrasi, terus tedeportasi. Leq Arab Saudi, luwek pekerja kadu visa umrah ngalamin kekerasan, tedeportasi, bahkan sampai meninggal.
    Berangkat cume kadu visa kerja, lewat Disnaker atau LTSA.

# online_scam: [S62][S38]
info-online-scam-answer =
    Ati-ati kance tawaran begawe leq luar negeri lewat internet saq janjiang gaji tinggi kance syarat gampang. Kementerian Luar Negeri nyatet 2.199 kasus WNI saq tepaksa begawe jari penipuan online (2020 sampai Mei 2023), paling luwek leq Kamboja, endah leq Filipina, Laos, Thailand, Myanmar, Vietnam, dait Dubai.
    Sebelum berangkat, cek lowongan dait perusahaanne leq BP3MI, LTSA, atau Disnaker. Mun pelinggih atau keluarga wah terjebak, langsung hubungi konselor atau laporang kasusne.

# forced_labour: UU 21/2007; indikator kerja paksa ILO [S60][S60b]
info-forced-labour-answer =
    Perdagangan orang (TPPO, UU 21/2007): ngerekrut, bait, nampung, atau nerima dengan kance ancaman, kekerasan, tipu daya, jeratan utang, atau manfaatang kerentanan, adeq teeksploitasi. Hukumanne 3–15 taun penjara. Korban bedowe hak restitusi, rehabilitasi, dait pemulangan.
    11 tande kerja paksa (ILO): kerentanan temanfaatang; tetipu; tebatesin bejalan; teisolasi; kekerasan fisik atau seksual; teancam; dokumen identitas tetahan; gaji tetahan; jeratan utang; kondisi gawean dait tempat tinggal jelek; lembur lebih gati. Sopoq tande doang bau wah cukup.

# report_recruiter: UU 18/2017 Pasal 69 dan 81 [S9][S10][S83][S36][S29b][S51][S65]
info-report-recruiter-answer =
    Dengan perseorangan telarang nempatang pekerja migran (UU 18/2017 Pasal 69). Hukumanne sampai 10 taun penjara dait denda sampai Rp15 miliar (Pasal 81).
    Laporang calo ojok:
    • pengaduan Kementerian P2MI: { $kp2mi } (lekan luar negeri { $kp2mi_abroad }), WhatsApp { $kp2mi_wa };
    • polisi: { $police };
    • Desbumi, SBMI, atau konselor Pelita.
    Simpen buktine: aran dait nomer calo, obrolan, dait bukti transfer. Pelinggih endah bau laporang kasusne leq te.

## 3. Sedang bekerja di luar negeri
info-abroad-menu = Nane begawe leq luar negeri. Pilih topik:
info-rights = Hak pelinggih
info-contract-wages = Kontrak dait gaji
info-self-report = Lapor diri ojok KBRI/KJRI
info-immigration = Overstay, tetahan, deportasi
info-social-security = BPJS Ketenagakerjaan
info-countries = Catetan negara tujuan

# rights: UU 18/2017 Pasal 6 [S5][S2][S3]
info-rights-answer =
    Hak pelinggih (UU 18/2017 Pasal 6) antara lain:
    • gaji sesuai standar negara tujuan dait kontrak;
    • beibadah;
    • bekomunikasi;
    • megang mesaq paspor dait dokumen perjalanan pelinggih;
    • pelindungan dait bantuan hukum lekan perlakuan saq ngerendahang;
    • penjelasan hak dait kewajiban leq dalem kontrak, dait salinan dokumen dait perjanjian kerja;
    • beserikat sesuai hukum setempat;
    • uleq kance aman.
    Paspor saq tetahan isiq majikan atau agen nike ngelanggar hak niki. Pelinggih bau lapor ojok KBRI/KJRI atau lewat Pelita.

# contract_wages: UU 18/2017 Pasal 15 [S1][S35][S35b]
info-contract-wages-answer =
    Perjanjian kerja (UU 18/2017 Pasal 15) paling sekediq isine: aran dait alamat pemberi kerja, identitas pelinggih, jenis gawean, hak dait kewajiban, jam kerja, gaji dait carene bayah, cuti dait istirahat, fasilitas dait jaminan sosial atau asuransi, lame kontrak, dait jaminan keamanan.
    Simpen salinan kontrak pelinggih. Mun gaji ndeq tebayah atau tepotong, gawean ndeq sesuai kontrak, atau pelinggih te-PHK sepihak: catet tanggal dait jumlahne, simpen slip gaji dait obrolan, terus laporang.

# self_report: kewajiban PMI; Safe Travel, Peduli WNI, SARI [S6][S40][S40c][S41][S39]
info-self-report-answer =
    Kewajiban pelinggih: taat ojok hukum Indonesia dait negara tujuan, ngormatin adat setempat, begawe sesuai kontrak, dait lapor ojok Perwakilan RI (KBRI/KJRI) waktu dateng, selame leq to, dait waktu uleq.
    Carene lapor diri:
    • portal Peduli WNI ({ $peduli_wni }), saq endah nerima pengaduan dait pemantauan kasus;
    • aplikasi Safe Travel lekan Kementerian Luar Negeri, kance tombol darurat saq tehubungang ojok KBRI/KJRI. Leq dalemne araq SARI, chatbot saq endah nerima base daerah.

# immigration: [S67][S67b][S14][S40]
info-immigration-answer =
    Izin tinggal wah abis (overstay), paspor kedaluwarsa, atau tame ndeqne araq izin bau berakhir leq depo (tahanan) imigrasi dait deportasi. Leq bulan Maret 2024 araq 3.797 WNI leq depo imigrasi Malaysia.
    KBRI/KJRI beng bantuan konsuler: pendampingan, bantuan hukum, kunjungan ojok tahanan, dokumen perjalanan darurat adeq uleq, dait pemulangan. Mun pelinggih atau keluarga tetahan, hubungi KBRI/KJRI atau konselor secepetne.

# social_security: Permenaker 4/2023 [S22][S22c]
info-social-security-answer =
    Calon pekerja migran dait pekerja migran wajib milu BPJS Ketenagakerjaan (Permenaker 4/2023): Jaminan Kecelakaan Kerja (JKK) dait Jaminan Kematian (JKM). Jaminan Hari Tua (JHT) kanggo tepilih.
    Pendaftaranne sebelum berangkat, tebantu isiq perusahaan penempatan; saq wah leq luar negeri tebantu lewat KBRI/KJRI. Pelindungan berlaku sejak berangkat sampai kontrak selese, tetambah paling lame 1 bulan jari perjalanan uleq.
    Simpen nomer kartu BPJS pelinggih dait beng taoq keluarga.

## 3.x Catatan negara tujuan
info-countries-menu = Catetan negara tujuan. Pilih negara:
info-malaysia = Malaysia
info-hongkong = Hong Kong
info-taiwan = Taiwan
info-middle-east = Arab Saudi dait Timur Tengah
info-korea-japan = Korea dait Jepang

# malaysia: [S67][S67b][S67c][S81b]
info-malaysia-answer =
    Malaysia: luwek WNI tame lewat jalur ndeq resmi atau tetep tinggal leq to walaupun izinne wah abis. Leq bulan Maret 2024 araq 3.797 WNI leq depo imigrasi Malaysia. Deportasi lewat segara lekan Sabah ojok Nunukan rutin kejadian, termasuk dengan nine dait kanak, dait kondisi kesehatan leq depo telaporang jelek. Penyebabne: tame ndeqne araq izin, overstay, dait paspor kedaluwarsa.
    Berangkat kadu visa kerja, jage paspor dait izin kerja adeq tetep berlaku, dait lapor diri ojok KBRI atau KJRI.

# hongkong: [S63][S19][S19b]
info-hongkong-answer =
    Hong Kong termasuk tujuan saq paling luwek (semester I 2024). Masalah saq sering kejadian: biaya lebih (overcharging) dait dokumen tetahan. Leq taun 2023 tecatet 68 pekerja dait 24 perusahaan penempatan leq kasus maraq niki, kance kerugian Rp25–40 juta.
    Menurut laporan 2017, aturan Hong Kong ngebatesin biaya agen paling luwek 10% lekan gaji.
    Pegang mesaq paspor dait kontrak pelinggih. Biaya atau potongan saq ndeq wajar bau telaporang.

# taiwan: [S66][S66b][S66c][S49]
info-taiwan-answer =
    Taiwan: laporan 2017 nyebut biaya penempatan tebayah lewat potongan gaji selame 5–10 bulan. Araq endah pungutan ilegal "biaya beli kerja" (NT$50–80 ribu) jari perpanjangan kontrak atau pinda majikan; Kementerian Tenaga Kerja Taiwan (MOL) ndende agen 10–20 kali jumlahne.
    Pengaduan leq Taiwan: hotline { $taiwan_1955 }, bau kadu base Indonesia. Araq endah chatbot LINE "1955 E-Line" kance pengingat visa dait akhir kontrak.

# middle_east: [S31][S32b][S32c][S84]
info-middle-east-answer =
    Timur Tengah: sejak 2015 penempatan pekerja rumah tangga ojok pengguna perseorangan tehentiang. Tawaran gawean rumah tangga ojok to, apelagi kadu visa umrah atau ziarah, nike tande bahaya. Leq Arab Saudi luwek pekerja kadu visa umrah ngalamin kekerasan, tedeportasi, bahkan sampai meninggal; kementerian ngira sekitar 25.000 dengan berangkat ndeq resmi tiap taun.
    Status pembukaan malik Arab Saudi ndeqman pasti. Betakon ojok Disnaker, LTSA, atau BP3MI sebelum nerima tawaran.

# korea_japan: [S68][S69]
info-korea-japan-answer =
    Korea: jalur resmine G to G (EPS): umur 18–39 taun, paling sekediq lulus SMP, lulus ujian EPS-TOPIK dait uji keterampilan, dait daftar lewat SISKOP2MI. Lulus ujian ndeqman ngejamin pasti berangkat.
    Jepang: jalur Specified Skilled Worker (Tokutei Ginou), kance ujian base (JLPT N4 atau JFT-Basic) dait uji keterampilan.
    Tawaran begawe ojok Korea atau Jepang lewat jalur lain harus tecek juluq leq BP3MI.

## 4. Keluarga pekerja migran
info-family-menu = Keluarga pekerja migran. Pilih topik:
info-family-rights = Hak keluarga
info-missing-family = Keluarga ilang kontak atau sakit
info-body-repatriation = Pekerja meninggal leq luar negeri
info-children = Anak pekerja migran

# family_rights: [S85][S5]
info-family-rights-answer =
    Keluarga pekerja migran bedowe hak: dapet informasi tentang keadaan pekerja, masalahne, dait soal uleqne; bekomunikasi kance pekerja; dapet salinan dokumen dait perjanjian kerjane; dait nerima selapuq harta benda pekerja saq meninggal leq luar negeri.
    Simpen fotokopi paspor dait kontrak, aran perusahaan penempatan, alamat majikan, dait nomer BPJS anggota keluarga pelinggih. Data niki ngebantu gati mun araq masalah.

# missing_family: [S81][S35][S35b][S41][S36]
info-missing-family-answer =
    Mun anggota keluarga leq luar negeri ilang kontak, sakit, atau leq dalem masalah:
    1) Kumpulang data: aran sesuai paspor, nomer paspor, negara dait alamat majikan, aran perusahaan penempatan atau sponsor, dait piran terakhir behubungan.
    2) Tulis kronologine dait napi saq pelinggih mele, misalne adeq tepulangang.
    3) Laporang lewat Pelita, ojok BP3MI, ojok pengaduan Kementerian P2MI { $kp2mi }, atau lewat portal Peduli WNI ({ $peduli_wni }).
    Mun nyawane leq dalem bahaya, ketik DARURAT.

# body_repatriation: UU 18/2017 Pasal 27; PP 59/2021 Pasal 21 [S79][S80][S13][S81]
info-body-repatriation-answer =
    Mun pekerja saq berangkat lewat perusahaan penempatan (P3MI) meninggal, perusahaan wajib: beng taoq keluarga leq dalem 3 jelo, cari taoq penyebabne, mulangang jenazah kance biaya perusahaan dait makamang sesuai agama (atau makamang leq to mun keluarga setuju), dait ngurus harta benda dait hak saq ndeqman tebayah.
    Jari pekerja saq berangkat ndeq resmi, bau teminta surat keterangan tidak mampu (SKTM) dait surat permohonan lekan keluarga. Konselor bau ngebantu ngurusne.

# children: Desmigratif [S59][S59b][S76]
info-children-answer =
    Program Desmigratif (Kementerian Ketenagakerjaan) bedowe kegiatan pengasuhan bareng (community parenting) jari kanak-kanak pekerja migran leq desa, selain layanan migrasi, usaha produktif, dait koperasi.
    Betakon ojok pemerintah desa atau Disnaker napi desa pelinggih milu Desmigratif atau Desbumi. Mun kanak ngalamin kekerasan, hubungi SAPA { $sapa } (WhatsApp { $sapa_wa }), 24 jam.

## 5. Pulang ke Indonesia
info-return-menu = Uleq ojok Indonesia. Pilih topik:
info-unpaid-claims = Gaji ndeqman tebayah dait klaim
info-reintegration = Konseling, usaha, dait program desa

# unpaid_claims: PP 59/2021 Pasal 21; Permenaker 4/2023 [S13][S22][S35]
info-unpaid-claims-answer =
    Sesampun uleq, hak pelinggih masih bau teurus: penyelesaian gaji dait hak lain saq ndeqman tebayah termasuk pelindungan sesampun begawe (PP 59/2021 Pasal 21). Kumpulang kontrak, slip gaji, bukti transfer, dait obrolan, terus laporang lewat Pelita, BP3MI, atau LTSA.
    BPJS Ketenagakerjaan: Jaminan Kecelakaan Kerja jari kecelakaan atau sakit sebab begawe, Jaminan Kematian jari ahli waris, dait JHT mun pelinggih milu. Bait kartu BPJS dait dokumen kerja pelinggih ojok kantor BPJS Ketenagakerjaan.

# reintegration: PP 59/2021 Pasal 21–22 [S13][S56][S59][S51][S52]
info-reintegration-answer =
    Uleq bau terase berat. Pemerintah wajib ngebantu rehabilitasi dait reintegrasi, termasuk konseling psikososial dait pelatihan kerja (PP 59/2021 Pasal 22). LTSA-MRC beng konseling psikososial, dait Pelita bau hubungang pelinggih kance konselor.
    Jari usaha dait keuangan: Desmigratif bedowe program usaha produktif dait koperasi, dait Desbumi beng pelatihan literasi keuangan. Betakon program leq daerah pelinggih ojok desa atau Disnaker.

## 6. Di mana minta bantuan
# where_help: [S56][S57][S51][S54][S59][S38][S65][S50][S36]
info-where-help-answer =
    Tempat nunas bantuan:
    • LTSA-MRC, layanan terpadu saq ramah jari dengan nine, leq Cirebon, Tulungagung, Blitar, dait Lampung Timur: konsultasi, konseling psikososial, bantuan hukum, dait penanganan kasus;
    • Desbumi (Migrant CARE) leq 37 desa leq Indramayu, Kebumen, Cilacap, Wonosobo, Jember, Banyuwangi, Lombok Tengah, dait Lembata;
    • desa Desmigratif, dait Disnaker atau LTSA leq kabupaten pelinggih;
    • BP3MI leq 23 provinsi dait pos P4MI;
    • SBMI, dait Migrant CARE ({ $migrant_care }, 24 jam);
    • pengaduan Kementerian P2MI: { $kp2mi }, lekan luar negeri { $kp2mi_abroad }.

## What to do next (after every answer)
info-next = Mele napi nane?
info-next-section = Topik lain leq bagian niki
info-next-topics = Selapuq topik
info-next-counsellor = Ngeraos kance konselor
info-next-menu = Menu utama
info-next-report = Laporang kasus
