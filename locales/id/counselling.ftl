### Counselling request.

counsel-consent = Untuk meminta konseling, kami akan menanyakan beberapa hal dan menyimpan jawaban Anda supaya konselor bisa menghubungi Anda. Data Anda hanya dilihat konselor dan bisa dihapus kapan saja dengan mengetik "hapus data". { $retention_days ->
        [none] {""}
       *[other] Tanpa itu, data dihapus otomatis { $retention_days } hari setelah urusan Anda selesai.{" "}
    }Setuju?
counsel-consent-yes = Ya, setuju
counsel-consent-no = Tidak
counsel-declined = Baik, tidak ada yang kami simpan. Anda tetap bisa membaca informasi di menu utama (ketik "menu").
counsel-name = Siapa nama Anda? Boleh nama panggilan atau samaran.
counsel-district = Anda berasal dari kabupaten/kota mana? (misalnya Cirebon, Jember, Lombok Tengah)
counsel-contact = Bagaimana konselor sebaiknya menghubungi Anda?
counsel-contact-chat = Lewat percakapan ini
counsel-contact-phone = Telepon ke nomor lain
counsel-phone = Tulis nomor telepon yang aman untuk dihubungi (contoh: 0812 3456 7890).
counsel-topic = Tentang apa Anda ingin konseling?
topic-departure = Rencana berangkat kerja
topic-documents = Dokumen atau kontrak
topic-fees = Biaya atau utang
topic-family = Keluarga atau anak
topic-stress = Stres atau perasaan berat
topic-violence = Kekerasan atau pelecehan
topic-return = Pulang ke Indonesia
topic-legal = Masalah hukum
topic-other = Lainnya
counsel-gender = Anda lebih nyaman dengan konselor perempuan atau laki-laki?
counsel-gender-female = Perempuan
counsel-gender-male = Laki-laki
counsel-gender-any = Tidak masalah
counsel-time = Kapan waktu yang aman untuk dihubungi?
time-morning = Pagi
time-afternoon = Siang
time-evening = Malam
time-any = Kapan saja
counsel-done = Terima kasih. Permintaan konseling Anda sudah tercatat dengan kode { $case_code }. Konselor akan menghubungi Anda. Ketik "menu" untuk kembali ke menu utama.
