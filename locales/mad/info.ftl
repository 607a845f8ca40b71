### Safe-migration information (flows/info.toml), Madurese (Bhâsa Madhurâ): MACHINE-DRAFTED translation
### of locales/id/info.ftl, awaiting review by a native speaker. Every fact rests on ../shared/content/brief.md;
### the [S#] keys after each answer are listed by topic id in locales/SOURCES.md.
### Phone numbers and web addresses are variables from the deployment's [directory]
### configuration, never text. Each message stays under 700 characters (one phone screen).
###
### UNSURE, please check (Madurese word, intended Indonesian meaning):
###   abebbâsaghi (membebaskan), tegghâl (ladang), nyerahaghi dhokumen (menyerahkan dokumen),
###   cek kaadâ' (periksa dulu), sabellunna / sabelluna (sebelum: spelling differs between files),
###   èhentiaghi (dihentikan), iyâ arèya (yaitu / adalah), parnah (pernah), ka nagârâ jareya (ke sana),
###   èjâuaghi (dijauhkan), ngèbâ (membawa), èbatesè ajâlân (dibatasi bergerak), èasingaghi (diisolasi),
###   jubâ' (buruk), lembur kalebbi'an (lembur berlebihan), nempataghi (menempatkan),
###   ngrendahaghi (merendahkan), aserikat (berserikat), mowat (memuat), nglanggar (melanggar),
###   ngormat (menghormati), akhirra (berakhir), sanajjan (walaupun), lèbât tasè' (lewat laut),
###   pèndha majikan (pindah majikan), ngèra (memperkirakan), ponapa polè (apalagi),
###   èpamole (dipulangkan), nyabâna (nyawanya), mamole jenazah (memulangkan jenazah),
###   makamaghi (memakamkan), saamponna (setelah), polana (karena), èrasa berrâ' (terasa berat),
###   kompolaghi (kumpulkan), nyambungaghi (menghubungkan), tamasok (termasuk).

info-menu = Panjenengan nyarè informasi ponapa? Pèlè nomer, otaba tolès patanyaan panjenengan kalaban oca' panjenengan dhibi'.
info-going = Terro alako ka lowar nagârâ
info-calo = Atè-atè calo ban perdagangan orèng
info-abroad = Samangkèn alako è lowar nagârâ
info-family = Kalowarga pekerja migran
info-return = Mole ka Indonesia
info-where-help = È dhimma nyo'on bhântowan
info-back = Abâli ka menu utama
info-back-topics = Abâli ka daftar topik

## 1. Mau kerja ke luar negeri
info-going-menu = Terro alako ka lowar nagârâ. Pèlè topik:
info-requirements = Sarat ban dhokumen
info-procedure = Alur resmi pandaftaran
info-costs = Biaya: sè ta' olle ètaghi
info-schemes = Jalur penempatan (P to P, G to G)
info-check-agency = Cek perusahaan ban lowongan
info-closed-countries = Nagârâ ban lakon sè ètotop

# requirements: UU 18/2017 Pasal 5 dan 13 [S1][S2][S4]
info-requirements-answer =
    Sarat dhâddhi Pekerja Migran Indonesia (UU 18/2017 Pasal 5): omor paling sakone' 18 taon, andi' keterampilan, sèhat bhâdhân ban pèkkèr (jasmani ban rohani), tadhâftar dhâddhi peserta jaminan sosial, ban dhokumen lengkap.
    Dhokumen (Pasal 13):
    • sorat keterangan status kabin (mon ampon akabin, kalaban fotokopi buku nikah);
    • sorat izin lakè/binè, orèng seppo, otaba wali sè èoneng kalèbun otaba lurah;
    • sertifikat kompetensi;
    • sorat keterangan sèhat (medis ban psikologi);
    • paspor dâri kantor imigrasi setempat;
    • visa kerja;
    • perjanjian penempatan ban perjanjian kerja.

