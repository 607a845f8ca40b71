### Safe-migration information (flows/info.toml), Basa Sunda (lemes, "anjeun"): machine-drafted
### translation of locales/id/info.ftl, awaiting review by a native speaker.
### Every fact rests on ../shared/content/brief.md; the [S#] keys after each answer are listed by
### topic id in locales/SOURCES.md. Phone numbers and web addresses are variables from the
### deployment's [directory] configuration, never text. Each message stays under 700 characters
### (one phone screen).
###
### Words and phrases the drafter is unsure of (please check with a native speaker):
### - "panyalindungan" for "pelindungan" (protection by the state; coverage of BPJS);
### - "ngamangpaatkeun kaayaan lemah" / "kaayaan lemah" for "memanfaatkan kerentanan";
### - "perlakuan anu ngahinakeun" for "perlakuan yang merendahkan";
### - "ngiring serikat" for "berserikat";
### - "pangguna perorangan (dunungan pribadi)" for "pengguna perseorangan";
### - "moratorium (eureun samentawis)"; "nyabut moratorium" for "pencabutan moratorium";
### - "jeratan hutang"; "ditipu" kept from Indonesian (Sundanese "dibobodo" is loma);
### - "diwatesan gerakna" for "dibatasi bergerak"; "lembur kaleuleuwihi" for "lembur berlebihan";
### - "tilar dunya" for "meninggal"; "layon" for "jenazah"; "ngurebkeun" for "memakamkan";
### - "rébu" for "ribu" (NT$50–80 rébu), "juta" kept;
### - "ngasuh babarengan" for "pengasuhan bersama (community parenting)";
### - "Wartosan pamaréntah desa" for "Beri tahu pemerintah desa";
### - "idin cicing" for "izin tinggal"; "kadaluwarsa" for "kedaluwarsa";
### - "Ti kawit" for "Sejak"; "teu dilaksanakeun" for "tidak berjalan";
### - "desa" written without é, as in the other su files (standard Sundanese: "désa");
### - the level overall: lemes towards the user, as in the other su files; some words
###   ("gering", "cicing", "béak") are loma and may need a lemes form.

info-menu = Informasi naon anu anjeun milarian? Pilih nomer, atanapi tulis patarosan anjeun ku basa anjeun nyalira.
info-going = Hoyong damel ka luar nagri
info-calo = Awas calo sareng perdagangan orang
info-abroad = Nuju damel di luar nagri
info-family = Kulawarga pekerja migran
info-return = Mulih ka Indonesia
info-where-help = Ka mana nyuhunkeun bantosan
info-back = Uih deui ka menu utama
info-back-topics = Uih deui ka daptar topik

## 1. Mau kerja ke luar negeri
info-going-menu = Hoyong damel ka luar nagri. Pilih topik:
info-requirements = Sarat sareng dokumén
info-procedure = Alur resmi pendaftaran
info-costs = Biaya anu teu kénging ditagih
info-schemes = Jalur penempatan (P to P, G to G)
info-check-agency = Pariksa perusahaan sareng lowongan
info-closed-countries = Nagara sareng padamelan anu ditutup

# requirements: UU 18/2017 Pasal 5 dan 13 [S1][S2][S4]
info-requirements-answer =
    Sarat janten Pekerja Migran Indonesia (UU 18/2017 Pasal 5): yuswa sahenteuna 18 taun, gaduh kaparigelan, séhat jasmani sareng rohani, kadaptar janten peserta jaminan sosial, sareng dokumén lengkep.
    Dokumén (Pasal 13):
    • serat katerangan status pernikahan (upami parantos nikah, sareng fotokopi buku nikah);
    • serat idin ti salaki/pamajikan, sepuh, atanapi wali anu dipikauninga ku kepala desa atanapi lurah;
    • sertifikat kompeténsi;
    • serat katerangan séhat (médis sareng psikologi);
    • paspor ti kantor imigrasi satempat;
    • visa kerja;
    • perjanjian penempatan sareng perjanjian kerja.

