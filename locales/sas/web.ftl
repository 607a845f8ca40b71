### The web chat page (its title, intro line, input placeholder, send button, offline notice).

web-title = Pelita: batur begawe leq luar negeri saq aman
web-intro = Betakon soal begawe leq luar negeri saq aman, nunas konseling, atau laporang masalah. Rahasie dait gratis.
web-placeholder = Tulis pesen…
web-send = Kirim
web-offline = Sambungan putus. Pesen pelinggih gen tekirim malik; silaq cobaq malik sekedik malik.
