### Messages the engine itself shows.

language-name = Base Sasak
    .keywords = sasak, base sasak, bahasa sasak, basa sasak, bahase sasak
language-prompt =
    Selamet dateng leq { -brand }. Pilih base pelinggih (bales kance angka):
    Pilih bahasa / Choose your language:
language-chosen = Nggih, ite lanjut kadu Base Sasak. Ketik "base" bilang waktu mun pelinggih mele ganti base.
chat-hint = Ketik pesen terus pencet Enter. Mulai kance /start. Ctrl-D mun mele sugul.
welcome-back = Selamet dateng malik. Ite lanjut lekan te:
error-generic = Nunas ampure, araq gangguan leq sistem tiang. Ketik "menu" adeq uleq ojok menu utama.
input-empty = Pesen pelinggih kosong. Silaq ketik jawaban pelinggih.
input-unreadable = Nunas ampure, pesen nike ndeq bau tebace. Silaq ketik malik kance huruf biase.
input-media =
    { $kind ->
        [voice] Nunas ampure, tiang ndeqman bau dengah pesen suare.
        [audio] Nunas ampure, tiang ndeqman bau dengah rekaman suare.
        [image] Nunas ampure, tiang ndeqman bau bace poto leq te.
        [location] Tampiasih, laguq tiang ndeqman bau kadu lokasi leq te.
       *[other] Nunas ampure, tiang ndeqman bau bace file nike leq te.
    } Silaq bales kance tulisan. Kiriman pelinggih tetep tesimpen, dait konselor bau dengah atau gitaq ye jemaq.
menu-not-understood = Nunas ampure, tiang ndeqman ngerti. Bales kance angka 1 sampai { $count }.
offer-topics = Nunas ampure, tiang ndeqman yakin napi saq tetakonang isiq pelinggih. Napi salah sopoq topik niki? Pelinggih bau ngeraos kance konselor.
offer-counsellor = Ngeraos kance konselor
offer-menu = Menu utama
button-stale = Tombol nike lekan pesen saq laeq. Silaq pilih lekan pesen saq paling baru.
flow-changed = Obrolan niki baru teubah, jari bagian niki ite mulai malik lekan awal.
invalid-text-short = Jawaban pendek gati. Tulis paling sekediq { $min } huruf.
invalid-text-long = Jawaban belo gati. Tulis paling luwek { $max } huruf.
invalid-text-letters = Jawaban harus araq huruf atau angka.
invalid-number = Bales kance angka mesaq, misalne 3.
invalid-number-range = Bales kance angka lekan { $min } sampai { $max }.
invalid-phone = Nomer telpon nike ndeqman bener. Contoh: 0812 3456 7890 atau +60 12 345 6789.
invalid-date = Tanggal nike ndeq bau tebace. Tulis maraq 25/12/2024 atau 25 Desember 2024. Mun ndeq taoq pasti, tulis kira-kira tanggalne.
invalid-one-of = Pilih salaq sopoq: { $options }.
invalid-pattern = Jawaban nike ndeqman cocok kance format saq tiang minta. Silaq cobaq malik.
input-edited = Tiang cume bace pesen baru, ndeq pesen saq teubah. Silaq kirim malik jari pesen baru.
invalid-location = Jari pertanyaan niki, silaq kirim lokasi pelinggih kance tombol lampiran (📎) terus "Lokasi".
menu-list-button = Pilih
