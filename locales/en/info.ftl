### Safe-migration information (flows/info.toml), in English.
### Machine-drafted translation of locales/id/info.ftl, awaiting review.
### Every fact rests on ../shared/content/brief.md; the [S#] keys after each answer are listed
### by topic id in locales/SOURCES.md. Phone numbers and web addresses are variables from the
### deployment's [directory] configuration, never text. Each message stays under 700 characters
### (one phone screen).

info-menu = What information are you looking for? Choose a number, or write your question in your own words.
info-going = Going to work abroad
info-calo = Recruiters & trafficking
info-abroad = Working abroad now
info-family = Migrant worker families
info-return = Returning to Indonesia
info-where-help = Where to get help
info-back = Back to main menu
info-back-topics = Back to topic list

## 1. Going to work abroad
info-going-menu = Going to work abroad. Choose a topic:
info-requirements = Requirements & documents
info-procedure = Official sign-up steps
info-costs = Costs you must not pay
info-schemes = Routes: P to P, G to G
info-check-agency = Check agencies and jobs
info-closed-countries = Closed countries & jobs

# requirements: UU 18/2017 Pasal 5 dan 13 [S1][S2][S4]
info-requirements-answer =
    Requirements to become an Indonesian migrant worker, under UU 18/2017 (the Migrant Worker Protection Law), Article 5: at least 18 years old, have skills, be healthy in body and mind, be registered for social security, and have complete documents.
    Documents (Article 13):
    • marital status letter (if married, with a copy of the marriage book);
    • permission from your husband/wife, parents or guardian, acknowledged by the village head or lurah (urban village head);
    • skills (competency) certificate;
    • health certificate (medical and psychological);
    • passport from your local immigration office;
    • work visa;
    • placement agreement and work contract.

# procedure: UU 18/2017 Pasal 42; PP 59/2021 Pasal 7; alur 2023–2026 [S15][S12b][S23][S24][S25][S26][S28]
info-procedure-answer =
    Official steps:
    1) Tell your village government: it records prospective migrant workers and helps with civil registration documents.
    2) Go to the Disnaker (district manpower office) or LTSA (one-roof service centre) in your district for information and registration via SIAPkerja (moving to SISKOP2MI).
    3) Selection, then sign the placement agreement with a placement agency (P3MI) at the LTSA.
    4) Health and psychological checks; passport, work visa and BPJS Ketenagakerjaan (workers' social security) card.
    5) Pre-Departure Orientation (OPP) and E-PMI (ID PMI) recording at BP3MI or the LTSA.
    6) Depart.
    The ID PMI has replaced the e-KTKLN card. Never leave without a work visa.

# costs: UU 18/2017 Pasal 30; Peraturan BP2MI 9/2020 [S7][S17][S18][S19]
info-costs-answer =
    UU 18/2017 Article 30: migrant workers must not be charged placement costs.
    BP2MI Regulation 9/2020 waives the costs for 10 jobs: domestic worker, baby carer, elderly carer, cook, family driver, gardener, childminder, cleaner, farm or plantation worker, and fishing crew.
    You must not be charged for: departure and return tickets, work visa, contract legalisation, training, skills certificate, agency service fees, passport, SKCK (police certificate), BPJS, health and psychological checks, local transport to the departure point, and lodging.

# costs (practice): [S20][S21][S8][S29b]
info-costs-practice =
    In practice, this fee waiver is often given only to people going abroad for the first time. The government is updating the cost rules (2025); the earlier rules were not applied in Taiwan and Hong Kong.
    The Minister's message: no fees of any kind may be collected, and report anyone who collects fees. If you are charged, ask for a receipt, keep the evidence, and ask a counsellor.