# procedure: UU 18/2017 Pasal 42; PP 59/2021 Pasal 7; alur 2023–2026 [S15][S12b][S23][S24][S25][S26][S28]
info-procedure-answer =
    Alur resmi:
    1) Wartosan pamaréntah desa: desa nyatet calon pekerja migran sareng ngabantos dokumén kependudukan.
    2) Sumping ka Dinas Tenaga Kerja (Disnaker) atanapi LTSA di kabupatén anjeun pikeun informasi sareng pendaftaran ngalangkungan SIAPkerja, anu nuju dialihkeun ka SISKOP2MI.
    3) Ngiring seleksi, teras tanda tangan perjanjian penempatan sareng perusahaan penempatan (P3MI) di LTSA.
    4) Pamariksaan kaséhatan sareng psikologi, damel paspor, visa kerja, sareng kartu BPJS Ketenagakerjaan.
    5) Ngiring Orientasi Pra Pemberangkatan (OPP) sareng perekaman E-PMI (ID PMI) di BP3MI atanapi LTSA.
    6) Angkat.
    Kartu e-KTKLN parantos diganti ku ID PMI. Ulah angkat tanpa visa kerja.

# costs: UU 18/2017 Pasal 30; Peraturan BP2MI 9/2020 [S7][S17][S18][S19]
info-costs-answer =
    UU 18/2017 Pasal 30: pekerja migran teu kénging dibebanan biaya penempatan.
    Peraturan BP2MI 9/2020 ngabébaskeun biaya pikeun 10 jabatan: pangurus rumah tangga, pangasuh orok, perawat lansia, juru masak, supir kulawarga, tukang kebon, pangasuh murangkalih, petugas kabersihan, pekerja ladang atanapi perkebunan, sareng awak kapal perikanan.
    Anu teu kénging ditagih ka anjeun: tikét angkat sareng mulih, visa kerja, legalisasi kontrak, pelatihan, sertifikat kompeténsi, jasa perusahaan, paspor, SKCK, BPJS, pamariksaan kaséhatan sareng psikologi, transportasi lokal ka tempat angkat, sareng panginepan.

# costs (practice): [S20][S21][S8][S29b]
info-costs-practice =
    Dina prakna, ngabébaskeun biaya ieu sering ngan dipasihkeun ka anu nembé munggaran angkat. Aturan biaya nuju diénggalan ku pamaréntah (2025); aturan sateuacanna teu dilaksanakeun di Taiwan sareng Hong Kong.
    Pesen Menteri: teu kénging aya pungutan naon waé, sareng laporkeun saha waé anu mungut biaya. Upami anjeun ditagih, pénta kuitansi, simpen buktina, sareng taroskeun ka konselor.

# schemes: [S30][S30b][S68][S69]
info-schemes-answer =
    Aya lima jalur penempatan:
    1) P to P: ngalangkungan perusahaan penempatan resmi (P3MI);
    2) G to G: antar pamaréntah, contona ka Korea ngalangkungan EPS;
    3) G to P: pamaréntah ka perusahaan di luar nagri;
    4) mandiri (perorangan): wajib lapor ka BP3MI;
    5) program khusus.
    Korea (G to G): yuswa 18–39 taun, sahenteuna lulus SMP, lulus ujian EPS-TOPIK sareng uji kaparigelan, daptar di SISKOP2MI.
    Jepang: jalur Specified Skilled Worker (Tokutei Ginou), kalayan ujian basa (JLPT N4 atanapi JFT-Basic) sareng uji kaparigelan.

# check_agency: [S61][S85][S25][S25r][S38][S36]
info-check-agency-answer =
    Sateuacan mayar atanapi masrahkeun dokumén, pariksa heula:
    • Perusahaan penempatan (P3MI) wajib gaduh idin usaha SIP3MI ti kementerian sareng idin perekrutan SIP2MI.
    • Lowongan resmi kacantum di SISKOP2MI ({ $siskop2mi }).
    • Kantor BP3MI di 23 provinsi sareng pos P4MI tiasa mariksa lowongan damel luar nagri pikeun anjeun. Disnaker sareng LTSA di kabupatén anjeun ogé tiasa ditaroskeun.
    Pekerja anu teu kadaptar tiasa kaleungitan panyalindungan nagara, jaminan sosial, sareng bantosan nalika aya kasus.

