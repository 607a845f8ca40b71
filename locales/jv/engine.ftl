### Messages the engine itself shows.

language-name = Basa Jawa
    .keywords = jawa, jowo, basa jawa, boso jowo, bahasa jawa, javanese
language-prompt =
    Sugeng rawuh ing { -brand }. Mangga pilih basa panjenengan (wangsuli mawi angka):
    Pilih bahasa / Choose your language:
language-chosen = Nggih, kita lajengaken mawi Basa Jawa. Ketik "basa" kapan mawon kangge nggantos basa.
chat-hint = Ketik pesen lajeng pencet Enter. Wiwiti mawi /start. Ctrl-D kangge medal.
welcome-back = Sugeng rawuh malih. Kita lajengaken saking mriki:
error-generic = Nyuwun pangapunten, wonten gangguan ing sistem kula. Ketik "menu" kangge wangsul dhateng menu utama.
input-empty = Pesen panjenengan kosong. Mangga ketik wangsulan panjenengan.
input-unreadable = Nyuwun pangapunten, pesen menika mboten saged kula waos. Mangga ketik malih mawi huruf biasa.
input-media =
    { $kind ->
        [voice] Nyuwun pangapunten, pesen swanten dereng saged kula pirengaken.
        [audio] Nyuwun pangapunten, rekaman swanten dereng saged kula pirengaken.
        [image] Nyuwun pangapunten, foto dereng saged kula waos wonten mriki.
        [location] Matur nuwun, nanging lokasi dereng saged kula ginakaken wonten mriki.
       *[other] Nyuwun pangapunten, file menika dereng saged kula waos wonten mriki.
    } Mangga wangsuli mawi seratan. Kiriman panjenengan tetep kula simpen, lan konselor saged mirengaken utawi ningali mangke.
menu-not-understood = Nyuwun pangapunten, kula dereng mangertos. Wangsuli mawi angka 1 ngantos { $count }.
offer-topics = Nyuwun pangapunten, kula dereng yakin menapa ingkang panjenengan takènaken. Menapa salah satunggaling topik menika? Panjenengan ugi saged ngobrol kaliyan konselor.
offer-counsellor = Ngobrol kaliyan konselor
offer-menu = Menu utama
button-stale = Tombol menika saking pesen saderengipun. Mangga pilih saking pesen ingkang pungkasan.
flow-changed = Obrolan menika nembe dipun anyari, dados perangan menika kita wiwiti malih saking awal.
invalid-text-short = Wangsulan kecekaken. Serat paling sekedhik { $min } huruf.
invalid-text-long = Wangsulan kepanjangen. Serat paling kathah { $max } huruf.
invalid-text-letters = Wangsulan kedah ngemot huruf utawi angka.
invalid-number = Wangsuli mawi angka kemawon, upaminipun 3.
invalid-number-range = Wangsuli mawi angka saking { $min } ngantos { $max }.
invalid-phone = Nomer telpon menika dereng leres. Tuladha: 0812 3456 7890 utawi +60 12 345 6789.
invalid-date = Tanggal menika dereng saged kula waos. Serat kados 25/12/2024 utawi 25 Desember 2024. Menawi mboten mangertos pesthinipun, serat kinten-kinten tanggalipun.
invalid-one-of = Pilih salah setunggal: { $options }.
invalid-pattern = Wangsulan menika dereng jumbuh kaliyan format ingkang dipun suwun. Mangga dipun cobi malih.
input-edited = Kula namung maos pesen enggal, sanes pesen ingkang dipun owahi. Mangga kintun malih dados pesen enggal.
invalid-location = Kangge pitakenan menika, mangga kintun lokasi panjenengan mawi tombol lampiran (📎) lajeng "Lokasi".
menu-list-button = Pilih
