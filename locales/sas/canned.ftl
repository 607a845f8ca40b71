### Canned replies: counsellors send these from the console, in the user's language.
### The console lists every message whose id starts with "canned-".

canned-greeting = Halo, tiang konselor Pelita. Tampiasih pelinggih wah hubungi tiang. Bau pelinggih ceritaang napi saq kejadian?
canned-safe = Pelinggih aman nane? Mun pelinggih leq dalem bahaya, bales "tulung tiang" atau telpon polisi leq daerah pelinggih.
canned-documents = Silaq kirim poto dokumen saq pelinggih bedowe (paspor, kontrak kerja, perjanjian penempatan), mun aman adeq tekirim.
canned-wait = Tampiasih. Tiang sedang ngecek, dait gen bales leq obrolan niki secepetne.
canned-referral = Tiang gen hubungang pelinggih kance lembaga saq bau ngebantu lebih lanjut. Pelinggih setuju data pelinggih tekirim isiq tiang ojok lembaga nike?
canned-closing = Tampiasih pelinggih wah ceritaang ojok tiang. Mun pelinggih perlu bantuan malik, tulis "konselor" bilang waktu.