# schemes: [S30][S30b][S68][S69]
info-schemes-answer =
    There are five placement routes:
    1) P to P: through an official placement agency (P3MI);
    2) G to G: government to government, for example to Korea through EPS;
    3) G to P: government to a company abroad;
    4) independent (individual): you must report to BP3MI;
    5) special programmes.
    Korea (G to G): age 18–39, at least junior high school (SMP) graduate, pass the EPS-TOPIK exam and a skills test, register on SISKOP2MI.
    Japan: the Specified Skilled Worker route (Tokutei Ginou), with a language test (JLPT N4 or JFT-Basic) and a skills test.

# check_agency: [S61][S85][S25][S25r][S38][S36]
info-check-agency-answer =
    Before you pay or hand over documents, check first:
    • A placement agency (P3MI) must have an SIP3MI business licence from the ministry and an SIP2MI recruitment permit.
    • Official vacancies are listed on SISKOP2MI ({ $siskop2mi }).
    • BP3MI offices (migrant worker protection offices) in 23 provinces and P4MI posts can check overseas job offers for you. You can also ask the Disnaker or LTSA in your district.
    Workers who are not registered can lose state protection, social security, and help when a case arises.

# closed_countries: Kepmenaker 260/2015 [S31][S84][S32]
info-closed-countries-answer =
    Since 1 July 2015 (Kepmenaker 260/2015, a Manpower Minister decree), placement with individual employers, that is as domestic workers, in Middle Eastern countries has been stopped. An offer of domestic work there is a warning sign of human trafficking.
    For Saudi Arabia there was once a one-channel trial (SPSK) through selected companies, and in 2025 the government was preparing to lift the moratorium. The current status is unclear: ask Disnaker, the LTSA, BP3MI or a counsellor before accepting an offer.

## 2. Beware of illegal recruiters and human trafficking
info-calo-menu = Beware of calo (illegal recruiters) and human trafficking. Choose a topic:
info-recruiters = Signs of calo, fake jobs
info-fake-visa = Tourist or umrah visas
info-online-scam = Fake online job offers
info-forced-labour = Signs of forced labour
info-report-recruiter = How to report a calo

# recruiters: [S61][S61b][S61c][S61d]
info-recruiters-answer =
    Signs of a calo (illegal recruiter) or a fake job:
    • you are told to travel on a tourist, visit or umrah visa, with a promise that the work permit will be sorted out later;
    • a very fast process (for example "leave in 2 weeks"), with no training or OPP, and you are kept away from Disnaker, the LTSA or BP3MI;
    • you are asked for "admin" money, uniforms or "grease money" into a personal account, or promised "all free" with no written agreement;
    • no office or licence (SIP3MI/SIP2MI), only Facebook, WhatsApp or Telegram;
    • no written contract, or a contract in a language you don't understand;
    • very high pay with no skill requirements.

# fake_visa: [S61][S61b][S81b][S83][S67][S32b]
info-fake-visa-answer =
    Working on a tourist, visit or umrah/pilgrimage visa is unofficial (non-procedural) placement. So is leaving through a "jalur tikus" (rat route), an unofficial port to Malaysia.
    The result: no contract and no protection, easy arrest, detention in an immigration depot, then deportation. In Saudi Arabia, many workers on umrah visas have suffered violence, been deported, or even died.
    Leave only with a work visa, through Disnaker or the LTSA.

# online_scam: [S62][S38]
info-online-scam-answer =
    Be careful with overseas job offers on the internet that promise high pay with easy requirements. The Ministry of Foreign Affairs recorded 2,199 cases of Indonesian citizens forced to work for online scams (2020 to May 2023), most in Cambodia, and also in the Philippines, Laos, Thailand, Myanmar, Vietnam and Dubai.
    Before you leave, check the job and the company with BP3MI, the LTSA or Disnaker. If you or your family are already trapped, contact a counsellor or report the case right away.

