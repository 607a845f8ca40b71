### Counselling request.

counsel-consent = Adeq nunas konseling, tiang gen betakon pire-pire hal dait nyimpen jawaban pelinggih, adeq konselor bau hubungi pelinggih. Data pelinggih cume tebace isiq konselor, dait bau tehapus bilang waktu kance ngetik "hapus data". { $retention_days ->
        [none] {""}
       *[other] Lamun ndeq, data tehapus mesaq { $retention_days } jelo sesampun urusan pelinggih selesai.{" "}
    }Setuju?
counsel-consent-yes = Nggih, setuju
counsel-consent-no = Nenten
counsel-declined = Nggih, ndeqne araq saq tesimpen. Pelinggih tetep bau bace informasi leq menu utama (ketik "menu").
counsel-name = Sai pesengan pelinggih? Kanggo aran panggilan atau aran samaran.
counsel-district = Pelinggih lekan kabupaten/kota mbe? (misalne Lombok Tengah, Lombok Timur, Mataram)
counsel-contact = Berembe carene konselor hubungi pelinggih?
counsel-contact-chat = Lewat obrolan niki
counsel-contact-phone = Telpon ojok nomer lain
counsel-phone = Tulis nomer telpon saq aman adeq tetelpon (contoh: 0812 3456 7890).
counsel-topic = Pelinggih mele konseling tentang napi?
topic-departure = Rencana lalo begawe
topic-documents = Dokumen atau kontrak
topic-fees = Biaya atau utang
topic-family = Keluarga atau anak
topic-stress = Stres atau angen berat
topic-violence = Kekerasan atau pelecehan
topic-return = Uleq ojok Indonesia
topic-legal = Masalah hukum
topic-other = Saq lain
counsel-gender = Pelinggih lebih nyaman kance konselor nine atau mame?
counsel-gender-female = Nine (perempuan)
counsel-gender-male = Mame (laki-laki)
counsel-gender-any = Ndeq araq masalah
counsel-time = Piran waktu saq aman adeq tehubungi?
time-morning = Kelemaq
time-afternoon = Tengari
time-evening = Malem
time-any = Bilang waktu
counsel-done = Tampiasih. Permintaan konseling pelinggih wah tecatet kance kode { $case_code }. Konselor gen hubungi pelinggih. Ketik "menu" adeq uleq ojok menu utama.