# closed_countries: Kepmenaker 260/2015 [S31][S84][S32]
info-closed-countries-answer =
    Ti kawit 1 Juli 2015 (Kepmenaker 260/2015), penempatan ka pangguna perorangan (dunungan pribadi), nyaéta pekerja rumah tangga, di nagara-nagara Timur Tengah dieureunkeun. Tawaran damel rumah tangga ka ditu mangrupikeun tanda bahaya perdagangan orang.
    Pikeun Arab Saudi kantos aya uji coba hiji kanal (SPSK) ngalangkungan perusahaan tangtu, sareng dina 2025 pamaréntah nyiapkeun nyabut moratorium (eureun samentawis). Statusna ayeuna teu acan pasti: taroskeun ka Disnaker, LTSA, BP3MI, atanapi konselor sateuacan nampi tawaran.

## 2. Waspada calo dan perdagangan orang
info-calo-menu = Awas calo sareng perdagangan orang. Pilih topik:
info-recruiters = Ciri calo sareng lowongan palsu
info-fake-visa = Visa turis atanapi umrah pikeun damel
info-online-scam = Lowongan damel online palsu
info-forced-labour = Tanda kerja paksa
info-report-recruiter = Carana ngalaporkeun calo

# recruiters: [S61][S61b][S61c][S61d]
info-recruiters-answer =
    Ciri calo sareng lowongan palsu:
    • dikengken angkat nganggo visa turis, kunjungan, atanapi umrah, kalayan jangji idin damel diurus engké;
    • prosés gancang pisan (contona "2 minggu angkat"), tanpa pelatihan atanapi OPP, sareng anjeun dijauhkeun ti Disnaker, LTSA, atanapi BP3MI;
    • dipénta artos "administrasi", seragam, atanapi "pelicin" ka rekening pribadi, atanapi dijangjikeun "sadayana gratis" tanpa perjanjian tinulis;
    • teu gaduh kantor atanapi idin (SIP3MI/SIP2MI), ngan ukur ngalangkungan Facebook, WhatsApp, atanapi Telegram;
    • teu aya kontrak tinulis, atanapi kontrak dina basa anu teu kahartos ku anjeun;
    • gajih luhur teuing tanpa sarat kaparigelan.

# fake_visa: [S61][S61b][S81b][S83][S67][S32b]
info-fake-visa-answer =
    Damel nganggo visa turis, visa kunjungan, atanapi visa umrah/ziarah mangrupikeun penempatan teu resmi (nonprosedural). Kitu ogé angkat ngalangkungan "jalur tikus", palabuhan teu resmi ka Malaysia.
    Akibatna: teu aya kontrak sareng panyalindungan, gampil ditéwak, ditahan di depo imigrasi, teras dideportasi. Di Arab Saudi, seueur pekerja nganggo visa umrah ngalaman kekerasan, dideportasi, malah dugi ka tilar dunya.
    Mangga angkat ngan ukur nganggo visa kerja, ngalangkungan Disnaker atanapi LTSA.

# online_scam: [S62][S38]
info-online-scam-answer =
    Ati-ati kana tawaran damel di luar nagri ngalangkungan internét anu ngajangjikeun gajih luhur kalayan sarat gampil. Kementerian Luar Negeri nyatet 2.199 kasus WNI anu dipaksa damel pikeun panipuan online (2020 dugi ka Mei 2023), pangseueurna di Kamboja, ogé di Filipina, Laos, Thailand, Myanmar, Vietnam, sareng Dubai.
    Sateuacan angkat, pariksa lowongan sareng perusahaanna di BP3MI, LTSA, atanapi Disnaker. Upami anjeun atanapi kulawarga parantos kajebak, énggal hubungi konselor atanapi laporkeun kasusna.

