### Canned replies: counsellors send these from the console, in the user's language.
### The console lists every message whose id starts with "canned-".

canned-greeting = Halo, abdi konselor Pelita. Hatur nuhun parantos ngahubungi kami. Mangga, tiasa dicarioskeun naon anu kajantenan?
canned-safe = Naha anjeun aman ayeuna? Upami anjeun aya dina bahaya, waler "darurat" atanapi hubungi pulisi di tempat anjeun.
canned-documents = Mangga kintunkeun poto dokumén anu anjeun gaduh (paspor, kontrak kerja, perjanjian penempatan), upami aman pikeun dikintunkeun.
canned-wait = Hatur nuhun. Kami nuju mariksa sareng badé ngawaler dina obrolan ieu sagancangna.
canned-referral = Kami badé ngahubungkeun anjeun sareng lembaga anu tiasa ngabantos langkung tebih. Naha anjeun satuju data anjeun ku kami diteraskeun ka lembaga éta?
canned-closing = Hatur nuhun parantos nyarioskeun ka kami. Upami anjeun peryogi bantosan deui, tulis "konselor" iraha waé.
