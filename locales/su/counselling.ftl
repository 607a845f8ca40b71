### Counselling request.

counsel-consent = Pikeun nyuhunkeun konseling, kami badé naroskeun sababaraha hal sareng nyimpen waleran anjeun supados konselor tiasa ngahubungi anjeun. Data anjeun ngan ukur ditingali ku konselor sareng tiasa dihapus iraha waé ku ngetik "hapus data". { $retention_days ->
        [none] {""}
       *[other] Upami henteu, data dihapus otomatis { $retention_days } dinten saparantos urusan anjeun réngsé.{" "}
    }Satuju?
counsel-consent-yes = Muhun, satuju
counsel-consent-no = Henteu
counsel-declined = Mangga, teu aya anu disimpen ku kami. Anjeun tetep tiasa maca informasi di menu utama (ketik "menu").
counsel-name = Saha jenengan anjeun? Tiasa nami landihan atanapi nami samaran.
counsel-district = Anjeun ti kabupatén/kota mana? (contona Cirebon, Jember, Lombok Tengah)
counsel-contact = Kumaha sasaéna konselor ngahubungi anjeun?
counsel-contact-chat = Ngalangkungan obrolan ieu
counsel-contact-phone = Telepon ka nomer sanés
counsel-phone = Tulis nomer telepon anu aman pikeun dihubungi (conto: 0812 3456 7890).
counsel-topic = Ngeunaan naon anjeun hoyong konseling?
topic-departure = Rencana angkat damel
topic-documents = Dokumén atanapi kontrak
topic-fees = Biaya atanapi hutang
topic-family = Kulawarga atanapi murangkalih
topic-stress = Stres atanapi manah nuju beurat
topic-violence = Kekerasan atanapi pelecehan
topic-return = Mulih ka Indonesia
topic-legal = Masalah hukum
topic-other = Sanésna
counsel-gender = Anjeun langkung merenah sareng konselor awéwé atanapi lalaki?
counsel-gender-female = Awéwé
counsel-gender-male = Lalaki
counsel-gender-any = Teu janten masalah
counsel-time = Iraha waktos anu aman pikeun dihubungi?
time-morning = Énjing-énjing
time-afternoon = Siang
time-evening = Wengi
time-any = Iraha waé
counsel-done = Hatur nuhun. Pamundut konseling anjeun parantos dicatet kalayan kode { $case_code }. Konselor badé ngahubungi anjeun. Ketik "menu" pikeun uih deui ka menu utama.