# forced_labour: UU 21/2007; indikator kerja paksa ILO [S60][S60b]
info-forced-labour-answer =
    Perdagangan orang (TPPO, UU 21/2007): ngarekrut, nyandak, nampung, atanapi nampi jalmi ku ancaman, kekerasan, tipu daya, jeratan hutang, atanapi ngamangpaatkeun kaayaan lemah, pikeun dieksploitasi. Hukumanana 3–15 taun panjara. Korban ngagaduhan hak kana restitusi (ganti rugi), rehabilitasi, sareng dipulangkeun.
    11 tanda kerja paksa (ILO): kaayaan lemah dimangpaatkeun; ditipu; diwatesan gerakna; diisolasi; kekerasan fisik atanapi séksual; diancam; dokumén idéntitas ditahan; gajih ditahan; jeratan hutang; kaayaan damel sareng tempat cicing goréng; lembur kaleuleuwihi. Hiji tanda ogé tiasa cekap.

# report_recruiter: UU 18/2017 Pasal 69 dan 81 [S9][S10][S83][S36][S29b][S51][S65]
info-report-recruiter-answer =
    Jalmi perorangan dilarang nempatkeun pekerja migran (UU 18/2017 Pasal 69). Hukumanana dugi ka 10 taun panjara sareng denda dugi ka Rp15 miliar (Pasal 81).
    Laporkeun calo ka:
    • pengaduan Kementerian P2MI: { $kp2mi } (ti luar nagri { $kp2mi_abroad }), WhatsApp { $kp2mi_wa };
    • pulisi: { $police };
    • Desbumi, SBMI, atanapi konselor Pelita.
    Simpen buktina: nami sareng nomer calo, obrolan, sareng bukti transfer. Anjeun ogé tiasa ngalaporkeun kasusna di dieu.

## 3. Sedang bekerja di luar negeri
info-abroad-menu = Nuju damel di luar nagri. Pilih topik:
info-rights = Hak anjeun
info-contract-wages = Kontrak sareng gajih
info-self-report = Lapor diri ka KBRI/KJRI
info-immigration = Overstay, ditahan, deportasi
info-social-security = BPJS Ketenagakerjaan
info-countries = Catetan nagara tujuan

# rights: UU 18/2017 Pasal 6 [S5][S2][S3]
info-rights-answer =
    Hak anjeun (UU 18/2017 Pasal 6) diantawisna:
    • gajih luyu sareng standar nagara tujuan sareng kontrak;
    • ibadah;
    • komunikasi;
    • nyepeng nyalira paspor sareng dokumén perjalanan anjeun;
    • panyalindungan sareng bantosan hukum tina perlakuan anu ngahinakeun;
    • katerangan hak sareng kawajiban dina kontrak, ogé salinan dokumén sareng perjanjian kerja;
    • ngiring serikat numutkeun hukum satempat;
    • mulih kalayan aman.
    Paspor anu ditahan ku dunungan atanapi agén ngalanggar hak ieu. Anjeun tiasa lapor ka KBRI/KJRI atanapi ngalangkungan Pelita.

# contract_wages: UU 18/2017 Pasal 15 [S1][S35][S35b]
info-contract-wages-answer =
    Perjanjian kerja (UU 18/2017 Pasal 15) sahenteuna ngeusi: nami sareng alamat dunungan, idéntitas anjeun, jinis padamelan, hak sareng kawajiban, jam damel, gajih sareng cara mayarna, cuti sareng istirahat, fasilitas sareng jaminan sosial atanapi asuransi, lami kontrak, ogé jaminan kaamanan.
    Simpen salinan kontrak anjeun. Upami gajih teu dibayar atanapi dipotong, padamelan teu luyu sareng kontrak, atanapi anjeun di-PHK (dipecat) sapihak: catet tanggal sareng jumlahna, simpen slip gajih sareng obrolan, teras laporkeun.