# procedure: UU 18/2017 Pasal 42; PP 59/2021 Pasal 7; alur 2023–2026 [S15][S12b][S23][S24][S25][S26][S28]
info-procedure-answer =
    Alur resmi:
    1) Bâri oneng pamarèntah dhisa: dhisa nyatet calon pekerja migran ban abhânto dhokumen kependudukan.
    2) Dhâteng ka Dinas Tenaga Kerja (Disnaker) otaba LTSA è kabupatèn panjenengan kaangghuy informasi ban pandaftaran lèbât SIAPkerja, sè samangkèn ghi' aghântè ka SISKOP2MI.
    3) Norok seleksi, laju tandhâ tangan perjanjian penempatan kalaban perusahaan penempatan (P3MI) è LTSA.
    4) Cek kasèhatan ban psikologi, aghâbây paspor, visa kerja, ban kartu BPJS Ketenagakerjaan.
    5) Norok Orientasi Pra Pemberangkatan (OPP) ban perekaman E-PMI (ID PMI) è BP3MI otaba LTSA.
    6) Mangkat.
    Kartu e-KTKLN ampon èghântè ID PMI. Ja' mangkat mon ta' andi' visa kerja.

# costs: UU 18/2017 Pasal 30; Peraturan BP2MI 9/2020 [S7][S17][S18][S19]
info-costs-answer =
    UU 18/2017 Pasal 30: pekerja migran ta' olle èbebbâni biaya penempatan.
    Peraturan BP2MI 9/2020 abebbâsaghi biaya kaangghuy 10 lakon: pengurus rumah tangga, pengasuh bayi, perawat lansia, juru masak, sopir kalowarga, tokang kebbhun, pengasuh ana', petugas kebersihan, pekerja tegghâl otaba perkebunan, ban awak kapal perikanan.
    Sè ta' olle ètaghi ka panjenengan: tikèt mangkat ban mole, visa kerja, legalisasi kontrak, pelatihan, sertifikat kompetensi, jasa perusahaan, paspor, SKCK, BPJS, cek kasèhatan ban psikologi, transportasi lokal ka tempat mangkat, ban panginepan.

# costs (practice): [S20][S21][S8][S29b]
info-costs-practice =
    Dâlem praktèkna, bebas biaya reya sering pèra' èbâri ka orèng sè bâru sakalè mangkat. Atoran biaya ghi' èanyarè pamarèntah (2025); atoran sabellunna ta' ajalan è Taiwan ban Hong Kong.
    Pesen Menteri: ta' olle bâdâ pungutan ponapa bâi, ban laporaghi sèra bâi sè mungut biaya. Mon panjenengan ètaghi, mènta kuitansi, sèmpen buktèna, ban tanya'aghi ka konselor.

# schemes: [S30][S30b][S68][S69]
info-schemes-answer =
    Bâdâ lèma' jalur penempatan:
    1) P to P: lèbât perusahaan penempatan resmi (P3MI);
    2) G to G: antar pamarèntah, contona ka Korea lèbât EPS;
    3) G to P: pamarèntah ka perusahaan è lowar nagârâ;
    4) mandiri (perseorangan): wajib lapor ka BP3MI;
    5) program khusus.
    Korea (G to G): omor 18–39 taon, paling sakone' lulus SMP, lulus ujian EPS-TOPIK ban uji keterampilan, adaftar è SISKOP2MI.
    Jepang: jalur Specified Skilled Worker (Tokutei Ginou), kalaban ujian bhâsa (JLPT N4 otaba JFT-Basic) ban uji keterampilan.

# check_agency: [S61][S85][S25][S25r][S38][S36]
info-check-agency-answer =
    Sabellunna majâr otaba nyerahaghi dhokumen, cek kaadâ':
    • Perusahaan penempatan (P3MI) wajib andi' izin usaha SIP3MI dâri kementerian ban izin perekrutan SIP2MI.
    • Lowongan resmi bâdâ è SISKOP2MI ({ $siskop2mi }).
    • Kantor BP3MI è 23 provinsi ban pos P4MI bisa ngecek lowongan kerja lowar nagârâ kaangghuy panjenengan. Disnaker ban LTSA è kabupatèn panjenengan kèya bisa ètanya'aghi.
    Pekerja sè ta' tadhâftar bisa kaèlangan pelindungan nagârâ, jaminan sosial, ban bhântowan bâkto bâdâ kasus.

