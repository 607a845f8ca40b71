### Main menu, help, counsellor and data deletion.

main-menu = Menu utama. Naon anu diperyogikeun ku anjeun?
main-info = Informasi damel di luar nagri kalayan aman
main-counselling = Nyuhunkeun konseling
    .keywords = konseling, konsultasi
main-report = Laporkeun masalah
    .keywords = lapor, laporan, pengaduan, ngalaporkeun
main-language = Gentos basa
main-counsellor = Ngobrol sareng konselor

help-text =
    Anjeun tiasa ngetik kecap ieu iraha waé:
    • menu: uih deui ka menu utama
    • basa: gentos basa
    • konselor: ngobrol sareng konselor
    • hapus data: hapus sadaya data anjeun
    Upami anjeun aya dina bahaya, tulis "tulung" atanapi carioskeun kaayaan anjeun.

counsellor-requested = Pamundut anjeun parantos dicatet. Konselor badé ngawaler dina obrolan ieu sagancangna. Upami anjeun aya dina bahaya, tulis "tulung".

delete-confirm = Hapus sadaya data anjeun? Nami, waleran, pesen, pamundut konseling, sareng laporan anjeun badé dihapus. Konselor moal tiasa ngurus deui laporan anjeun.
delete-yes = Muhun, hapus sadayana
delete-no = Henteu, simpen waé
delete-done = Sadaya data anjeun parantos dihapus. Upami anjeun nyerat deui, urang mimitian ti awal.
delete-kept = Muhun, data anjeun henteu dihapus.
