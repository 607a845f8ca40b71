### The web chat page (its title, intro line, input placeholder, send button, offline notice).

web-title = Pelita: kanca alako ka lowar nagârâ sè aman
web-intro = Atanya soal alako ka lowar nagârâ sè aman, nyo'on konseling, otaba lapor masalah. Rahasia ban gratis.
web-placeholder = Tolès pesen…
web-send = Kèrèm
web-offline = Sambunganna pottong. Pesen panjenengan bâkal èkèrèm polè; ngèrèng coba polè sakejjâ'.
