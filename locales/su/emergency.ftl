### Emergency: shown when an emergency word is written, from any step.

emergency-contacts =
    Kami ngadangukeun anjeun. Upami anjeun aya dina bahaya, énggal hubungi:
    { $emergency_contacts }
emergency-danger = Naha anjeun aya dina bahaya ayeuna?
emergency-danger-yes = Muhun, abdi aya dina bahaya
    .keywords = ya, iya, bahaya, muhun, sumuhun, enya, nya
emergency-danger-no = Henteu, abdi aman ayeuna
    .keywords = tidak, tdk, aman, henteu, teu, moal
emergency-alerted = Konselor kami parantos dibéjaan sareng badé ngawaler di dieu sagancangna. Upami tiasa, hubungi nomer di luhur ayeuna. Upami aman, carioskeun anjeun aya di mana.
emergency-safe = Syukur. Obrolan ieu parantos ditandaan penting. Urang teraskeun ti tadi.
