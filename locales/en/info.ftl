### Safe-migration information (starter topics). Sources: ../shared/content/brief.md.

info-menu = What information are you looking for?
info-requirements = Requirements and documents
info-procedure = Official registration steps
info-costs = Costs: what you must not be charged
info-recruiters = Beware of illegal recruiters and fake jobs
info-rights = Your rights when working abroad
info-back = Back to the main menu

# UU 18/2017 Pasal 5 dan 13 [S1][S2][S4]
info-requirements-answer =
    To become an Indonesian migrant worker (law UU 18/2017, Article 5) you must be at least 18, have skills, be healthy in body and mind, be registered for social security, and have complete documents.
    Documents (Article 13): marital status letter, permission from your husband/wife or parents signed off by the village head, skills certificate, health certificate, passport, work visa, placement agreement and work contract.

# UU 18/2017 Pasal 38; alur 2023-2026 [S11][S23][S24][S26]
info-procedure-answer =
    Official steps: 1) go to the manpower office (Disnaker) or the LTSA (one-roof service centre) in your district and register (SIAPkerja/SISKOP2MI online systems); 2) selection and signing of the placement agreement at the LTSA; 3) health and psychological checks, passport, work visa, BPJS Ketenagakerjaan (worker insurance) card; 4) pre-departure orientation (OPP) and E-PMI registration; 5) departure.
    Never leave without a work visa.

# UU 18/2017 Pasal 30; Peraturan BP2MI 9/2020 [S7][S17][S18]
info-costs-answer =
    Under law UU 18/2017 Article 30, migrant workers must not be charged placement costs. For 10 types of jobs (for example domestic worker, nanny, elderly carer, family driver, plantation worker, fishing crew) you must not be charged for the ticket, visa, training, passport, health check or BPJS insurance.
    The government is updating the cost rules. If anyone asks you to pay, ask a counsellor.

# Ciri calo [S61][S61c][S31]
info-recruiters-answer =
    Be careful if: you are told to travel on a tourist or umrah visa; you are promised a very fast departure without training; you are asked to pay into a personal bank account; there is no office or official licence (SIP3MI); there is no written contract; or you are offered housework in the Middle East (currently closed).
    Check the company and the job with Disnaker, the LTSA or BP3MI (provincial migrant worker office) before paying anything.

# UU 18/2017 Pasal 6 [S5][S2]
info-rights-answer =
    Your rights (law UU 18/2017, Article 6) include: wages as in your contract, freedom to worship, contact with your family, keeping your own passport, legal help, and going home safely.
    You can report a passport held by your employer or unpaid wages. Also register with the KBRI/KJRI (Indonesian embassy or consulate) in your destination country.

info-next = What would you like to do now?
info-next-topics = Other topics
info-next-counsellor = Talk to a counsellor
info-next-menu = Main menu
