### The counsellor console (/console). Counsellors read these, not users.

console-title = Konsol Konselor Pelita
console-login = Masuk
console-login-name = Nama pengguna
console-password = Kata sandi
console-login-failed = Nama pengguna atau kata sandi salah, atau akun dikunci sementara. Coba lagi nanti.
console-form-expired = Formulir sudah kedaluwarsa. Silakan coba lagi.
console-logout = Keluar
console-language = Bahasa
console-password-change = Ganti kata sandi
console-password-new = Kata sandi baru (minimal 10 karakter)
console-password-short = Kata sandi terlalu pendek: minimal 10 karakter.
console-queue = Antrean
console-empty = Tidak ada tiket terbuka.
console-col-priority = Prioritas
console-col-topic = Topik
console-col-language = Bahasa
console-col-waiting = Menunggu
console-col-status = Status
console-priority-0 = Darurat
console-priority-1 = Mendesak
console-priority-2 = Biasa
console-topic-emergency = Darurat
console-topic-case_report = Laporan kasus
console-topic-counselling_request = Permintaan konseling
console-topic-counsellor = Minta bicara dengan konselor
console-topic-not_understood = Bot tidak memahami pengguna
# $n: minutes
console-minutes = { $n } menit
console-overdue = Terlambat
console-status-waiting = Menunggu
# $name: the counsellor holding the ticket
console-status-claimed = Ditangani { $name }
console-opened = Dibuka
console-district = Daerah asal
console-gender-wanted = Konselor yang diminta
console-gender-f = Perempuan
console-gender-m = Laki-laki
# $code: the case's reference code
console-case = Kasus { $code }
console-history = Percakapan
console-from-user = Pengguna
console-from-bot = Bot
# $kind: voice, photo, document, video, sticker; $ref: the platform's file reference
console-media = Lampiran ({ $kind }): { $ref }
console-msg-pending = menunggu dikirim
console-msg-held = ditahan (di luar jendela 24 jam WhatsApp; terkirim saat pengguna menulis lagi)
console-msg-sent = terkirim
console-msg-delivered = diterima
console-msg-read = dibaca
console-msg-failed = gagal dikirim
console-claim = Ambil tiket
# $name: who claimed it first
console-claimed-by-other = Tiket ini sudah diambil { $name }.
console-ticket-closed = Tiket ini sudah ditutup.
# $name: who holds the ticket now
console-not-holder = Tiket ini sekarang dipegang { $name }. Balasan Anda belum terkirim; teksnya masih ada di bawah.
console-not-claimed = Tiket ini sudah kembali ke antrean. Ambil dulu sebelum membalas; teks Anda masih ada di bawah.
console-reply = Balasan untuk pengguna
console-send = Kirim
console-notes = Catatan pribadi (tidak dikirim ke pengguna)
console-add-note = Simpan catatan
console-outcome = Hasil
console-outcome-resolved = Selesai ditangani
console-outcome-referred = Dirujuk ke lembaga lain
console-outcome-information = Informasi diberikan
console-outcome-no_response = Pengguna tidak menjawab
console-outcome-other = Lainnya
console-close = Tutup tiket
console-back = Kembali ke antrean
console-not-found = Tiket tidak ditemukan.
console-forbidden = Halaman ini hanya untuk supervisor dan admin.
console-audit = Log audit
console-audit-time = Waktu
console-audit-who = Siapa
console-audit-action = Tindakan
console-audit-ticket = Tiket
console-action-view = membuka tiket
console-action-claim = mengambil tiket
console-action-reply = membalas
console-action-note = menulis catatan
console-action-close = menutup tiket
console-action-login = masuk
console-action-login_failed = gagal masuk
console-action-claim_expired = tiket kembali ke antrean (tidak ada aktivitas)
console-action-erased_retention = data pengguna dihapus (lama tidak ada aktivitas, sesuai masa simpan)
console-action-transfer = mengalihkan tiket
console-transfer = Alihkan
console-transfer-to = Alihkan ke
# $org: the organisation's name
console-transfer-queue = Antrean { $org }
# $gender: a console-gender-* word
console-wants-gender = Pengguna meminta konselor ({ $gender }), dan ada yang sedang bertugas: biarkan dia yang mengambil tiket ini.
console-load = Tiket yang sedang dipegang tiap konselor
console-canned = Balasan siap pakai (dikirim dalam bahasa pengguna)
console-save-case = Simpan perubahan kasus
console-action-edit_case = mengubah data kasus
console-accounts = Akun konselor
console-add-account = Tambah akun
console-name = Nama yang dilihat pengguna
console-org = Lembaga
console-role = Peran
console-role-counsellor = Konselor
console-role-supervisor = Supervisor
console-role-admin = Admin
console-languages = Bahasa (kode, dipisah koma, misalnya id,jv)
console-gender = Jenis kelamin
console-gender-none = Tidak disebut
# $login: the new account's username; $password: its one-time password
console-one-time = Akun { $login } dibuat. Kata sandi sekali pakai: { $password } — berikan langsung kepada orangnya; kata sandi ini harus diganti saat pertama masuk dan tidak akan ditampilkan lagi.
console-disable = Nonaktifkan
console-enable = Aktifkan
console-disabled = nonaktif
console-login-taken = Nama pengguna itu sudah dipakai, atau isian belum lengkap.
console-action-add_account = menambah akun
console-action-disable_account = menonaktifkan akun
console-action-enable_account = mengaktifkan akun
