### Case report.

report-consent = Laporan anjeun badé disimpen sareng diteraskeun ka konselor anu ngurus kasus. Data ngan ukur ditingali ku petugas anu wenang sareng tiasa dihapus ku ngetik "hapus data". { $retention_days ->
        [none] {""}
       *[other] Upami henteu, data dihapus otomatis { $retention_days } dinten saparantos urusan anjeun réngsé.{" "}
    }Teraskeun ngadamel laporan?
report-consent-yes = Muhun, teraskeun
report-consent-no = Henteu
report-declined = Mangga, laporan henteu didamel. Upami kaayaan genting, tulis "tulung" iraha waé.
report-relation = Saha anu ngadamel laporan ieu?
relation-self = Abdi nyalira pekerjana
relation-spouse = Salaki/pamajikan pekerja
relation-parent = Sepuh pekerja
relation-child = Anak pekerja
relation-sibling = Saderek pekerja
relation-friend = Rerencangan pekerja
relation-officer = Petugas desa atanapi pendamping
report-worker-self = Saha jenengan lengkep anjeun (sapertos dina paspor)?
report-worker-other = Saha nami lengkep pekerja (sapertos dina paspor)?
report-district-other = Pekerja téh ti kabupatén/kota mana? (contona Cirebon, Jember, Lombok Tengah)
report-country = Di nagara mana pekerja ayeuna?
country-malaysia = Malaysia
country-saudi = Arab Saudi
country-taiwan = Taiwan
country-hongkong = Hong Kong
country-singapore = Singapura
country-uae = Uni Emirat Arab
country-korea = Korea Selatan
country-japan = Jepang
country-other = Nagara sanés
report-country-other = Tulis nami nagarana.
report-employer = Saha nami dunungan (majikan) atanapi agénsi/PT anu ngaberangkatkeun? Upami teu terang, tulis "teu terang".
report-category = Naon masalah utamana?
category-unpaid = Gajih teu dibayar atanapi dipotong
category-go-home = Hoyong mulih atanapi ditahan teu kénging mulih
category-lost-contact = Leungit kontak
category-sick = Gering atanapi kacilakaan kerja
category-violence = Kekerasan fisik
category-sexual = Kekerasan atanapi pelecehan séksual
category-detained = Ditahan, dipenjara, atanapi masalah imigrasi
category-passport = Paspor atanapi dokumén ditahan
category-contract = Padamelan teu luyu sareng kontrak
category-fees = Biaya kaleuleuwihi atanapi hutang
category-fraud = Panipuan lowongan atanapi calo
category-other = Sanésna
report-since = Ti iraha masalah ieu kajadian? Tulis tanggalna, contona 15/03/2025.
report-urgency = Kumaha gentingna?
urgency-now = Genting pisan, aya bahaya ayeuna
urgency-soon = Genting, peryogi bantosan minggu ieu
urgency-later = Henteu genting
report-urgent-contacts =
    Laporan ieu ku kami ditandaan genting pisan. Upami aya bahaya ayeuna, hubungi ogé:
    { $emergency_contacts }
report-reach = Kumaha kami tiasa ngahubungi anjeun?
report-reach-chat = Ngalangkungan obrolan ieu
report-reach-phone = Telepon ka nomer sanés
report-phone = Tulis nomer telepon anu aman pikeun dihubungi (conto: 0812 3456 7890).
report-done = Laporan anjeun parantos dicatet. Kode laporan: { $case_code }. Simpen kode ieu sareng sebatkeun upami naroskeun laporan anjeun. Konselor badé ngahubungi anjeun. Ketik "menu" pikeun uih deui ka menu utama.