# closed_countries: Kepmenaker 260/2015 [S31][S84][S32]
info-closed-countries-answer =
    Molaè 1 Juli 2015 (Kepmenaker 260/2015), penempatan ka pangguna perseorangan, iyâ arèya pekerja rumah tangga, è nagârâ-nagârâ Timur Tengah èhentiaghi. Tawaran lakon rumah tangga ka nagârâ jareya iyâ arèya tandhâ bhâhâya perdagangan orèng.
    Kaangghuy Arab Saudi parnah bâdâ uji coba satu kanal (SPSK) lèbât perusahaan tertentu, ban è taon 2025 pamarèntah nyiapaghi pencabutan moratorium. Statussa samangkèn ghi' ta' pasti: tanya'aghi ka Disnaker, LTSA, BP3MI, otaba konselor sabellunna narèma tawaran.

## 2. Waspada calo dan perdagangan orang
info-calo-menu = Atè-atè calo ban perdagangan orèng. Pèlè topik:
info-recruiters = Tandhâ calo ban lowongan palsu
info-fake-visa = Visa turis otaba umrah kaangghuy alako
info-online-scam = Lowongan kerja online palsu
info-forced-labour = Tandhâ kerja paksa
info-report-recruiter = Carana laporaghi calo

# recruiters: [S61][S61b][S61c][S61d]
info-recruiters-answer =
    Tandhâ calo ban lowongan palsu:
    • èsoro mangkat ngangghuy visa turis, kunjungan, otaba umrah, kalaban janji izin kerja èurus dâggi';
    • prosesa cepet ongghu (contona "2 minggu mangkat"), tanpa pelatihan otaba OPP, ban panjenengan èjâuaghi dâri Disnaker, LTSA, otaba BP3MI;
    • èmènta pèssè "administrasi", seragam, otaba "pelicin" ka rekening pribadi, otaba èjanjiaghi "sadâjâ gratis" tanpa perjanjian tertulis;
    • ta' andi' kantor otaba izin (SIP3MI/SIP2MI), pèra' lèbât Facebook, WhatsApp, otaba Telegram;
    • ta' bâdâ kontrak tertulis, otaba kontrakka è bhâsa sè panjenengan ta' ngarte;
    • ghâjhi tèngghi ongghu tanpa sarat keahlian.

# fake_visa: [S61][S61b][S81b][S83][S67][S32b]
info-fake-visa-answer =
    Alako ngangghuy visa turis, visa kunjungan, otaba visa umrah/ziarah iyâ arèya penempatan ta' resmi (nonprosedural). Padâ kèya mangkat lèbât "jalur tikus", pelabuhan ta' resmi ka Malaysia.
    Akibatta: ta' bâdâ kontrak ban pelindungan, gâmpang ètangkep, ètahan è depo imigrasi, laju èdeportasi. È Arab Saudi, bânnya' pekerja sè ngangghuy visa umrah ngalamè kekerasan, èdeportasi, bahkan sampè' meninggal.
    Mangkat pèra' ngangghuy visa kerja, lèbât Disnaker otaba LTSA.