# self_report: kewajiban PMI; Safe Travel, Peduli WNI, SARI [S6][S40][S40c][S41][S39]
info-self-report-answer =
    Kawajiban anjeun: taat kana hukum Indonesia sareng nagara tujuan, ngahormat adat satempat, damel luyu sareng kontrak, sareng lapor ka Perwakilan RI (KBRI/KJRI) nalika dugi, tempat ayana anjeun, sareng nalika mulih.
    Cara lapor diri:
    • portal Peduli WNI ({ $peduli_wni }), anu ogé nampi pengaduan sareng mantau kasus;
    • aplikasi Safe Travel ti Kementerian Luar Negeri, kalayan tombol darurat anu nyambung ka KBRI/KJRI. Di jerona aya SARI, chatbot anu ogé nampi basa daérah.

# immigration: [S67][S67b][S14][S40]
info-immigration-answer =
    Idin cicing béak (overstay), paspor kadaluwarsa, atanapi lebet tanpa idin tiasa tungtungna ditahan di depo (tahanan) imigrasi sareng dideportasi. Dina Maret 2024 aya 3.797 WNI di depo imigrasi Malaysia.
    KBRI/KJRI masihan bantosan konsuler: pendampingan, bantosan hukum, nganjang ka tahanan, dokumén perjalanan darurat pikeun mulih, sareng pemulangan. Upami anjeun atanapi kulawarga ditahan, hubungi KBRI/KJRI atanapi konselor sagancangna.

# social_security: Permenaker 4/2023 [S22][S22c]
info-social-security-answer =
    Calon pekerja migran sareng pekerja migran wajib ngiring BPJS Ketenagakerjaan (Permenaker 4/2023): Jaminan Kecelakaan Kerja (JKK) sareng Jaminan Kematian (JKM). Jaminan Hari Tua (JHT) kénging dipilih.
    Daptarna sateuacan angkat, dibantos ku perusahaan penempatan; anu parantos di luar nagri dibantos ngalangkungan KBRI/KJRI. Panyalindungan lumaku ti angkat dugi ka kontrak réngsé, ditambih paling lami 1 sasih pikeun perjalanan mulih.
    Simpen nomer kartu BPJS anjeun sareng wartosan kulawarga.

## 3.x Catatan negara tujuan
info-countries-menu = Catetan nagara tujuan. Pilih nagara:
info-malaysia = Malaysia
info-hongkong = Hong Kong
info-taiwan = Taiwan
info-middle-east = Arab Saudi sareng Timur Tengah
info-korea-japan = Korea sareng Jepang

# malaysia: [S67][S67b][S67c][S81b]
info-malaysia-answer =
    Malaysia: seueur WNI lebet ngalangkungan jalur teu resmi atanapi tetep cicing saatos idinna béak. Dina Maret 2024 aya 3.797 WNI di depo imigrasi Malaysia. Deportasi ngalangkungan laut ti Sabah ka Nunukan rutin kajadian, kalebet awéwé sareng murangkalih, sareng kaayaan kaséhatan di depo dilaporkeun goréng. Sababna: lebet tanpa idin, overstay, sareng paspor kadaluwarsa.
    Mangga angkat nganggo visa kerja, jaga paspor sareng idin damel tetep lumaku, sareng lapor diri ka KBRI atanapi KJRI.

# hongkong: [S63][S19][S19b]
info-hongkong-answer =
    Hong Kong kalebet tujuan anu pangseueurna (semester I 2024). Masalah anu sering kajadian: biaya kaleuleuwihi (overcharging) sareng dokumén ditahan. Dina 2023 kacatet 68 pekerja sareng 24 perusahaan penempatan dina kasus sapertos kieu, kalayan karugian Rp25–40 juta.
    Numutkeun laporan 2017, aturan Hong Kong ngawatesan biaya agén paling seueur 10% tina gajih.
    Cepeng nyalira paspor sareng kontrak anjeun. Biaya atanapi potongan anu teu wajar tiasa dilaporkeun.

# taiwan: [S66][S66b][S66c][S49]
info-taiwan-answer =
    Taiwan: laporan 2017 nyebatkeun biaya penempatan dibayar ngalangkungan potongan gajih salami 5–10 sasih. Aya ogé pungutan ilégal "biaya beli kerja" (NT$50–80 rébu) pikeun manjangkeun kontrak atanapi ngalih dunungan; Kementerian Tenaga Kerja Taiwan (MOL) ngadenda agén 10–20 kali lipet jumlahna.
    Pengaduan di Taiwan: hotline { $taiwan_1955 }, tiasa nganggo basa Indonesia. Aya ogé chatbot LINE "1955 E-Line" kalayan pangéling visa sareng ahir kontrak.

