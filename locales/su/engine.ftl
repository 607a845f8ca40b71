### Messages the engine itself shows.

language-name = Basa Sunda
    .keywords = sunda, basa sunda, bahasa sunda, sundanese
language-prompt =
    Wilujeng sumping di { -brand }. Mangga pilih basa anjeun (waler ku angka):
    Pilih bahasa / Choose your language:
language-chosen = Mangga, urang teraskeun ku Basa Sunda. Ketik "basa" iraha waé pikeun ngagentos basa.
chat-hint = Ketik pesen teras pencet Enter. Mimitian ku /start. Ctrl-D pikeun kaluar.
welcome-back = Wilujeng sumping deui. Urang teraskeun ti dieu:
error-generic = Hapunten, aya gangguan dina sistem kami. Ketik "menu" pikeun uih deui ka menu utama.
input-empty = Pesen anjeun kosong. Mangga ketik waleran anjeun.
input-unreadable = Hapunten, pesen éta teu tiasa dibaca ku kami. Mangga ketik deui ku hurup biasa.
input-media =
    { $kind ->
        [voice] Hapunten, pesen sora teu acan tiasa didangukeun ku kami.
        [audio] Hapunten, rekaman sora teu acan tiasa didangukeun ku kami.
        [image] Hapunten, poto teu acan tiasa dibaca di dieu.
        [location] Hatur nuhun, nanging lokasi teu acan tiasa dianggo di dieu.
       *[other] Hapunten, file éta teu acan tiasa dibaca di dieu.
    } Mangga waler ku tulisan. Kiriman anjeun tetep disimpen, sarta konselor tiasa ngadangukeun atanapi ningali engké.
menu-not-understood = Hapunten, kami teu acan ngartos. Waler ku angka 1 dugi ka { $count }.
offer-topics = Hapunten, kami teu acan yakin naon anu ditaroskeun. Naha salah sahiji topik ieu? Anjeun ogé tiasa ngobrol sareng konselor.
offer-counsellor = Ngobrol sareng konselor
offer-menu = Menu utama
button-stale = Tombol éta ti pesen saméméhna. Mangga pilih tina pesen panungtung.
flow-changed = Obrolan ieu nembé diénggalan, janten bagian ieu urang mimitian deui ti awal.
invalid-text-short = Waleran teuing pondok. Mangga tulis sahenteuna { $min } hurup.
invalid-text-long = Waleran teuing panjang. Mangga tulis pangseueurna { $max } hurup.
invalid-text-letters = Waleran kedah ngandung hurup atanapi angka.
invalid-number = Waler ku angka wungkul, contona 3.
invalid-number-range = Waler ku angka ti { $min } dugi ka { $max }.
invalid-phone = Nomer telepon éta teu acan leres. Conto: 0812 3456 7890 atanapi +60 12 345 6789.
invalid-date = Tanggal éta teu acan tiasa dibaca ku kami. Tulis sapertos 25/12/2024 atanapi 25 Désémber 2024. Upami teu terang pasti, tulis kira-kira tanggalna.
invalid-one-of = Pilih salah sahiji: { $options }.
invalid-pattern = Waleran éta teu acan luyu sareng format anu dipénta. Mangga cobian deui.
input-edited = Kami ngan ukur maca pesen énggal, sanés pesen anu dirobih. Mangga kintun deui janten pesen énggal.
invalid-location = Pikeun patarosan ieu, mangga kintun lokasi anjeun ku tombol lampiran (📎) teras "Lokasi".
menu-list-button = Pilih
