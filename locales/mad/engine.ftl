### Messages the engine itself shows.

language-name = Bhâsa Madhurâ
    .keywords = madura, bahasa madura, basa madura, bhasa madhura, bhâsa madhurâ, madhura, madhurâ
language-prompt =
    Salamet rabu è { -brand }. Pèlè bhâsa panjenengan (bâles kalaban angka):
    Pilih bahasa / Choose your language:
language-chosen = Engghi, samangkèn kaulâ alanjut ngangghuy Bhâsa Madhurâ. Ketik "bhasa" bilâ bâi mon terro aghântè bhâsa.
chat-hint = Ketik pesen laju pencet Enter. Molaè kalaban /start. Ctrl-D kaangghuy kalowar.
welcome-back = Salamet rabu polè. Ngèrèng alanjut dâri dinna':
error-generic = Nyo'on sapora, bâdâ gangguan è sistem kaulâ. Ketik "menu" kaangghuy abâli ka menu utama.
input-empty = Pesen panjenengan kosong. Ngèrèng ketik jawâbân panjenengan.
input-unreadable = Nyo'on sapora, pesen jareya ta' bisa èbâca. Ngèrèng ketik polè kalaban hurup biasa.
input-media =
    { $kind ->
        [voice] Nyo'on sapora, kaulâ ghi' ta' bisa ngèdhing pesen sowara.
        [audio] Nyo'on sapora, kaulâ ghi' ta' bisa ngèdhing rekaman sowara.
        [image] Nyo'on sapora, kaulâ ghi' ta' bisa maca poto è dinna'.
        [location] Sakalangkong, tapè kaulâ ghi' ta' bisa ngangghuy lokasi è dinna'.
       *[other] Nyo'on sapora, kaulâ ghi' ta' bisa maca file jareya è dinna'.
    } Ngèrèng bâles kalaban tolèsan. Kèrèman panjenengan tetep kaulâ sèmpen, ban konselor bisa ngèdhing otaba nèngalè dâggi'.
menu-not-understood = Nyo'on sapora, kaulâ ghi' ta' ngarte. Bâles kalaban angka 1 sampè' { $count }.
offer-topics = Nyo'on sapora, kaulâ ghi' ta' yakin ponapa sè è-tanyaaghi panjenengan. Ponapa salah settong topik ka'dinto? Panjenengan bisa kèya acaca kalaban konselor.
offer-counsellor = Acaca kalaban konselor
offer-menu = Menu utama
button-stale = Tombol jareya dâri pesen sè ghellâ'. Ngèrèng pèlè dâri pesen sè paling anyar.
flow-changed = Obrolan reya bâru èobâ, dâddhi bâgiyan reya kaulâ molaè polè dâri awal.
invalid-text-short = Jawâbân reya pandhâ' ongghu. Tolès paling sakone' { $min } hurup.
invalid-text-long = Jawâbân reya lanjhâng ongghu. Tolès paling bânnya' { $max } hurup.
invalid-text-letters = Jawâbân kodhu bâdâ hurup otaba angkana.
invalid-number = Bâles kalaban angka bâi, contona 3.
invalid-number-range = Bâles kalaban angka dâri { $min } sampè' { $max }.
invalid-phone = Nomer tèlpon jareya ghi' ta' bhender. Conto: 0812 3456 7890 otaba +60 12 345 6789.
invalid-date = Tanggal jareya ghi' ta' bisa èbâca. Tolès akadhi 25/12/2024 otaba 25 Desember 2024. Mon ta' oneng pastèna, tolès kèra-kèra tanggalla.
invalid-one-of = Pèlè salah sèttong: { $options }.
invalid-pattern = Jawâbân jareya ghi' ta' cocok ban format sè èmènta. Ngèrèng coba polè.
input-edited = Kaulâ pèra' maca pesen anyar, ta' pesen sè èobâ. Ngèrèng kèrèm polè dâddi pesen anyar.
invalid-location = Kaangghuy patanyaan reya, ngèrèng kèrèm lokasi panjenengan kalaban tombol lampiran (📎) pas "Lokasi".
menu-list-button = Pèlè
