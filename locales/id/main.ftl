### Main menu, help, counsellor and data deletion.

main-menu = Menu utama. Apa yang Anda perlukan?
main-info = Informasi kerja ke luar negeri yang aman
main-counselling = Minta konseling
    .keywords = konseling
main-report = Laporkan masalah
    .keywords = lapor, laporan, pengaduan
main-language = Ganti bahasa
main-counsellor = Bicara dengan konselor

help-text =
    Anda bisa mengetik kata ini kapan saja:
    • menu: kembali ke menu utama
    • bahasa: ganti bahasa
    • konselor: bicara dengan konselor
    • hapus data: hapus semua data Anda
    Kalau Anda dalam bahaya, tulis "tolong" atau ceritakan keadaan Anda.

counsellor-requested = Permintaan Anda sudah kami catat. Konselor akan membalas di percakapan ini secepatnya. Kalau Anda dalam bahaya, tulis "tolong".

delete-confirm = Hapus semua data Anda? Nama, jawaban, pesan, permintaan konseling, dan laporan Anda akan dihapus. Konselor tidak bisa lagi menindaklanjuti laporan Anda.
delete-yes = Ya, hapus semua
delete-no = Tidak, simpan
delete-done = Semua data Anda sudah dihapus. Kalau Anda menulis lagi, kita mulai dari awal.
delete-kept = Baik, data Anda tidak dihapus.
