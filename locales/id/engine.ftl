### Messages the engine itself shows.

language-name = Bahasa Indonesia
    .keywords = indonesia, indo, bahasa indonesia
language-prompt =
    Selamat datang di { -brand }. Pilih bahasa Anda (balas dengan angka):
    Pilih basa / Choose your language:
language-chosen = Baik, kita lanjut dalam Bahasa Indonesia. Ketik "bahasa" kapan saja untuk mengganti.
chat-hint = Ketik pesan lalu tekan Enter. Mulai dengan /start. Ctrl-D untuk keluar.
welcome-back = Selamat datang kembali. Kita lanjutkan dari sini:
error-generic = Maaf, ada gangguan di sistem kami. Ketik "menu" untuk kembali ke menu utama.
input-empty = Pesan Anda kosong. Silakan ketik jawaban Anda.
input-unreadable = Maaf, pesan itu tidak bisa kami baca. Silakan ketik ulang dengan huruf biasa.
input-media =
    { $kind ->
        [voice] Maaf, pesan suara belum bisa kami dengar.
        [audio] Maaf, rekaman suara belum bisa kami dengar.
        [image] Maaf, foto belum bisa kami baca di sini.
        [location] Terima kasih, tetapi lokasi belum bisa kami pakai di sini.
       *[other] Maaf, file itu belum bisa kami baca di sini.
    } Silakan balas dengan tulisan. Kiriman Anda tetap kami simpan, dan konselor bisa mendengar atau melihatnya nanti.
menu-not-understood = Maaf, kami belum mengerti. Balas dengan angka 1 sampai { $count }.
offer-topics = Maaf, kami belum yakin apa yang Anda tanyakan. Apakah salah satu topik ini? Anda juga bisa bicara dengan konselor.
offer-counsellor = Bicara dengan konselor
offer-menu = Menu utama
button-stale = Tombol itu dari pesan sebelumnya. Silakan pilih dari pesan terakhir.
flow-changed = Percakapan ini baru saja diperbarui, jadi kita mulai lagi bagian ini dari awal.
invalid-text-short = Jawaban terlalu pendek. Tulis paling sedikit { $min } huruf.
invalid-text-long = Jawaban terlalu panjang. Tulis paling banyak { $max } huruf.
invalid-text-letters = Jawaban perlu berisi huruf atau angka.
invalid-number = Balas dengan angka saja, misalnya 3.
invalid-number-range = Balas dengan angka dari { $min } sampai { $max }.
invalid-phone = Nomor telepon itu belum benar. Contoh: 0812 3456 7890 atau +60 12 345 6789.
invalid-date = Tanggal itu belum bisa kami baca. Tulis seperti 25/12/2024 atau 25 Desember 2024. Kalau tidak tahu pasti, tulis perkiraan tanggalnya.
invalid-one-of = Pilih salah satu: { $options }.
invalid-pattern = Jawaban itu belum sesuai format yang diminta. Silakan coba lagi.
input-edited = Kami hanya membaca pesan baru, bukan pesan yang diubah. Silakan kirim ulang sebagai pesan baru.
invalid-location = Untuk pertanyaan ini, kirim lokasi Anda dengan tombol lampiran (📎) lalu "Lokasi".
menu-list-button = Pilih