# forced_labour: UU 21/2007; indikator kerja paksa ILO [S60][S60b]
info-forced-labour-answer =
    Human trafficking (TPPO, UU 21/2007): recruiting, moving, harbouring or receiving people by threats, violence, deception, debt bondage or abuse of vulnerability, in order to exploit them. The penalty is 3–15 years in prison. Victims have the right to restitution, rehabilitation and return home.
    11 signs of forced labour (ILO): abuse of vulnerability; deception; restricted movement; isolation; physical or sexual violence; threats; identity documents withheld; wages withheld; debt bondage; poor working and living conditions; excessive overtime. Even one sign can be enough.

# report_recruiter: UU 18/2017 Pasal 69 dan 81 [S9][S10][S83][S36][S29b][S51][S65]
info-report-recruiter-answer =
    Individuals are not allowed to place migrant workers (UU 18/2017 Article 69). The penalty is up to 10 years in prison and a fine of up to Rp15 billion (Article 81).
    Report a calo to:
    • Kementerian P2MI (migrant worker ministry) complaints: { $kp2mi } (from abroad { $kp2mi_abroad }), WhatsApp { $kp2mi_wa };
    • the police: { $police };
    • Desbumi, SBMI (migrant workers' union), or a Pelita counsellor.
    Keep the evidence: the calo's name and number, chats, and proof of transfers. You can also report the case here.

## 3. Working abroad now
info-abroad-menu = Working abroad now. Choose a topic:
info-rights = Your rights
info-contract-wages = Contract and wages
info-self-report = Register with KBRI/KJRI
info-immigration = Overstay, held, deported
info-social-security = BPJS Ketenagakerjaan
info-countries = Destination countries

# rights: UU 18/2017 Pasal 6 [S5][S2][S3]
info-rights-answer =
    Your rights (UU 18/2017 Article 6) include:
    • wages in line with the destination country's standards and your contract;
    • practising your religion;
    • communicating with others;
    • keeping your own passport and travel documents;
    • protection and legal help against degrading treatment;
    • an explanation of your rights and duties in the contract, and copies of your documents and work agreement;
    • joining a union under local law;
    • going home safely.
    A passport held by your employer or agent breaks this right. You can report it to the KBRI/KJRI (Indonesian embassy/consulate) or through Pelita.

# contract_wages: UU 18/2017 Pasal 15 [S1][S35][S35b]
info-contract-wages-answer =
    A work contract (UU 18/2017 Article 15) must at least include: the employer's name and address, your identity, the type of work, rights and duties, working hours, wages and how they are paid, leave and rest, facilities and social security or insurance, the length of the contract, and security guarantees.
    Keep a copy of your contract. If your wages are not paid or are cut, the work is not as in the contract, or you are dismissed unilaterally: note the dates and amounts, keep payslips and chats, then report it.

# self_report: kewajiban PMI; Safe Travel, Peduli WNI, SARI [S6][S40][S40c][S41][S39]
info-self-report-answer =
    Your duties: obey the laws of Indonesia and of the destination country, respect local customs, work according to your contract, and report your arrival, stay and return to the Indonesian mission (KBRI/KJRI, embassy/consulate).
    How to register:
    • the Peduli WNI portal ({ $peduli_wni }), which also takes complaints and tracks cases;
    • the Safe Travel app from the Ministry of Foreign Affairs, with an emergency button linked to the KBRI/KJRI. It includes SARI, a chatbot that also understands regional languages.

# immigration: [S67][S67b][S14][S40]
info-immigration-answer =
    An expired stay permit (overstay), an expired passport or entering without permission can end in an immigration depot (detention) and deportation. In March 2024 there were 3,797 Indonesians in Malaysian immigration depots.
    The KBRI/KJRI (Indonesian embassy/consulate) gives consular help: support, legal aid, visits to detainees, emergency travel documents to go home, and repatriation. If you or a family member is detained, contact the KBRI/KJRI or a counsellor as soon as possible.

# social_security: Permenaker 4/2023 [S22][S22c]
info-social-security-answer =
    Prospective and current migrant workers must join BPJS Ketenagakerjaan (workers' social security; Permenaker 4/2023): Work Accident Insurance (JKK) and Death Insurance (JKM). Old Age Savings (JHT) is optional.
    You register before departure, with help from the placement agency; if you are already abroad, the KBRI/KJRI helps. Cover runs from departure until the contract ends, plus at most 1 month for the journey home.
    Keep your BPJS card number and tell your family.

## 3.x Destination country notes
info-countries-menu = Notes on destination countries. Choose a country:
info-malaysia = Malaysia
info-hongkong = Hong Kong
info-taiwan = Taiwan
info-middle-east = Saudi Arabia/Middle East
info-korea-japan = Korea and Japan

# malaysia: [S67][S67b][S67c][S81b]
info-malaysia-answer =
    Malaysia: many Indonesians enter through unofficial routes or stay on after their permit expires. In March 2024 there were 3,797 Indonesians in Malaysian immigration depots. Deportations by sea from Sabah to Nunukan happen regularly, including women and children, and health conditions in the depots are reported to be poor. The causes: entering without permission, overstaying, and expired passports.
    Travel with a work visa, keep your passport and work permit valid, and register with the KBRI or KJRI.

# hongkong: [S63][S19][S19b]
info-hongkong-answer =
    Hong Kong is one of the top destinations (first half of 2024). Common problems: overcharging and documents being held. In 2023, 68 workers and 24 placement agencies were recorded in such cases, with losses of Rp25–40 million.
    According to a 2017 report, Hong Kong rules limit agency fees to at most 10% of wages.
    Keep your own passport and contract. Unreasonable fees or deductions can be reported.

# taiwan: [S66][S66b][S66c][S49]
info-taiwan-answer =
    Taiwan: a 2017 report says placement costs are paid through wage deductions over 5–10 months. There are also illegal "job-buying fees" (NT$50,000–80,000) for contract renewal or changing employer; Taiwan's Ministry of Labor (MOL) fines agents 10–20 times the amount.
    Complaints in Taiwan: hotline { $taiwan_1955 }, available in Indonesian. There is also a LINE chatbot, "1955 E-Line", with reminders for visa and contract end dates.

# middle_east: [S31][S32b][S32c][S84]
info-middle-east-answer =
    Middle East: since 2015, placement of domestic workers with individual employers has been stopped. An offer of domestic work there, especially on an umrah or pilgrimage visa, is a warning sign. In Saudi Arabia many workers on umrah visas have suffered violence, been deported, or even died; the ministry estimates about 25,000 people leave unofficially every year.
    Whether Saudi Arabia will reopen is still unclear. Ask Disnaker, the LTSA or BP3MI before accepting an offer.

# korea_japan: [S68][S69]
info-korea-japan-answer =
    Korea: the official route is G to G (EPS): age 18–39, at least junior high school (SMP) graduate, pass the EPS-TOPIK exam and a skills test, and register through SISKOP2MI. Passing the exam does not guarantee departure.
    Japan: the Specified Skilled Worker route (Tokutei Ginou), with a language test (JLPT N4 or JFT-Basic) and a skills test.
    Job offers to Korea or Japan through other routes must first be checked with BP3MI.

## 4. Migrant workers' families
info-family-menu = Migrant workers' families. Choose a topic:
info-family-rights = Family rights
info-missing-family = Lost contact or sick
info-body-repatriation = Worker died abroad
info-children = Children of migrants

# family_rights: [S85][S5]
info-family-rights-answer =
    Migrant workers' families have the right to: information about the worker's situation, problems and return; communication with the worker; copies of the worker's documents and work agreement; and all the belongings of a worker who dies abroad.
    Keep copies of your family member's passport and contract, the name of the placement agency, the employer's address, and their BPJS number. This information helps a lot if problems arise.

# missing_family: [S81][S35][S35b][S41][S36]
info-missing-family-answer =
    If a family member abroad has lost contact, is ill or is in trouble:
    1) Gather the details: name as in the passport, passport number, country and employer's address, name of the placement agency or sponsor, and when you last spoke.
    2) Write down what happened, in order, and what you want, for example for them to be brought home.
    3) Report it through Pelita, to BP3MI, to Kementerian P2MI (migrant worker ministry) complaints { $kp2mi }, or through the Peduli WNI portal ({ $peduli_wni }).
    If their life is in danger, type EMERGENCY.

