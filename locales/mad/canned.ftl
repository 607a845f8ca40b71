### Canned replies: counsellors send these from the console, in the user's language.
### The console lists every message whose id starts with "canned-".

canned-greeting = Halo, kaulâ konselor Pelita. Sakalangkong ampon ahubungan kalaban kaulâ. Ngèrèng, carètaaghi ponapa sè kadhâddhiyân.
canned-safe = Ponapa panjenengan aman samangkèn? Mon panjenengan è dâlem bhâhâya, bâles "tolong kaula" otaba tèlpon polisi è dhaerah panjenengan.
canned-documents = Ngèrèng kèrèm poto dhokumen sè panjenengan andi' (paspor, kontrak kerja, perjanjian penempatan), mon aman kaangghuy èkèrèm.
canned-wait = Sakalangkong. Samangkèn kaulâ ghi' ngecek, ban bâkal dhuli mâles è obrolan reya.
canned-referral = Kaulâ bâkal nyambungaghi panjenengan kalaban lembaga sè bisa abhânto lebbi jâu. Ponapa panjenengan setuju data panjenengan kaulâ terrossaghi ka lembaga jareya?
canned-closing = Sakalangkong ampon acarèta ka kaulâ. Mon panjenengan parlo bhântowan polè, tolès "konselor" bilâ bâi.