# middle_east: [S31][S32b][S32c][S84]
info-middle-east-answer =
    Timur Tengah: ti kawit 2015 penempatan pekerja rumah tangga ka pangguna perorangan dieureunkeun. Tawaran damel rumah tangga ka ditu, komo deui nganggo visa umrah atanapi ziarah, mangrupikeun tanda bahaya. Di Arab Saudi seueur pekerja nganggo visa umrah ngalaman kekerasan, dideportasi, malah dugi ka tilar dunya; kementerian ngira-ngira sakitar 25.000 jalmi angkat teu resmi unggal taun.
    Status dibuka deui Arab Saudi teu acan pasti. Taroskeun ka Disnaker, LTSA, atanapi BP3MI sateuacan nampi tawaran.

# korea_japan: [S68][S69]
info-korea-japan-answer =
    Korea: jalur resmina G to G (EPS): yuswa 18–39 taun, sahenteuna lulus SMP, lulus ujian EPS-TOPIK sareng uji kaparigelan, sareng daptar ngalangkungan SISKOP2MI. Lulus ujian teu acan ngajamin pasti angkat.
    Jepang: jalur Specified Skilled Worker (Tokutei Ginou), kalayan ujian basa (JLPT N4 atanapi JFT-Basic) sareng uji kaparigelan.
    Tawaran damel ka Korea atanapi Jepang ngalangkungan jalur sanés kedah dipariksa heula di BP3MI.

## 4. Keluarga pekerja migran
info-family-menu = Kulawarga pekerja migran. Pilih topik:
info-family-rights = Hak kulawarga
info-missing-family = Kulawarga leungit kontak atanapi gering
info-body-repatriation = Pekerja tilar dunya di luar nagri
info-children = Murangkalih pekerja migran

# family_rights: [S85][S5]
info-family-rights-answer =
    Kulawarga pekerja migran ngagaduhan hak: kénging informasi ngeunaan kaayaan, masalah, sareng mulihna pekerja; komunikasi sareng anjeunna; kénging salinan dokumén sareng perjanjian kerjana; sareng nampi sadaya harta banda pekerja anu tilar dunya di luar nagri.
    Simpen fotokopi paspor sareng kontrak, nami perusahaan penempatan, alamat dunungan, sareng nomer BPJS anggota kulawarga anjeun. Data ieu ngabantos pisan upami aya masalah.

# missing_family: [S81][S35][S35b][S41][S36]
info-missing-family-answer =
    Upami anggota kulawarga di luar nagri leungit kontak, gering, atanapi nuju aya masalah:
    1) Kumpulkeun data: nami numutkeun paspor, nomer paspor, nagara sareng alamat dunungan, nami perusahaan penempatan atanapi sponsor, sareng iraha terakhir komunikasi.
    2) Tulis kronologina (urutan kajadian) sareng naon anu dipikahoyong ku anjeun, contona dipulangkeun.
    3) Laporkeun ngalangkungan Pelita, ka BP3MI, ka pengaduan Kementerian P2MI { $kp2mi }, atanapi ngalangkungan portal Peduli WNI ({ $peduli_wni }).
    Upami nyawana aya dina bahaya, ketik DARURAT.

# body_repatriation: UU 18/2017 Pasal 27; PP 59/2021 Pasal 21 [S79][S80][S13][S81]
info-body-repatriation-answer =
    Upami pekerja anu angkat ngalangkungan perusahaan penempatan (P3MI) tilar dunya, perusahaan wajib: ngawartosan kulawarga dina 3 dinten, milarian sababna, mulangkeun layon (jenazah) kalayan biaya perusahaan sareng ngurebkeun numutkeun agamana (atanapi ngurebkeun di ditu kalayan idin kulawarga), ogé ngurus harta banda sareng hak anu teu acan dibayar.
    Pikeun pekerja anu angkat teu resmi, tiasa dipénta serat katerangan teu mampu (SKTM) sareng serat pamundut ti kulawarga. Konselor tiasa ngabantos ngurusna.

