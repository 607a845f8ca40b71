### Emergency: shown when an emergency word is written, from any step.

emergency-contacts =
    Kaulâ ngèdhing panjenengan. Mon panjenengan è dâlem bhâhâya, ngèrèng dhuli tèlpon:
    { $emergency_contacts }
emergency-danger = Panjenengan è dâlem bhâhâya samangkèn?
emergency-danger-yes = Engghi, kaulâ è dâlem bhâhâya
    .keywords = engghi, enggi, iye, iyâ, iya, ya, bhâhâya, bhahaya, bahaya
emergency-danger-no = Bhunten, kaulâ aman samangkèn
    .keywords = bhunten, bunten, enjâ', enja, ta', tak, tidak, tdk, aman
emergency-alerted = Konselor kaulâ ampon èbâri oneng, ban bâkal dhuli mâles è dinna'. Mon bisa, tèlpon nomer è attas samangkèn. Mon aman, carètaaghi panjenengan bâdâ è dhimma.
emergency-safe = Alhamdulillah. Obrolan reya ampon ètandhâi penting. Ngèrèng alanjut dâri ghellâ'.
