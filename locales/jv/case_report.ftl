### Case report.

report-consent = Laporan panjenengan badhe dipun simpen lan dipun terusaken dhateng konselor ingkang ngurus kasus. Data namung dipun tingali petugas ingkang wenang lan saged dipun busak kanthi ngetik "busak data". { $retention_days ->
        [none] {""}
       *[other] Menawi mboten, data dipun busak piyambak { $retention_days } dinten sasampunipun urusan panjenengan rampung.{" "}
    }Lajeng damel laporan?
report-consent-yes = Nggih, lajeng
report-consent-no = Mboten
report-declined = Nggih, laporan mboten dipun damel. Menawi kawontenan gawat, serat "tulung" kapan mawon.
report-relation = Sinten ingkang damel laporan menika?
relation-self = Kula piyambak pekerjanipun
relation-spouse = Bojo (garwa) pekerja
relation-parent = Tiyang sepuh pekerja
relation-child = Anak pekerja
relation-sibling = Sedherek pekerja
relation-friend = Kanca pekerja
relation-officer = Petugas desa utawi pendamping
report-worker-self = Sinten asma jangkep panjenengan (kados ing paspor)?
report-worker-other = Sinten nami jangkep pekerja (kados ing paspor)?
report-district-other = Pekerja saking kabupaten/kutha pundi? (upaminipun Cirebon, Jember, Lombok Tengah)
report-country = Pekerja wonten ing negari pundi?
country-malaysia = Malaysia
country-saudi = Arab Saudi
country-taiwan = Taiwan
country-hongkong = Hong Kong
country-singapore = Singapura
country-uae = Uni Emirat Arab
country-korea = Korea Selatan
country-japan = Jepang
country-other = Negari sanes
report-country-other = Serat nami negarinipun.
report-employer = Sinten nami majikan utawi agensi/PT ingkang mbidhalaken? Menawi mboten mangertos, serat "mboten ngertos".
report-category = Menapa masalah ingkang utama?
category-unpaid = Gaji mboten dipun bayar utawi dipun potong
category-go-home = Kepengin wangsul utawi dipun tahan mboten kenging wangsul
category-lost-contact = Ical kontak
category-sick = Sakit utawi kacilakan kerja
category-violence = Kekerasan fisik
category-sexual = Kekerasan utawi pelecehan seksual
category-detained = Dipun tahan, dipun penjara, utawi masalah imigrasi
category-passport = Paspor utawi dokumen dipun tahan
category-contract = Pedamelan mboten jumbuh kaliyan kontrak
category-fees = Biaya kakathahen utawi utang
category-fraud = Penipuan lowongan utawi calo
category-other = Sanesipun
report-since = Wiwit kapan masalah menika kedadosan? Serat tanggalipun, upaminipun 15/03/2025.
report-urgency = Sepinten gawatipun?
urgency-now = Gawat sanget, wonten bebaya samenika
urgency-soon = Gawat, betah pitulungan minggu menika
urgency-later = Mboten gawat
report-urgent-contacts =
    Laporan menika kula tandhani gawat sanget. Menawi wonten bebaya samenika, hubungi ugi:
    { $emergency_contacts }
report-reach = Kados pundi kula saged ngubungi panjenengan?
report-reach-chat = Lumantar obrolan menika
report-reach-phone = Telpon dhateng nomer sanes
report-phone = Serat nomer telpon ingkang aman kangge dipun hubungi (tuladha: 0812 3456 7890).
report-done = Laporan panjenengan sampun kacathet. Kode laporan: { $case_code }. Simpen kode menika lan sebutaken menawi nyuwun pirsa bab laporan panjenengan. Konselor badhe ngubungi panjenengan. Ketik "menu" kangge wangsul dhateng menu utama.
