### Main menu, help, counsellor and data deletion.

main-menu = Menu utama. Napi saq pelinggih perlu?
main-info = Informasi begawe leq luar negeri saq aman
main-counselling = Nunas konseling
    .keywords = konseling, nunas konseling
main-report = Laporang masalah
    .keywords = lapor, laporan, pengaduan, laporang
main-language = Ganti base
main-counsellor = Ngeraos kance konselor

help-text =
    Pelinggih bau ngetik kata niki bilang waktu:
    • menu: uleq ojok menu utama
    • base: ganti base
    • konselor: ngeraos kance konselor
    • hapus data: hapus selapuq data pelinggih
    Mun pelinggih leq dalem bahaya, tulis "tulung" atau ceritaang keadaan pelinggih.

counsellor-requested = Permintaan pelinggih wah tecatet. Konselor gen bales leq obrolan niki secepetne. Mun pelinggih leq dalem bahaya, tulis "tulung".

delete-confirm = Hapus selapuq data pelinggih? Aran, jawaban, pesen, permintaan konseling, dait laporan pelinggih gen tehapus. Konselor ndeq bau malik ngurus laporan pelinggih.
delete-yes = Nggih, hapus selapuq
delete-no = Nenten, simpen
delete-done = Selapuq data pelinggih wah tehapus. Mun pelinggih nulis malik, ite mulai lekan awal.
delete-kept = Nggih, data pelinggih ndeq tehapus.
