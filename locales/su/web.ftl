### The web chat page (its title, intro line, input placeholder, send button, offline notice).

web-title = Pelita: batur damel di luar nagri anu aman
web-intro = Taros perkawis damel di luar nagri anu aman, nyuhunkeun konseling, atanapi lapor masalah. Rusiah sareng gratis.
web-placeholder = Serat pesen…
web-send = Kintun
web-offline = Sambunganana pegat. Pesen anjeun bakal dikintun deui; mangga cobian deui sakedap deui.
