### Case report.

report-consent = Laporan panjenengan bâkal èsèmpen ban èterrossaghi ka konselor sè ngurus kasus. Data pèra' èbâca petugas sè berwenang, ban bisa èapos kalaban ngetik "apos data". { $retention_days ->
        [none] {""}
       *[other] Mon ta', data èapos dhibi' { $retention_days } arè saampona urusan panjenengan mare.{" "}
    }Alanjut aghâbây laporan?
report-consent-yes = Engghi, alanjut
report-consent-no = Bhunten
report-declined = Engghi, laporan ta' èghâbây. Mon kaadâ'an mendesak, tolès "tolong" bilâ bâi.
report-relation = Sèra sè aghâbây laporan reya?
relation-self = Kaulâ dhibi' pekerjana
relation-spouse = Lakè otaba binè pekerja
relation-parent = Orèng seppo pekerja
relation-child = Ana' pekerja
relation-sibling = Tarètan pekerja
relation-friend = Kanca pekerja
relation-officer = Petugas dhisa otaba pendamping
report-worker-self = Sèra asmana panjenengan sè lengkap (akadhi è paspor)?
report-worker-other = Sèra nyama lengkap pekerja (akadhi è paspor)?
report-district-other = Pekerja asalè dâri kabupatèn otaba kottha dhimma? (contona Sumenep, Bangkalan, Jember)
report-country = Pekerja bâdâ è nagârâ dhimma?
country-malaysia = Malaysia
country-saudi = Arab Saudi
country-taiwan = Taiwan
country-hongkong = Hong Kong
country-singapore = Singapura
country-uae = Uni Emirat Arab
country-korea = Korea Selatan
country-japan = Jepang
country-other = Nagârâ laèn
report-country-other = Tolès nyama nagârâna.
report-employer = Sèra nyama majikan otaba agensi/PT sè mangkataghi? Mon ta' oneng, tolès "ta' oneng".
report-category = Ponapa masalah sè paling utama?
category-unpaid = Ghâjhi ta' èbâjâr otaba èpotong
category-go-home = Terro mole otaba ta' èollè mole
category-lost-contact = Ilang kontak
category-sick = Sakè' otaba kacelakaan kerja
category-violence = Kekerasan fisik
category-sexual = Kekerasan otaba pelecehan seksual
category-detained = Ètahan, èpenjara, otaba masalah imigrasi
category-passport = Paspor otaba dhokumen ètahan
category-contract = Lakon ta' padâ ban kontrak
category-fees = Biaya lebbi otaba otang
category-fraud = Lowongan palsu otaba calo
category-other = Laènna
report-since = Molaè bilâ masalah reya? Tolès tanggalla, contona 15/03/2025.
report-urgency = Saponapa mendesak masalah reya?
urgency-now = Mendesak ongghu, bâdâ bhâhâya samangkèn
urgency-soon = Mendesak, parlo bhântowan minggu reya
urgency-later = Ta' mendesak
report-urgent-contacts =
    Laporan reya ètandhâi mendesak ongghu. Mon bâdâ bhâhâya samangkèn, tèlpon kèya:
    { $emergency_contacts }
report-reach = Kadhi ponapa kaulâ bisa ahubungan kalaban panjenengan?
report-reach-chat = Lèbât obrolan reya
report-reach-phone = Tèlpon ka nomer laèn
report-phone = Tolès nomer tèlpon sè aman kaangghuy ètèlpon (conto: 0812 3456 7890).
report-done = Laporan panjenengan ampon ècatet. Kode laporan: { $case_code }. Sèmpen kode reya ban sebbut mon atanya soal laporan panjenengan. Konselor bâkal ahubungan kalaban panjenengan. Ketik "menu" kaangghuy abâli ka menu utama.
