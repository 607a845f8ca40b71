### The counsellor console (/console). Counsellors read these, not users.

console-title = Konsol Konselor Pelita
console-login = Maso'
console-login-name = Nyama pangguna
console-password = Kata sandi
console-login-failed = Nyama pangguna otaba kata sandi sala, otaba akun ghi' èkonce sabâkto. Coba polè dâggi'.
console-form-expired = Formulir ampon kadaluwarsa. Ngèrèng coba polè.
console-logout = Kalowar
console-language = Bhâsa
console-password-change = Ghântè kata sandi
console-password-new = Kata sandi anyar (paling sakone' 10 karakter)
console-password-short = Kata sandi pandhâ' ongghu: paling sakone' 10 karakter.
console-queue = Antrean
console-empty = Ta' bâdâ tiket sè ghi' èbuka.
console-col-priority = Prioritas
console-col-topic = Topik
console-col-language = Bhâsa
console-col-waiting = Ngantos
console-col-status = Status
console-priority-0 = Darurat
console-priority-1 = Mendesak
console-priority-2 = Biasa
console-topic-emergency = Darurat
console-topic-case_report = Laporan kasus
console-topic-counselling_request = Panyo'on konseling
console-topic-counsellor = Nyo'on acaca kalaban konselor
console-topic-not_understood = Bot ta' ngarte pangguna
# $n: minutes
console-minutes = { $n } menit
console-overdue = Telat
console-status-waiting = Ngantos
# $name: the counsellor holding the ticket
console-status-claimed = Èurus { $name }
console-opened = Èbuka
console-district = Dhaerah asal
console-gender-wanted = Konselor sè èmènta
console-gender-f = Binè'
console-gender-m = Lakè'
# $code: the case's reference code
console-case = Kasus { $code }
console-history = Obrolan
console-from-user = Pangguna
console-from-bot = Bot
# $kind: voice, photo, document, video, sticker; $ref: the platform's file reference
console-media = Lampiran ({ $kind }): { $ref }
console-msg-pending = ngantos èkèrèm
console-msg-held = ètahan (è lowar bates 24 jam WhatsApp; èkèrèm mon pangguna nolès polè)
console-msg-sent = ampon èkèrèm
console-msg-delivered = ampon ètarèma
console-msg-read = ampon èbâca
console-msg-failed = ta' bisa èkèrèm
console-claim = Ala' tiket
# $name: who claimed it first
console-claimed-by-other = Tiket reya ampon èala' { $name }.
console-ticket-closed = Tiket reya ampon ètutup.
# $name: who holds the ticket now
console-not-holder = Tiket reya samangkèn èpegang { $name }. Bâlesan panjenengan ghi' ta' èkèrèm; tolèsanna ghi' bâdâ è bâbâ.
console-not-claimed = Tiket reya ampon abâli ka antrean. Ala' kaadâ' sabelluna mâles; tolèsan panjenengan ghi' bâdâ è bâbâ.
console-reply = Bâlesan ka pangguna
console-send = Kèrèm
console-notes = Catetan pribadi (ta' èkèrèm ka pangguna)
console-add-note = Sèmpen catetan
console-outcome = Hasèl
console-outcome-resolved = Ampon marè èurus
console-outcome-referred = Èrujuk ka lembaga laèn
console-outcome-information = Informasi ampon èbâgi
console-outcome-no_response = Pangguna ta' mâles
console-outcome-other = Laènna
console-close = Tutup tiket
console-back = Abâli ka antrean
console-not-found = Tiket ta' ètemmo.
console-forbidden = Halaman reya pèra' kaangghuy supervisor ban admin.
console-audit = Log audit
console-audit-time = Wakto
console-audit-who = Sèra
console-audit-action = Tindakan
console-audit-ticket = Tiket
console-action-view = abuka tiket
console-action-claim = ngala' tiket
console-action-reply = mâles
console-action-note = nolès catetan
console-action-close = nutup tiket
console-action-login = maso'
console-action-login_failed = ta' bisa maso'
console-action-claim_expired = tiket abâli ka antrean (ta' bâdâ aktivitas)
console-action-erased_retention = data pangangghuy èhapus (abit ta' bâdâ aktivitas, manut bâkto nyèmpen)
console-action-transfer = mèndha tiket
console-transfer = Pèndha
console-transfer-to = Pèndha ka
# $org: the organisation's name
console-transfer-queue = Antrean { $org }
# $gender: a console-gender-* word
console-wants-gender = Pangguna nyo'on konselor ({ $gender }), ban bâdâ sè alako: pasrèn dhâ'iyâ sè ngala' tiket arèya.
console-load = Tiket sè ghi' èghâgâm sabbhân konselor
console-canned = Sawalan siap ngangghuy (èkèrèm è bhâsa pangguna)
console-save-case = Sèmpen obâ'an kasus
console-action-edit_case = ngobâ data kasus
console-accounts = Akun konselor
console-add-account = Tambâ akun
console-name = Nyama sè èabâs pangguna
console-org = Lembaga
console-role = Peran
console-role-counsellor = Konselor
console-role-supervisor = Supervisor
console-role-admin = Admin
console-languages = Bhâsa (kode, èpèsa koma, contona id,jv)
console-gender = Jenis kelamin
console-gender-none = Ta' èsebbut
# $login: the new account's username; $password: its one-time password
console-one-time = Akun { $login } ampon èghâbây. Kata sandi sakalè angghuy: { $password } — bâghi langsung ka orèngnga; kata sandi reya kodu èghântè è bâkto pertama maso' ban ta' bâkal ètampilaghi polè.
console-disable = Nonaktifaghi
console-enable = Aktifaghi
console-disabled = nonaktif
console-login-taken = Nyama pangguna jareya ampon èangghuy, otaba isiyan ghi' ta' lengkap.
console-action-add_account = nambâ akun
console-action-disable_account = nonaktifaghi akun
console-action-enable_account = ngaktifaghi akun
