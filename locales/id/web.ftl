### The web chat page (its title, intro line, input placeholder, send button, offline notice).

web-title = Pelita: teman kerja ke luar negeri yang aman
web-intro = Tanya tentang kerja ke luar negeri yang aman, minta konseling, atau laporkan masalah. Rahasia dan gratis.
web-placeholder = Tulis pesan…
web-send = Kirim
web-offline = Koneksi terputus. Pesan Anda akan dikirim ulang; coba lagi sebentar lagi.
