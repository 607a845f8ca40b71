### Case report.

report-consent = Laporan pelinggih gen tesimpen dait tekirim ojok konselor saq ngurus kasus niki. Data cume tebace isiq petugas saq berwenang, dait bau tehapus kance ngetik "hapus data". { $retention_days ->
        [none] {""}
       *[other] Lamun ndeq, data tehapus mesaq { $retention_days } jelo sesampun urusan pelinggih selesai.{" "}
    }Lanjut piaq laporan?
report-consent-yes = Nggih, lanjut
report-consent-no = Nenten
report-declined = Nggih, laporan ndeq tepiaq. Mun keadaan mendesak, tulis "tulung" bilang waktu.
report-relation = Sai saq piaq laporan niki?
relation-self = Tiang mesaq pekerjane
relation-spouse = Semame/senine pekerja
relation-parent = Inaq/amaq pekerja
relation-child = Anak pekerja
relation-sibling = Semeton pekerja
relation-friend = Batur pekerja
relation-officer = Petugas desa atau pendamping
report-worker-self = Sai aran lengkap pelinggih (maraq leq paspor)?
report-worker-other = Sai aran lengkap pekerja (maraq leq paspor)?
report-district-other = Pekerja lekan kabupaten/kota mbe? (misalne Lombok Tengah, Lombok Timur, Mataram)
report-country = Pekerja leq negara mbe?
country-malaysia = Malaysia
country-saudi = Arab Saudi
country-taiwan = Taiwan
country-hongkong = Hong Kong
country-singapore = Singapura
country-uae = Uni Emirat Arab
country-korea = Korea Selatan
country-japan = Jepang
country-other = Negara lain
report-country-other = Tulis aran negarane.
report-employer = Sai aran majikan atau agensi/PT saq ngeberangkatang? Mun ndeq taoq, tulis "ndeq taoq".
report-category = Napi masalah utamane?
category-unpaid = Gaji ndeq tebayah atau tepotong
category-go-home = Mele uleq atau tetahan uleq
category-lost-contact = Ilang kontak
category-sick = Sakit atau kecelakaan kerja
category-violence = Kekerasan fisik
category-sexual = Kekerasan atau pelecehan seksual
category-detained = Tetahan, tepenjara, atau masalah imigrasi
category-passport = Paspor atau dokumen tetahan
category-contract = Gawean ndeq sesuai kontrak
category-fees = Biaya lebih atau utang
category-fraud = Lowongan palsu atau calo
category-other = Saq lain
report-since = Sejak piran masalah niki? Tulis tanggalne, misalne 15/03/2025.
report-urgency = Pire mendesak masalah niki?
urgency-now = Mendesak gati, araq bahaya nane
urgency-soon = Mendesak, perlu bantuan minggu niki
urgency-later = Ndeq mendesak
report-urgent-contacts =
    Laporan niki tiang tandain mendesak gati. Mun araq bahaya nane, telpon endah:
    { $emergency_contacts }
report-reach = Berembe carene tiang bau hubungi pelinggih?
report-reach-chat = Lewat obrolan niki
report-reach-phone = Telpon ojok nomer lain
report-phone = Tulis nomer telpon saq aman adeq tetelpon (contoh: 0812 3456 7890).
report-done = Laporan pelinggih wah tecatet. Kode laporan: { $case_code }. Simpen kode niki dait sebut mun betakon soal laporan pelinggih. Konselor gen hubungi pelinggih. Ketik "menu" adeq uleq ojok menu utama.
