### Canned replies: counsellors send these from the console, in the user's language.
### The console lists every message whose id starts with "canned-".

canned-greeting = Halo, saya konselor Pelita. Terima kasih sudah menghubungi kami. Boleh ceritakan apa yang terjadi?
canned-safe = Apakah Anda aman sekarang? Jika Anda dalam bahaya, balas "darurat" atau hubungi polisi setempat.
canned-documents = Mohon kirim foto dokumen yang Anda punya (paspor, kontrak kerja, perjanjian penempatan), jika aman untuk dikirim.
canned-wait = Terima kasih. Kami sedang memeriksa dan akan membalas secepatnya di percakapan ini.
canned-referral = Kami akan menghubungkan Anda dengan lembaga yang bisa membantu lebih lanjut. Apakah Anda setuju data Anda kami teruskan kepada mereka?
canned-closing = Terima kasih sudah bercerita. Jika butuh bantuan lagi, tulis "konselor" kapan saja.
