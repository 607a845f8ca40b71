### The counsellor console (/console). Counsellors read these, not users.

console-title = Konsol Konselor Pelita
console-login = Tame
console-login-name = Aran pengguna
console-password = Kata sandi
console-login-failed = Aran pengguna atau kata sandi salaq, atau akun tekunci sementare. Cobaq malik jemaq.
console-form-expired = Formulir wah kedaluwarsa. Silaq cobaq malik.
console-logout = Sugul
console-language = Base
console-password-change = Ganti kata sandi
console-password-new = Kata sandi baru (paling sekediq 10 karakter)
console-password-short = Kata sandi pendek gati: paling sekediq 10 karakter.
console-queue = Antrean
console-empty = Ndeq araq tiket saq masih tebukaq.
console-col-priority = Prioritas
console-col-topic = Topik
console-col-language = Base
console-col-waiting = Antih
console-col-status = Status
console-priority-0 = Darurat
console-priority-1 = Mendesak
console-priority-2 = Biase
console-topic-emergency = Darurat
console-topic-case_report = Laporan kasus
console-topic-counselling_request = Permintaan konseling
console-topic-counsellor = Mele ngeraos kance konselor
console-topic-not_understood = Bot ndeq ngerti pengguna
# $n: minutes
console-minutes = { $n } menit
console-overdue = Telat
console-status-waiting = Antih
# $name: the counsellor holding the ticket
console-status-claimed = Teurus isiq { $name }
console-opened = Tebukaq
console-district = Daerah asal
console-gender-wanted = Konselor saq teminta
console-gender-f = Nine
console-gender-m = Mame
# $code: the case's reference code
console-case = Kasus { $code }
console-history = Obrolan
console-from-user = Pengguna
console-from-bot = Bot
# $kind: voice, photo, document, video, sticker; $ref: the platform's file reference
console-media = Lampiran ({ $kind }): { $ref }
console-msg-pending = antih tekirim
console-msg-held = tetahan (leq luar batas 24 jam WhatsApp; tekirim mun pengguna nulis malik)
console-msg-sent = wah tekirim
console-msg-delivered = wah tetampi
console-msg-read = wah tebace
console-msg-failed = ndeq bau tekirim
console-claim = Bait tiket
# $name: who claimed it first
console-claimed-by-other = Tiket niki wah tebait isiq { $name }.
console-ticket-closed = Tiket niki wah tetutup.
# $name: who holds the ticket now
console-not-holder = Tiket niki nane tepegang isiq { $name }. Balesan pelinggih ndeqman tekirim; tulisanne masih araq leq bawaq.
console-not-claimed = Tiket niki wah uleq ojok antrean. Bait juluq sebelum bales; tulisan pelinggih masih araq leq bawaq.
console-reply = Balesan ojok pengguna
console-send = Kirim
console-notes = Catetan pribadi (ndeq tekirim ojok pengguna)
console-add-note = Simpen catetan
console-outcome = Hasil
console-outcome-resolved = Wah selese teurus
console-outcome-referred = Terujuk ojok lembaga lain
console-outcome-information = Informasi wah tebeng
console-outcome-no_response = Pengguna ndeq bales
console-outcome-other = Saq lain
console-close = Tutup tiket
console-back = Uleq ojok antrean
console-not-found = Tiket ndeq tedapet.
console-forbidden = Halaman niki cume jari supervisor dait admin.
console-audit = Log audit
console-audit-time = Waktu
console-audit-who = Sai
console-audit-action = Tindakan
console-audit-ticket = Tiket
console-action-view = bukaq tiket
console-action-claim = bait tiket
console-action-reply = bales
console-action-note = nulis catetan
console-action-close = nutup tiket
console-action-login = tame
console-action-login_failed = ndeq bau tame
console-action-claim_expired = tiket uleq ojok antrean (ndeq araq aktivitas)
console-action-erased_retention = data pengguna ilangang (laeq ndeq araq aktivitas, manut waktu simpen)
console-action-transfer = minda tiket
console-transfer = Pinda
console-transfer-to = Pinda jok
# $org: the organisation's name
console-transfer-queue = Antrean { $org }
# $gender: a console-gender-* word
console-wants-gender = Pangguna ngendeng konselor ({ $gender }), dait araq saq bekerja: biarang ie saq bait tiket sine.
console-load = Tiket saq tegaweq isiq sesiq-sesiq konselor
console-canned = Jawaban siap pakai (tekirim leq base pangguna)
console-save-case = Simpen perobahan kasus
console-action-edit_case = ngobah data kasus
console-accounts = Akun konselor
console-add-account = Tambah akun
console-name = Aran saq tegitaq isiq pengguna
console-org = Lembaga
console-role = Peran
console-role-counsellor = Konselor
console-role-supervisor = Supervisor
console-role-admin = Admin
console-languages = Base (kode, tepisah koma, misalne id,jv)
console-gender = Jenis kelamin
console-gender-none = Ndeq tesebut
# $login: the new account's username; $password: its one-time password
console-one-time = Akun { $login } wah tepiak. Kata sandi sekali pakai: { $password } — serahang langsung ojok dengan nike; kata sandi niki harus teganti waktu pertame tame dait ndeq gen tetampilang malik.
console-disable = Nonaktifang
console-enable = Aktifang
console-disabled = nonaktif
console-login-taken = Aran pengguna nike wah tepake, atau isian ndeqman lengkap.
console-action-add_account = nambah akun
console-action-disable_account = nonaktifang akun
console-action-enable_account = ngaktifang akun
