### Counselling request.

counsel-consent = Kangge nyuwun konseling, kula badhe nyuwun pirsa sawetawis prekawis lan nyimpen wangsulan panjenengan supados konselor saged ngubungi panjenengan. Data panjenengan namung dipun tingali konselor lan saged dipun busak kapan mawon kanthi ngetik "busak data". { $retention_days ->
        [none] {""}
       *[other] Menawi mboten, data dipun busak piyambak { $retention_days } dinten sasampunipun urusan panjenengan rampung.{" "}
    }Setuju?
counsel-consent-yes = Nggih, setuju
counsel-consent-no = Mboten
counsel-declined = Nggih, mboten wonten ingkang kula simpen. Panjenengan tetep saged maos informasi ing menu utama (ketik "menu").
counsel-name = Sinten asma panjenengan? Kenging nami celukan utawi nami samaran.
counsel-district = Panjenengan saking kabupaten/kutha pundi? (upaminipun Cirebon, Jember, Lombok Tengah)
counsel-contact = Kados pundi prayoginipun konselor ngubungi panjenengan?
counsel-contact-chat = Lumantar obrolan menika
counsel-contact-phone = Telpon dhateng nomer sanes
counsel-phone = Serat nomer telpon ingkang aman kangge dipun hubungi (tuladha: 0812 3456 7890).
counsel-topic = Bab menapa panjenengan kepengin konseling?
topic-departure = Rancangan bidhal nyambut damel
topic-documents = Dokumen utawi kontrak
topic-fees = Biaya utawi utang
topic-family = Kulawarga utawi putra
topic-stress = Stres utawi manah awrat
topic-violence = Kekerasan utawi pelecehan
topic-return = Wangsul dhateng Indonesia
topic-legal = Masalah hukum
topic-other = Sanesipun
counsel-gender = Panjenengan langkung sekeca kaliyan konselor estri utawi kakung?
counsel-gender-female = Estri (wanita)
counsel-gender-male = Kakung (priya)
counsel-gender-any = Sami mawon
counsel-time = Kapan wekdal ingkang aman kangge dipun hubungi?
time-morning = Enjing
time-afternoon = Siang
time-evening = Dalu
time-any = Kapan mawon
counsel-done = Matur nuwun. Panyuwunan konseling panjenengan sampun kacathet mawi kode { $case_code }. Konselor badhe ngubungi panjenengan. Ketik "menu" kangge wangsul dhateng menu utama.
