### The counsellor console (/console). Counsellors read these, not users.

console-title = Konsol Konselor Pelita
console-login = Lebet
console-login-name = Nami pamaké
console-password = Kecap sandi
console-login-failed = Nami pamaké atanapi kecap sandi lepat, atanapi akun nuju dikonci samentawis. Cobian deui engké.
console-form-expired = Formulir parantos kadaluwarsa. Mangga cobian deui.
console-logout = Kaluar
console-language = Basa
console-password-change = Gentos kecap sandi
console-password-new = Kecap sandi énggal (sahenteuna 10 karakter)
console-password-short = Kecap sandi teuing pondok: sahenteuna 10 karakter.
console-queue = Antrian
console-empty = Teu aya tiket anu masih kabuka.
console-col-priority = Prioritas
console-col-topic = Topik
console-col-language = Basa
console-col-waiting = Ngantosan
console-col-status = Status
console-priority-0 = Darurat
console-priority-1 = Genting
console-priority-2 = Biasa
console-topic-emergency = Darurat
console-topic-case_report = Laporan kasus
console-topic-counselling_request = Pamundut konseling
console-topic-counsellor = Hoyong ngobrol sareng konselor
console-topic-not_understood = Bot teu ngartos pamaké
# $n: minutes
console-minutes = { $n } menit
console-overdue = Telat
console-status-waiting = Ngantosan
# $name: the counsellor holding the ticket
console-status-claimed = Diurus ku { $name }
console-opened = Dibuka
console-district = Daérah asal
console-gender-wanted = Konselor anu dipénta
console-gender-f = Awéwé
console-gender-m = Lalaki
# $code: the case's reference code
console-case = Kasus { $code }
console-history = Obrolan
console-from-user = Pamaké
console-from-bot = Bot
# $kind: voice, photo, document, video, sticker; $ref: the platform's file reference
console-media = Lampiran ({ $kind }): { $ref }
console-msg-pending = ngantosan dikintun
console-msg-held = ditahan (di luar wates 24 jam WhatsApp; dikintun nalika pamaké nyerat deui)
console-msg-sent = kakintun
console-msg-delivered = katampi
console-msg-read = dibaca
console-msg-failed = gagal dikintun
console-claim = Candak tiket
# $name: who claimed it first
console-claimed-by-other = Tiket ieu parantos dicandak ku { $name }.
console-ticket-closed = Tiket ieu parantos ditutup.
# $name: who holds the ticket now
console-not-holder = Tiket ieu ayeuna dicepeng ku { $name }. Waleran anjeun teu acan kakintun; tulisanana masih aya di handap.
console-not-claimed = Tiket ieu parantos uih deui ka antrian. Candak heula saméméh ngawaler; tulisan anjeun masih aya di handap.
console-reply = Waleran pikeun pamaké
console-send = Kintun
console-notes = Catetan pribadi (henteu dikintun ka pamaké)
console-add-note = Simpen catetan
console-outcome = Hasil
console-outcome-resolved = Réngsé diurus
console-outcome-referred = Dirujuk ka lembaga sanés
console-outcome-information = Informasi parantos dipasihkeun
console-outcome-no_response = Pamaké henteu ngawaler
console-outcome-other = Sanésna
console-close = Tutup tiket
console-back = Uih deui ka antrian
console-not-found = Tiket teu kapendak.
console-forbidden = Kaca ieu ngan ukur pikeun supervisor sareng admin.
console-audit = Log audit
console-audit-time = Waktos
console-audit-who = Saha
console-audit-action = Tindakan
console-audit-ticket = Tiket
console-action-view = muka tiket
console-action-claim = nyandak tiket
console-action-reply = ngawaler
console-action-note = nyerat catetan
console-action-close = nutup tiket
console-action-login = lebet
console-action-login_failed = gagal lebet
console-action-claim_expired = tiket uih deui ka antrian (teu aya kagiatan)
console-action-erased_retention = data pamaké dihapus (lami teu aya kagiatan, numutkeun waktos simpen)
console-action-transfer = mindahkeun tiket
console-transfer = Pindahkeun
console-transfer-to = Pindahkeun ka
# $org: the organisation's name
console-transfer-queue = Antrian { $org }
# $gender: a console-gender-* word
console-wants-gender = Pamaké nyuhunkeun konselor ({ $gender }), sareng aya nu nuju piket: antepkeun anjeunna nu nyandak tiket ieu.
console-load = Tiket nu keur dicepeng ku unggal konselor
console-canned = Waleran siap pakai (dikirim dina basa pamaké)
console-save-case = Simpen robahan kasus
console-action-edit_case = ngarobah data kasus
console-accounts = Akun konselor
console-add-account = Tambih akun
console-name = Nami anu katingal ku pamaké
console-org = Lembaga
console-role = Kalungguhan
console-role-counsellor = Konselor
console-role-supervisor = Supervisor
console-role-admin = Admin
console-languages = Basa (kode, dipisahkeun ku koma, contona id,jv)
console-gender = Jenis kelamin
console-gender-none = Teu disebatkeun
# $login: the new account's username; $password: its one-time password
console-one-time = Akun { $login } parantos didamel. Kecap sandi sakali pakai: { $password } — pasihkeun langsung ka jalmina; kecap sandi ieu kedah digentos nalika mimiti lebet sareng moal ditingalikeun deui.
console-disable = Nonaktifkeun
console-enable = Aktifkeun
console-disabled = nonaktif
console-login-taken = Nami pamaké éta parantos dianggo, atanapi eusian teu acan lengkep.
console-action-add_account = nambihan akun
console-action-disable_account = nonaktifkeun akun
console-action-enable_account = ngaktifkeun akun