# children: Desmigratif [S59][S59b][S76]
info-children-answer =
    Program Desmigratif (Kementerian Ketenagakerjaan) gaduh kagiatan ngasuh babarengan (community parenting) pikeun murangkalih pekerja migran di desa, salian ti layanan migrasi, usaha produktif, sareng koperasi.
    Taroskeun ka pamaréntah desa atanapi Disnaker naha desa anjeun ngiring Desmigratif atanapi Desbumi. Upami murangkalih ngalaman kekerasan, hubungi SAPA { $sapa } (WhatsApp { $sapa_wa }), 24 jam.

## 5. Pulang ke Indonesia
info-return-menu = Mulih ka Indonesia. Pilih topik:
info-unpaid-claims = Gajih teu acan dibayar sareng klaim
info-reintegration = Konseling, usaha, sareng program desa

# unpaid_claims: PP 59/2021 Pasal 21; Permenaker 4/2023 [S13][S22][S35]
info-unpaid-claims-answer =
    Saatos mulih, hak anjeun masih tiasa diurus: ngaréngsékeun gajih sareng hak sanésna anu teu acan dibayar kalebet panyalindungan saatos damel (PP 59/2021 Pasal 21). Kumpulkeun kontrak, slip gajih, bukti transfer, sareng obrolan, teras laporkeun ngalangkungan Pelita, BP3MI, atanapi LTSA.
    BPJS Ketenagakerjaan: Jaminan Kecelakaan Kerja pikeun kacilakaan atanapi gering kusabab damel, Jaminan Kematian pikeun ahli waris, sareng JHT upami anjeun ngiring. Candak kartu BPJS sareng dokumén damel anjeun ka kantor BPJS Ketenagakerjaan.

# reintegration: PP 59/2021 Pasal 21–22 [S13][S56][S59][S51][S52]
info-reintegration-answer =
    Mulih tiasa karaos beurat. Pamaréntah wajib ngabantos rehabilitasi sareng reintegrasi (hirup deui di masarakat), kalebet konseling psikososial sareng pelatihan kerja (PP 59/2021 Pasal 22). LTSA-MRC masihan konseling psikososial, sareng Pelita tiasa ngahubungkeun anjeun sareng konselor.
    Pikeun usaha sareng kauangan: Desmigratif gaduh program usaha produktif sareng koperasi, sareng Desbumi masihan pelatihan literasi keuangan (ngatur artos). Taroskeun program di daérah anjeun ka desa atanapi Disnaker.

## 6. Di mana minta bantuan
# where_help: [S56][S57][S51][S54][S59][S38][S65][S50][S36]
info-where-help-answer =
    Tempat nyuhunkeun bantosan:
    • LTSA-MRC, layanan terpadu anu ramah ka awéwé, di Cirebon, Tulungagung, Blitar, sareng Lampung Timur: konsultasi, konseling psikososial, bantosan hukum, sareng nanganan kasus;
    • Desbumi (Migrant CARE) di 37 desa di Indramayu, Kebumen, Cilacap, Wonosobo, Jember, Banyuwangi, Lombok Tengah, sareng Lembata;
    • desa Desmigratif, sareng Disnaker atanapi LTSA di kabupatén anjeun;
    • BP3MI di 23 provinsi sareng pos P4MI;
    • SBMI, sareng Migrant CARE ({ $migrant_care }, 24 jam);
    • pengaduan Kementerian P2MI: { $kp2mi }, ti luar nagri { $kp2mi_abroad }.

## What to do next (after every answer)
info-next = Badé naon ayeuna?
info-next-section = Topik sanés dina bagian ieu
info-next-topics = Sadaya topik
info-next-counsellor = Ngobrol sareng konselor
info-next-menu = Menu utama
info-next-report = Laporkeun kasus