# body_repatriation: UU 18/2017 Pasal 27; PP 59/2021 Pasal 21 [S79][S80][S13][S81]
info-body-repatriation-answer =
    If a worker who left through a placement agency (P3MI) dies, the agency must: tell the family within 3 days, find out the cause, bring the body home at the agency's cost and bury it according to the worker's religion (or bury it there with the family's consent), and deal with the belongings and unpaid entitlements.
    For a worker who left unofficially, a certificate of inability to pay (SKTM) and a letter of request from the family may be asked for. A counsellor can help arrange this.

# children: Desmigratif [S59][S59b][S76]
info-children-answer =
    The Desmigratif (productive migrant village) programme of the Ministry of Manpower runs community parenting activities for migrant workers' children in villages, besides migration services, productive businesses and cooperatives.
    Ask your village government or Disnaker whether your village takes part in Desmigratif or Desbumi. If a child suffers violence, contact SAPA { $sapa } (WhatsApp { $sapa_wa }), 24 hours.

## 5. Returning to Indonesia
info-return-menu = Returning to Indonesia. Choose a topic:
info-unpaid-claims = Unpaid wages and claims
info-reintegration = Counselling & business

# unpaid_claims: PP 59/2021 Pasal 21; Permenaker 4/2023 [S13][S22][S35]
info-unpaid-claims-answer =
    After you return, your rights can still be pursued: settling unpaid wages and other entitlements is part of post-employment protection (PP 59/2021 Article 21). Gather your contract, payslips, proof of transfers and chats, then report through Pelita, BP3MI or the LTSA.
    BPJS Ketenagakerjaan (workers' social security): Work Accident Insurance for accidents or illness caused by work, Death Insurance for heirs, and JHT (old-age savings) if you joined it. Take your BPJS card and work documents to a BPJS Ketenagakerjaan office.

# reintegration: PP 59/2021 Pasal 21–22 [S13][S56][S59][S51][S52]
info-reintegration-answer =
    Coming home can feel hard. The government must help with rehabilitation and reintegration, including psychosocial counselling and job training (PP 59/2021 Article 22). LTSA-MRC (migrant resource centre) gives psychosocial counselling, and Pelita can connect you with a counsellor.
    For business and money: Desmigratif has productive business and cooperative programmes, and Desbumi gives financial literacy training. Ask your village or Disnaker about programmes in your area.

## 6. Where to get help
# where_help: [S56][S57][S51][S54][S59][S38][S65][S50][S36]
info-where-help-answer =
    Where to get help:
    • LTSA-MRC, a women-friendly integrated service, in Cirebon, Tulungagung, Blitar and East Lampung: advice, psychosocial counselling, legal help and case handling;
    • Desbumi (Migrant CARE) in 37 villages in Indramayu, Kebumen, Cilacap, Wonosobo, Jember, Banyuwangi, Central Lombok and Lembata;
    • Desmigratif villages, and the Disnaker or LTSA in your district;
    • BP3MI in 23 provinces and P4MI posts;
    • SBMI, and Migrant CARE ({ $migrant_care }, 24 hours);
    • Kementerian P2MI complaints: { $kp2mi }, from abroad { $kp2mi_abroad }.

## What to do next (after every answer)
info-next = What would you like to do now?
info-next-section = More in this section
info-next-topics = All topics
info-next-counsellor = Talk to a counsellor
info-next-menu = Main menu
info-next-report = Report a case
