### Safe-migration information (starter topics). Sources: ../shared/content/brief.md.

info-menu = Panjenengan nyarè informasi ponapa?
info-requirements = Sarat ban dhokumen
info-procedure = Alur resmi pandaftaran
info-costs = Biaya: sè ta' olle ètaghi
info-recruiters = Atè-atè calo ban lowongan palsu
info-rights = Hak panjenengan bâkto alako è lowar nagârâ
info-back = Abâli ka menu utama

# UU 18/2017 Pasal 5 dan 13 [S1][S2][S4]
info-requirements-answer =
    Sarat dhâddhi Pekerja Migran Indonesia (undang-undang UU 18/2017 Pasal 5): omor paling sakone' 18 taon, andi' keterampilan, sèhat bhâdhân ban pèkkèr, tadhâftar è jaminan sosial, ban dhokumen lengkap.
    Dhokumen (Pasal 13): sorat status kabin, sorat izin lakè/binè otaba orèng seppo sè ètandhâtanganè kalèbun, sertifikat kompetensi, sorat sèhat, paspor, visa kerja, perjanjian penempatan, ban perjanjian kerja.

# UU 18/2017 Pasal 38; alur 2023-2026 [S11][S23][S24][S26]
info-procedure-answer =
    Alur resmi: 1) dhâteng ka Dinas Tenaga Kerja (Disnaker) otaba LTSA (kantor layanan sataap) è kabupatèn panjenengan, laju adaftar (SIAPkerja/SISKOP2MI, sistem daftar online); 2) seleksi ban tandhâ tangan perjanjian penempatan è LTSA; 3) cek kasèhatan ban psikologi, paspor, visa kerja, kartu BPJS Ketenagakerjaan (asuransi pekerja); 4) norok Orientasi Pra Pemberangkatan (OPP) ban perekaman E-PMI; 5) mangkat.
    Ja' mangkat mon ta' andi' visa kerja.

# UU 18/2017 Pasal 30; Peraturan BP2MI 9/2020 [S7][S17][S18]
info-costs-answer =
    Manorot UU 18/2017 Pasal 30, pekerja migran ta' olle èbebbâni biaya penempatan. Kaangghuy 10 macem lakon (contona pembantu rumah tangga, pengasuh, perawat orèng seppo, sopir kalowarga, pekerja kebbhun, ABK kapal ikan) tikèt, visa, pelatihan, paspor, cek kasèhatan, ban BPJS ta' olle ètaghi ka panjenengan.
    Atoran biaya ghi' èobâ pamarèntah. Mon bâdâ sè naghi, tanya'aghi ka konselor.

# Ciri calo [S61][S61c][S31]
info-recruiters-answer =
    Atè-atè mon: èsoro mangkat ngangghuy visa turis otaba umrah; èjanjiaghi mangkat cepet ongghu tanpa pelatihan; èmènta pèssè ka rekening pribadi; ta' andi' kantor otaba izin resmi (SIP3MI, izin perusahaan penempatan); ta' bâdâ kontrak tertulis; otaba ètawarè lakon rumah tangga è Timur Tengah (ghi' ètotop).
    Cek perusahaan ban lowongan è Disnaker, LTSA, otaba BP3MI sabellunna majâr ponapa bâi.

# UU 18/2017 Pasal 6 [S5][S2]
info-rights-answer =
    Hak panjenengan (UU 18/2017 Pasal 6) antara laèn: ghâjhi sesuai kontrak, ibadah, ahubungan kalaban kalowarga, nyèkel paspor dhibi', bhântowan hukum, ban mole kalaban aman.
    Paspor sè ètahan majikan otaba ghâjhi sè ta' èbâjâr bisa èlaporaghi. Lapor dhibi' kèya ka KBRI/KJRI (kedutaan/konsulat Indonesia) è nagârâ tojjhuân.

info-next = Samangkèn terro ponapa?
info-next-topics = Topik laèn
info-next-counsellor = Acaca kalaban konselor
info-next-menu = Menu utama
