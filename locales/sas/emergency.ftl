### Emergency: shown when an emergency word is written, from any step.

emergency-contacts =
    Tiang dengah pelinggih. Mun pelinggih leq dalem bahaya, langsung telpon:
    { $emergency_contacts }
emergency-danger = Pelinggih leq dalem bahaya nane?
emergency-danger-yes = Nggih, tiang leq dalem bahaya
    .keywords = nggih, enggih, aoq, ya, iya, bahaya
emergency-danger-no = Nenten, tiang aman nane
    .keywords = nenten, ndeq, endeq, ndek, tidak, tdk, aman
emergency-alerted = Konselor tiang wah tebeng taoq, dait gen bales leq te secepetne. Mun bau, telpon nomer leq atas nane. Mun aman, ceritaang pelinggih leq mbe nane.
emergency-safe = Alhamdulillah. Obrolan niki wah tetandain penting. Ite lanjut malik lekan laeq.
