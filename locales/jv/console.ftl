### The counsellor console (/console). Counsellors read these, not users.

console-title = Konsol Konselor Pelita
console-login = Mlebet
console-login-name = Nami pangguna
console-password = Tembung sandhi
console-login-failed = Nami pangguna utawi tembung sandhi lepat, utawi akun saweg dipun kunci. Cobi malih mangke.
console-form-expired = Formulir sampun kedaluwarsa. Mangga cobi malih.
console-logout = Medal
console-language = Basa
console-password-change = Gantos tembung sandhi
console-password-new = Tembung sandhi enggal (paling sekedhik 10 karakter)
console-password-short = Tembung sandhi kecekaken: paling sekedhik 10 karakter.
console-queue = Antrean
console-empty = Mboten wonten tiket ingkang taksih bikak.
console-col-priority = Prioritas
console-col-topic = Topik
console-col-language = Basa
console-col-waiting = Ngentosi
console-col-status = Status
console-priority-0 = Darurat
console-priority-1 = Gawat
console-priority-2 = Biasa
console-topic-emergency = Darurat
console-topic-case_report = Laporan kasus
console-topic-counselling_request = Panyuwunan konseling
console-topic-counsellor = Nyuwun ngobrol kaliyan konselor
console-topic-not_understood = Bot mboten mangertos pangguna
# $n: minutes
console-minutes = { $n } menit
console-overdue = Telat
console-status-waiting = Ngentosi
# $name: the counsellor holding the ticket
console-status-claimed = Dipun urus { $name }
console-opened = Dipun bikak
console-district = Dhaerah asal
console-gender-wanted = Konselor ingkang dipun suwun
console-gender-f = Estri
console-gender-m = Kakung
# $code: the case's reference code
console-case = Kasus { $code }
console-history = Obrolan
console-from-user = Pangguna
console-from-bot = Bot
# $kind: voice, photo, document, video, sticker; $ref: the platform's file reference
console-media = Lampiran ({ $kind }): { $ref }
console-msg-pending = ngentosi dipun kintun
console-msg-held = dipun tahan (ing njawi wates 24 jam WhatsApp; kakintun menawi pangguna nyerat malih)
console-msg-sent = kakintun
console-msg-delivered = dipun tampi
console-msg-read = dipun waos
console-msg-failed = gagal dipun kintun
console-claim = Pendhet tiket
# $name: who claimed it first
console-claimed-by-other = Tiket menika sampun dipun pendhet { $name }.
console-ticket-closed = Tiket menika sampun dipun tutup.
# $name: who holds the ticket now
console-not-holder = Tiket menika samenika dipun cepeng { $name }. Wangsulan panjenengan dereng kakintun; seratanipun taksih wonten ing ngandhap.
console-not-claimed = Tiket menika sampun wangsul dhateng antrean. Pendhet rumiyin saderengipun mangsuli; seratan panjenengan taksih wonten ing ngandhap.
console-reply = Wangsulan kangge pangguna
console-send = Kintun
console-notes = Cathetan pribadi (mboten dipun kintun dhateng pangguna)
console-add-note = Simpen cathetan
console-outcome = Asil
console-outcome-resolved = Sampun rampung
console-outcome-referred = Dipun rujuk dhateng lembaga sanes
console-outcome-information = Informasi sampun dipun paringaken
console-outcome-no_response = Pangguna mboten mangsuli
console-outcome-other = Sanesipun
console-close = Tutup tiket
console-back = Wangsul dhateng antrean
console-not-found = Tiket mboten kapanggih.
console-forbidden = Kaca menika namung kangge supervisor lan admin.
console-audit = Log audit
console-audit-time = Wekdal
console-audit-who = Sinten
console-audit-action = Tindakan
console-audit-ticket = Tiket
console-action-view = mbikak tiket
console-action-claim = mendhet tiket
console-action-reply = mangsuli
console-action-note = nyerat cathetan
console-action-close = nutup tiket
console-action-login = mlebet
console-action-login_failed = gagal mlebet
console-action-claim_expired = tiket wangsul dhateng antrean (mboten wonten aktivitas)
console-action-erased_retention = data pangguna dipunbusak (dangu mboten wonten aktivitas, miturut wekdal simpen)
console-action-transfer = mindhahaken tiket
console-transfer = Pindhahaken
console-transfer-to = Pindhahaken dhateng
# $org: the organisation's name
console-transfer-queue = Antrean { $org }
# $gender: a console-gender-* word
console-wants-gender = Pangguna nyuwun konselor ({ $gender }), lan wonten ingkang saweg jaga: kersanipun piyambakipun ingkang mendhet tiket menika.
console-load = Tiket ingkang saweg dipun cepeng saben konselor
console-canned = Wangsulan siap ngangge (dipun kintun ing basa pangguna)
console-save-case = Simpen owahan kasus
console-action-edit_case = ngowahi data kasus
console-accounts = Akun konselor
console-add-account = Tambah akun
console-name = Nami ingkang dipun tingali pangguna
console-org = Lembaga
console-role = Kalenggahan
console-role-counsellor = Konselor
console-role-supervisor = Supervisor
console-role-admin = Admin
console-languages = Basa (kode, dipun pisah koma, upaminipun id,jv)
console-gender = Jinis kelamin
console-gender-none = Mboten dipun sebutaken
# $login: the new account's username; $password: its one-time password
console-one-time = Akun { $login } sampun dipun damel. Tembung sandhi sepisan ngangge: { $password } — paringaken langsung dhateng tiyangipun; tembung sandhi menika kedah dipun gantos nalika sepisanan mlebet lan mboten badhe dipun tampilaken malih.
console-disable = Nonaktifaken
console-enable = Aktifaken
console-disabled = nonaktif
console-login-taken = Nami pangguna menika sampun dipun angge, utawi isian dereng jangkep.
console-action-add_account = nambahi akun
console-action-disable_account = nonaktifaken akun
console-action-enable_account = ngaktifaken akun