# online_scam: [S62][S38]
info-online-scam-answer =
    Atè-atè kalaban tawaran alako è lowar nagârâ lèbât internet sè janji ghâjhi tèngghi kalaban sarat gâmpang. Kementerian Luar Negeri nyatet 2.199 kasus WNI sè èpaksa alako kaangghuy penipuan online (2020 sampè' Mei 2023), paling bânnya' è Kamboja, kèya è Filipina, Laos, Thailand, Myanmar, Vietnam, ban Dubai.
    Sabellunna mangkat, cek lowongan ban perusahaanna è BP3MI, LTSA, otaba Disnaker. Mon panjenengan otaba kalowarga ampon terjebak, dhuli hubungi konselor otaba laporaghi kasussa.

# forced_labour: UU 21/2007; indikator kerja paksa ILO [S60][S60b]
info-forced-labour-answer =
    Perdagangan orèng (TPPO, UU 21/2007): ngrekrut, ngèbâ, nampung, otaba narèma orèng kalaban ancaman, kekerasan, tipu daya, jeratan otang, otaba manfaataghi kerentanan, kaangghuy èeksploitasi. Hukumanna 3–15 taon penjara. Korban andi' hak restitusi, rehabilitasi, ban pemulangan.
    11 tandhâ kerja paksa (ILO): kerentanan èmanfaataghi; ètipu; èbatesè ajâlân; èasingaghi; kekerasan fisik otaba seksual; èancam; dhokumen identitas ètahan; ghâjhi ètahan; jeratan otang; kaadâ'an lakon ban tempat tinggal jubâ'; lembur kalebbi'an. Sèttong tandhâ bâi bisa ampon cokop.

# report_recruiter: UU 18/2017 Pasal 69 dan 81 [S9][S10][S83][S36][S29b][S51][S65]
info-report-recruiter-answer =
    Orèng perseorangan èlarang nempataghi pekerja migran (UU 18/2017 Pasal 69). Hukumanna sampè' 10 taon penjara ban denda sampè' Rp15 miliar (Pasal 81).
    Laporaghi calo ka:
    • pengaduan Kementerian P2MI: { $kp2mi } (dâri lowar nagârâ { $kp2mi_abroad }), WhatsApp { $kp2mi_wa };
    • polisi: { $police };
    • Desbumi, SBMI, otaba konselor Pelita.
    Sèmpen buktèna: nyama ban nomer calo, obrolan, ban bukti transfer. Panjenengan kèya bisa laporaghi kasussa è dinna'.

## 3. Sedang bekerja di luar negeri
info-abroad-menu = Samangkèn alako è lowar nagârâ. Pèlè topik:
info-rights = Hak panjenengan
info-contract-wages = Kontrak ban ghâjhi
info-self-report = Lapor dhibi' ka KBRI/KJRI
info-immigration = Overstay, ètahan, deportasi
info-social-security = BPJS Ketenagakerjaan
info-countries = Catetan nagârâ tojjhuân

# rights: UU 18/2017 Pasal 6 [S5][S2][S3]
info-rights-answer =
    Hak panjenengan (UU 18/2017 Pasal 6) antara laèn:
    • ghâjhi sesuai standar nagârâ tojjhuân ban kontrak;
    • ibadah;
    • akomunikasi;
    • nyèkel dhibi' paspor ban dhokumen perjalanan panjenengan;
    • pelindungan ban bhântowan hukum dâri perlakuan sè ngrendahaghi;
    • penjelasan hak ban kewajiban è dâlem kontrak, ban salinan dhokumen ban perjanjian kerja;
    • aserikat sesuai hukum setempat;
    • mole kalaban aman.
    Paspor sè ètahan majikan otaba agen iyâ arèya nglanggar hak reya. Panjenengan bisa lapor ka KBRI/KJRI otaba lèbât Pelita.

# contract_wages: UU 18/2017 Pasal 15 [S1][S35][S35b]
info-contract-wages-answer =
    Perjanjian kerja (UU 18/2017 Pasal 15) paling sakone' mowat: nyama ban alamat pemberi kerja, identitas panjenengan, jenis lakon, hak ban kewajiban, jam kerja, ghâjhi ban cara majârra, cuti ban istirahat, fasilitas ban jaminan sosial otaba asuransi, bâkto kontrak, ban jaminan keamanan.
    Sèmpen salinan kontrak panjenengan. Mon ghâjhi ta' èbâjâr otaba èpotong, lakon ta' padâ ban kontrak, otaba panjenengan è-PHK sepihak: catet tanggal ban jumlahna, sèmpen slip ghâjhi ban obrolan, laju laporaghi.

# self_report: kewajiban PMI; Safe Travel, Peduli WNI, SARI [S6][S40][S40c][S41][S39]
info-self-report-answer =
    Kewajiban panjenengan: taat ka hukum Indonesia ban nagârâ tojjhuân, ngormat adat setempat, alako sesuai kontrak, ban lapor ka Perwakilan RI (KBRI/KJRI) bâkto dhâteng, sabâkto bâdâ è dissa', ban bâkto mole.
    Cara lapor dhibi':
    • portal Peduli WNI ({ $peduli_wni }), sè kèya narèma pengaduan ban pemantauan kasus;
    • aplikasi Safe Travel dâri Kementerian Luar Negeri, kalaban tombol darurat sè nyambung ka KBRI/KJRI. È dâlemma bâdâ SARI, chatbot sè kèya narèma bhâsa dhaerah.

# immigration: [S67][S67b][S14][S40]
info-immigration-answer =
    Izin tinggal ampon marè (overstay), paspor kadaluwarsa, otaba maso' tanpa izin bisa akhirra è depo (tahanan) imigrasi ban deportasi. È bulân Maret 2024 bâdâ 3.797 WNI è depo imigrasi Malaysia.
    KBRI/KJRI abâri bhântowan konsuler: pendampingan, bhântowan hukum, kunjungan ka tahanan, dhokumen perjalanan darurat kaangghuy mole, ban pemulangan. Mon panjenengan otaba kalowarga ètahan, dhuli hubungi KBRI/KJRI otaba konselor.

# social_security: Permenaker 4/2023 [S22][S22c]
info-social-security-answer =
    Calon pekerja migran ban pekerja migran wajib norok BPJS Ketenagakerjaan (Permenaker 4/2023): Jaminan Kecelakaan Kerja (JKK) ban Jaminan Kematian (JKM). Jaminan Hari Tua (JHT) olle èpèlè.
    Pandaftaranna sabellunna mangkat, èbhânto perusahaan penempatan; sè ampon è lowar nagârâ èbhânto lèbât KBRI/KJRI. Pelindungan ajalan molaè mangkat sampè' kontrak marè, ètambâ paling abit 1 bulân kaangghuy perjalanan mole.
    Sèmpen nomer kartu BPJS panjenengan ban bâri oneng kalowarga.

## 3.x Catatan negara tujuan
info-countries-menu = Catetan nagârâ tojjhuân. Pèlè nagârâ:
info-malaysia = Malaysia
info-hongkong = Hong Kong
info-taiwan = Taiwan
info-middle-east = Arab Saudi ban Timur Tengah
info-korea-japan = Korea ban Jepang

# malaysia: [S67][S67b][S67c][S81b]
info-malaysia-answer =
    Malaysia: bânnya' WNI maso' lèbât jalur ta' resmi otaba tetep tinggal è dissa' sanajjan izinna ampon marè. È bulân Maret 2024 bâdâ 3.797 WNI è depo imigrasi Malaysia. Deportasi lèbât tasè' dâri Sabah ka Nunukan rutin kadhâddhiyân, tamasok babinè' ban na'-kana', ban kaadâ'an kasèhatan è depo èlaporaghi jubâ'. Sebabba: maso' tanpa izin, overstay, ban paspor kadaluwarsa.
    Mangkat ngangghuy visa kerja, jâga paspor ban izin kerja sopajâ ghi' berlaku, ban lapor dhibi' ka KBRI otaba KJRI.

# hongkong: [S63][S19][S19b]
info-hongkong-answer =
    Hong Kong tamasok tojjhuân sè paling bânnya' (semester I 2024). Masalah sè sering kadhâddhiyân: biaya kalebbi'an (overcharging) ban dhokumen ètahan. È taon 2023 ècatet 68 pekerja ban 24 perusahaan penempatan è dâlem kasus akadhi reya, kalaban karogiyan Rp25–40 juta.
    Manorot laporan 2017, atoran Hong Kong abatesè biaya agen paling bânnya' 10% dâri ghâjhi.
    Nyèkel dhibi' paspor ban kontrak panjenengan. Biaya otaba potongan sè ta' wajar bisa èlaporaghi.

# taiwan: [S66][S66b][S66c][S49]
info-taiwan-answer =
    Taiwan: laporan 2017 nyebbut biaya penempatan èbâjâr lèbât potongan ghâjhi salama 5–10 bulân. Bâdâ kèya pungutan ilegal "biaya beli kerja" (NT$50–80 ribu) kaangghuy perpanjangan kontrak otaba pèndha majikan; Kementerian Tenaga Kerja Taiwan (MOL) ndenda agen 10–20 kalè jumlahna.
    Pengaduan è Taiwan: hotline { $taiwan_1955 }, bisa ngangghuy bhâsa Indonesia. Bâdâ kèya chatbot LINE "1955 E-Line" kalaban pengingat visa ban akhir kontrak.

# middle_east: [S31][S32b][S32c][S84]
info-middle-east-answer =
    Timur Tengah: molaè 2015 penempatan pekerja rumah tangga ka pangguna perseorangan èhentiaghi. Tawaran lakon rumah tangga ka nagârâ jareya, ponapa polè ngangghuy visa umrah otaba ziarah, iyâ arèya tandhâ bhâhâya. È Arab Saudi bânnya' pekerja sè ngangghuy visa umrah ngalamè kekerasan, èdeportasi, bahkan sampè' meninggal; kementerian ngèra bâdâ sekitar 25.000 orèng mangkat ta' resmi sabbhân taon.
    Status pembukaan polè Arab Saudi ghi' ta' pasti. Tanya'aghi ka Disnaker, LTSA, otaba BP3MI sabellunna narèma tawaran.

# korea_japan: [S68][S69]
info-korea-japan-answer =
    Korea: jalur resmina G to G (EPS): omor 18–39 taon, paling sakone' lulus SMP, lulus ujian EPS-TOPIK ban uji keterampilan, ban adaftar lèbât SISKOP2MI. Lulus ujian ghi' ta' njamin pasti mangkat.
    Jepang: jalur Specified Skilled Worker (Tokutei Ginou), kalaban ujian bhâsa (JLPT N4 otaba JFT-Basic) ban uji keterampilan.
    Tawaran alako ka Korea otaba Jepang lèbât jalur laèn kodu ècek kaadâ' è BP3MI.

## 4. Keluarga pekerja migran
info-family-menu = Kalowarga pekerja migran. Pèlè topik:
info-family-rights = Hak kalowarga
info-missing-family = Kalowarga ilang kontak otaba sakè'
info-body-repatriation = Pekerja meninggal è lowar nagârâ
info-children = Ana' pekerja migran

# family_rights: [S85][S5]
info-family-rights-answer =
    Kalowarga pekerja migran andi' hak: olle informasi soal kaadâ'an pekerja, masalahna, ban soal molèna; akomunikasi kalaban pekerja; olle salinan dhokumen ban perjanjian kerjana; ban narèma sadâjâ harta benda pekerja sè meninggal è lowar nagârâ.
    Sèmpen fotokopi paspor ban kontrak, nyama perusahaan penempatan, alamat majikan, ban nomer BPJS anggota kalowarga panjenengan. Data reya abhânto ongghu mon bâdâ masalah.

# missing_family: [S81][S35][S35b][S41][S36]
info-missing-family-answer =
    Mon anggota kalowarga è lowar nagârâ ilang kontak, sakè', otaba bâdâ masalah:
    1) Kompolaghi data: nyama akadhi è paspor, nomer paspor, nagârâ ban alamat majikan, nyama perusahaan penempatan otaba sponsor, ban bilâ terakhir ahubungan.
    2) Tolès kronologina ban ponapa sè panjenengan terro, contona sopajâ èpamole.
    3) Laporaghi lèbât Pelita, ka BP3MI, ka pengaduan Kementerian P2MI { $kp2mi }, otaba lèbât portal Peduli WNI ({ $peduli_wni }).
    Mon nyabâna è dâlem bhâhâya, ketik DARURAT.

