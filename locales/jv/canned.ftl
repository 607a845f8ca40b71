### Canned replies: counsellors send these from the console, in the user's language.
### The console lists every message whose id starts with "canned-".

canned-greeting = Halo, kula konselor Pelita. Matur nuwun sampun ngubungi kula. Menawi kersa, mangga cariyosaken menapa ingkang kedadosan.
canned-safe = Menapa panjenengan aman samenika? Menawi panjenengan wonten ing bebaya, wangsuli "darurat" utawi hubungi polisi ing panggenan panjenengan.
canned-documents = Nyuwun tulung kintun foto dokumen ingkang panjenengan gadhahi (paspor, kontrak kerja, perjanjian penempatan), menawi aman kangge dipun kintun.
canned-wait = Matur nuwun. Kula saweg mriksa lan badhe mangsuli ing obrolan menika enggal-enggal.
canned-referral = Kula badhe nyambungaken panjenengan kaliyan lembaga ingkang saged mbiyantu langkung tebih. Menapa panjenengan setuju data panjenengan kula terusaken dhateng lembaga menika?
canned-closing = Matur nuwun sampun kersa nyariosaken. Menawi panjenengan betah pitulungan malih, serat "konselor" kapan mawon.
