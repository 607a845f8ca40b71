### Counselling request.

counsel-consent = Kaangghuy nyo'on konseling, kaulâ bâkal atanya sakone' ban nyèmpen jawâbân panjenengan, sopajâ konselor bisa ahubungan kalaban panjenengan. Data panjenengan pèra' èbâca konselor, ban bisa èapos bilâ bâi kalaban ngetik "apos data". { $retention_days ->
        [none] {""}
       *[other] Mon ta', data èapos dhibi' { $retention_days } arè saampona urusan panjenengan mare.{" "}
    }Setuju?
counsel-consent-yes = Engghi, setuju
counsel-consent-no = Bhunten
counsel-declined = Engghi, kaulâ ta' nyèmpen ponapa-ponapa. Panjenengan ghi' bisa maca informasi è menu utama (ketik "menu").
counsel-name = Sèra asmana panjenengan? Olle nyama paraban otaba nyama samaran.
counsel-district = Panjenengan asalè dâri kabupatèn otaba kottha dhimma? (contona Sumenep, Bangkalan, Jember)
counsel-contact = Konselor ahubungan kalaban panjenengan lèbât ponapa?
counsel-contact-chat = Lèbât obrolan reya
counsel-contact-phone = Tèlpon ka nomer laèn
counsel-phone = Tolès nomer tèlpon sè aman kaangghuy ètèlpon (conto: 0812 3456 7890).
counsel-topic = Panjenengan terro konseling masalah ponapa?
topic-departure = Rencana mangkat alako
topic-documents = Dhokumen otaba kontrak
topic-fees = Biaya otaba otang
topic-family = Kalowarga otaba ana'
topic-stress = Stres otaba atè berrâ'
topic-violence = Kekerasan otaba pelecehan
topic-return = Mole ka Indonesia
topic-legal = Masalah hukum
topic-other = Laènna
counsel-gender = Panjenengan lebbi nyaman kalaban konselor binè' otaba lakè'?
counsel-gender-female = Binè'
counsel-gender-male = Lakè'
counsel-gender-any = Ta' ponapa
counsel-time = Bilâ wakto sè aman kaangghuy ahubungan kalaban panjenengan?
time-morning = Lagghu
time-afternoon = Tengnga arè
time-evening = Malem
time-any = Bilâ bâi
counsel-done = Sakalangkong. Panyo'on konseling panjenengan ampon ècatet kalaban kode { $case_code }. Konselor bâkal ahubungan kalaban panjenengan. Ketik "menu" kaangghuy abâli ka menu utama.
