### Case report.

report-consent = Laporan Anda akan disimpan dan diteruskan ke konselor yang menangani kasus. Data hanya dilihat petugas yang berwenang dan bisa dihapus dengan mengetik "hapus data". { $retention_days ->
        [none] {""}
       *[other] Tanpa itu, data dihapus otomatis { $retention_days } hari setelah urusan Anda selesai.{" "}
    }Lanjut membuat laporan?
report-consent-yes = Ya, lanjut
report-consent-no = Tidak
report-declined = Baik, laporan tidak dibuat. Kalau keadaan mendesak, tulis "tolong" kapan saja.
report-relation = Siapa yang membuat laporan ini?
relation-self = Saya sendiri pekerjanya
relation-spouse = Suami/istri pekerja
relation-parent = Orang tua pekerja
relation-child = Anak pekerja
relation-sibling = Saudara pekerja
relation-friend = Teman pekerja
relation-officer = Petugas desa atau pendamping
report-worker-self = Siapa nama lengkap Anda (seperti di paspor)?
report-worker-other = Siapa nama lengkap pekerja (seperti di paspor)?
report-district-other = Pekerja berasal dari kabupaten/kota mana? (misalnya Cirebon, Jember, Lombok Tengah)
report-country = Di negara mana pekerja berada?
country-malaysia = Malaysia
country-saudi = Arab Saudi
country-taiwan = Taiwan
country-hongkong = Hong Kong
country-singapore = Singapura
country-uae = Uni Emirat Arab
country-korea = Korea Selatan
country-japan = Jepang
country-other = Negara lain
report-country-other = Tulis nama negaranya.
report-employer = Siapa nama majikan atau agensi/PT yang memberangkatkan? Kalau tidak tahu, tulis "tidak tahu".
report-category = Apa masalah utamanya?
category-unpaid = Gaji tidak dibayar atau dipotong
category-go-home = Ingin pulang atau ditahan pulang
category-lost-contact = Hilang kontak
category-sick = Sakit atau kecelakaan kerja
category-violence = Kekerasan fisik
category-sexual = Kekerasan atau pelecehan seksual
category-detained = Ditahan, dipenjara, atau masalah imigrasi
category-passport = Paspor atau dokumen ditahan
category-contract = Pekerjaan tidak sesuai kontrak
category-fees = Biaya berlebihan atau utang
category-fraud = Penipuan lowongan atau calo
category-other = Lainnya
report-since = Sejak kapan masalah ini terjadi? Tulis tanggalnya, misalnya 15/03/2025.
report-urgency = Seberapa mendesak?
urgency-now = Sangat mendesak, ada bahaya sekarang
urgency-soon = Mendesak, perlu bantuan minggu ini
urgency-later = Tidak mendesak
report-urgent-contacts =
    Laporan ini kami tandai sangat mendesak. Kalau ada bahaya sekarang, hubungi juga:
    { $emergency_contacts }
report-reach = Bagaimana kami bisa menghubungi Anda?
report-reach-chat = Lewat percakapan ini
report-reach-phone = Telepon ke nomor lain
report-phone = Tulis nomor telepon yang aman untuk dihubungi (contoh: 0812 3456 7890).
report-done = Laporan Anda sudah tercatat. Kode laporan: { $case_code }. Simpan kode ini dan sebutkan kalau menanyakan laporan Anda. Konselor akan menghubungi Anda. Ketik "menu" untuk kembali ke menu utama.