# body_repatriation: UU 18/2017 Pasal 27; PP 59/2021 Pasal 21 [S79][S80][S13][S81]
info-body-repatriation-answer =
    Mon pekerja sè mangkat lèbât perusahaan penempatan (P3MI) meninggal, perusahaan wajib: abâri oneng kalowarga è dâlem 3 arè, nyarè sebabba, mamole jenazah kalaban biaya perusahaan ban makamaghi sesuai agama (otaba makamaghi è dissa' mon kalowarga setuju), ban ngurus harta benda ban hak sè ghi' ta' èbâjâr.
    Kaangghuy pekerja sè mangkat ta' resmi, bisa èmènta sorat keterangan tidak mampu (SKTM) ban sorat permohonan dâri kalowarga. Konselor bisa abhânto ngurusa.

# children: Desmigratif [S59][S59b][S76]
info-children-answer =
    Program Desmigratif (Kementerian Ketenagakerjaan) andi' kegiatan pengasuhan bersama (community parenting) kaangghuy na'-kana' pekerja migran è dhisa, salaèn layanan migrasi, usaha produktif, ban koperasi.
    Tanya'aghi ka pamarèntah dhisa otaba Disnaker ponapa dhisa panjenengan norok Desmigratif otaba Desbumi. Mon ana' ngalamè kekerasan, hubungi SAPA { $sapa } (WhatsApp { $sapa_wa }), 24 jam.

## 5. Pulang ke Indonesia
info-return-menu = Mole ka Indonesia. Pèlè topik:
info-unpaid-claims = Ghâjhi ta' èbâjâr ban klaim
info-reintegration = Konseling, usaha, ban program dhisa

# unpaid_claims: PP 59/2021 Pasal 21; Permenaker 4/2023 [S13][S22][S35]
info-unpaid-claims-answer =
    Saamponna mole, hak panjenengan ghi' bisa èurus: penyelesaian ghâjhi ban hak laèn sè ghi' ta' èbâjâr tamasok pelindungan saamponna alako (PP 59/2021 Pasal 21). Kompolaghi kontrak, slip ghâjhi, bukti transfer, ban obrolan, laju laporaghi lèbât Pelita, BP3MI, otaba LTSA.
    BPJS Ketenagakerjaan: Jaminan Kecelakaan Kerja kaangghuy kacelakaan otaba sakè' polana alako, Jaminan Kematian kaangghuy ahli waris, ban JHT mon panjenengan norok. Bâkta kartu BPJS ban dhokumen kerja panjenengan ka kantor BPJS Ketenagakerjaan.

# reintegration: PP 59/2021 Pasal 21–22 [S13][S56][S59][S51][S52]
info-reintegration-answer =
    Mole bisa èrasa berrâ'. Pamarèntah wajib abhânto rehabilitasi ban reintegrasi, tamasok konseling psikososial ban pelatihan kerja (PP 59/2021 Pasal 22). LTSA-MRC abâri konseling psikososial, ban Pelita bisa nyambungaghi panjenengan kalaban konselor.
    Kaangghuy usaha ban keuangan: Desmigratif andi' program usaha produktif ban koperasi, ban Desbumi abâri pelatihan literasi keuangan. Tanya'aghi program è dhaerah panjenengan ka dhisa otaba Disnaker.

## 6. Di mana minta bantuan
# where_help: [S56][S57][S51][S54][S59][S38][S65][S50][S36]
info-where-help-answer =
    Tempat nyo'on bhântowan:
    • LTSA-MRC, layanan terpadu sè ramah ka babinè', è Cirebon, Tulungagung, Blitar, ban Lampung Timur: konsultasi, konseling psikososial, bhântowan hukum, ban penanganan kasus;
    • Desbumi (Migrant CARE) è 37 dhisa è Indramayu, Kebumen, Cilacap, Wonosobo, Jember, Banyuwangi, Lombok Tengah, ban Lembata;
    • dhisa Desmigratif, ban Disnaker otaba LTSA è kabupatèn panjenengan;
    • BP3MI è 23 provinsi ban pos P4MI;
    • SBMI, ban Migrant CARE ({ $migrant_care }, 24 jam);
    • pengaduan Kementerian P2MI: { $kp2mi }, dâri lowar nagârâ { $kp2mi_abroad }.

## What to do next (after every answer)
info-next = Samangkèn terro ponapa?
info-next-section = Topik laèn è bâgiyan reya
info-next-topics = Sadâjâ topik
info-next-counsellor = Acaca kalaban konselor
info-next-menu = Menu utama
info-next-report = Laporaghi kasus
