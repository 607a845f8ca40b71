### The web chat page (its title, intro line, input placeholder, send button, offline notice).

web-title = Pelita: kanca nyambut damel ing luar negeri kanthi aman
web-intro = Nyuwun pirsa babagan nyambut damel ing luar negeri kanthi aman, nyuwun konseling, utawi laporaken masalah. Rahasia lan gratis.
web-placeholder = Serat pesen…
web-send = Kintun
web-offline = Sambungan pedhot. Pesen panjenengan badhe dipun kintun malih; mangga cobi malih sekedhap engkas.
