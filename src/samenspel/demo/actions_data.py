"""Fictional meetings and actions for the demo programmes."""

# Per programme slug. Dates are given as days before the day the demo is loaded
# ("days_ago"), so that recent progress and stalling actions stay believable. A status move is
# [status, days ago] with optionally its note and the demo account that made it (else the
# project team); "proposed_by" names the account that proposed an action (else the project
# team), "proposed_title" the title it was proposed with when the team changed it.
MEETINGS = {
    "brinkeveld-onder-de-loep": [
        {
            "title": "Stakeholdertafel Eenzaamheid in de dorpen",
            "kind": "stakeholder_table",
            "days_ago": 690,
            "place": "Dorpshuis De Spil, Klaverdonk",
            "goals": [
                "Minder inwoners voelen zich eenzaam",
                "Eenzaamheid is bespreekbaar in de dorpen",
                "Alle inwoners van 75 jaar en ouder krijgen een huisbezoek",
                "In elk dorp is een vorm van burenhulp",
            ],
            "participants": [
                "Bert Wesselink",
                "Anouk van der Meulen",
                "Ahmet Kaya",
                "Willemijn Aalders",
                "Thijs Nijland",
                "Annie Wissink",
                "Jan Wolterink",
                "Corine Landman",
                "Theo Wiggers",
                "Gerda Pelgrim",
                "Hennie Oosterveld",
                "Gerrit-Jan Koopmans",
            ],
            "notes": (
                "Bert Wesselink opende met cijfers uit de gezondheidsmonitor: bijna de helft van "
                "de 75-plussers in Brinkeveld voelt zich soms eenzaam. Veel deelnemers herkenden "
                "dat eenzaamheid zich achter de voordeur afspeelt en dat mensen er zelf niet over "
                "beginnen. Annie Wissink vertelde dat gasten van Samen aan Tafel vaak pas na "
                "maanden iets over hun situatie vertellen. “Je moet eerst een paar keer koffie "
                "drinken voordat iemand zegt dat hij de hele week niemand spreekt.” De kerken en "
                "de seniorenvereniging willen hun bezoekwerk beter afstemmen, zodat niemand twee "
                "keer en niemand nooit bezocht wordt."
            ),
            "decisions": (
                "Stichting Welzijn Brinkeveld trekt de huisbezoeken aan 75-plussers, samen met de "
                "seniorenvereniging en de kerken. Over drie maanden volgt per dorp een korte "
                "terugkoppeling."
            ),
            "actions": [
                {
                    "title": "Maandelijkse koffieochtend in Heggenrade",
                    "description": (
                        "Elke eerste donderdag van de maand is er koffie in het zaaltje naast de "
                        "kerk. Vrijwilligers halen ouderen uit het buitengebied op met de auto. De "
                        "dorpsondersteuner is erbij en maakt een praatje met nieuwe bezoekers."
                    ),
                    "goals": [
                        "Minder inwoners voelen zich eenzaam",
                        "Eenzaamheid is bespreekbaar in de dorpen",
                    ],
                    "lead": "Willemijn Aalders",
                    "organisations": [
                        ["Dorpsondersteuner Heggenrade", "executes"],
                        ["Dorpsraad Heggenrade", "contributes"],
                        ["Parochie De Goede Herder", "contributes"],
                    ],
                    "target_groups": ["Alleenwonende ouderen van 75 jaar en ouder"],
                    "area": "Heggenrade",
                    "start_days_ago": 640,
                    "end_days_ago": None,
                    "needs_time": "Twee uur per maand van de dorpsondersteuner, vier vrijwilligers",
                    "needs_room": "Het zaaltje van de parochie, gratis",
                    "needs_money": "Ongeveer 40 euro per ochtend voor koffie en gebak",
                    "expected_result": (
                        "Twintig ouderen komen vaste keren; zij kennen de dorpsondersteuner."
                    ),
                    "status_history": [["proposed", 690], ["agreed", 670], ["running", 640]],
                    "progress": [
                        {
                            "days_ago": 630,
                            "text": "Eerste koffieochtend in Heggenrade, 14 bezoekers.",
                            "percent": 10,
                            "figure": 14,
                            "figure_label": "bezoekers",
                        },
                        {
                            "days_ago": 520,
                            "text": (
                                "Vaste groep van ongeveer twintig bezoekers. Twee vrijwilligers "
                                "halen mensen van de boerderijen op."
                            ),
                            "percent": 40,
                            "figure": 21,
                            "figure_label": "bezoekers",
                        },
                        {
                            "days_ago": 330,
                            "text": (
                                "Vrijwilliger die de koffie verzorgde is gestopt, zoeken "
                                "vervanging. Twee ochtenden gingen niet door."
                            ),
                            "percent": None,
                            "figure": None,
                            "figure_label": "",
                        },
                        {
                            "days_ago": 180,
                            "text": (
                                "Nieuwe vrijwilliger gevonden via de kerk. Gemiddeld 18 bezoekers."
                            ),
                            "percent": 60,
                            "figure": 18,
                            "figure_label": "bezoekers",
                        },
                        {
                            "days_ago": 12,
                            "text": (
                                "Ochtend met kerststukjes maken: 26 bezoekers, onder wie vier "
                                "nieuwe."
                            ),
                            "percent": 75,
                            "figure": 26,
                            "figure_label": "bezoekers",
                        },
                    ],
                },
                {
                    "title": "Huisbezoeken aan alle 75-plussers door getrainde vrijwilligers",
                    "description": (
                        "Vrijwilligers bezoeken iedereen van 75 jaar en ouder thuis, één dorp per "
                        "keer. Ze praten over gezondheid, contacten en wonen, en wijzen de weg "
                        "naar hulp als dat nodig is. De gemeente levert elke maand de adressen van "
                        "nieuwe 75-plussers."
                    ),
                    "goals": [
                        "Alle inwoners van 75 jaar en ouder krijgen een huisbezoek",
                        "Minder inwoners voelen zich eenzaam",
                    ],
                    "lead": "Bert Wesselink",
                    "organisations": [
                        ["Stichting Welzijn Brinkeveld", "executes"],
                        ["Seniorenvereniging Brinkeveld", "contributes"],
                        ["Protestantse Gemeente Brinkhoven", "contributes"],
                        ["Gemeente Brinkeveld", "funds"],
                    ],
                    "target_groups": ["Alleenwonende ouderen van 75 jaar en ouder"],
                    "area": "",
                    "start_days_ago": 600,
                    "end_days_ago": -60,
                    "needs_time": (
                        "Acht uur per week van de ouderenadviseur voor training en begeleiding"
                    ),
                    "needs_room": "Afspraak met de gemeente over het delen van adressen",
                    "needs_money": "6.500 euro per jaar voor training, reiskosten en een bedankje",
                    "expected_result": "Alle 75-plussers in de zes dorpen zijn één keer bezocht.",
                    "status_history": [["proposed", 690], ["agreed", 655], ["running", 600]],
                    "progress": [
                        {
                            "days_ago": 560,
                            "text": (
                                "Twaalf vrijwilligers getraind in het voeren van een huisbezoek."
                            ),
                            "percent": 10,
                            "figure": 12,
                            "figure_label": "vrijwilligers",
                        },
                        {
                            "days_ago": 450,
                            "text": (
                                "Eerste ronde in Brinkhoven en Oosterlinde klaar: 164 ouderen "
                                "bezocht."
                            ),
                            "percent": 35,
                            "figure": 164,
                            "figure_label": "ouderen bezocht",
                        },
                        {
                            "days_ago": 300,
                            "text": (
                                "Wildervoort en Klaverdonk bezocht. In 23 gesprekken kwam "
                                "eenzaamheid ter sprake; deze mensen zijn in contact gebracht met "
                                "de dorpsondersteuner."
                            ),
                            "percent": 60,
                            "figure": 341,
                            "figure_label": "ouderen bezocht",
                        },
                        {
                            "days_ago": 120,
                            "text": (
                                "Heggenrade en Elzenbroek volgen. Adreslijsten komen nu elke "
                                "maand, zo missen we geen nieuwe 75-plussers."
                            ),
                            "percent": 75,
                            "figure": 452,
                            "figure_label": "ouderen bezocht",
                        },
                        {
                            "days_ago": 20,
                            "text": (
                                "Alle zes dorpen gehad: 538 huisbezoeken. Evaluatie met de "
                                "vrijwilligers gepland."
                            ),
                            "percent": 90,
                            "figure": 538,
                            "figure_label": "ouderen bezocht",
                        },
                    ],
                },
                {
                    "title": "Gesprekstafels 'Hoe gaat het echt?' over eenzaamheid",
                    "description": (
                        "Een avond in de kerk of het dorpshuis waar inwoners in kleine groepjes "
                        "praten over alleen zijn en erbij horen. Een gespreksleider stelt de "
                        "vragen, er wordt niemand iets gevraagd wat hij niet wil vertellen. Na "
                        "afloop is er informatie over wat er in het dorp te doen is."
                    ),
                    "goals": ["Eenzaamheid is bespreekbaar in de dorpen"],
                    "lead": "Corine Landman",
                    "organisations": [
                        ["Protestantse Gemeente Brinkhoven", "executes"],
                        ["Parochie De Goede Herder", "contributes"],
                        ["Stichting Welzijn Brinkeveld", "contributes"],
                    ],
                    "target_groups": [],
                    "area": "",
                    "start_days_ago": 620,
                    "end_days_ago": 420,
                    "needs_time": "Vijf avonden, twee gespreksleiders per avond",
                    "needs_room": "Kerkzalen en dorpshuizen",
                    "needs_money": "Geen extra geld nodig; de kerken betalen koffie en drukwerk",
                    "expected_result": (
                        "Eenzaamheid is in vijf dorpen op een open manier besproken."
                    ),
                    "status_history": [
                        ["proposed", 690],
                        ["agreed", 660],
                        ["running", 620],
                        ["finished", 420],
                    ],
                    "progress": [
                        {
                            "days_ago": 600,
                            "text": (
                                "Eerste gesprekstafel in de kerk van Brinkhoven: 31 deelnemers, "
                                "veel herkenning."
                            ),
                            "percent": 25,
                            "figure": 31,
                            "figure_label": "deelnemers",
                        },
                        {
                            "days_ago": 520,
                            "text": (
                                "Gesprekstafels in Elzenbroek en Heggenrade. Opvallend veel mannen "
                                "kwamen naar de avond in Heggenrade."
                            ),
                            "percent": 60,
                            "figure": 78,
                            "figure_label": "deelnemers",
                        },
                        {
                            "days_ago": 425,
                            "text": (
                                "Laatste avond in Wildervoort. In totaal 142 deelnemers. Een "
                                "verslag met tips gaat naar alle dorpshuizen."
                            ),
                            "percent": 100,
                            "figure": 142,
                            "figure_label": "deelnemers",
                        },
                    ],
                },
                {
                    "title": "Samen aan Tafel ook in Elzenbroek",
                    "description": (
                        "Stichting Samen aan Tafel kookt al jaren in Wildervoort voor inwoners die "
                        "anders alleen eten. Nu komt er ook een wekelijkse maaltijd in het "
                        "dorpshuis van Elzenbroek. Supermarkt Van Dalen levert de boodschappen "
                        "tegen inkoopprijs."
                    ),
                    "goals": [
                        "Minder inwoners voelen zich eenzaam",
                        "Dorpshuizen zijn open voor alle leeftijden",
                    ],
                    "lead": "Annie Wissink",
                    "organisations": [
                        ["Stichting Samen aan Tafel", "executes"],
                        ["Plaatselijk Belang Elzenbroek", "contributes"],
                        ["Supermarkt Van Dalen", "funds"],
                    ],
                    "target_groups": ["Alleenwonende ouderen van 75 jaar en ouder"],
                    "area": "Elzenbroek",
                    "start_days_ago": 560,
                    "end_days_ago": None,
                    "needs_time": "Een kookploeg van vier vrijwilligers",
                    "needs_room": "Een bruikbare keuken in het dorpshuis",
                    "needs_money": "Gasten betalen 5 euro; het tekort vult de supermarkt aan",
                    "expected_result": "Elke week eten vijftien inwoners samen in Elzenbroek.",
                    "status_history": [["proposed", 690], ["agreed", 640], ["running", 560]],
                    "progress": [
                        {
                            "days_ago": 540,
                            "text": "Eerste maaltijd in Elzenbroek: 11 gasten.",
                            "percent": 20,
                            "figure": 11,
                            "figure_label": "gasten",
                        },
                        {
                            "days_ago": 400,
                            "text": (
                                "Kookploeg van vier vrijwilligers staat. Gemiddeld 15 gasten per "
                                "keer."
                            ),
                            "percent": 45,
                            "figure": 15,
                            "figure_label": "gasten per maaltijd",
                        },
                        {
                            "days_ago": 170,
                            "text": (
                                "Keuken van het dorpshuis wordt verbouwd. De maaltijden liggen "
                                "tijdelijk stil."
                            ),
                            "percent": None,
                            "figure": None,
                            "figure_label": "",
                        },
                    ],
                },
                {
                    "title": "Bezoekwerk van kerken en seniorenvereniging op elkaar afstemmen",
                    "description": (
                        "Drie groepen vrijwilligers bezoeken ouderen, elk met een eigen lijst. Het "
                        "idee was om lijsten te vergelijken en afspraken te maken over wie wie "
                        "bezoekt. De actie is gestopt: de huisbezoeken aan 75-plussers hebben deze "
                        "rol overgenomen."
                    ),
                    "goals": [
                        "Alle inwoners van 75 jaar en ouder krijgen een huisbezoek",
                        "In elk dorp is een vorm van burenhulp",
                    ],
                    "lead": "Jan Wolterink",
                    "organisations": [
                        ["Seniorenvereniging Brinkeveld", "executes"],
                        ["Protestantse Gemeente Brinkhoven", "contributes"],
                        ["Parochie De Goede Herder", "contributes"],
                    ],
                    "target_groups": ["Alleenwonende ouderen van 75 jaar en ouder"],
                    "area": "",
                    "start_days_ago": 650,
                    "end_days_ago": 480,
                    "needs_time": "Twee overleggen per jaar",
                    "needs_room": "Afspraken over privacy",
                    "needs_money": "",
                    "expected_result": "Geen oudere wordt dubbel of helemaal niet bezocht.",
                    "status_history": [
                        ["proposed", 690],
                        ["agreed", 670],
                        ["running", 650],
                        ["stopped", 480],
                    ],
                    "progress": [
                        {
                            "days_ago": 620,
                            "text": (
                                "Eerste overleg: de groepen willen lijsten uitwisselen, maar dat "
                                "mag niet zomaar vanwege privacy."
                            ),
                            "percent": 20,
                            "figure": None,
                            "figure_label": "",
                        },
                    ],
                },
            ],
        },
        {
            "title": "Stakeholdertafel Schulden en geldzorgen",
            "kind": "stakeholder_table",
            "days_ago": 650,
            "place": "Gemeentehuis Brinkhoven, raadszaal",
            "goals": [
                "Minder huishoudens met problematische schulden",
                "Betalingsachterstanden worden vroeg gesignaleerd",
                "Jongeren leren omgaan met geld",
            ],
            "participants": [
                "Wim Haverkamp",
                "Ineke Lubbers",
                "Peter Groothuis",
                "Karim Bouzidi",
                "Daniëlle Koster",
                "Miranda Tiemens",
                "Corine Landman",
                "Dirk Stoffers",
                "Erik Dijkstra",
                "Judith Haarman",
                "Jan Wolterink",
                "Gerrit-Jan Koopmans",
            ],
            "notes": (
                "Dirk Stoffers vertelde hoe zijn schulden in vier jaar opliepen zonder dat iemand "
                "het merkte. “Ik maakte de enveloppen gewoon niet meer open. Niemand vroeg ernaar, "
                "ook de huisarts niet.” De Kredietbank ziet dat mensen gemiddeld vijf jaar wachten "
                "voordat ze hulp zoeken. Woonstichting Linderhof en de gemeente krijgen signalen "
                "van achterstanden binnen, maar delen die nog niet met elkaar. De diaconie helpt "
                "stil met boodschappen en merkt dat schaamte de grootste drempel is."
            ),
            "decisions": (
                "Gemeente, Linderhof en Rond met Geld maken een werkafspraak over "
                "vroegsignalering. Het Brinkcollege onderzoekt samen met Rond met Geld geldlessen "
                "voor klas 3."
            ),
            "actions": [
                {
                    "title": "Vroegsignalering van huurachterstanden met Woonstichting Linderhof",
                    "description": (
                        "Heeft een huurder twee maanden achterstand, dan belt Linderhof en biedt "
                        "hulp van Rond met Geld aan. Wie dat wil, krijgt binnen een week bezoek "
                        "van een budgetcoach. Zo komen mensen in beeld voordat er een deurwaarder "
                        "komt."
                    ),
                    "goals": [
                        "Betalingsachterstanden worden vroeg gesignaleerd",
                        "Minder huishoudens met problematische schulden",
                    ],
                    "lead": "Daniëlle Koster",
                    "organisations": [
                        ["Woonstichting Linderhof", "executes"],
                        ["Rond met Geld Brinkeveld", "contributes"],
                        ["Gemeente Brinkeveld", "contributes"],
                    ],
                    "target_groups": ["Huishoudens met een laag inkomen of geldzorgen"],
                    "area": "",
                    "start_days_ago": 540,
                    "end_days_ago": None,
                    "needs_time": "Vier uur per week bij huurincasso",
                    "needs_room": "Toestemming van de huurder voor het doorgeven van gegevens",
                    "needs_money": "",
                    "expected_result": (
                        "Geen ontruimingen meer wegens huurschuld; hulp binnen een week."
                    ),
                    "status_history": [["proposed", 650], ["agreed", 610], ["running", 540]],
                    "progress": [
                        {
                            "days_ago": 500,
                            "text": (
                                "Werkafspraak getekend door Linderhof, Rond met Geld en de "
                                "gemeente."
                            ),
                            "percent": 20,
                            "figure": None,
                            "figure_label": "",
                        },
                        {
                            "days_ago": 380,
                            "text": (
                                "Eerste half jaar: 47 huurders met achterstand benaderd, 19 namen "
                                "de hulp aan."
                            ),
                            "percent": 45,
                            "figure": 47,
                            "figure_label": "huurders benaderd",
                        },
                        {
                            "days_ago": 200,
                            "text": (
                                "Signalen van energieleverancier en zorgverzekeraar komen nu ook "
                                "via de gemeente bij Rond met Geld."
                            ),
                            "percent": 60,
                            "figure": 83,
                            "figure_label": "huurders benaderd",
                        },
                        {
                            "days_ago": 25,
                            "text": (
                                "Dit jaar geen enkele ontruiming wegens huurschuld; vorig jaar "
                                "waren het er drie."
                            ),
                            "percent": 80,
                            "figure": 112,
                            "figure_label": "huurders benaderd",
                        },
                    ],
                },
                {
                    "title": "Budgetcursus 'Rondkomen met je inkomen' in drie dorpen",
                    "description": (
                        "Een cursus van vier avonden over je geld op orde houden: een begroting "
                        "maken, vaste lasten verlagen en post bijhouden. Vrijwilligers van Rond "
                        "met Geld geven de cursus in de bibliotheek en in twee dorpshuizen."
                    ),
                    "goals": ["Minder huishoudens met problematische schulden"],
                    "lead": "Ineke Lubbers",
                    "organisations": [
                        ["Rond met Geld Brinkeveld", "executes"],
                        ["Bibliotheek Brinkeveld", "contributes"],
                        ["Protestantse Gemeente Brinkhoven", "contributes"],
                    ],
                    "target_groups": ["Huishoudens met een laag inkomen of geldzorgen"],
                    "area": "",
                    "start_days_ago": 590,
                    "end_days_ago": 370,
                    "needs_time": "Twee budgetcoaches per cursus",
                    "needs_room": "Een lokaal in de bibliotheek en in twee dorpshuizen",
                    "needs_money": "300 euro voor cursusmappen, betaald door de diaconie",
                    "expected_result": (
                        "Dertig inwoners hebben een eigen begroting en weten waar ze hulp vinden."
                    ),
                    "status_history": [
                        ["proposed", 650],
                        ["agreed", 630],
                        ["running", 590],
                        ["finished", 370],
                    ],
                    "progress": [
                        {
                            "days_ago": 560,
                            "text": "Eerste cursus in de bibliotheek in Brinkhoven: 9 deelnemers.",
                            "percent": 25,
                            "figure": 9,
                            "figure_label": "deelnemers",
                        },
                        {
                            "days_ago": 470,
                            "text": (
                                "Cursus in Wildervoort: 7 deelnemers. Ze willen vooral hulp bij "
                                "het vergelijken van energiecontracten."
                            ),
                            "percent": 55,
                            "figure": 16,
                            "figure_label": "deelnemers",
                        },
                        {
                            "days_ago": 375,
                            "text": (
                                "Derde cursus in Oosterlinde klaar. 24 deelnemers in totaal, 20 "
                                "van hen maakten een eigen begroting."
                            ),
                            "percent": 100,
                            "figure": 24,
                            "figure_label": "deelnemers",
                        },
                    ],
                },
                {
                    "title": "Geldlessen voor klas 3 van het Brinkcollege",
                    "description": (
                        "Leerlingen van klas 3 krijgen drie lessen over geld: je eerste bijbaan, "
                        "abonnementen en achteraf betalen. De voorbeelden komen uit Brinkeveld. "
                        "Een ervaringsdeskundige vertelt wat schulden met je leven doen."
                    ),
                    "goals": ["Jongeren leren omgaan met geld"],
                    "lead": "Erik Dijkstra",
                    "organisations": [
                        ["Brinkcollege", "executes"],
                        ["Rond met Geld Brinkeveld", "contributes"],
                        ["Kredietbank Linderdal", "advises"],
                    ],
                    "target_groups": ["Jongeren van 12 tot 23 jaar"],
                    "area": "Brinkhoven",
                    "start_days_ago": 520,
                    "end_days_ago": None,
                    "needs_time": "Drie lesuren per klas in het mentoruur",
                    "needs_room": "Ruimte in het lesprogramma",
                    "needs_money": "Lespakket gratis via de Kredietbank",
                    "expected_result": (
                        "Elke leerling verlaat het Brinkcollege met basiskennis over geld."
                    ),
                    "status_history": [["proposed", 650], ["agreed", 600], ["running", 520]],
                    "progress": [
                        {
                            "days_ago": 480,
                            "text": (
                                "Lespakket gekozen en aangepast met voorbeelden uit Brinkeveld, "
                                "zoals een bijbaan bij de supermarkt."
                            ),
                            "percent": 15,
                            "figure": None,
                            "figure_label": "",
                        },
                        {
                            "days_ago": 400,
                            "text": (
                                "Eerste ronde in zes klassen. Leerlingen vonden de les over "
                                "achteraf betalen het nuttigst."
                            ),
                            "percent": 40,
                            "figure": 162,
                            "figure_label": "leerlingen",
                        },
                        {
                            "days_ago": 160,
                            "text": (
                                "Dirk Stoffers gaf een gastles. “Het werd muisstil in de klas.”"
                            ),
                            "percent": 60,
                            "figure": 162,
                            "figure_label": "leerlingen",
                        },
                        {
                            "days_ago": 18,
                            "text": (
                                "Nieuw schooljaar: de geldlessen zitten nu vast in het mentoruur "
                                "van klas 3."
                            ),
                            "percent": 85,
                            "figure": 318,
                            "figure_label": "leerlingen",
                        },
                    ],
                },
                {
                    "title": "Schuldhulpmaatjes die meegaan naar de Kredietbank",
                    "description": (
                        "Een getrainde vrijwilliger helpt iemand met geldzorgen de papieren op "
                        "orde te krijgen en gaat mee naar afspraken. Het maatje blijft ook tijdens "
                        "het schuldhulptraject, zodat mensen niet afhaken."
                    ),
                    "goals": ["Minder huishoudens met problematische schulden"],
                    "lead": "Wim Haverkamp",
                    "organisations": [
                        ["Rond met Geld Brinkeveld", "executes"],
                        ["Kredietbank Linderdal", "contributes"],
                        ["Protestantse Gemeente Brinkhoven", "contributes"],
                    ],
                    "target_groups": ["Huishoudens met een laag inkomen of geldzorgen"],
                    "area": "",
                    "start_days_ago": 580,
                    "end_days_ago": None,
                    "needs_time": "Eén dag per week coördinatie",
                    "needs_room": "Een spreekkamer in de bibliotheek",
                    "needs_money": "2.500 euro per jaar voor training en onkosten",
                    "expected_result": "Minder inwoners haken af tijdens schuldhulp.",
                    "status_history": [["proposed", 650], ["agreed", 620], ["running", 580]],
                    "progress": [
                        {
                            "days_ago": 540,
                            "text": "Zes nieuwe maatjes getraind.",
                            "percent": 20,
                            "figure": 6,
                            "figure_label": "maatjes",
                        },
                        {
                            "days_ago": 420,
                            "text": (
                                "31 inwoners hebben een maatje gehad. Gemiddeld duurt de "
                                "begeleiding zes maanden."
                            ),
                            "percent": 50,
                            "figure": 31,
                            "figure_label": "inwoners begeleid",
                        },
                        {
                            "days_ago": 260,
                            "text": (
                                "Twee maatjes gestopt. Wachtlijst van vijf inwoners in Heggenrade "
                                "en Elzenbroek."
                            ),
                            "percent": 55,
                            "figure": 38,
                            "figure_label": "inwoners begeleid",
                        },
                        {
                            "days_ago": 90,
                            "text": (
                                "Werving via de kerken leverde vier nieuwe maatjes op. De "
                                "wachtlijst is weg."
                            ),
                            "percent": 70,
                            "figure": 52,
                            "figure_label": "inwoners begeleid",
                        },
                        {
                            "days_ago": 10,
                            "text": (
                                "Jaarcijfers: 58 inwoners begeleid, bij 41 is een "
                                "betalingsregeling getroffen."
                            ),
                            "percent": 80,
                            "figure": 58,
                            "figure_label": "inwoners begeleid",
                        },
                    ],
                },
                {
                    "title": "Geldmarkt in de bibliotheek tijdens de Week van het geld",
                    "description": (
                        "Een informatiemarkt waar inwoners zonder afspraak terechtkunnen met "
                        "vragen over toeslagen, formulieren en rondkomen. Alle organisaties die "
                        "helpen bij geldzorgen staan er samen. De markt is na een jaar pauze "
                        "opnieuw gehouden."
                    ),
                    "goals": [
                        "Minder huishoudens met problematische schulden",
                        "Inwoners begrijpen brieven en regelingen",
                    ],
                    "lead": "Judith Haarman",
                    "organisations": [
                        ["Bibliotheek Brinkeveld", "executes"],
                        ["Rond met Geld Brinkeveld", "contributes"],
                        ["Kredietbank Linderdal", "contributes"],
                        ["Sociaal Team Brinkeveld", "contributes"],
                    ],
                    "target_groups": ["Huishoudens met een laag inkomen of geldzorgen"],
                    "area": "Brinkhoven",
                    "start_days_ago": 600,
                    "end_days_ago": 225,
                    "needs_time": "Een middag per organisatie",
                    "needs_room": "De centrale hal van de bibliotheek",
                    "needs_money": "",
                    "expected_result": "Inwoners met geldvragen vinden op één plek alle hulp.",
                    "status_history": [
                        ["proposed", 650],
                        ["agreed", 625],
                        ["running", 600],
                        ["finished", 585],
                        ["running", 240],
                        ["finished", 225],
                    ],
                    "progress": [
                        {
                            "days_ago": 586,
                            "text": (
                                "Eerste geldmarkt: 85 bezoekers, 23 afspraken gemaakt voor hulp "
                                "bij formulieren."
                            ),
                            "percent": 100,
                            "figure": 85,
                            "figure_label": "bezoekers",
                        },
                        {
                            "days_ago": 226,
                            "text": (
                                "Tweede editie: 112 bezoekers. Nieuw was een tafel over de "
                                "energietoeslag."
                            ),
                            "percent": 100,
                            "figure": 112,
                            "figure_label": "bezoekers",
                        },
                    ],
                },
            ],
        },
        {
            "title": "Stakeholdertafel Jeugd en opvoeden",
            "kind": "stakeholder_table",
            "days_ago": 610,
            "place": "Basisschool De Klimboom, Oosterlinde",
            "goals": [
                "Ouders weten waar ze terechtkunnen met opvoedvragen",
                "Elke basisschool heeft een vast inloopmoment voor ouders",
                "Ouders delen ervaringen in oudercafés in de dorpen",
                "Leerkrachten en trainers herkennen signalen van verwaarlozing",
            ],
            "participants": [
                "Femke Harbers",
                "Annemiek Veltkamp",
                "Ingrid Hoekstra",
                "Lisa Jansen",
                "Jolanda Bekker",
                "Mark Scholten",
                "Monique Timmer",
                "Kim Rensink",
                "Marit Boerrigter",
                "Marloes Hulshof",
                "Bas Morsink",
                "Dennis Kamphuis",
                "Gerrit-Jan Koopmans",
            ],
            "notes": (
                "Marit Boerrigter vertelde dat ze als jonge moeder niet wist waar ze heen moest "
                "toen haar zoon maandenlang slecht sliep. “Het consultatiebureau was klaar met "
                "ons, de school was nog niet begonnen. Daartussen zat niemand.” Scholen zien "
                "ouders elke dag op het schoolplein, maar hebben geen tijd voor een echt gesprek. "
                "De jeugdarts merkt dat vragen over schermtijd en slapen sterk toenemen. Trainers "
                "bij de sportclub zien soms dat een kind zorgen heeft, maar weten niet wat ze "
                "ermee moeten."
            ),
            "decisions": (
                "Drie basisscholen starten met een maandelijks inloopmoment met de jeugd- en "
                "gezinscoach. Er komt een oudercafé in Oosterlinde met Marit Boerrigter als "
                "gespreksleider."
            ),
            "actions": [
                {
                    "title": (
                        "Maandelijks inloopmoment van de jeugd- en gezinscoach op drie scholen"
                    ),
                    "description": (
                        "Eén ochtend per maand zit de jeugd- en gezinscoach in de koffiehoek van "
                        "de school. Ouders lopen binnen zonder afspraak, met kleine en grote "
                        "vragen. Leerkrachten kunnen ouders ook zelf even voorstellen."
                    ),
                    "goals": [
                        "Elke basisschool heeft een vast inloopmoment voor ouders",
                        "Ouders weten waar ze terechtkunnen met opvoedvragen",
                    ],
                    "lead": "Femke Harbers",
                    "organisations": [
                        ["Sociaal Team Brinkeveld", "executes"],
                        ["Basisschool De Klimboom", "contributes"],
                        ["OBS De Vlonder", "contributes"],
                        ["CBS De Wegwijzer", "contributes"],
                    ],
                    "target_groups": ["Jonge gezinnen met kinderen tot 12 jaar"],
                    "area": "",
                    "start_days_ago": 550,
                    "end_days_ago": None,
                    "needs_time": "Drie ochtenden per maand van de jeugd- en gezinscoach",
                    "needs_room": "Een rustige plek in elke school",
                    "needs_money": "",
                    "expected_result": (
                        "Ouders stellen hun vraag eerder, dichtbij en zonder drempel."
                    ),
                    "status_history": [["proposed", 610], ["agreed", 590], ["running", 550]],
                    "progress": [
                        {
                            "days_ago": 520,
                            "text": (
                                "Inloop gestart op De Klimboom en De Vlonder. Gemiddeld drie "
                                "ouders per keer."
                            ),
                            "percent": 25,
                            "figure": 3,
                            "figure_label": "ouders per inloop",
                        },
                        {
                            "days_ago": 400,
                            "text": (
                                "CBS De Wegwijzer doet ook mee. Vragen gaan vooral over slapen, "
                                "boosheid en schermtijd."
                            ),
                            "percent": 50,
                            "figure": None,
                            "figure_label": "",
                        },
                        {
                            "days_ago": 210,
                            "text": (
                                "In een jaar 96 gesprekken met ouders; 11 ouders kregen "
                                "opvoedondersteuning."
                            ),
                            "percent": 65,
                            "figure": 96,
                            "figure_label": "gesprekken",
                        },
                        {
                            "days_ago": 30,
                            "text": (
                                "Scholen in Wildervoort en Elzenbroek willen ook een inloop. Het "
                                "Sociaal Team zoekt de uren."
                            ),
                            "percent": 75,
                            "figure": 141,
                            "figure_label": "gesprekken",
                        },
                    ],
                },
                {
                    "title": "Oudercafé in Oosterlinde",
                    "description": (
                        "Ouders van jonge kinderen praten eens in de zes weken met elkaar over "
                        "opvoeden, in de koffiehoek van De Klimboom. Een ervaren moeder leidt het "
                        "gesprek, de jeugdverpleegkundige schuift af en toe aan."
                    ),
                    "goals": ["Ouders delen ervaringen in oudercafés in de dorpen"],
                    "lead": "Marit Boerrigter",
                    "organisations": [
                        ["Dorpsondersteuner Oosterlinde", "executes"],
                        ["Basisschool De Klimboom", "contributes"],
                        ["GGD Linderdal", "advises"],
                    ],
                    "target_groups": ["Jonge gezinnen met kinderen tot 12 jaar"],
                    "area": "Oosterlinde",
                    "start_days_ago": 560,
                    "end_days_ago": 300,
                    "needs_time": "Een avond per zes weken, een gespreksleider",
                    "needs_room": "De koffiehoek van De Klimboom",
                    "needs_money": "Koffie en thee uit het dorpsbudget",
                    "expected_result": (
                        "Een vaste groep ouders die elkaar steunt, ook buiten het oudercafé."
                    ),
                    "status_history": [
                        ["proposed", 610],
                        ["agreed", 585],
                        ["running", 560],
                        ["finished", 300],
                    ],
                    "progress": [
                        {
                            "days_ago": 540,
                            "text": "Eerste oudercafé over slapen: 12 ouders.",
                            "percent": 20,
                            "figure": 12,
                            "figure_label": "ouders",
                        },
                        {
                            "days_ago": 450,
                            "text": (
                                "Thema's tot nu toe: slapen, driftbuien en samen opvoeden. Vaste "
                                "kern van acht ouders."
                            ),
                            "percent": 50,
                            "figure": 8,
                            "figure_label": "vaste deelnemers",
                        },
                        {
                            "days_ago": 305,
                            "text": "De ouders gaan zelf verder; de dorpsondersteuner stapt terug.",
                            "percent": 100,
                            "figure": 10,
                            "figure_label": "vaste deelnemers",
                        },
                    ],
                },
                {
                    "title": "Training signalen van verwaarlozing voor leerkrachten en trainers",
                    "description": (
                        "Veilig Thuis traint leerkrachten, pedagogisch medewerkers en "
                        "jeugdtrainers in het herkennen van signalen. Ze oefenen met het gesprek "
                        "met ouders en weten daarna wie ze kunnen bellen bij twijfel."
                    ),
                    "goals": [
                        "Leerkrachten en trainers herkennen signalen van verwaarlozing",
                        "Kinderen groeien veilig op",
                    ],
                    "lead": "Marloes Hulshof",
                    "organisations": [
                        ["Veilig Thuis Linderdal", "executes"],
                        ["Basisschool De Klimboom", "contributes"],
                        ["SV Wildervoort", "contributes"],
                        ["Gemeente Brinkeveld", "funds"],
                    ],
                    "target_groups": ["Jonge gezinnen met kinderen tot 12 jaar"],
                    "area": "",
                    "start_days_ago": 500,
                    "end_days_ago": 280,
                    "needs_time": "Een dagdeel per deelnemer",
                    "needs_room": "Vrij roosteren van leerkrachten",
                    "needs_money": "4.000 euro voor trainers en materiaal",
                    "expected_result": (
                        "Elke school en sportclub heeft getrainde mensen en een "
                        "aandachtsfunctionaris."
                    ),
                    "status_history": [
                        ["proposed", 610],
                        ["agreed", 580],
                        ["running", 500],
                        ["finished", 280],
                    ],
                    "progress": [
                        {
                            "days_ago": 470,
                            "text": "Eerste training voor 18 leerkrachten van drie scholen.",
                            "percent": 30,
                            "figure": 18,
                            "figure_label": "deelnemers",
                        },
                        {
                            "days_ago": 380,
                            "text": "Training voor jeugdtrainers bij SV Wildervoort: 14 trainers.",
                            "percent": 60,
                            "figure": 32,
                            "figure_label": "deelnemers",
                        },
                        {
                            "days_ago": 285,
                            "text": (
                                "Alle scholen en twee sportclubs getraind. Elke organisatie heeft "
                                "nu een aandachtsfunctionaris."
                            ),
                            "percent": 100,
                            "figure": 61,
                            "figure_label": "deelnemers",
                        },
                    ],
                },
                {
                    "title": "Opvoedavonden voor ouders van pubers in Wildervoort",
                    "description": (
                        "Avonden voor ouders van kinderen tussen 11 en 16 jaar, over het "
                        "puberbrein, feestjes en alcohol. De jongerenwerkers vertellen wat ze op "
                        "straat en online zien. Ouders leren van elkaar hoe ze grenzen stellen."
                    ),
                    "goals": [
                        "Ouders weten waar ze terechtkunnen met opvoedvragen",
                        "Ouders praten met hun kinderen over alcohol en drugs",
                    ],
                    "lead": "Dennis Kamphuis",
                    "organisations": [
                        ["Jongerenwerk De Stek", "executes"],
                        ["Brinkcollege", "contributes"],
                        ["Dorpsondersteuner Wildervoort", "contributes"],
                    ],
                    "target_groups": [
                        "Jonge gezinnen met kinderen tot 12 jaar",
                        "Jongeren van 12 tot 23 jaar",
                    ],
                    "area": "Wildervoort",
                    "start_days_ago": 480,
                    "end_days_ago": None,
                    "needs_time": "Drie avonden per jaar",
                    "needs_room": "De inloop van De Stek",
                    "needs_money": "150 euro per avond",
                    "expected_result": "Ouders van pubers kennen elkaar en maken samen afspraken.",
                    "status_history": [["proposed", 610], ["agreed", 560], ["running", 480]],
                    "progress": [
                        {
                            "days_ago": 450,
                            "text": "Eerste avond over het puberbrein: 22 ouders.",
                            "percent": 25,
                            "figure": 22,
                            "figure_label": "ouders",
                        },
                        {
                            "days_ago": 330,
                            "text": (
                                "Tweede avond over alcohol en feestjes, samen met Verslavingszorg "
                                "De Koers: 30 ouders."
                            ),
                            "percent": 45,
                            "figure": 52,
                            "figure_label": "ouders",
                        },
                        {
                            "days_ago": 140,
                            "text": (
                                "Derde avond afgelast wegens te weinig aanmeldingen. We zoeken een "
                                "ander tijdstip."
                            ),
                            "percent": None,
                            "figure": None,
                            "figure_label": "",
                        },
                    ],
                },
                {
                    "title": "Ervaren ouders als vraagbaak bij het consultatiebureau",
                    "description": (
                        "Ouders die zelf een moeilijke periode hebben meegemaakt, zijn aanwezig op "
                        "het consultatiebureau. Nieuwe ouders kunnen met hen praten terwijl ze "
                        "wachten. Er is nog geen organisatie die dit wil trekken."
                    ),
                    "goals": ["Ouders weten waar ze terechtkunnen met opvoedvragen"],
                    "proposed_by": "partner",
                    "lead": "",
                    "organisations": [["GGD Linderdal", "contributes"]],
                    "target_groups": ["Jonge gezinnen met kinderen tot 12 jaar"],
                    "area": "",
                    "start_days_ago": None,
                    "end_days_ago": None,
                    "needs_time": "Vijf ervaren ouders, een coördinator",
                    "needs_room": "Een plek in de wachtkamer",
                    "needs_money": "Onkostenvergoeding voor vrijwilligers",
                    "expected_result": (
                        "Nieuwe ouders horen van andere ouders waar ze terechtkunnen."
                    ),
                    "status_history": [["proposed", 610]],
                    "progress": [],
                },
            ],
        },
        {
            "title": "Stakeholdertafel Gezonde leefstijl en alcohol",
            "kind": "stakeholder_table",
            "days_ago": 560,
            "place": "Kantine VV Oosterlinde, Oosterlinde",
            "goals": [
                "Minder kinderen en volwassenen met overgewicht",
                "Sportkantines en schoolkantines zijn gezond ingericht",
                "Minder jongeren drinken alcohol of gebruiken drugs",
                "Clubs en dorpshuizen schenken geen alcohol onder de 18",
            ],
            "participants": [
                "Rick Nijenhuis",
                "Joris Tenhagen",
                "Esther Klein Gunnewiek",
                "Rob Leferink",
                "Arjan Hofman",
                "Kim Rensink",
                "Ria Stegeman",
                "Stefan Bouwmeester",
                "Ronald Bosch",
                "Fatma Yildiz",
                "Erwin van Dalen",
                "Maarten Heerink",
                "Gijs Wolbers",
            ],
            "notes": (
                "De GGD liet zien dat 38 procent van de 15-jarigen in Brinkeveld de afgelopen "
                "maand alcohol dronk, meer dan in de rest van de regio. Rob Leferink vertelde hoe "
                "de kantine van VV Oosterlinde gezond werd zonder dat de omzet daalde. Andere "
                "clubs twijfelen, want de bar is hun belangrijkste inkomstenbron. “Bij ons hoort "
                "een biertje na de wedstrijd erbij, ook voor de A-junioren. Daar moeten we eerlijk "
                "over zijn,” zei Arjan Hofman. De wijkagent ziet dat er in keten in het "
                "buitengebied nog steeds door jongeren gedronken wordt."
            ),
            "decisions": (
                "SV Wildervoort volgt het voorbeeld van VV Oosterlinde. Alle clubs en dorpshuizen "
                "met een bar sturen hun barvrijwilligers naar de training Verantwoord Schenken."
            ),
            "actions": [
                {
                    "title": "Gezonde sportkantine bij SV Wildervoort",
                    "description": (
                        "De kantinecommissie past stap voor stap het aanbod aan: water en fruit "
                        "vooraan, minder frituur op de zaterdagochtend. VV Oosterlinde deelt zijn "
                        "ervaring en de GGD helpt met het keurmerk."
                    ),
                    "goals": [
                        "Sportkantines en schoolkantines zijn gezond ingericht",
                        "Minder kinderen en volwassenen met overgewicht",
                    ],
                    "lead": "Arjan Hofman",
                    "organisations": [
                        ["SV Wildervoort", "executes"],
                        ["GGD Linderdal", "advises"],
                        ["VV Oosterlinde", "advises"],
                    ],
                    "target_groups": ["Jongeren van 12 tot 23 jaar"],
                    "area": "Wildervoort",
                    "start_days_ago": 500,
                    "end_days_ago": -90,
                    "needs_time": "Een avond per maand van de kantinecommissie",
                    "needs_room": "Steun van het bestuur om minder snacks te verkopen",
                    "needs_money": "Ongeveer 600 euro voor een nieuwe koeling en fruitschalen",
                    "expected_result": "De kantine haalt het keurmerk Gezonde Sportkantine.",
                    "status_history": [["proposed", 560], ["agreed", 540], ["running", 500]],
                    "progress": [
                        {
                            "days_ago": 470,
                            "text": (
                                "Assortiment doorgelicht. Water staat nu vooraan in de koeling."
                            ),
                            "percent": 20,
                            "figure": None,
                            "figure_label": "",
                        },
                        {
                            "days_ago": 360,
                            "text": (
                                "Fruit en broodjes bij jeugdwedstrijden. De frituur blijft tot "
                                "12.00 uur dicht."
                            ),
                            "percent": 50,
                            "figure": None,
                            "figure_label": "",
                        },
                        {
                            "days_ago": 250,
                            "text": "Omzet gelijk gebleven en ouders reageren positief.",
                            "percent": 65,
                            "figure": None,
                            "figure_label": "",
                        },
                        {
                            "days_ago": 28,
                            "text": (
                                "Kantine heeft de zilveren schaal van de Gezonde Sportkantine "
                                "gehaald."
                            ),
                            "percent": 85,
                            "figure": None,
                            "figure_label": "",
                        },
                    ],
                },
                {
                    "title": "Training Verantwoord Schenken voor barvrijwilligers",
                    "description": (
                        "Barvrijwilligers van sportclubs en dorpshuizen leren hoe ze om een "
                        "legitimatiebewijs vragen en hoe ze nee zeggen zonder ruzie. De training "
                        "duurt twee uur en wordt op de eigen locatie gegeven."
                    ),
                    "goals": [
                        "Clubs en dorpshuizen schenken geen alcohol onder de 18",
                        "Minder jongeren drinken alcohol of gebruiken drugs",
                    ],
                    "lead": "Stefan Bouwmeester",
                    "organisations": [
                        ["Verslavingszorg De Koers", "executes"],
                        ["SV Wildervoort", "contributes"],
                        ["Stichting Dorpshuis De Spil", "contributes"],
                        ["Gemeente Brinkeveld", "funds"],
                    ],
                    "target_groups": ["Jongeren van 12 tot 23 jaar"],
                    "area": "",
                    "start_days_ago": 470,
                    "end_days_ago": None,
                    "needs_time": "Twee uur per vrijwilliger",
                    "needs_room": "Clubs die de training verplicht stellen",
                    "needs_money": "Trainingen betaald door de gemeente uit het preventiebudget",
                    "expected_result": (
                        "Acht van de tien barvrijwilligers vragen om een legitimatiebewijs."
                    ),
                    "status_history": [["proposed", 560], ["agreed", 545], ["running", 470]],
                    "progress": [
                        {
                            "days_ago": 450,
                            "text": "Eerste training in dorpshuis De Spil: 19 barvrijwilligers.",
                            "percent": 15,
                            "figure": 19,
                            "figure_label": "barvrijwilligers getraind",
                        },
                        {
                            "days_ago": 330,
                            "text": "Trainingen bij SV Wildervoort en VV Oosterlinde.",
                            "percent": 40,
                            "figure": 58,
                            "figure_label": "barvrijwilligers getraind",
                        },
                        {
                            "days_ago": 190,
                            "text": (
                                "Controle met mystery guests: bij 6 van de 10 bezoeken werd niet "
                                "om legitimatie gevraagd."
                            ),
                            "percent": 50,
                            "figure": None,
                            "figure_label": "",
                        },
                        {
                            "days_ago": 70,
                            "text": (
                                "Extra korte training op zaterdagochtend, want avonden passen veel "
                                "vrijwilligers niet."
                            ),
                            "percent": 65,
                            "figure": 84,
                            "figure_label": "barvrijwilligers getraind",
                        },
                        {
                            "days_ago": 15,
                            "text": (
                                "Nieuwe controle: nu vroeg 8 van de 10 barvrijwilligers om een "
                                "legitimatiebewijs."
                            ),
                            "percent": 80,
                            "figure": 97,
                            "figure_label": "barvrijwilligers getraind",
                        },
                    ],
                },
                {
                    "title": "Beweegaanbod voor 55-plussers in Klaverdonk",
                    "description": (
                        "Gymnastiekvereniging Vlug en Lenig start een beweegles voor ouderen in "
                        "dorpshuis De Spil. De les is rustig opgebouwd en er is koffie na afloop. "
                        "De seniorenvereniging brengt de les onder de aandacht."
                    ),
                    "goals": [
                        "Minder kinderen en volwassenen met overgewicht",
                        "Dorpshuizen zijn open voor alle leeftijden",
                    ],
                    "lead": "Ria Stegeman",
                    "organisations": [
                        ["Gymnastiekvereniging Vlug en Lenig", "executes"],
                        ["Stichting Dorpshuis De Spil", "contributes"],
                        ["Seniorenvereniging Brinkeveld", "contributes"],
                    ],
                    "target_groups": ["Alleenwonende ouderen van 75 jaar en ouder"],
                    "area": "Klaverdonk",
                    "start_days_ago": 510,
                    "end_days_ago": 330,
                    "needs_time": "Eén uur per week van een trainer",
                    "needs_room": "De zaal van De Spil op dinsdagochtend",
                    "needs_money": (
                        "Startsubsidie van 800 euro; daarna betalen deelnemers contributie"
                    ),
                    "expected_result": "Een blijvende beweeggroep voor ouderen in Klaverdonk.",
                    "status_history": [
                        ["proposed", 560],
                        ["agreed", 535],
                        ["running", 510],
                        ["finished", 330],
                    ],
                    "progress": [
                        {
                            "days_ago": 500,
                            "text": "Eerste les: 16 deelnemers.",
                            "percent": 20,
                            "figure": 16,
                            "figure_label": "deelnemers",
                        },
                        {
                            "days_ago": 420,
                            "text": "Groep gesplitst in twee groepen.",
                            "percent": 60,
                            "figure": 31,
                            "figure_label": "deelnemers",
                        },
                        {
                            "days_ago": 335,
                            "text": (
                                "De les loopt zelfstandig door bij Vlug en Lenig, met eigen "
                                "contributie."
                            ),
                            "percent": 100,
                            "figure": 34,
                            "figure_label": "deelnemers",
                        },
                    ],
                },
                {
                    "title": "Leefstijlprogramma met coach in Gezondheidscentrum De Brink",
                    "description": (
                        "Huisartsen verwijzen volwassenen met overgewicht naar een programma van "
                        "twee jaar met een leefstijlcoach. Deelnemers werken in een groep aan "
                        "eten, bewegen, slapen en stress. Na het eerste jaar kunnen ze doorstromen "
                        "naar een sportclub in hun dorp."
                    ),
                    "goals": [
                        "Huisartsen verwijzen naar een leefstijlprogramma",
                        "Minder kinderen en volwassenen met overgewicht",
                    ],
                    "lead": "Joris Tenhagen",
                    "organisations": [
                        ["Gezondheidscentrum De Brink", "executes"],
                        ["Huisartsenpraktijk Oosterlinde", "contributes"],
                        ["Gymnastiekvereniging Vlug en Lenig", "contributes"],
                    ],
                    "target_groups": [],
                    "area": "",
                    "start_days_ago": 450,
                    "end_days_ago": None,
                    "needs_time": "Vier uur per week van de leefstijlcoach",
                    "needs_room": "Een groepsruimte in Brinkhoven en Oosterlinde",
                    "needs_money": "Vergoed door de zorgverzekeraar",
                    "expected_result": (
                        "Elk jaar doen zestig inwoners mee; de helft houdt het resultaat vast."
                    ),
                    "status_history": [["proposed", 560], ["agreed", 520], ["running", 450]],
                    "progress": [
                        {
                            "days_ago": 420,
                            "text": (
                                "Eerste groep van 12 deelnemers gestart, verwezen door de "
                                "huisartsen."
                            ),
                            "percent": 20,
                            "figure": 12,
                            "figure_label": "deelnemers",
                        },
                        {
                            "days_ago": 300,
                            "text": (
                                "Tweede groep in Oosterlinde. Drie deelnemers gestopt, vooral door "
                                "hun werktijden."
                            ),
                            "percent": 40,
                            "figure": 21,
                            "figure_label": "deelnemers",
                        },
                        {
                            "days_ago": 120,
                            "text": (
                                "De zorgverzekeraar vergoedt het programma nu voor iedereen; meer "
                                "aanmeldingen."
                            ),
                            "percent": 60,
                            "figure": 45,
                            "figure_label": "deelnemers",
                        },
                        {
                            "days_ago": 22,
                            "text": (
                                "Vierde groep is vol. Na een jaar zijn deelnemers gemiddeld 6 kilo "
                                "afgevallen."
                            ),
                            "percent": 75,
                            "figure": 58,
                            "figure_label": "deelnemers",
                        },
                    ],
                },
                {
                    "title": "Ouderavond over alcohol voor ouders van groep 8",
                    "description": (
                        "Voordat kinderen naar de middelbare school gaan, krijgen hun ouders een "
                        "avond over alcohol, vapen en feestjes. De GGD vertelt wat er bekend is, "
                        "ouders oefenen met het gesprek thuis en spreken samen regels af."
                    ),
                    "goals": ["Ouders praten met hun kinderen over alcohol en drugs"],
                    "lead": "Rick Nijenhuis",
                    "organisations": [
                        ["GGD Linderdal", "executes"],
                        ["Verslavingszorg De Koers", "contributes"],
                        ["CBS De Wegwijzer", "contributes"],
                    ],
                    "target_groups": ["Jonge gezinnen met kinderen tot 12 jaar"],
                    "area": "",
                    "start_days_ago": 430,
                    "end_days_ago": None,
                    "needs_time": "Eén avond per school per jaar",
                    "needs_room": "Scholen die de avond in hun jaarplanning zetten",
                    "needs_money": "",
                    "expected_result": "Ouders van groep 8 maken samen afspraken over alcohol.",
                    "status_history": [["proposed", 560], ["agreed", 530], ["running", 430]],
                    "progress": [
                        {
                            "days_ago": 400,
                            "text": "Ouderavond in groep 8 van drie scholen.",
                            "percent": 30,
                            "figure": 64,
                            "figure_label": "ouders",
                        },
                        {
                            "days_ago": 280,
                            "text": (
                                "Ouders kregen de folder 'Zo praat je over alcohol'. Veel vragen "
                                "over vapen."
                            ),
                            "percent": 45,
                            "figure": None,
                            "figure_label": "",
                        },
                        {
                            "days_ago": 25,
                            "text": (
                                "Nieuwe ronde ouderavonden gepland; vapen is nu een vast onderdeel."
                            ),
                            "percent": 60,
                            "figure": 64,
                            "figure_label": "ouders",
                        },
                    ],
                },
                {
                    "title": "Afspraken met keten in het buitengebied over drinken door jongeren",
                    "description": (
                        "De wijkagent en de dorpsraad gingen in gesprek met eigenaren van keten "
                        "waar jongeren samenkomen. Het doel was een convenant: geen alcohol onder "
                        "de 18 en een vast aanspreekpunt. Er bleek te weinig draagvlak; de actie "
                        "is gestopt."
                    ),
                    "goals": ["Minder jongeren drinken alcohol of gebruiken drugs"],
                    "lead": "Ronald Bosch",
                    "organisations": [
                        ["Politieteam Linderdal", "executes"],
                        ["Dorpsraad Heggenrade", "contributes"],
                        ["Gemeente Brinkeveld", "contributes"],
                    ],
                    "target_groups": ["Jongeren van 12 tot 23 jaar"],
                    "area": "Heggenrade",
                    "start_days_ago": 470,
                    "end_days_ago": 300,
                    "needs_time": "Avonden voor gesprekken met eigenaren",
                    "needs_room": "Een convenant",
                    "needs_money": "",
                    "expected_result": "Keten houden zich aan de leeftijdsgrens.",
                    "status_history": [
                        ["proposed", 560],
                        ["agreed", 520],
                        ["running", 470],
                        ["stopped", 300],
                    ],
                    "progress": [
                        {
                            "days_ago": 440,
                            "text": (
                                "Gesprekken met vier keten in Heggenrade en Elzenbroek. De "
                                "eigenaren willen wel meepraten."
                            ),
                            "percent": 20,
                            "figure": 4,
                            "figure_label": "keten",
                        },
                        {
                            "days_ago": 330,
                            "text": (
                                "Twee keten zijn gestopt, de andere haken af. Geen draagvlak voor "
                                "een convenant."
                            ),
                            "percent": 25,
                            "figure": None,
                            "figure_label": "",
                        },
                    ],
                },
            ],
        },
        {
            "title": "Informatieavond: wat kunt u doen in uw dorp?",
            "kind": "information_evening",
            "days_ago": 500,
            "place": "Dorpshuis De Wieke, Wildervoort",
            "goals": [
                "Elk dorp heeft een levendige ontmoetingsplek",
                "Inwoners nemen zelf initiatief en krijgen daarbij steun",
                "Elk dorp heeft een eigen dorpsbudget voor initiatieven",
                "In elk dorp is een vorm van burenhulp",
            ],
            "participants": [
                "Hanneke Stroeve",
                "Lotte Schuurman",
                "Yvonne Ruitenberg",
                "Nienke Groenewold",
                "Thijs Nijland",
                "Marjan Borgonje",
                "Koen Abbink",
                "Johan Ruesink",
                "Gert Kleinjan",
                "Saar Meijerink",
                "Youssef Amrani",
            ],
            "notes": (
                "Ongeveer zeventig inwoners kwamen naar de avond. Wethouder Hanneke Stroeve "
                "vertelde wat de 411 sleutelfiguren hadden gezegd en waarom de gemeente het niet "
                "alleen kan. In kleine groepen bedachten inwoners wat ze zelf willen doen. Veel "
                "ideeën gingen over ontmoeten: een buurtmaaltijd, een jeu-de-boulesbaan, een "
                "klussendienst. Iemand zei: “We hebben geen nieuw plan nodig, we hebben een "
                "sleutel van het dorpshuis nodig en een paar handen.” Er waren ook zorgen over de "
                "bus die niet meer door Wildervoort rijdt."
            ),
            "decisions": (
                "Elk dorp krijgt een eigen dorpsbudget van 5.000 euro per jaar voor initiatieven "
                "van inwoners. De dorpsondersteuners helpen initiatiefnemers op weg."
            ),
            "actions": [
                {
                    "title": "Dorpsbudget van 5.000 euro per dorp voor initiatieven van inwoners",
                    "description": (
                        "Elk dorp krijgt elk jaar 5.000 euro voor ideeën van inwoners. De "
                        "dorpsraad beslist samen met inwoners waaraan het geld wordt besteed. Een "
                        "aanvraag is één A4'tje; de dorpsondersteuner helpt met schrijven."
                    ),
                    "goals": [
                        "Elk dorp heeft een eigen dorpsbudget voor initiatieven",
                        "Inwoners nemen zelf initiatief en krijgen daarbij steun",
                    ],
                    "lead": "Yvonne Ruitenberg",
                    "organisations": [
                        ["Gemeente Brinkeveld", "executes"],
                        ["Dorpsraad Wildervoort", "advises"],
                        ["Plaatselijk Belang Elzenbroek", "advises"],
                    ],
                    "target_groups": [],
                    "area": "",
                    "start_days_ago": 420,
                    "end_days_ago": None,
                    "needs_time": "Twee uur per week bij de gemeente voor afhandeling",
                    "needs_room": "Dorpsraden die zelf mogen beslissen",
                    "needs_money": "30.000 euro per jaar uit de begroting",
                    "expected_result": (
                        "In elk dorp worden elk jaar meerdere initiatieven van inwoners gesteund."
                    ),
                    "status_history": [["proposed", 500], ["agreed", 470], ["running", 420]],
                    "progress": [
                        {
                            "days_ago": 390,
                            "text": (
                                "Regeling vastgesteld: een aanvraag van één A4 bij de dorpsraad."
                            ),
                            "percent": 20,
                            "figure": None,
                            "figure_label": "",
                        },
                        {
                            "days_ago": 270,
                            "text": (
                                "Eerste 14 initiatieven gesteund, van een bankje bij de ijsbaan "
                                "tot een buurtfeest."
                            ),
                            "percent": 45,
                            "figure": 14,
                            "figure_label": "initiatieven",
                        },
                        {
                            "days_ago": 120,
                            "text": (
                                "Heggenrade heeft zijn budget nog niet besteed. De dorpsraad "
                                "krijgt hulp bij de uitleg aan inwoners."
                            ),
                            "percent": 60,
                            "figure": 27,
                            "figure_label": "initiatieven",
                        },
                        {
                            "days_ago": 14,
                            "text": (
                                "31 initiatieven gesteund in alle zes dorpen. Het budget staat ook "
                                "in de begroting voor volgend jaar."
                            ),
                            "percent": 85,
                            "figure": 31,
                            "figure_label": "initiatieven",
                        },
                    ],
                },
                {
                    "title": "Klussendienst van vrijwilligers in Wildervoort",
                    "description": (
                        "Vrijwilligers helpen ouderen en andere inwoners met kleine klussen in en "
                        "om het huis, zoals een lamp vervangen of een gordijnrail ophangen. "
                        "Aanvragen gaan via de dorpsondersteuner. Bewoners betalen alleen het "
                        "materiaal."
                    ),
                    "goals": [
                        "In elk dorp is een vorm van burenhulp",
                        "Buren helpen elkaar bij kleine klussen en zorgen",
                    ],
                    "lead": "Nienke Groenewold",
                    "organisations": [
                        ["Dorpsondersteuner Wildervoort", "executes"],
                        ["Dorpsraad Wildervoort", "contributes"],
                        ["Vrijwilligerscentrale Brinkeveld", "contributes"],
                    ],
                    "target_groups": ["Alleenwonende ouderen van 75 jaar en ouder"],
                    "area": "Wildervoort",
                    "start_days_ago": 450,
                    "end_days_ago": None,
                    "needs_time": "Tien klussers, een uur per week coördinatie",
                    "needs_room": "Opslag voor gereedschap",
                    "needs_money": "500 euro voor gereedschap uit het dorpsbudget",
                    "expected_result": (
                        "Ouderen kunnen langer zelfstandig thuis wonen en kennen hun dorpsgenoten."
                    ),
                    "status_history": [["proposed", 500], ["agreed", 485], ["running", 450]],
                    "progress": [
                        {
                            "days_ago": 430,
                            "text": (
                                "Negen klussers aangemeld. Flyers liggen bij de supermarkt en de "
                                "kerk."
                            ),
                            "percent": 15,
                            "figure": 9,
                            "figure_label": "klussers",
                        },
                        {
                            "days_ago": 300,
                            "text": (
                                "62 klussen gedaan: lampen vervangen, gordijnen ophangen, een "
                                "tuinhek repareren."
                            ),
                            "percent": 45,
                            "figure": 62,
                            "figure_label": "klussen",
                        },
                        {
                            "days_ago": 150,
                            "text": (
                                "De vraag groeit harder dan het aantal klussers. Repair Café "
                                "Klaverdonk helpt met elektrische apparaten."
                            ),
                            "percent": 60,
                            "figure": 118,
                            "figure_label": "klussen",
                        },
                        {
                            "days_ago": 8,
                            "text": (
                                "Dit jaar 187 klussen gedaan. Drie nieuwe klussers via de harmonie."
                            ),
                            "percent": 80,
                            "figure": 187,
                            "figure_label": "klussen",
                        },
                    ],
                },
                {
                    "title": "Jeu-de-boulesbaan bij het dorpshuis in Wildervoort",
                    "description": (
                        "Naast het dorpshuis komt een jeu-de-boulesbaan waar jong en oud samen "
                        "spelen. De dorpsraad regelt de aanleg, SV Wildervoort zorgt voor ballen "
                        "en een wekelijkse speelavond."
                    ),
                    "goals": [
                        "Elk dorp heeft een levendige ontmoetingsplek",
                        "Dorpshuizen zijn open voor alle leeftijden",
                    ],
                    "lead": "Marjan Borgonje",
                    "organisations": [
                        ["Dorpsraad Wildervoort", "executes"],
                        ["SV Wildervoort", "contributes"],
                        ["Gemeente Brinkeveld", "funds"],
                    ],
                    "target_groups": [],
                    "area": "Wildervoort",
                    "start_days_ago": 400,
                    "end_days_ago": 310,
                    "needs_time": "Twee zaterdagen werk voor de aanleg",
                    "needs_room": "Toestemming voor het stuk grond naast het dorpshuis",
                    "needs_money": "3.200 euro, waarvan 2.000 uit het dorpsbudget",
                    "expected_result": (
                        "Een baan die elke week gebruikt wordt door verschillende generaties."
                    ),
                    "status_history": [
                        ["proposed", 500],
                        ["agreed", 470],
                        ["running", 400],
                        ["finished", 310],
                    ],
                    "progress": [
                        {
                            "days_ago": 370,
                            "text": (
                                "Dorpsbudget toegekend. Loonbedrijf Hendriks levert het zand "
                                "gratis."
                            ),
                            "percent": 40,
                            "figure": None,
                            "figure_label": "",
                        },
                        {
                            "days_ago": 315,
                            "text": "Baan geopend met een toernooi voor spelers van 8 tot 84 jaar.",
                            "percent": 100,
                            "figure": 48,
                            "figure_label": "deelnemers toernooi",
                        },
                    ],
                },
                {
                    "title": "Vrijwillige chauffeursdienst uitbreiden naar Wildervoort",
                    "description": (
                        "Sinds de bus niet meer door Wildervoort rijdt, komen ouderen moeilijk bij "
                        "de huisarts. De chauffeursdienst uit Elzenbroek wil ook in Wildervoort "
                        "gaan rijden. Eerst moeten er chauffeurs en een regeling voor de "
                        "verzekering komen."
                    ),
                    "goals": ["Voorzieningen blijven bereikbaar, ook zonder auto"],
                    "lead": "Naima Achahbar",
                    "organisations": [
                        ["Dorpsondersteuner Wildervoort", "executes"],
                        ["Vrijwilligerscentrale Brinkeveld", "contributes"],
                        ["Dorpsondersteuner Elzenbroek", "advises"],
                        ["Gemeente Brinkeveld", "funds"],
                    ],
                    "target_groups": ["Alleenwonende ouderen van 75 jaar en ouder"],
                    "area": "Wildervoort",
                    "start_days_ago": None,
                    "end_days_ago": None,
                    "needs_time": "Zes chauffeurs en een vast belnummer",
                    "needs_room": "Een regeling voor verzekering en kilometervergoeding",
                    "needs_money": "Ongeveer 3.000 euro per jaar voor vergoedingen",
                    "expected_result": (
                        "Ouderen in Wildervoort kunnen zonder eigen auto naar de huisarts."
                    ),
                    "status_history": [["proposed", 500], ["agreed", 430]],
                    "progress": [],
                },
            ],
        },
        {
            "title": "Stakeholdertafel Samenleven en veiligheid",
            "kind": "stakeholder_table",
            "days_ago": 430,
            "place": "Gemeentehuis Brinkhoven",
            "goals": [
                "Nieuwe inwoners voelen zich snel thuis in het dorp",
                "Statushouders en arbeidsmigranten doen mee in het dorpsleven",
                "Huiselijk geweld wordt eerder gezien en gestopt",
                "Omstanders weten wat ze kunnen doen bij zorgen",
            ],
            "participants": [
                "Marloes Hulshof",
                "Ronald Bosch",
                "Miranda Tiemens",
                "Judith Haarman",
                "Naima Achahbar",
                "Evelien Kroeze",
                "Paul Ebbers",
                "Corine Landman",
                "Ton Hendriks",
                "Anouk van der Meulen",
                "Gerda Pelgrim",
                "Gerrit-Jan Koopmans",
            ],
            "notes": (
                "Veilig Thuis vertelde dat buren vaak wel iets horen of zien, maar twijfelen of ze "
                "moeten bellen. “Mensen denken dat ze met een melding een gezin kapotmaken. "
                "Terwijl we meestal beginnen met een gesprek.” De bibliotheek en de "
                "vrijwilligerscentrale zien dat statushouders na de inburgering weinig contact "
                "hebben met dorpsgenoten. Ton Hendriks vertelde dat zijn buitenlandse medewerkers "
                "in de winter buiten het werk bijna niemand spreken. De wijkconsulent van "
                "Linderhof wil nieuwe huurders standaard een welkomstbezoek geven."
            ),
            "decisions": (
                "Veilig Thuis en de politie maken samen een campagne voor omstanders. Linderhof en "
                "de dorpsondersteuners werken een welkomstbezoek voor nieuwe inwoners uit."
            ),
            "actions": [
                {
                    "title": "Campagne 'Twijfel je? Bel toch' voor buren en omstanders",
                    "description": (
                        "Met posters, kaartjes en verhalen in het dorpsblad leren inwoners wat ze "
                        "kunnen doen als ze zich zorgen maken over een gezin. De boodschap: bellen "
                        "met Veilig Thuis is eerst advies vragen, geen aangifte doen."
                    ),
                    "goals": [
                        "Omstanders weten wat ze kunnen doen bij zorgen",
                        "Huiselijk geweld wordt eerder gezien en gestopt",
                    ],
                    "lead": "Marloes Hulshof",
                    "organisations": [
                        ["Veilig Thuis Linderdal", "executes"],
                        ["Politieteam Linderdal", "contributes"],
                        ["Gemeente Brinkeveld", "contributes"],
                    ],
                    "target_groups": [],
                    "area": "",
                    "start_days_ago": 360,
                    "end_days_ago": 250,
                    "needs_time": "Twee dagen van de communicatieadviseur",
                    "needs_room": "Plekken voor posters in winkels en praktijken",
                    "needs_money": "1.800 euro voor drukwerk en een advertentie",
                    "expected_result": "Meer omstanders vragen advies bij Veilig Thuis.",
                    "status_history": [
                        ["proposed", 430],
                        ["agreed", 410],
                        ["running", 360],
                        ["finished", 250],
                    ],
                    "progress": [
                        {
                            "days_ago": 340,
                            "text": (
                                "Posters en kaartjes hangen in supermarkten, huisartsenpraktijken "
                                "en dorpshuizen."
                            ),
                            "percent": 30,
                            "figure": None,
                            "figure_label": "",
                        },
                        {
                            "days_ago": 290,
                            "text": (
                                "Informatieavond in Brinkhoven: 40 bezoekers. Veilig Thuis kreeg "
                                "in drie maanden 9 adviesvragen van buren, tegen 3 vorig jaar."
                            ),
                            "percent": 70,
                            "figure": 9,
                            "figure_label": "adviesvragen van omstanders",
                        },
                        {
                            "days_ago": 255,
                            "text": (
                                "Campagne afgerond. Het materiaal blijft beschikbaar voor de "
                                "dorpshuizen."
                            ),
                            "percent": 100,
                            "figure": None,
                            "figure_label": "",
                        },
                    ],
                },
                {
                    "title": "Welkomstbezoek voor nieuwe huurders en nieuwe inwoners",
                    "description": (
                        "Wie in Brinkeveld komt wonen, krijgt binnen een maand bezoek. De bezoeker "
                        "brengt een welkomstmap met clubs, de huisarts, het dorpshuis en de "
                        "dorpsondersteuner. Zo weten nieuwe inwoners waar ze terechtkunnen."
                    ),
                    "goals": [
                        "Nieuwe inwoners krijgen een welkomstbezoek",
                        "Nieuwe inwoners voelen zich snel thuis in het dorp",
                    ],
                    "lead": "Paul Ebbers",
                    "organisations": [
                        ["Woonstichting Linderhof", "executes"],
                        ["Dorpsondersteuner Brinkhoven", "contributes"],
                        ["Gemeente Brinkeveld", "contributes"],
                    ],
                    "target_groups": [],
                    "area": "",
                    "start_days_ago": 340,
                    "end_days_ago": None,
                    "needs_time": "Een half uur per bezoek",
                    "needs_room": "Adressen van nieuwe inwoners via de gemeente",
                    "needs_money": "Drukwerk voor de welkomstmap, 900 euro per jaar",
                    "expected_result": "Nieuwe inwoners weten binnen een maand de weg in hun dorp.",
                    "status_history": [["proposed", 430], ["agreed", 400], ["running", 340]],
                    "progress": [
                        {
                            "days_ago": 310,
                            "text": "Welkomstmap gemaakt met de dorpsondersteuners.",
                            "percent": 20,
                            "figure": None,
                            "figure_label": "",
                        },
                        {
                            "days_ago": 200,
                            "text": (
                                "58 nieuwe huishoudens bezocht. Vijf van hen meldden zich als "
                                "vrijwilliger."
                            ),
                            "percent": 45,
                            "figure": 58,
                            "figure_label": "huishoudens bezocht",
                        },
                        {
                            "days_ago": 26,
                            "text": "Ook kopers krijgen nu een welkomstbezoek, via de gemeente.",
                            "percent": 60,
                            "figure": 104,
                            "figure_label": "huishoudens bezocht",
                        },
                    ],
                },
                {
                    "title": "Taalcafé en taalmaatjes voor statushouders",
                    "description": (
                        "In de bibliotheek is elke week een taalcafé waar nieuwe inwoners "
                        "Nederlands oefenen met vrijwilligers. Wie wil, krijgt een taalmaatje uit "
                        "het eigen dorp. Samen gaan ze ook naar activiteiten in het dorp."
                    ),
                    "goals": [
                        "Statushouders en arbeidsmigranten doen mee in het dorpsleven",
                        "Het Taalhuis in de bibliotheek is bekend in elk dorp",
                    ],
                    "lead": "Judith Haarman",
                    "organisations": [
                        ["Bibliotheek Brinkeveld", "executes"],
                        ["Vrijwilligerscentrale Brinkeveld", "contributes"],
                        ["Protestantse Gemeente Brinkhoven", "contributes"],
                    ],
                    "target_groups": ["Statushouders en arbeidsmigranten"],
                    "area": "",
                    "start_days_ago": 390,
                    "end_days_ago": None,
                    "needs_time": "Vier vrijwilligers per taalcafé",
                    "needs_room": "Een ruimte in de bibliotheek op woensdagochtend",
                    "needs_money": "Koffie en lesmateriaal, 700 euro per jaar",
                    "expected_result": (
                        "Statushouders spreken vaker Nederlands en kennen mensen in hun dorp."
                    ),
                    "status_history": [["proposed", 430], ["agreed", 415], ["running", 390]],
                    "progress": [
                        {
                            "days_ago": 360,
                            "text": "Taalcafé elke woensdagochtend in de bibliotheek.",
                            "percent": 20,
                            "figure": 14,
                            "figure_label": "deelnemers",
                        },
                        {
                            "days_ago": 250,
                            "text": "Twaalf taalmaatjes gekoppeld.",
                            "percent": 45,
                            "figure": 12,
                            "figure_label": "koppels",
                        },
                        {
                            "days_ago": 100,
                            "text": (
                                "Drie deelnemers helpen nu zelf als vrijwilliger bij Samen aan "
                                "Tafel."
                            ),
                            "percent": 60,
                            "figure": None,
                            "figure_label": "",
                        },
                        {
                            "days_ago": 5,
                            "text": (
                                "Ook in Wildervoort een taalcafé gestart, in de inloop van De Stek."
                            ),
                            "percent": 75,
                            "figure": 23,
                            "figure_label": "deelnemers",
                        },
                    ],
                },
                {
                    "title": (
                        "Buitenlandse medewerkers maken kennis met het dorpsleven in Elzenbroek"
                    ),
                    "description": (
                        "Loonbedrijf Hendriks en Plaatselijk Belang Elzenbroek nodigen "
                        "seizoenswerkers uit voor activiteiten in het dorp, zoals het dorpsfeest "
                        "en het voetbaltoernooi. Een vrijwilliger die Pools spreekt, helpt met "
                        "vertalen."
                    ),
                    "goals": ["Statushouders en arbeidsmigranten doen mee in het dorpsleven"],
                    "lead": "Ton Hendriks",
                    "organisations": [
                        ["Loonbedrijf Hendriks", "executes"],
                        ["Plaatselijk Belang Elzenbroek", "contributes"],
                        ["Parochie De Goede Herder", "contributes"],
                    ],
                    "target_groups": ["Statushouders en arbeidsmigranten"],
                    "area": "Elzenbroek",
                    "start_days_ago": 330,
                    "end_days_ago": None,
                    "needs_time": "Een contactpersoon bij het loonbedrijf",
                    "needs_room": "Uitnodigingen in het Pools en Roemeens",
                    "needs_money": "200 euro per activiteit",
                    "expected_result": "Seizoenswerkers kennen het dorp en het dorp kent hen.",
                    "status_history": [["proposed", 430], ["agreed", 400], ["running", 330]],
                    "progress": [
                        {
                            "days_ago": 300,
                            "text": "Kerstborrel in het dorpshuis met medewerkers en dorpsgenoten.",
                            "percent": 30,
                            "figure": 25,
                            "figure_label": "medewerkers",
                        },
                        {
                            "days_ago": 190,
                            "text": "Een team van medewerkers deed mee aan het dorpstoernooi.",
                            "percent": 40,
                            "figure": None,
                            "figure_label": "",
                        },
                    ],
                },
                {
                    "title": "Signalenkaart huiselijk geweld voor de wijkverpleging",
                    "description": (
                        "Wijkverpleegkundigen komen achter de voordeur en zien soms signalen van "
                        "huiselijk geweld bij ouderen. Het plan was een korte kaart met signalen "
                        "en vragen. Thuiszorg Linderdal had er geen tijd voor; de actie is gestopt."
                    ),
                    "goals": [
                        "Huiselijk geweld wordt eerder gezien en gestopt",
                        "Omstanders weten wat ze kunnen doen bij zorgen",
                    ],
                    "lead": "Gerda Pelgrim",
                    "organisations": [
                        ["Thuiszorg Linderdal", "executes"],
                        ["Veilig Thuis Linderdal", "advises"],
                    ],
                    "target_groups": ["Alleenwonende ouderen van 75 jaar en ouder"],
                    "area": "",
                    "start_days_ago": None,
                    "end_days_ago": None,
                    "needs_time": "Twee overleggen en een training",
                    "needs_room": "",
                    "needs_money": "",
                    "expected_result": "Wijkverpleegkundigen herkennen ouderenmishandeling eerder.",
                    "status_history": [["proposed", 430], ["stopped", 380]],
                    "progress": [],
                },
            ],
        },
        {
            "title": "Werksessie professionals: bewustwording, ontwikkeling en randvoorwaarden",
            "kind": "working_session",
            "days_ago": 330,
            "place": "Gezondheidscentrum De Brink, Brinkhoven",
            "goals": [
                "Leerkrachten en trainers herkennen signalen van verwaarlozing",
                "Professionals en vrijwilligers kunnen verslaving bespreekbaar maken",
                "Betalingsachterstanden worden vroeg gesignaleerd",
                "Eenzaamheid is bespreekbaar in de dorpen",
            ],
            "participants": [
                "Gerrit-Jan Koopmans",
                "Hanneke Stroeve",
                "Miranda Tiemens",
                "Femke Harbers",
                "Gerda Pelgrim",
                "Tamara Smit",
                "Chantal Vos",
                "Stefan Bouwmeester",
                "Dennis Kamphuis",
                "Anouk van der Meulen",
                "Lisa Jansen",
                "Peter Groothuis",
                "Rick Nijenhuis",
                "Lotte Schuurman",
            ],
            "notes": (
                "Na het Actieboek voelden veel professionals vooral druk. “Er kwam steeds een "
                "nieuwe actie bij, maar mijn caseload bleef hetzelfde,” zei een "
                "wijkverpleegkundige. Het projectteam stelde daarom drie vragen: zie je de kansen "
                "om problemen te voorkomen, heb je de kennis en vaardigheden, en heb je tijd, "
                "ruimte en geld? Op de laatste vraag zeiden de meeste deelnemers nee. Chantal Vos "
                "ziet signalen van schulden, maar heeft in tien minuten geen tijd om door te "
                "vragen. Leidinggevenden waren bij een deel van het gesprek en schrokken van hoe "
                "weinig ruimte er is."
            ),
            "decisions": (
                "Het projectteam jaagt een jaar lang niet meer actief op nieuwe acties en richt "
                "zich op bewustwording, ontwikkeling en randvoorwaarden; partijen die zelf met een "
                "actie komen, krijgen wel steun. Partners spreken met hun leidinggevenden af "
                "hoeveel uur er voor preventie is. Over een jaar volgt een meting onder "
                "professionals."
            ),
            "actions": [
                {
                    "title": (
                        "Vier preventie-uren per maand voor professionals in het sociaal domein"
                    ),
                    "description": (
                        "Professionals van het Sociaal Team, Welzijn en de wijkverpleging krijgen "
                        "vier uur per maand voor preventief werk zonder hulpvraag. Ze gebruiken "
                        "die tijd bijvoorbeeld voor een kop koffie bij de dorpsondersteuner of een "
                        "bezoek aan de school. De uren staan in het rooster en tellen niet als "
                        "productie."
                    ),
                    "goals": [
                        "Betalingsachterstanden worden vroeg gesignaleerd",
                        "Kinderen groeien veilig op",
                    ],
                    "lead": "Miranda Tiemens",
                    "organisations": [
                        ["Sociaal Team Brinkeveld", "executes"],
                        ["Stichting Welzijn Brinkeveld", "contributes"],
                        ["Thuiszorg Linderdal", "contributes"],
                        ["Gemeente Brinkeveld", "funds"],
                    ],
                    "target_groups": [],
                    "area": "",
                    "start_days_ago": 270,
                    "end_days_ago": -95,
                    "needs_time": "Vier uur per maand per professional",
                    "needs_room": "Leidinggevenden die de uren echt vrijhouden",
                    "needs_money": "De gemeente vergoedt de uren in de subsidie van de partners",
                    "expected_result": (
                        "Professionals ervaren tijd en ruimte om problemen te voorkomen."
                    ),
                    "status_history": [["proposed", 330], ["agreed", 300], ["running", 270]],
                    "progress": [
                        {
                            "days_ago": 240,
                            "text": (
                                "Sociaal Team en Welzijn hebben de uren in de roosters gezet. De "
                                "thuiszorg doet mee met twee uur per maand."
                            ),
                            "percent": 25,
                            "figure": None,
                            "figure_label": "",
                        },
                        {
                            "days_ago": 150,
                            "text": (
                                "Professionals gebruiken de uren vooral voor huisbezoeken zonder "
                                "hulpvraag en overleg met scholen."
                            ),
                            "percent": 50,
                            "figure": None,
                            "figure_label": "",
                        },
                        {
                            "days_ago": 21,
                            "text": (
                                "Tussenmeting: 64 procent van de professionals ervaart nu tijd "
                                "voor preventie, tegen 31 procent vorig jaar."
                            ),
                            "percent": 70,
                            "figure": 64,
                            "figure_label": "procent ervaart tijd voor preventie",
                        },
                    ],
                },
                {
                    "title": "Training 'Het gesprek over geld' voor professionals",
                    "description": (
                        "Wijkverpleegkundigen, jongerenwerkers en praktijkondersteuners leren hoe "
                        "ze geldzorgen herkennen en bespreekbaar maken. Ze oefenen met korte "
                        "vragen die passen in een gewoon gesprek en weten daarna naar wie ze "
                        "kunnen verwijzen."
                    ),
                    "goals": [
                        "Betalingsachterstanden worden vroeg gesignaleerd",
                        "Minder huishoudens met problematische schulden",
                    ],
                    "lead": "Peter Groothuis",
                    "organisations": [
                        ["Kredietbank Linderdal", "executes"],
                        ["Rond met Geld Brinkeveld", "contributes"],
                        ["Huisartsenpraktijk Oosterlinde", "contributes"],
                    ],
                    "target_groups": ["Huishoudens met een laag inkomen of geldzorgen"],
                    "area": "",
                    "start_days_ago": 260,
                    "end_days_ago": None,
                    "needs_time": "Een dagdeel training en een terugkommiddag",
                    "needs_room": "Werkgevers die de training als werktijd zien",
                    "needs_money": "Gratis; de Kredietbank levert de trainers",
                    "expected_result": (
                        "Professionals durven door te vragen over geld en verwijzen eerder."
                    ),
                    "status_history": [["proposed", 330], ["agreed", 310], ["running", 260]],
                    "progress": [
                        {
                            "days_ago": 230,
                            "text": (
                                "Training signaleren schulden gegeven aan 22 professionals: "
                                "wijkverpleging, jongerenwerk en praktijkondersteuners."
                            ),
                            "percent": 35,
                            "figure": 22,
                            "figure_label": "professionals getraind",
                        },
                        {
                            "days_ago": 120,
                            "text": "Tweede groep, onder wie vier huisartsen.",
                            "percent": 60,
                            "figure": 39,
                            "figure_label": "professionals getraind",
                        },
                        {
                            "days_ago": 16,
                            "text": (
                                "Terugkomdag: deelnemers brachten 14 gesprekken in waarin ze "
                                "geldzorgen aankaartten."
                            ),
                            "percent": 80,
                            "figure": 39,
                            "figure_label": "professionals getraind",
                        },
                    ],
                },
                {
                    "title": (
                        "Intervisie preventief werken voor dorpsondersteuners en jongerenwerkers"
                    ),
                    "description": (
                        "Professionals uit verschillende organisaties bespreken elke zes weken een "
                        "situatie uit hun werk. De vraag is steeds: wat had eerder gekund, en wie "
                        "had je daarvoor nodig? Een opbouwwerker begeleidt de groep."
                    ),
                    "goals": [
                        "Eenzaamheid is bespreekbaar in de dorpen",
                        "Jongeren hebben een plek en een stem in hun dorp",
                    ],
                    "lead": "Anouk van der Meulen",
                    "organisations": [
                        ["Stichting Welzijn Brinkeveld", "executes"],
                        ["Jongerenwerk De Stek", "contributes"],
                        ["Dorpsondersteuner Heggenrade", "contributes"],
                    ],
                    "target_groups": [],
                    "area": "",
                    "start_days_ago": 290,
                    "end_days_ago": None,
                    "needs_time": "Twee uur per zes weken per deelnemer",
                    "needs_room": "Een vaste begeleider",
                    "needs_money": "",
                    "expected_result": (
                        "Professionals werken makkelijker samen over de grenzen van hun "
                        "organisatie."
                    ),
                    "status_history": [["proposed", 330], ["agreed", 315], ["running", 290]],
                    "progress": [
                        {
                            "days_ago": 260,
                            "text": "Eerste intervisiegroep van acht professionals.",
                            "percent": 20,
                            "figure": 8,
                            "figure_label": "deelnemers",
                        },
                        {
                            "days_ago": 170,
                            "text": (
                                "Tweede groep gestart. Vaak besproken: wanneer mag je je "
                                "ongevraagd met iemand bemoeien?"
                            ),
                            "percent": 45,
                            "figure": 15,
                            "figure_label": "deelnemers",
                        },
                        {
                            "days_ago": 9,
                            "text": (
                                "Deelnemers zeggen dat ze sneller een collega van een andere "
                                "organisatie bellen."
                            ),
                            "percent": 70,
                            "figure": 15,
                            "figure_label": "deelnemers",
                        },
                    ],
                },
                {
                    "title": (
                        "Preventiefonds: een klein budget dat professionals zelf mogen inzetten"
                    ),
                    "description": (
                        "Professionals mogen tot 250 euro per inwoner uitgeven als dat een "
                        "probleem voorkomt, zonder aanvraag vooraf. Denk aan een tweedehands fiets "
                        "om naar werk te gaan of een sportabonnement. Achteraf melden ze kort "
                        "waarvoor het geld is gebruikt."
                    ),
                    "goals": [
                        "Minder huishoudens met problematische schulden",
                        "Minder inwoners voelen zich eenzaam",
                    ],
                    "lead": "Gerrit-Jan Koopmans",
                    "organisations": [
                        ["Gemeente Brinkeveld", "executes"],
                        ["Sociaal Team Brinkeveld", "contributes"],
                    ],
                    "target_groups": ["Huishoudens met een laag inkomen of geldzorgen"],
                    "area": "",
                    "start_days_ago": 200,
                    "end_days_ago": None,
                    "needs_time": "Een korte meldprocedure",
                    "needs_room": "Vertrouwen van de gemeente in de professionals",
                    "needs_money": "15.000 euro per jaar",
                    "expected_result": (
                        "Professionals lossen kleine problemen op voordat ze groot worden."
                    ),
                    "status_history": [["proposed", 330], ["agreed", 250], ["running", 200]],
                    "progress": [
                        {
                            "days_ago": 170,
                            "text": (
                                "Regeling klaar: tot 250 euro per inwoner zonder aanvraag vooraf."
                            ),
                            "percent": 30,
                            "figure": None,
                            "figure_label": "",
                        },
                        {
                            "days_ago": 80,
                            "text": (
                                "In drie maanden 23 keer gebruikt, bijvoorbeeld voor een fiets, "
                                "een sportabonnement en een verjaardagstaart."
                            ),
                            "percent": 55,
                            "figure": 23,
                            "figure_label": "keer gebruikt",
                        },
                        {
                            "days_ago": 19,
                            "text": (
                                "Teller op 41. Geen misbruik gezien; de regeling wordt verlengd."
                            ),
                            "percent": 75,
                            "figure": 41,
                            "figure_label": "keer gebruikt",
                        },
                    ],
                },
                {
                    "title": (
                        "Training verslaving bespreekbaar maken voor wijkverpleging en jongerenwerk"
                    ),
                    "description": (
                        "Verslavingszorg De Koers geeft een training motiverende gespreksvoering. "
                        "Deelnemers leren zorgen over drinken, gokken of blowen aankaarten zonder "
                        "te oordelen. Later konden ook vrijwilligers meedoen."
                    ),
                    "goals": [
                        "Professionals en vrijwilligers kunnen verslaving bespreekbaar maken",
                        "Verslaving wordt eerder herkend en besproken",
                    ],
                    "lead": "Stefan Bouwmeester",
                    "organisations": [
                        ["Verslavingszorg De Koers", "executes"],
                        ["Thuiszorg Linderdal", "contributes"],
                        ["Jongerenwerk De Stek", "contributes"],
                    ],
                    "target_groups": [],
                    "area": "",
                    "start_days_ago": 280,
                    "end_days_ago": None,
                    "needs_time": "Twee dagdelen per deelnemer",
                    "needs_room": "",
                    "needs_money": "2.400 euro per training",
                    "expected_result": (
                        "Wijkverpleging en jongerenwerk bespreken middelengebruik als vast "
                        "onderwerp."
                    ),
                    "status_history": [["proposed", 330], ["agreed", 320], ["running", 280]],
                    "progress": [
                        {
                            "days_ago": 250,
                            "text": "Eerste training motiverende gespreksvoering: 14 deelnemers.",
                            "percent": 30,
                            "figure": 14,
                            "figure_label": "deelnemers",
                        },
                        {
                            "days_ago": 140,
                            "text": (
                                "Tweede training, nu ook voor vrijwilligers van Samen aan Tafel en "
                                "de klussendienst."
                            ),
                            "percent": 55,
                            "figure": 31,
                            "figure_label": "deelnemers",
                        },
                        {
                            "days_ago": 27,
                            "text": (
                                "De wijkverpleging stelt nu standaard drie vragen over alcohol bij "
                                "ouderen."
                            ),
                            "percent": 75,
                            "figure": 31,
                            "figure_label": "deelnemers",
                        },
                    ],
                },
                {
                    "title": "Teamgesprekken 'Waar zie jij kansen om te voorkomen?'",
                    "description": (
                        "Het projectteam schoof aan bij teamoverleggen van tien organisaties. Met "
                        "verhalen uit de interviews ging het gesprek over de eigen rol bij het "
                        "voorkomen van problemen. Elk team sprak één concrete afspraak af."
                    ),
                    "goals": [
                        "Eenzaamheid is bespreekbaar in de dorpen",
                        "Professionals en vrijwilligers kunnen verslaving bespreekbaar maken",
                        "Leerkrachten en trainers herkennen signalen van verwaarlozing",
                    ],
                    "lead": "Lotte Schuurman",
                    "organisations": [
                        ["Gemeente Brinkeveld", "executes"],
                        ["Stichting Welzijn Brinkeveld", "contributes"],
                    ],
                    "target_groups": [],
                    "area": "",
                    "start_days_ago": 300,
                    "end_days_ago": 120,
                    "needs_time": "Anderhalf uur per team",
                    "needs_room": "Een plek op de agenda van het teamoverleg",
                    "needs_money": "",
                    "expected_result": "Professionals zien hun eigen rol in preventie.",
                    "status_history": [
                        ["proposed", 330],
                        ["agreed", 320],
                        ["running", 300],
                        ["finished", 120],
                    ],
                    "progress": [
                        {
                            "days_ago": 280,
                            "text": (
                                "Gesprekken bij het Sociaal Team, de thuiszorg en De Stek. Veel "
                                "herkenning."
                            ),
                            "percent": 30,
                            "figure": 3,
                            "figure_label": "teams",
                        },
                        {
                            "days_ago": 200,
                            "text": "Gesprekken bij vier scholen en de huisartsen.",
                            "percent": 70,
                            "figure": 8,
                            "figure_label": "teams",
                        },
                        {
                            "days_ago": 125,
                            "text": (
                                "Tien teams gesproken, samen 146 professionals. Elk team heeft een "
                                "eigen preventie-afspraak op papier."
                            ),
                            "percent": 100,
                            "figure": 146,
                            "figure_label": "professionals",
                        },
                    ],
                },
            ],
        },
        {
            "title": "Trekkersbijeenkomst: wat loopt er en wat loopt vast?",
            "kind": "other",
            "days_ago": 200,
            "place": "Bibliotheek Brinkeveld, Brinkhoven",
            "goals": [
                "Minder inwoners voelen zich eenzaam",
                "Minder huishoudens met problematische schulden",
                "Minder kinderen en volwassenen met overgewicht",
                "Inwoners nemen zelf initiatief en krijgen daarbij steun",
            ],
            "participants": [
                "Willemijn Aalders",
                "Bert Wesselink",
                "Wim Haverkamp",
                "Femke Harbers",
                "Arjan Hofman",
                "Stefan Bouwmeester",
                "Annie Wissink",
                "Nienke Groenewold",
                "Ton Hendriks",
                "Dennis Kamphuis",
                "Naima Achahbar",
                "Yvonne Ruitenberg",
                "Gerrit-Jan Koopmans",
            ],
            "notes": (
                "Trekkers vertelden in vijf minuten hoe hun actie ervoor staat. Wat goed loopt: de "
                "huisbezoeken, de geldlessen en de kantine van SV Wildervoort. Wat vastloopt, "
                "heeft vaak met vrijwilligers of een ruimte te maken; Samen aan Tafel in "
                "Elzenbroek moet straks stoppen omdat de keuken van het dorpshuis wordt verbouwd. "
                "“In het begin lag er veel druk op de activiteiten. Nu dat wat meer wordt "
                "losgelaten, gaat het beter,” zei een trekker. Trekkers willen vooral weten wat "
                "anderen doen, zodat ze elkaar kunnen helpen."
            ),
            "decisions": (
                "Twee keer per jaar komt er een trekkersbijeenkomst. Het projectteam zet de "
                "vastgelopen acties op de agenda van de stuurgroep."
            ),
            "actions": [
                {
                    "title": "Trekkersnetwerk dat twee keer per jaar ervaringen uitwisselt",
                    "description": (
                        "Trekkers van acties ontmoeten elkaar twee keer per jaar in een ander "
                        "dorp. Ze delen wat werkt, lenen vrijwilligers en materiaal van elkaar uit "
                        "en bespreken wat vastloopt. Het projectteam organiseert, de trekkers "
                        "bepalen de agenda."
                    ),
                    "goals": ["Inwoners nemen zelf initiatief en krijgen daarbij steun"],
                    "lead": "Yvonne Ruitenberg",
                    "organisations": [
                        ["Gemeente Brinkeveld", "executes"],
                        ["Stichting Welzijn Brinkeveld", "contributes"],
                    ],
                    "target_groups": [],
                    "area": "",
                    "start_days_ago": 180,
                    "end_days_ago": None,
                    "needs_time": "Een dag voorbereiding per bijeenkomst",
                    "needs_room": "Wisselende dorpshuizen",
                    "needs_money": "",
                    "expected_result": "Trekkers weten van elkaar wat ze doen en helpen elkaar.",
                    "status_history": [["proposed", 200], ["agreed", 190], ["running", 180]],
                    "progress": [
                        {
                            "days_ago": 160,
                            "text": "Overzicht van alle trekkers en hun acties gedeeld.",
                            "percent": 20,
                            "figure": None,
                            "figure_label": "",
                        },
                        {
                            "days_ago": 20,
                            "text": (
                                "Tweede trekkersbijeenkomst in Heggenrade: 19 trekkers, drie "
                                "nieuwe samenwerkingen."
                            ),
                            "percent": 50,
                            "figure": 19,
                            "figure_label": "trekkers",
                        },
                    ],
                },
                {
                    "title": "Invalpoule van vrijwilligers voor acties die stilvallen",
                    "description": (
                        "Veel acties lopen vast als één vrijwilliger stopt. De "
                        "Vrijwilligerscentrale zet een poule op van inwoners die af en toe willen "
                        "invallen, bijvoorbeeld bij een koffieochtend of een maaltijd. Voor "
                        "sommige inwoners is dit ook een eerste stap naar vast vrijwilligerswerk."
                    ),
                    "goals": [
                        "Vrijwilligerswerk is een opstap naar meer",
                        "Buren helpen elkaar bij kleine klussen en zorgen",
                    ],
                    "lead": "Naima Achahbar",
                    "organisations": [
                        ["Vrijwilligerscentrale Brinkeveld", "executes"],
                        ["Stichting Welzijn Brinkeveld", "contributes"],
                    ],
                    "target_groups": ["Inwoners met een afstand tot de arbeidsmarkt"],
                    "area": "",
                    "start_days_ago": -30,
                    "end_days_ago": None,
                    "needs_time": "Vier uur per week coördinatie",
                    "needs_room": "",
                    "needs_money": "Vrijwilligersverzekering via de gemeente",
                    "expected_result": "Geen activiteit valt meer uit omdat er niemand is.",
                    "status_history": [["proposed", 200], ["agreed", 40]],
                    "progress": [],
                },
            ],
        },
        {
            "title": "Stakeholdertafel Meedoen en werk",
            "kind": "stakeholder_table",
            "days_ago": 75,
            "place": "Zorgboerderij De Eikenhof, Heggenrade",
            "goals": [
                "Wie kan werken, heeft werk of een zinvolle dagbesteding",
                "Lokale werkgevers bieden leerwerkplekken",
                "Vrijwilligerswerk is een opstap naar meer",
                "Inwoners begrijpen brieven en regelingen",
            ],
            "participants": [
                "Karim Bouzidi",
                "Henk Lammers",
                "Ton Hendriks",
                "Carla Mensink",
                "Naima Achahbar",
                "Judith Haarman",
                "Sven Vrielink",
                "Erwin van Dalen",
                "Dirk Stoffers",
                "Jeroen Woltering",
                "Lotte Schuurman",
            ],
            "notes": (
                "Henk Lammers liet zien hoe deelnemers op de zorgboerderij stap voor stap meer "
                "verantwoordelijkheid krijgen. Karim Bouzidi vertelde dat veel mensen in de "
                "bijstand wel willen werken, maar vastlopen op vervoer of kinderopvang. Carla "
                "Mensink zei dat ondernemers best leerwerkplekken willen bieden, “maar dan moet "
                "iemand ons helpen met de papieren en er zijn als het misgaat.” Over brieven van "
                "de gemeente was iedereen het eens: ze zijn te moeilijk."
            ),
            "decisions": (
                "Ondernemersvereniging en gemeente werken een voorstel uit voor één aanspreekpunt "
                "voor werkgevers. De gemeente herschrijft tien standaardbrieven in eenvoudige taal."
            ),
            "actions": [
                {
                    "title": "Eén aanspreekpunt voor werkgevers die een leerwerkplek bieden",
                    "description": (
                        "Ondernemers die iemand een leerwerkplek willen geven, krijgen één persoon "
                        "bij de gemeente die de papieren regelt en bereikbaar is als het misgaat. "
                        "Het voorstel wordt nog uitgewerkt met de ondernemersvereniging."
                    ),
                    "goals": ["Lokale werkgevers bieden leerwerkplekken"],
                    "lead": "Carla Mensink",
                    "organisations": [
                        ["Ondernemersvereniging Brinkeveld", "executes"],
                        ["Gemeente Brinkeveld", "contributes"],
                    ],
                    "target_groups": ["Inwoners met een afstand tot de arbeidsmarkt"],
                    "area": "",
                    "start_days_ago": None,
                    "end_days_ago": None,
                    "needs_time": "Een accountmanager voor twee dagen per week",
                    "needs_room": "",
                    "needs_money": "Loonkosten van het aanspreekpunt",
                    "expected_result": "Twintig nieuwe leerwerkplekken bij lokale ondernemers.",
                    "status_history": [["proposed", 75]],
                    "progress": [],
                },
                {
                    "title": (
                        "Tien standaardbrieven van de gemeente herschrijven in eenvoudige taal"
                    ),
                    "description": (
                        "De gemeente herschrijft de tien brieven die inwoners het vaakst krijgen, "
                        "zoals over de bijstand en de Wmo, in B1-taal. Deelnemers van het Taalhuis "
                        "lezen mee en zeggen wat ze niet begrijpen."
                    ),
                    "goals": ["Inwoners begrijpen brieven en regelingen"],
                    "lead": "Lotte Schuurman",
                    "organisations": [
                        ["Gemeente Brinkeveld", "executes"],
                        ["Bibliotheek Brinkeveld", "advises"],
                    ],
                    "target_groups": [
                        "Huishoudens met een laag inkomen of geldzorgen",
                        "Statushouders en arbeidsmigranten",
                    ],
                    "area": "",
                    "start_days_ago": 45,
                    "end_days_ago": -120,
                    "needs_time": "Twee dagen per brief",
                    "needs_room": "Juristen die akkoord gaan met eenvoudiger zinnen",
                    "needs_money": "",
                    "expected_result": "Inwoners begrijpen de brieven die ze het vaakst krijgen.",
                    "status_history": [["proposed", 75], ["agreed", 60], ["running", 45]],
                    "progress": [
                        {
                            "days_ago": 20,
                            "text": (
                                "Vier brieven herschreven en getest met deelnemers van het "
                                "Taalhuis."
                            ),
                            "percent": 40,
                            "figure": 4,
                            "figure_label": "brieven",
                        },
                    ],
                },
                {
                    "title": "Snuffelstages op de zorgboerderij voor inwoners in de bijstand",
                    "description": (
                        "Inwoners met een bijstandsuitkering lopen een paar dagen mee op de "
                        "zorgboerderij. Ze ontdekken wat ze kunnen en leuk vinden, zonder "
                        "verplichtingen. De consulent werk en inkomen bespreekt daarna de volgende "
                        "stap."
                    ),
                    "goals": ["Wie kan werken, heeft werk of een zinvolle dagbesteding"],
                    "lead": "Henk Lammers",
                    "organisations": [
                        ["Zorgboerderij De Eikenhof", "executes"],
                        ["Gemeente Brinkeveld", "contributes"],
                    ],
                    "target_groups": ["Inwoners met een afstand tot de arbeidsmarkt"],
                    "area": "Heggenrade",
                    "start_days_ago": -20,
                    "end_days_ago": -200,
                    "needs_time": "Begeleiding op de boerderij",
                    "needs_room": "",
                    "needs_money": "Vervoer naar Heggenrade",
                    "expected_result": (
                        "Tien inwoners per jaar ontdekken via een snuffelstage wat bij hen past."
                    ),
                    "status_history": [["proposed", 75], ["agreed", 35]],
                    "progress": [],
                },
                {
                    "title": "Digitaal spreekuur in elk dorpshuis",
                    "description": (
                        "De mediacoach van de bibliotheek houdt om de week een spreekuur in een "
                        "dorpshuis. Inwoners krijgen hulp met DigiD, online formulieren en "
                        "berichten van instanties. Zo hoeven ze niet naar Brinkhoven."
                    ),
                    "goals": [
                        "Het Taalhuis in de bibliotheek is bekend in elk dorp",
                        "Inwoners begrijpen brieven en regelingen",
                    ],
                    "lead": "Sven Vrielink",
                    "organisations": [
                        ["Bibliotheek Brinkeveld", "executes"],
                        ["Dorpsondersteuner Klaverdonk", "contributes"],
                        ["Dorpsondersteuner Heggenrade", "contributes"],
                    ],
                    "target_groups": ["Alleenwonende ouderen van 75 jaar en ouder"],
                    "area": "",
                    "start_days_ago": -14,
                    "end_days_ago": None,
                    "needs_time": "Een dagdeel per week van de mediacoach",
                    "needs_room": "Wifi in de dorpshuizen",
                    "needs_money": "Twee laptops, 1.400 euro",
                    "expected_result": (
                        "Inwoners in alle dorpen kunnen dichtbij hulp krijgen bij digitale zaken."
                    ),
                    "status_history": [["proposed", 75], ["agreed", 50]],
                    "progress": [],
                },
            ],
        },
        {
            "title": "Stakeholdertafel Mantelzorg",
            "kind": "stakeholder_table",
            "days_ago": 30,
            "place": "Mantelzorgsteunpunt Brinkeveld, Brinkhoven",
            "goals": [
                "Mantelzorgers houden het vol",
                "Mantelzorgers kennen de mogelijkheden voor respijtzorg",
                "Werkgevers houden rekening met mantelzorg",
            ],
            "participants": [
                "Hilde Veenstra",
                "Jannie Eshuis",
                "Jeroen Woltering",
                "Gerda Pelgrim",
                "Henk Lammers",
                "Chantal Vos",
                "Bert Wesselink",
                "Fatma Yildiz",
                "Thijs Nijland",
            ],
            "notes": (
                "Jannie Eshuis zorgt al zes jaar voor haar man met dementie. “Ik wist niet dat ik "
                "recht had op iemand die een middag overneemt. Ik hoorde het pas van de "
                "buurvrouw.” Het steunpunt kent ongeveer 600 van de naar schatting 4.800 "
                "mantelzorgers in Brinkeveld. Fatma Yildiz vertelde dat jonge mantelzorgers op het "
                "Brinkcollege vaak onzichtbaar blijven. Over werkgevers werd kort gesproken, maar "
                "er was geen ondernemer aanwezig."
            ),
            "decisions": (
                "Het steunpunt maakt met de huisartsen en de wijkverpleging een overzicht van "
                "respijtzorg per dorp. Werkgevers worden apart uitgenodigd voor een volgende tafel."
            ),
            "actions": [
                {
                    "title": "Overzicht van respijtzorg per dorp voor huisarts en wijkverpleging",
                    "description": (
                        "Een overzicht op één pagina van alle manieren waarop een mantelzorger "
                        "even vrij kan nemen, per dorp. Huisartsen en wijkverpleegkundigen geven "
                        "het mee als ze merken dat een mantelzorger het zwaar heeft."
                    ),
                    "goals": ["Mantelzorgers kennen de mogelijkheden voor respijtzorg"],
                    "lead": "Hilde Veenstra",
                    "organisations": [
                        ["Mantelzorgsteunpunt Brinkeveld", "executes"],
                        ["Thuiszorg Linderdal", "contributes"],
                        ["Huisartsenpraktijk Oosterlinde", "contributes"],
                    ],
                    "target_groups": ["Mantelzorgers"],
                    "area": "",
                    "start_days_ago": -10,
                    "end_days_ago": -90,
                    "needs_time": "Drie dagen om alles te verzamelen",
                    "needs_room": "",
                    "needs_money": "Drukwerk, 400 euro",
                    "expected_result": (
                        "Elke mantelzorger die bij huisarts of wijkverpleging komt, kent de opties."
                    ),
                    "status_history": [["proposed", 30], ["agreed", 12]],
                    "progress": [],
                },
                {
                    "title": "Jonge mantelzorgers herkennen op het Brinkcollege",
                    "description": (
                        "Mentoren leren signalen herkennen van leerlingen die thuis zorgen voor "
                        "een ouder, broer of zus. Het steunpunt start een groep op school waar "
                        "jonge mantelzorgers elkaar kunnen ontmoeten."
                    ),
                    "goals": ["Mantelzorgers houden het vol"],
                    "lead": "Fatma Yildiz",
                    "organisations": [
                        ["Brinkcollege", "executes"],
                        ["Mantelzorgsteunpunt Brinkeveld", "contributes"],
                    ],
                    "target_groups": ["Mantelzorgers", "Jongeren van 12 tot 23 jaar"],
                    "area": "Brinkhoven",
                    "start_days_ago": None,
                    "end_days_ago": None,
                    "needs_time": "Een studiemiddag voor mentoren",
                    "needs_room": "Een lokaal in de pauze",
                    "needs_money": "",
                    "expected_result": (
                        "Jonge mantelzorgers worden gezien en krijgen steun op school."
                    ),
                    "status_history": [["proposed", 30]],
                    "progress": [],
                },
                {
                    "title": "Logeerweekend op de zorgboerderij om mantelzorgers te ontlasten",
                    "description": (
                        "Ouderen met dementie logeren een weekend op de zorgboerderij, zodat hun "
                        "mantelzorger even op adem kan komen. Er is nog geen trekker; de "
                        "financiering moet worden uitgezocht."
                    ),
                    "goals": ["Mantelzorgers kennen de mogelijkheden voor respijtzorg"],
                    "lead": "",
                    "organisations": [["Zorgboerderij De Eikenhof", "contributes"]],
                    "target_groups": ["Mantelzorgers"],
                    "area": "Heggenrade",
                    "start_days_ago": None,
                    "end_days_ago": None,
                    "needs_time": "Begeleiders voor het weekend",
                    "needs_room": "Slaapplekken op de boerderij",
                    "needs_money": "Onbekend",
                    "expected_result": (
                        "Mantelzorgers kunnen een paar keer per jaar een weekend vrij nemen."
                    ),
                    "status_history": [["proposed", 30]],
                    "progress": [],
                },
            ],
        },
    ],
    "regio-zandmeren-in-balans": [
        {
            "title": "Toekomstdialoog Aardenlo: hoe wonen we straks?",
            "kind": "future_dialogue",
            "days_ago": 400,
            "place": "Dorpshuis De Schaapskooi, Schaapsloo",
            "goals": [
                "Genoeg betaalbare woningen voor starters en ouderen",
                "Minstens een derde van de nieuwbouw is betaalbaar",
                "Ouderen kunnen doorstromen binnen hun eigen kern",
                "Jongeren praten mee in de toekomstdialogen",
            ],
            "participants": [
                "Linda van Rooij",
                "Iris Donkers",
                "Maria Panken",
                "Laura Hendrikx",
                "Hans Coolen",
                "Manon Jaspers",
                "Gerard Hermans",
                "Milan Peeters",
                "Yara Bastiaans",
            ],
            "notes": (
                "Zo'n zestig inwoners uit de kernen van Aardenlo praatten in groepjes over wonen "
                "in 2040. Jongeren vertelden dat ze graag in hun dorp blijven, maar dat er niets "
                "te huur is. “Ik woon op mijn 27e nog bij mijn ouders, terwijl ik hier werk,” zei "
                "Laura Hendrikx. Ouderen willen wel kleiner wonen, maar dan in hun eigen kern en "
                "dicht bij de winkel. De corporaties zeiden dat ze willen bouwen, maar dat "
                "bouwgrond in de kleine kernen lastig te vinden is."
            ),
            "decisions": (
                "De vier gemeenten maken één regionale woonafspraak. In Schaapsloo en Hulsdonk "
                "wordt onderzocht waar starters- en seniorenwoningen kunnen komen."
            ),
            "actions": [
                {
                    "title": "Regionale woonafspraak: een derde van de nieuwbouw is betaalbaar",
                    "description": (
                        "De vier gemeenten leggen vast dat minstens een derde van alle nieuwe "
                        "woningen betaalbaar is voor starters en ouderen. Ze stemmen hun "
                        "bouwplannen op elkaar af, zodat ook de kleine kernen aan de beurt komen."
                    ),
                    "goals": [
                        "Minstens een derde van de nieuwbouw is betaalbaar",
                        "Genoeg betaalbare woningen voor starters en ouderen",
                    ],
                    "lead": "Linda van Rooij",
                    "organisations": [
                        ["Gemeente Aardenlo", "executes"],
                        ["Gemeente Korenveld", "contributes"],
                        ["Gemeente Ravensloot", "contributes"],
                        ["Woonstichting Zandmeren Wonen", "advises"],
                    ],
                    "target_groups": ["Starters op de woningmarkt"],
                    "area": "",
                    "start_days_ago": 330,
                    "end_days_ago": -60,
                    "needs_time": "Een dag per week van de beleidsadviseurs wonen",
                    "needs_room": "Besluiten in vier gemeenteraden",
                    "needs_money": "",
                    "expected_result": (
                        "Alle vier de woonvisies bevatten dezelfde afspraak over betaalbaarheid."
                    ),
                    "status_history": [["proposed", 400], ["agreed", 370], ["running", 330]],
                    "progress": [
                        {
                            "days_ago": 300,
                            "text": (
                                "Alle vier de colleges stemden in met de regionale woonafspraak."
                            ),
                            "percent": 30,
                            "figure": None,
                            "figure_label": "",
                        },
                        {
                            "days_ago": 150,
                            "text": (
                                "Aardenlo en Mierbeek hebben het percentage in hun woonvisie "
                                "opgenomen."
                            ),
                            "percent": 55,
                            "figure": 2,
                            "figure_label": "gemeenten",
                        },
                        {
                            "days_ago": 18,
                            "text": (
                                "Korenveld volgt. Ravensloot bespreekt de afspraak in januari in "
                                "de raad."
                            ),
                            "percent": 70,
                            "figure": 3,
                            "figure_label": "gemeenten",
                        },
                    ],
                },
                {
                    "title": "Tiny houses voor starters op de oude schoolkavel in Schaapsloo",
                    "description": (
                        "Op de plek van de oude school in Schaapsloo kunnen tien kleine woningen "
                        "voor jonge inwoners komen. De dorpsraad heeft de belangstelling gepeild "
                        "en de gemeente is akkoord. Het wachten is op een wijziging van het "
                        "bestemmingsplan."
                    ),
                    "goals": ["Minstens een derde van de nieuwbouw is betaalbaar"],
                    "lead": "Maria Panken",
                    "organisations": [
                        ["Dorpsraad Schaapsloo", "executes"],
                        ["Gemeente Aardenlo", "contributes"],
                        ["Woonstichting Zandmeren Wonen", "contributes"],
                    ],
                    "target_groups": ["Starters op de woningmarkt", "Jongeren van 16 tot 27 jaar"],
                    "area": "Schaapsloo",
                    "start_days_ago": None,
                    "end_days_ago": None,
                    "needs_time": "Een projectleider bij de corporatie",
                    "needs_room": "Een aangepast bestemmingsplan",
                    "needs_money": "Grond tegen een lage prijs van de gemeente",
                    "expected_result": (
                        "Tien jonge inwoners van Schaapsloo wonen in hun eigen dorp."
                    ),
                    "status_history": [["proposed", 400], ["agreed", 200]],
                    "progress": [],
                },
                {
                    "title": "Seniorenwoningen bij de supermarkt in Hulsdonk",
                    "description": (
                        "Woningcorporatie Heidezicht bouwt gelijkvloerse woningen vlak bij de "
                        "supermarkt en de huisarts in Hulsdonk. Ouderen die nu in een groot huis "
                        "wonen, krijgen voorrang. Hun gezinswoningen komen vrij voor jonge "
                        "gezinnen."
                    ),
                    "goals": ["Ouderen kunnen doorstromen binnen hun eigen kern"],
                    "lead": "Manon Jaspers",
                    "organisations": [
                        ["Woningcorporatie Heidezicht", "executes"],
                        ["Dorpsraad Hulsdonk", "contributes"],
                        ["Gemeente Korenveld", "contributes"],
                    ],
                    "target_groups": ["Ouderen van 75 jaar en ouder in kleine kernen"],
                    "area": "Hulsdonk",
                    "start_days_ago": 280,
                    "end_days_ago": -540,
                    "needs_time": "Een projectteam bij de corporatie",
                    "needs_room": "Voorrangsregel voor ouderen uit de eigen kern",
                    "needs_money": "Investering van de corporatie, bijdrage uit het regiofonds",
                    "expected_result": (
                        "Veertien ouderen verhuizen binnen Hulsdonk; veertien woningen komen vrij."
                    ),
                    "status_history": [["proposed", 400], ["agreed", 350], ["running", 280]],
                    "progress": [
                        {
                            "days_ago": 250,
                            "text": "Haalbaarheidsstudie klaar: er is ruimte voor 14 woningen.",
                            "percent": 20,
                            "figure": None,
                            "figure_label": "",
                        },
                        {
                            "days_ago": 100,
                            "text": (
                                "Omgevingsvergunning aangevraagd. 36 ouderen uit Hulsdonk staan op "
                                "de interesselijst."
                            ),
                            "percent": 40,
                            "figure": 36,
                            "figure_label": "ouderen op interesselijst",
                        },
                        {
                            "days_ago": 10,
                            "text": "Vergunning verleend. De bouw start in het voorjaar.",
                            "percent": 50,
                            "figure": 41,
                            "figure_label": "ouderen op interesselijst",
                        },
                    ],
                },
                {
                    "title": "Jongerenpanel Zandmeren",
                    "description": (
                        "Zestien jongeren uit de vier gemeenten geven gevraagd en ongevraagd "
                        "advies over de plannen van de regio. Ze komen om de zes weken bij elkaar "
                        "op het Zandmeren College. Het panel organiseert ook zelf toekomstdialogen "
                        "voor leeftijdsgenoten."
                    ),
                    "goals": [
                        "Jongeren praten mee in de toekomstdialogen",
                        "Jongeren kiezen voor een toekomst in de regio",
                    ],
                    "lead": "Iris Donkers",
                    "organisations": [
                        ["Gemeente Korenveld", "executes"],
                        ["Zandmeren College", "contributes"],
                        ["Welzijn Zandmeren", "contributes"],
                    ],
                    "target_groups": ["Jongeren van 16 tot 27 jaar"],
                    "area": "",
                    "start_days_ago": 360,
                    "end_days_ago": None,
                    "needs_time": "Begeleiding door een jongerenwerker",
                    "needs_room": "Serieuze reactie van de gemeenten op elk advies",
                    "needs_money": "Vergoeding voor de jongeren, 25 euro per bijeenkomst",
                    "expected_result": (
                        "Elke regionale beslissing over wonen en werk heeft een advies van "
                        "jongeren."
                    ),
                    "status_history": [["proposed", 400], ["agreed", 390], ["running", 360]],
                    "progress": [
                        {
                            "days_ago": 330,
                            "text": (
                                "Panel van 16 jongeren uit vier gemeenten. Eerste bijeenkomst in "
                                "het Zandmeren College."
                            ),
                            "percent": 25,
                            "figure": 16,
                            "figure_label": "panelleden",
                        },
                        {
                            "days_ago": 200,
                            "text": (
                                "Advies over de woonafspraak: “Bouw ook voor jongeren die alleen "
                                "willen wonen.”"
                            ),
                            "percent": 50,
                            "figure": None,
                            "figure_label": "",
                        },
                        {
                            "days_ago": 15,
                            "text": "Het panel organiseerde zelf de toekomstdialoog in Ravensloot.",
                            "percent": 70,
                            "figure": 22,
                            "figure_label": "panelleden",
                        },
                    ],
                },
            ],
        },
        {
            "title": "Stakeholdertafel Netcongestie: groeien met een vol stroomnet",
            "kind": "stakeholder_table",
            "days_ago": 260,
            "place": "Gemeentehuis Korenveld",
            "goals": [
                "Groei loopt niet vast op netcongestie",
                "Bedrijven delen stroom op hun bedrijventerrein",
                "Netbeheerder en gemeenten plannen uitbreidingen samen",
                "Alle inwoners profiteren van de energietransitie",
            ],
            "participants": [
                "Marco Verbeek",
                "Iris Donkers",
                "Sjoerd Maas",
                "Bram Kuijpers",
                "Noor Aarts",
                "Frank Kerkhofs",
                "Dennis van Loon",
                "Leon Vermeulen",
                "Huub Saris",
                "Rian Schepens",
            ],
            "notes": (
                "Bram Kuijpers liet de kaart van het stroomnet zien: in de hele regio is geen "
                "ruimte meer voor nieuwe grote aansluitingen. Dennis van Loon vertelde dat zijn "
                "bedrijf wil uitbreiden, maar drie jaar moet wachten. “Ondertussen vertrekken mijn "
                "monteurs naar bedrijven die wel kunnen groeien.” Leon Vermeulen wees erop dat "
                "inwoners met weinig geld niet meeprofiteren van zonnepanelen. Ondernemers willen "
                "stroom met elkaar delen, maar weten niet hoe dat juridisch moet."
            ),
            "decisions": (
                "Ondernemerskring en netbeheerder starten een energiehub op bedrijventerrein De "
                "Mierhoek. Netbeheerder en gemeenten maken één regionale planning van bouw en "
                "netuitbreiding."
            ),
            "actions": [
                {
                    "title": "Energiehub op bedrijventerrein De Mierhoek",
                    "description": (
                        "Bedrijven op De Mierhoek wekken samen stroom op, slaan die op in een "
                        "batterij en verdelen die onderling. Zo kunnen ze groeien zonder te "
                        "wachten op een zwaardere aansluiting. De netbeheerder denkt mee over de "
                        "techniek."
                    ),
                    "goals": [
                        "Bedrijven delen stroom op hun bedrijventerrein",
                        "Groei loopt niet vast op netcongestie",
                    ],
                    "lead": "Frank Kerkhofs",
                    "organisations": [
                        ["Ondernemerskring Zandmeren", "executes"],
                        ["Netwerkbedrijf Zuiderstroom", "contributes"],
                        ["Van Loon Installatietechniek", "contributes"],
                        ["Gemeente Mierbeek", "funds"],
                    ],
                    "target_groups": [],
                    "area": "Mierbeek",
                    "start_days_ago": 200,
                    "end_days_ago": -700,
                    "needs_time": "Een projectleider voor twee jaar",
                    "needs_room": "Een contract voor groepstransport met de netbeheerder",
                    "needs_money": "Batterij van 1,2 miljoen euro; subsidie aangevraagd",
                    "expected_result": (
                        "Negen bedrijven kunnen uitbreiden zonder extra netcapaciteit."
                    ),
                    "status_history": [["proposed", 260], ["agreed", 230], ["running", 200]],
                    "progress": [
                        {
                            "days_ago": 180,
                            "text": "Zeven bedrijven tekenden een intentieverklaring.",
                            "percent": 15,
                            "figure": 7,
                            "figure_label": "bedrijven",
                        },
                        {
                            "days_ago": 90,
                            "text": (
                                "Haalbaarheidsonderzoek: met een batterij en een gedeelde "
                                "aansluiting kunnen drie bedrijven direct uitbreiden."
                            ),
                            "percent": 35,
                            "figure": None,
                            "figure_label": "",
                        },
                        {
                            "days_ago": 12,
                            "text": (
                                "Negen bedrijven hebben samen een coöperatie opgericht. Subsidie "
                                "is aangevraagd."
                            ),
                            "percent": 50,
                            "figure": 9,
                            "figure_label": "bedrijven",
                        },
                    ],
                },
                {
                    "title": "Eén regionale kaart van woningbouw, bedrijven en netuitbreiding",
                    "description": (
                        "Alle plannen voor woningbouw, bedrijventerreinen en uitbreiding van het "
                        "stroomnet komen op één kaart met één planning. Gemeenten en netbeheerder "
                        "bespreken die elk kwartaal, zodat knelpunten vroeg zichtbaar zijn."
                    ),
                    "goals": ["Netbeheerder en gemeenten plannen uitbreidingen samen"],
                    "lead": "Bram Kuijpers",
                    "organisations": [
                        ["Netwerkbedrijf Zuiderstroom", "executes"],
                        ["Gemeente Korenveld", "contributes"],
                        ["Gemeente Aardenlo", "contributes"],
                        ["Gemeente Ravensloot", "contributes"],
                    ],
                    "target_groups": [],
                    "area": "",
                    "start_days_ago": 230,
                    "end_days_ago": None,
                    "needs_time": "Een GIS-specialist, twee dagen per week",
                    "needs_room": "Gemeenten die hun plannen vroeg delen",
                    "needs_money": "",
                    "expected_result": (
                        "Geen bouwproject loopt meer onverwacht vast op een vol stroomnet."
                    ),
                    "status_history": [["proposed", 260], ["agreed", 250], ["running", 230]],
                    "progress": [
                        {
                            "days_ago": 200,
                            "text": (
                                "Eerste versie van de kaart: 38 bouwprojecten en 11 "
                                "bedrijfsuitbreidingen."
                            ),
                            "percent": 30,
                            "figure": 49,
                            "figure_label": "projecten op de kaart",
                        },
                        {
                            "days_ago": 100,
                            "text": (
                                "Knelpunt zichtbaar: vier projecten wachten op hetzelfde "
                                "onderstation."
                            ),
                            "percent": 55,
                            "figure": None,
                            "figure_label": "",
                        },
                        {
                            "days_ago": 25,
                            "text": (
                                "Kwartaaloverleg van netbeheerder en de vier gemeenten is gestart."
                            ),
                            "percent": 70,
                            "figure": 52,
                            "figure_label": "projecten op de kaart",
                        },
                    ],
                },
                {
                    "title": "Zonneveld met opslag bij boerenbedrijven",
                    "description": (
                        "Boeren willen zonnepanelen op hun stallen combineren met een batterij, "
                        "zodat ze stroom leveren als het net ruimte heeft. Het collectief zoekt "
                        "uit of dit kan en wie wil meedoen."
                    ),
                    "goals": [
                        "Groei loopt niet vast op netcongestie",
                        "Alle inwoners profiteren van de energietransitie",
                    ],
                    "lead": "Huub Saris",
                    "organisations": [
                        ["Agrarisch Collectief Zandmeren", "executes"],
                        ["Netwerkbedrijf Zuiderstroom", "advises"],
                    ],
                    "target_groups": [],
                    "area": "",
                    "start_days_ago": None,
                    "end_days_ago": None,
                    "needs_time": "Een haalbaarheidsstudie",
                    "needs_room": "Afspraken over terugleveren",
                    "needs_money": "Onbekend",
                    "expected_result": "Boeren leveren stroom op momenten dat het net het aankan.",
                    "status_history": [["proposed", 260]],
                    "progress": [],
                },
                {
                    "title": "Energiecoaches voor huishoudens met energiearmoede",
                    "description": (
                        "Vrijwillige energiecoaches komen langs bij huishoudens met een hoge "
                        "energierekening. Ze geven tips en brengen kleine maatregelen aan, zoals "
                        "tochtstrips en radiatorfolie. Het Budgetcentrum verwijst huishoudens door."
                    ),
                    "goals": [
                        "Huishoudens met energiearmoede krijgen hulp bij besparen",
                        "Alle inwoners profiteren van de energietransitie",
                    ],
                    "lead": "Leon Vermeulen",
                    "organisations": [
                        ["Energiecoöperatie Mierbeek Duurzaam", "executes"],
                        ["Budgetcentrum Zandmeren", "contributes"],
                        ["Gemeente Mierbeek", "funds"],
                    ],
                    "target_groups": ["Huishoudens met energiearmoede"],
                    "area": "",
                    "start_days_ago": 210,
                    "end_days_ago": None,
                    "needs_time": "Twintig vrijwillige coaches",
                    "needs_room": "",
                    "needs_money": "Materialen, 60 euro per huishouden",
                    "expected_result": (
                        "Huishoudens met energiearmoede besparen gemiddeld 150 euro per jaar."
                    ),
                    "status_history": [["proposed", 260], ["agreed", 240], ["running", 210]],
                    "progress": [
                        {
                            "days_ago": 190,
                            "text": "Twaalf energiecoaches getraind.",
                            "percent": 15,
                            "figure": 12,
                            "figure_label": "coaches",
                        },
                        {
                            "days_ago": 120,
                            "text": (
                                "146 huishoudens bezocht. Gemiddeld besparen ze 180 euro per jaar."
                            ),
                            "percent": 40,
                            "figure": 146,
                            "figure_label": "huishoudens bezocht",
                        },
                        {
                            "days_ago": 21,
                            "text": "Het Budgetcentrum verwijst nu rechtstreeks door.",
                            "percent": 60,
                            "figure": 264,
                            "figure_label": "huishoudens bezocht",
                        },
                    ],
                },
            ],
        },
        {
            "title": "Toekomstdialoog Ravensloot met jongeren",
            "kind": "future_dialogue",
            "days_ago": 120,
            "place": "Buurthuis De Kraanvogel, Kranenbroek",
            "goals": [
                "Jongeren kiezen voor een toekomst in de regio",
                "Jongeren praten mee in de toekomstdialogen",
                "Iedereen kan zonder eigen auto naar werk, school en zorg",
            ],
            "participants": [
                "Ellen de Kort",
                "Milan Peeters",
                "Jos van der Heijden",
                "Kees Renders",
                "Wendy Smulders",
                "Yara Bastiaans",
                "Tim Hoeks",
            ],
            "notes": (
                "Het jongerenpanel organiseerde de avond zelf, met pizza en een quiz. Ruim veertig "
                "jongeren kwamen. Vervoer was het grootste onderwerp: de laatste bus uit Korenveld "
                "gaat om acht uur. “Als je hier geen scooter hebt, kun je niks,” zei een meisje "
                "van zestien. Jongeren willen ook een veilige fietsroute naar het Zandmeren "
                "College."
            ),
            "decisions": (
                "De buurtbus gaat aansluiten op de streekbus. Ravensloot onderzoekt met de school "
                "de knelpunten op de fietsroute naar Korenveld."
            ),
            "actions": [
                {
                    "title": "Buurtbus Ravensloot sluit aan op de streekbus",
                    "description": (
                        "De dienstregeling van de buurtbus wordt zo aangepast dat reizigers in "
                        "Kranenbroek direct kunnen overstappen op de streekbus naar Korenveld. "
                        "Chauffeurs wachten als de streekbus een paar minuten te laat is."
                    ),
                    "goals": ["Buurtbussen en deelvervoer sluiten aan op het ov"],
                    "lead": "Kees Renders",
                    "organisations": [
                        ["Buurtbus Ravensloot", "executes"],
                        ["Gemeente Ravensloot", "contributes"],
                    ],
                    "target_groups": [
                        "Ouderen van 75 jaar en ouder in kleine kernen",
                        "Jongeren van 16 tot 27 jaar",
                    ],
                    "area": "Kranenbroek",
                    "start_days_ago": 80,
                    "end_days_ago": None,
                    "needs_time": "Twee extra chauffeurs",
                    "needs_room": "Afspraken met de vervoerder van de streekbus",
                    "needs_money": "",
                    "expected_result": "Meer reizigers uit Kranenbroek reizen met bus en buurtbus.",
                    "status_history": [["proposed", 120], ["agreed", 100], ["running", 80]],
                    "progress": [
                        {
                            "days_ago": 60,
                            "text": (
                                "Nieuwe dienstregeling: de buurtbus wacht in Kranenbroek op de "
                                "streekbus."
                            ),
                            "percent": 40,
                            "figure": None,
                            "figure_label": "",
                        },
                        {
                            "days_ago": 14,
                            "text": (
                                "Eerste maand met de nieuwe dienstregeling: 12 procent meer "
                                "reizigers."
                            ),
                            "percent": 60,
                            "figure": 412,
                            "figure_label": "reizigers per maand",
                        },
                    ],
                },
                {
                    "title": "Knelpunten op de fietsroute Kranenbroek–Korenveld in kaart brengen",
                    "description": (
                        "Leerlingen van het Zandmeren College fietsen hun route en markeren "
                        "gevaarlijke plekken in een app. De gemeente gebruikt die kaart om de "
                        "snelfietsroute te plannen."
                    ),
                    "goals": ["Veilige snelfietsroutes tussen de kernen"],
                    "lead": "Ellen de Kort",
                    "organisations": [
                        ["Gemeente Ravensloot", "executes"],
                        ["Zandmeren College", "contributes"],
                    ],
                    "target_groups": ["Jongeren van 16 tot 27 jaar"],
                    "area": "Kranenbroek",
                    "start_days_ago": -60,
                    "end_days_ago": -150,
                    "needs_time": "Een les voor de leerlingen",
                    "needs_room": "",
                    "needs_money": "App-licentie, 900 euro",
                    "expected_result": (
                        "Een kaart van knelpunten die leerlingen zelf hebben gemaakt."
                    ),
                    "status_history": [["proposed", 120], ["agreed", 50]],
                    "progress": [],
                },
                {
                    "title": "Proef met gratis avondvervoer voor jongeren uit de kleine kernen",
                    "description": (
                        "Jongeren uit de kleine kernen komen 's avonds niet thuis zonder auto of "
                        "scooter. Het idee is een proef met een gratis belbus op vrijdag- en "
                        "zaterdagavond. Er is nog geen trekker."
                    ),
                    "goals": ["Iedereen kan zonder eigen auto naar werk, school en zorg"],
                    "lead": "",
                    "organisations": [["Gemeente Ravensloot", "contributes"]],
                    "target_groups": ["Jongeren van 16 tot 27 jaar"],
                    "area": "",
                    "start_days_ago": None,
                    "end_days_ago": None,
                    "needs_time": "",
                    "needs_room": "",
                    "needs_money": "Ongeveer 40.000 euro per jaar",
                    "expected_result": "Jongeren kunnen 's avonds veilig naar huis.",
                    "status_history": [["proposed", 120]],
                    "progress": [],
                },
            ],
        },
    ],
}

# Actions that were not proposed at a meeting.
ACTIONS = {
    "brinkeveld-onder-de-loep": [
        {
            "title": "Jongerenplek in de oude gymzaal van Klaverdonk",
            "description": (
                "Jongeren uit Klaverdonk kregen de oude gymzaal als eigen plek. Ze richtten de "
                "ruimte zelf in en beheren samen met twee ouders de sleutel. De jongerenwerker "
                "komt elke vrijdagavond langs."
            ),
            "goals": [
                "In elk dorp is een ontmoetingsplek voor jongeren",
                "Jongeren hebben een plek en een stem in hun dorp",
            ],
            "lead": "Dennis Kamphuis",
            "organisations": [
                ["Jongerenwerk De Stek", "executes"],
                ["Dorpsbelangen Klaverdonk", "contributes"],
                ["Gemeente Brinkeveld", "funds"],
            ],
            "target_groups": ["Jongeren van 12 tot 23 jaar"],
            "area": "Klaverdonk",
            "start_days_ago": 400,
            "end_days_ago": None,
            "needs_time": "Eén avond per week van de jongerenwerker",
            "needs_room": "Een gebruiksovereenkomst voor de gymzaal",
            "needs_money": "2.000 euro voor verf, meubels en energiekosten",
            "expected_result": "Jongeren in Klaverdonk hebben een eigen plek en minder verveling.",
            "status_history": [["proposed", 520], ["agreed", 480], ["running", 400]],
            "progress": [
                {
                    "days_ago": 370,
                    "text": (
                        "Jongeren hebben de ruimte zelf geschilderd. Twee ouders beheren de "
                        "sleutel."
                    ),
                    "percent": 30,
                    "figure": None,
                    "figure_label": "",
                },
                {
                    "days_ago": 250,
                    "text": "Elke vrijdagavond open, gemiddeld 17 jongeren.",
                    "percent": 55,
                    "figure": 17,
                    "figure_label": "jongeren per avond",
                },
                {
                    "days_ago": 110,
                    "text": (
                        "Klacht van omwonenden over geluid. Samen met de jongeren afspraken "
                        "gemaakt over de sluitingstijd."
                    ),
                    "percent": 60,
                    "figure": None,
                    "figure_label": "",
                },
                {
                    "days_ago": 17,
                    "text": "Jongeren organiseerden zelf een gameavond voor 12- tot 14-jarigen.",
                    "percent": 75,
                    "figure": 22,
                    "figure_label": "jongeren per avond",
                },
            ],
        },
        {
            "title": "Ontmoetingsplek voor jongeren in Heggenrade",
            "description": (
                "Jongeren uit Heggenrade hebben geen plek om af te spreken en hangen bij de "
                "bushalte. De dorpsraad zoekt een ruimte, bijvoorbeeld een keet op het terrein van "
                "een boer. Er is nog geen trekker."
            ),
            "goals": ["In elk dorp is een ontmoetingsplek voor jongeren"],
            "lead": "",
            "organisations": [["Dorpsraad Heggenrade", "contributes"]],
            "target_groups": ["Jongeren van 12 tot 23 jaar"],
            "area": "Heggenrade",
            "start_days_ago": None,
            "end_days_ago": None,
            "needs_time": "Een jongerenwerker die meedenkt",
            "needs_room": "Een geschikte plek",
            "needs_money": "Onbekend",
            "expected_result": "Jongeren in Heggenrade hebben een plek die ze zelf beheren.",
            "status_history": [["proposed", 160]],
            "progress": [],
        },
        {
            "title": "Weerbaarheidslessen in groep 6 tot en met 8",
            "description": (
                "Kinderen leren in zes lessen wat wel en niet oké is, hoe ze nee zeggen en bij wie "
                "ze terechtkunnen. Leerkrachten zijn vooraf getraind door Veilig Thuis. Ouders "
                "krijgen een brief met tips voor thuis."
            ),
            "goals": ["Kinderen leren op school over grenzen en weerbaarheid"],
            "lead": "Lisa Jansen",
            "organisations": [
                ["Basisschool De Klimboom", "executes"],
                ["Veilig Thuis Linderdal", "advises"],
                ["GGD Linderdal", "contributes"],
            ],
            "target_groups": ["Jonge gezinnen met kinderen tot 12 jaar"],
            "area": "",
            "start_days_ago": 400,
            "end_days_ago": None,
            "needs_time": "Zes lesuren per groep en een training voor leerkrachten",
            "needs_room": "Ruimte in het lesprogramma",
            "needs_money": "Lesmethode 450 euro per school",
            "expected_result": "Alle kinderen in groep 6 tot en met 8 krijgen weerbaarheidslessen.",
            "status_history": [["proposed", 480], ["agreed", 450], ["running", 400]],
            "progress": [
                {
                    "days_ago": 380,
                    "text": "Lesmethode gekozen en leerkrachten getraind.",
                    "percent": 20,
                    "figure": None,
                    "figure_label": "",
                },
                {
                    "days_ago": 260,
                    "text": "Lessen gegeven in groep 6 tot en met 8 op De Klimboom.",
                    "percent": 45,
                    "figure": 58,
                    "figure_label": "leerlingen",
                },
                {
                    "days_ago": 25,
                    "text": "OBS De Vlonder en CBS De Wegwijzer doen dit schooljaar ook mee.",
                    "percent": 70,
                    "figure": 151,
                    "figure_label": "leerlingen",
                },
            ],
        },
        {
            "title": "Jongerenraad adviseert over de plannen voor een nieuwe sporthal",
            "description": (
                "De gemeente maakt plannen voor een nieuwe sporthal in Brinkhoven. De jongerenraad "
                "wil gevraagd worden om mee te denken over inrichting, openingstijden en een plek "
                "om te chillen. Het voorstel ligt bij de gemeente."
            ),
            "goals": ["Een jongerenraad denkt mee over plannen van de gemeente"],
            "lead": "Youssef Amrani",
            "organisations": [
                ["Gemeente Brinkeveld", "contributes"],
                ["Jongerenwerk De Stek", "contributes"],
            ],
            "target_groups": ["Jongeren van 12 tot 23 jaar"],
            "area": "Brinkhoven",
            "start_days_ago": None,
            "end_days_ago": None,
            "needs_time": "Drie avonden voor de jongerenraad",
            "needs_room": "Een echte plek in het besluit",
            "needs_money": "",
            "expected_result": (
                "Het advies van jongeren is zichtbaar terug te vinden in het ontwerp."
            ),
            "status_history": [["proposed", 45]],
            "progress": [],
        },
        {
            "title": "Online vragenuur van het jongerenwerk via Instagram",
            "description": (
                "Eén avond per week beantwoordt een jongerenwerker vragen via Instagram. Jongeren "
                "kunnen anoniem vragen stellen over stress, thuis, vrienden of middelen. Zo "
                "bereikt het jongerenwerk ook jongeren die niet naar de inloop komen."
            ),
            "goals": [
                "Jongeren hebben een plek en een stem in hun dorp",
                "Minder jongeren drinken alcohol of gebruiken drugs",
            ],
            "lead": "Sharon Olthof",
            "organisations": [["Jongerenwerk De Stek", "executes"]],
            "target_groups": ["Jongeren van 12 tot 23 jaar"],
            "area": "",
            "start_days_ago": 380,
            "end_days_ago": None,
            "needs_time": "Twee uur per week",
            "needs_room": "Afspraken over privacy en doorverwijzen",
            "needs_money": "",
            "expected_result": "Jongeren stellen vragen eerder en weten de weg naar hulp.",
            "status_history": [["proposed", 420], ["agreed", 400], ["running", 380]],
            "progress": [
                {
                    "days_ago": 350,
                    "text": "Eerste vragenuur: 37 berichten, vooral over stress en ruzie thuis.",
                    "percent": 20,
                    "figure": 37,
                    "figure_label": "berichten",
                },
                {
                    "days_ago": 240,
                    "text": (
                        "Minder reacties in de zomer. We verplaatsen het vragenuur naar "
                        "zondagavond."
                    ),
                    "percent": 35,
                    "figure": None,
                    "figure_label": "",
                },
                {
                    "days_ago": 95,
                    "text": (
                        "Sharon helpt tijdelijk bij de inloop in Wildervoort; het vragenuur ligt "
                        "stil."
                    ),
                    "percent": None,
                    "figure": None,
                    "figure_label": "",
                },
            ],
        },
        {
            "title": "Peuterspeelgroep met opvoedtips in Heggenrade",
            "description": (
                "Eén ochtend per week spelen peuters in CBS De Wegwijzer, terwijl hun ouders "
                "koffie drinken en vragen kunnen stellen. Eens per maand schuift de "
                "jeugdverpleegkundige aan. Zo hoeven ouders uit Heggenrade niet naar Brinkhoven."
            ),
            "goals": [
                "Ouders weten waar ze terechtkunnen met opvoedvragen",
                "Ouders delen ervaringen in oudercafés in de dorpen",
            ],
            "lead": "Monique Timmer",
            "organisations": [
                ["Kinderopvang 't Speelkwartier", "executes"],
                ["CBS De Wegwijzer", "contributes"],
                ["GGD Linderdal", "contributes"],
            ],
            "target_groups": ["Jonge gezinnen met kinderen tot 12 jaar"],
            "area": "Heggenrade",
            "start_days_ago": 540,
            "end_days_ago": 360,
            "needs_time": "Een pedagogisch medewerker, één ochtend per week",
            "needs_room": "Het speellokaal van De Wegwijzer",
            "needs_money": "Startkosten 1.200 euro voor speelgoed",
            "expected_result": "Ouders in Heggenrade hebben een vaste plek voor opvoedvragen.",
            "status_history": [
                ["proposed", 600],
                ["agreed", 580],
                ["running", 540],
                ["finished", 360],
            ],
            "progress": [
                {
                    "days_ago": 520,
                    "text": "Speelgroep gestart met 9 peuters en hun ouders.",
                    "percent": 25,
                    "figure": 9,
                    "figure_label": "peuters",
                },
                {
                    "days_ago": 420,
                    "text": (
                        "Ouders vragen vooral naar zindelijkheid en slapen. De "
                        "jeugdverpleegkundige komt eens per maand."
                    ),
                    "percent": 60,
                    "figure": None,
                    "figure_label": "",
                },
                {
                    "days_ago": 365,
                    "text": "De speelgroep hoort nu bij het vaste aanbod van het Speelkwartier.",
                    "percent": 100,
                    "figure": 14,
                    "figure_label": "peuters",
                },
            ],
        },
        {
            "title": "Beweegpauzes op alle basisscholen",
            "description": (
                "Leerkrachten doen twee keer per dag een beweegpauze van vijf minuten met de klas. "
                "Ze krijgen een kaartenset met oefeningen. Vlug en Lenig geeft een workshop aan de "
                "teams."
            ),
            "goals": ["Kinderen bewegen elke dag minstens een uur"],
            "lead": "Mark Scholten",
            "organisations": [
                ["OBS De Vlonder", "executes"],
                ["GGD Linderdal", "advises"],
                ["Gymnastiekvereniging Vlug en Lenig", "contributes"],
            ],
            "target_groups": ["Jonge gezinnen met kinderen tot 12 jaar"],
            "area": "",
            "start_days_ago": 420,
            "end_days_ago": None,
            "needs_time": "Tien minuten per dag in de klas",
            "needs_room": "Schoolleiders die het in het jaarplan zetten",
            "needs_money": "Kaartensets, 60 euro per klas",
            "expected_result": "Kinderen bewegen elke schooldag meer en zijn beter geconcentreerd.",
            "status_history": [["proposed", 470], ["agreed", 440], ["running", 420]],
            "progress": [
                {
                    "days_ago": 400,
                    "text": "Leerkrachten kregen de kaartenset en een workshop.",
                    "percent": 20,
                    "figure": None,
                    "figure_label": "",
                },
                {
                    "days_ago": 300,
                    "text": (
                        "Proef op De Vlonder: elke dag twee beweegpauzes. Kinderen zijn rustiger "
                        "na de pauze."
                    ),
                    "percent": 40,
                    "figure": None,
                    "figure_label": "",
                },
                {
                    "days_ago": 150,
                    "text": "De Klimboom en De Wegwijzer nemen de beweegpauzes over.",
                    "percent": 60,
                    "figure": None,
                    "figure_label": "",
                },
                {
                    "days_ago": 11,
                    "text": (
                        "Meting van de GGD: 61 procent van de kinderen beweegt dagelijks een uur, "
                        "was 52 procent."
                    ),
                    "percent": 75,
                    "figure": 61,
                    "figure_label": "procent dat dagelijks een uur beweegt",
                },
            ],
        },
        {
            "title": "Sportpas voor kinderen uit gezinnen met weinig geld",
            "description": (
                "Kinderen uit gezinnen met een laag inkomen kunnen sporten zonder dat het de "
                "ouders geld kost. De regeling betaalt contributie en sportkleding. Clubs mogen "
                "zelf kinderen aanmelden die afhaken omdat de contributie te duur is."
            ),
            "goals": [
                "Kinderen bewegen elke dag minstens een uur",
                "Minder huishoudens met problematische schulden",
            ],
            "lead": "Jeroen Woltering",
            "organisations": [
                ["Sociaal Team Brinkeveld", "executes"],
                ["SV Wildervoort", "contributes"],
                ["Gemeente Brinkeveld", "funds"],
            ],
            "target_groups": [
                "Huishoudens met een laag inkomen of geldzorgen",
                "Jonge gezinnen met kinderen tot 12 jaar",
            ],
            "area": "",
            "start_days_ago": 480,
            "end_days_ago": None,
            "needs_time": "Een uur per week voor aanvragen",
            "needs_room": "Een eenvoudige aanvraag zonder bewijsstukken",
            "needs_money": "Tot 300 euro per kind per jaar",
            "expected_result": "Geen kind in Brinkeveld hoeft te stoppen met sport vanwege geld.",
            "status_history": [["proposed", 540], ["agreed", 510], ["running", 480]],
            "progress": [
                {
                    "days_ago": 450,
                    "text": "Regeling loopt: contributie en sportkleding tot 300 euro per kind.",
                    "percent": 20,
                    "figure": None,
                    "figure_label": "",
                },
                {
                    "days_ago": 330,
                    "text": "112 kinderen sporten via de sportpas.",
                    "percent": 45,
                    "figure": 112,
                    "figure_label": "kinderen",
                },
                {
                    "days_ago": 200,
                    "text": "Ook zwemles valt nu onder de regeling.",
                    "percent": 60,
                    "figure": 148,
                    "figure_label": "kinderen",
                },
                {
                    "days_ago": 24,
                    "text": (
                        "176 kinderen gebruiken de sportpas. Clubs melden nu zelf kinderen aan."
                    ),
                    "percent": 80,
                    "figure": 176,
                    "figure_label": "kinderen",
                },
            ],
        },
        {
            "title": "Gezonde schoolkantine op het Brinkcollege",
            "proposed_by": "partner",
            # The team gave the proposal its place in the book under a sharper title.
            "proposed_title": "Gezonder eten en drinken op de middelbare school",
            "description": (
                "De kantine van het Brinkcollege verkoopt vooral broodjes kroket en energiedrank. "
                "De school wil een gezond aanbod, maar zit vast aan het contract met de huidige "
                "cateraar. Pas bij een nieuwe aanbesteding kan het aanbod veranderen."
            ),
            "goals": ["Sportkantines en schoolkantines zijn gezond ingericht"],
            "lead": "Fatma Yildiz",
            "organisations": [["Brinkcollege", "executes"], ["GGD Linderdal", "advises"]],
            "target_groups": ["Jongeren van 12 tot 23 jaar"],
            "area": "Brinkhoven",
            "start_days_ago": None,
            "end_days_ago": None,
            "needs_time": "Een werkgroep van leerlingen en docenten",
            "needs_room": "Een nieuwe aanbesteding voor de catering",
            "needs_money": "",
            "expected_result": (
                "De kantine van het Brinkcollege haalt het keurmerk Gezonde Schoolkantine."
            ),
            "status_history": [
                ["proposed", 400],
                [
                    "agreed",
                    330,
                    "Akkoord, te beginnen bij het Brinkcollege: Fatma Yildiz trekt het, de GGD "
                    "adviseert over het aanbod. Andere scholen volgen als dit werkt.",
                ],
            ],
            "progress": [],
        },
        {
            "title": "Lessen en ouderavond over vapen op het Brinkcollege",
            "description": (
                "Steeds meer leerlingen vapen, al in de brugklas. Verslavingszorg De Koers geeft "
                "lessen in klas 1 en 2 en er is een ouderavond. Mentoren weten wat ze kunnen doen "
                "als ze zien dat een leerling vapet."
            ),
            "goals": [
                "Minder jongeren drinken alcohol of gebruiken drugs",
                "Ouders praten met hun kinderen over alcohol en drugs",
            ],
            "lead": "Erik Dijkstra",
            "organisations": [
                ["Brinkcollege", "executes"],
                ["Verslavingszorg De Koers", "contributes"],
                ["GGD Linderdal", "contributes"],
            ],
            "target_groups": ["Jongeren van 12 tot 23 jaar"],
            "area": "Brinkhoven",
            "start_days_ago": 200,
            "end_days_ago": -150,
            "needs_time": "Een lesuur per klas en een ouderavond",
            "needs_room": "",
            "needs_money": "Gastlessen betaald door De Koers",
            "expected_result": "Minder leerlingen beginnen met vapen; ouders praten erover thuis.",
            "status_history": [["proposed", 260], ["agreed", 240], ["running", 200]],
            "progress": [
                {
                    "days_ago": 180,
                    "text": "Lessen over vapen gegeven in klas 1 en 2.",
                    "percent": 30,
                    "figure": 14,
                    "figure_label": "klassen",
                },
                {
                    "days_ago": 29,
                    "text": (
                        "Ouderavond over vapen met 120 ouders. Veel vragen over wat je als ouder "
                        "kunt doen."
                    ),
                    "percent": 60,
                    "figure": 120,
                    "figure_label": "ouders",
                },
            ],
        },
        {
            "title": "Moestuinlessen voor kinderen in De Groene Vingers",
            "description": (
                "Groep 5 van CBS De Wegwijzer tuiniert elke week in de gezamenlijke moestuin, "
                "samen met deelnemers van de zorgboerderij. Kinderen zaaien, oogsten en koken met "
                "wat ze zelf hebben gekweekt."
            ),
            "goals": [
                "Minder kinderen en volwassenen met overgewicht",
                "Kinderen bewegen elke dag minstens een uur",
            ],
            "lead": "Saar Meijerink",
            "organisations": [
                ["Moestuin De Groene Vingers", "executes"],
                ["CBS De Wegwijzer", "contributes"],
                ["Zorgboerderij De Eikenhof", "contributes"],
            ],
            "target_groups": ["Jonge gezinnen met kinderen tot 12 jaar"],
            "area": "Heggenrade",
            "start_days_ago": 570,
            "end_days_ago": 390,
            "needs_time": "Drie vrijwilligers op woensdagmiddag",
            "needs_room": "Een stuk van de moestuin voor de school",
            "needs_money": "Zaden en gereedschap, 350 euro",
            "expected_result": "Kinderen eten vaker groente en weten waar hun eten vandaan komt.",
            "status_history": [
                ["proposed", 620],
                ["agreed", 600],
                ["running", 570],
                ["finished", 390],
            ],
            "progress": [
                {
                    "days_ago": 540,
                    "text": "Groep 5 van De Wegwijzer tuiniert elke week.",
                    "percent": 30,
                    "figure": 24,
                    "figure_label": "kinderen",
                },
                {
                    "days_ago": 450,
                    "text": "Oogstfeest met ouders: soep van eigen groenten.",
                    "percent": 70,
                    "figure": None,
                    "figure_label": "",
                },
                {
                    "days_ago": 395,
                    "text": "Seizoen afgerond. De school gaat zelf verder met de moestuinlessen.",
                    "percent": 100,
                    "figure": 24,
                    "figure_label": "kinderen",
                },
            ],
        },
        {
            "title": "Workshop voor jeugdtrainers over gokken en gamen",
            "description": (
                "Trainers merken dat jongens in de selectie veel wedden op sportwedstrijden. In "
                "een workshop leren ze de signalen kennen en hoe ze het gesprek aangaan. Het "
                "voorstel komt van SV Wildervoort."
            ),
            "goals": [
                "Professionals en vrijwilligers kunnen verslaving bespreekbaar maken",
                "Verslaving wordt eerder herkend en besproken",
            ],
            "lead": "Kim Rensink",
            "organisations": [
                ["SV Wildervoort", "executes"],
                ["Verslavingszorg De Koers", "advises"],
            ],
            "target_groups": ["Jongeren van 12 tot 23 jaar"],
            "area": "Wildervoort",
            "start_days_ago": None,
            "end_days_ago": None,
            "needs_time": "Eén avond",
            "needs_room": "",
            "needs_money": "Kosten van de trainer, ongeveer 400 euro",
            "expected_result": "Jeugdtrainers durven gokken en gamen bespreekbaar te maken.",
            "status_history": [["proposed", 120]],
            "progress": [],
        },
        {
            "title": "Dorpshuis De Spil ook open op doordeweekse middagen",
            "description": (
                "Het dorpshuis van Klaverdonk was alleen 's avonds open. Nu is het ook op drie "
                "middagen open, met kaarten, biljart en een middag voor ouders met peuters. "
                "Vrijwilligers draaien de bardienst."
            ),
            "goals": ["Dorpshuizen zijn open voor alle leeftijden"],
            "lead": "Hennie Oosterveld",
            "organisations": [
                ["Stichting Dorpshuis De Spil", "executes"],
                ["Dorpsbelangen Klaverdonk", "contributes"],
                ["Vrijwilligerscentrale Brinkeveld", "contributes"],
            ],
            "target_groups": [],
            "area": "Klaverdonk",
            "start_days_ago": 500,
            "end_days_ago": None,
            "needs_time": "Zes vrijwilligers voor de middagen",
            "needs_room": "",
            "needs_money": "Extra stookkosten, 1.500 euro per jaar",
            "expected_result": "Het dorpshuis is een plek voor alle leeftijden, ook overdag.",
            "status_history": [["proposed", 560], ["agreed", 540], ["running", 500]],
            "progress": [
                {
                    "days_ago": 480,
                    "text": "Vrijwilligersrooster voor drie middagen per week is rond.",
                    "percent": 20,
                    "figure": None,
                    "figure_label": "",
                },
                {
                    "days_ago": 380,
                    "text": "De kaart- en biljartmiddag trekt vooral mannen: 15 vaste bezoekers.",
                    "percent": 45,
                    "figure": 15,
                    "figure_label": "vaste bezoekers",
                },
                {
                    "days_ago": 200,
                    "text": "Nieuwe middag voor ouders met peuters, nog weinig bezoekers.",
                    "percent": 55,
                    "figure": None,
                    "figure_label": "",
                },
                {
                    "days_ago": 13,
                    "text": "Het aantal bezoekers per week is gestegen naar 64.",
                    "percent": 75,
                    "figure": 64,
                    "figure_label": "bezoekers per week",
                },
            ],
        },
        {
            "title": "Koffiehoek bij het Repair Café Klaverdonk",
            "description": (
                "Bij het Repair Café wachten mensen vaak lang op hun beurt. Daarom kwam er een "
                "koffiehoek waar buurtbewoners ook zonder kapot apparaat welkom zijn. "
                "Vrijwilligers maken een praatje met wie alleen komt."
            ),
            "goals": [
                "Elk dorp heeft een levendige ontmoetingsplek",
                "Minder inwoners voelen zich eenzaam",
            ],
            "lead": "Gert Kleinjan",
            "organisations": [
                ["Repair Café Klaverdonk", "executes"],
                ["Stichting Dorpshuis De Spil", "contributes"],
            ],
            "target_groups": ["Alleenwonende ouderen van 75 jaar en ouder"],
            "area": "Klaverdonk",
            "start_days_ago": 450,
            "end_days_ago": 300,
            "needs_time": "Twee gastvrouwen per zaterdag",
            "needs_room": "Een hoek van de zaal",
            "needs_money": "Koffie, 30 euro per keer",
            "expected_result": "Het Repair Café is ook een ontmoetingsplek.",
            "status_history": [
                ["proposed", 480],
                ["agreed", 470],
                ["running", 450],
                ["finished", 300],
            ],
            "progress": [
                {
                    "days_ago": 420,
                    "text": (
                        "Koffiehoek draait. 38 bezoekers in de eerste maand; de helft kwam alleen "
                        "voor de koffie."
                    ),
                    "percent": 40,
                    "figure": 38,
                    "figure_label": "bezoekers per maand",
                },
                {
                    "days_ago": 305,
                    "text": "De koffiehoek hoort nu gewoon bij het Repair Café.",
                    "percent": 100,
                    "figure": 52,
                    "figure_label": "bezoekers per maand",
                },
            ],
        },
        {
            "title": "Vrijwillige chauffeursdienst in Elzenbroek en Heggenrade",
            "description": (
                "Vrijwilligers rijden inwoners zonder auto naar de huisarts, het ziekenhuis of de "
                "supermarkt. Ritten worden aangevraagd via de dorpsondersteuner. Passagiers "
                "betalen een kleine kilometervergoeding."
            ),
            "goals": ["Voorzieningen blijven bereikbaar, ook zonder auto"],
            "lead": "Thijs Nijland",
            "organisations": [
                ["Dorpsondersteuner Elzenbroek", "executes"],
                ["Plaatselijk Belang Elzenbroek", "contributes"],
                ["Dorpsraad Heggenrade", "contributes"],
            ],
            "target_groups": ["Alleenwonende ouderen van 75 jaar en ouder"],
            "area": "Elzenbroek",
            "start_days_ago": 600,
            "end_days_ago": None,
            "needs_time": "Acht chauffeurs en een vast belnummer",
            "needs_room": "Een goede verzekering",
            "needs_money": "Passagiers betalen 0,30 euro per kilometer",
            "expected_result": "Inwoners zonder auto komen op tijd bij zorg en voorzieningen.",
            "status_history": [["proposed", 640], ["agreed", 620], ["running", 600]],
            "progress": [
                {
                    "days_ago": 570,
                    "text": (
                        "Zeven chauffeurs beginnen. Ritten aanvragen kan via de dorpsondersteuner."
                    ),
                    "percent": 20,
                    "figure": 7,
                    "figure_label": "chauffeurs",
                },
                {
                    "days_ago": 420,
                    "text": (
                        "In het eerste halfjaar 214 ritten, vooral naar de huisarts en het "
                        "ziekenhuis."
                    ),
                    "percent": 45,
                    "figure": 214,
                    "figure_label": "ritten sinds de start",
                },
                {
                    "days_ago": 230,
                    "text": (
                        "Twee chauffeurs gestopt om gezondheidsredenen. Ritten naar het ziekenhuis "
                        "lukken niet altijd."
                    ),
                    "percent": None,
                    "figure": 390,
                    "figure_label": "ritten sinds de start",
                },
                {
                    "days_ago": 20,
                    "text": "Vier nieuwe chauffeurs gevonden. De teller staat op 780 ritten.",
                    "percent": 70,
                    "figure": 780,
                    "figure_label": "ritten sinds de start",
                },
            ],
        },
        {
            "title": "Dorpswinkel in Elzenbroek openhouden met vrijwilligers",
            "description": (
                "Na het sluiten van de laatste winkel opende Plaatselijk Belang een kleine "
                "dorpswinkel, bemand door vrijwilligers. Supermarkt Van Dalen leverde de "
                "boodschappen. De omzet bleek te laag om de huur te betalen; de winkel is gesloten."
            ),
            "goals": [
                "Voorzieningen blijven bereikbaar, ook zonder auto",
                "Elk dorp heeft een levendige ontmoetingsplek",
            ],
            "lead": "Truus Lenderink",
            "organisations": [
                ["Plaatselijk Belang Elzenbroek", "executes"],
                ["Supermarkt Van Dalen", "contributes"],
                ["Gemeente Brinkeveld", "funds"],
            ],
            "target_groups": ["Alleenwonende ouderen van 75 jaar en ouder"],
            "area": "Elzenbroek",
            "start_days_ago": 450,
            "end_days_ago": 260,
            "needs_time": "Twaalf vrijwilligers voor drie ochtenden per week",
            "needs_room": "Een betaalbaar pand in het dorp",
            "needs_money": "Huur van 650 euro per maand",
            "expected_result": (
                "Inwoners van Elzenbroek kunnen in hun eigen dorp boodschappen doen."
            ),
            "status_history": [
                ["proposed", 520],
                ["agreed", 490],
                ["running", 450],
                ["stopped", 260],
            ],
            "progress": [
                {
                    "days_ago": 420,
                    "text": "Winkel drie ochtenden per week open. Van Dalen levert de producten.",
                    "percent": 30,
                    "figure": None,
                    "figure_label": "",
                },
                {
                    "days_ago": 300,
                    "text": "Omzet te laag om de huur te betalen. In gesprek met de verhuurder.",
                    "percent": 40,
                    "figure": None,
                    "figure_label": "",
                },
            ],
        },
        {
            "title": "Dorpsgesprekken in Heggenrade: wat heeft ons dorp nodig?",
            "description": (
                "De dorpsondersteuner organiseerde een dorpsgesprek in de kerk en ging langs de "
                "keukentafels van boerderijen in het buitengebied. Samen met de dorpsraad maakte "
                "zij een dorpsagenda met vijf punten."
            ),
            "goals": [
                "Inwoners nemen zelf initiatief en krijgen daarbij steun",
                "Elk dorp heeft een levendige ontmoetingsplek",
            ],
            "lead": "Willemijn Aalders",
            "organisations": [
                ["Dorpsondersteuner Heggenrade", "executes"],
                ["Dorpsraad Heggenrade", "contributes"],
            ],
            "target_groups": [],
            "area": "Heggenrade",
            "start_days_ago": 420,
            "end_days_ago": 330,
            "needs_time": "Tien avonden",
            "needs_room": "De kerk en keukentafels",
            "needs_money": "Koffie en drukwerk, 250 euro",
            "expected_result": "Een dorpsagenda die door inwoners zelf is gemaakt.",
            "status_history": [
                ["proposed", 460],
                ["agreed", 450],
                ["running", 420],
                ["finished", 330],
            ],
            "progress": [
                {
                    "days_ago": 410,
                    "text": "Eerste dorpsgesprek in de kerk: 46 inwoners.",
                    "percent": 30,
                    "figure": 46,
                    "figure_label": "inwoners",
                },
                {
                    "days_ago": 360,
                    "text": "Keukentafelgesprekken op acht boerderijen in het buitengebied.",
                    "percent": 70,
                    "figure": 8,
                    "figure_label": "keukentafelgesprekken",
                },
                {
                    "days_ago": 335,
                    "text": (
                        "Dorpsagenda met vijf punten klaar. Twee punten worden betaald uit het "
                        "dorpsbudget."
                    ),
                    "percent": 100,
                    "figure": None,
                    "figure_label": "",
                },
            ],
        },
        {
            "title": "Cursus 'Van idee tot initiatief' voor inwoners",
            "description": (
                "Inwoners met een goed idee leren in drie avonden hoe ze het van de grond krijgen: "
                "mensen vinden, een begroting maken en een aanvraag voor het dorpsbudget "
                "schrijven. De dorpsondersteuners geven de cursus samen."
            ),
            "goals": [
                "Inwoners nemen zelf initiatief en krijgen daarbij steun",
                "Elk dorp heeft een eigen dorpsbudget voor initiatieven",
            ],
            "lead": "Evelien Kroeze",
            "organisations": [
                ["Dorpsondersteuner Brinkhoven", "executes"],
                ["Stichting Welzijn Brinkeveld", "contributes"],
            ],
            "target_groups": [],
            "area": "",
            "start_days_ago": -45,
            "end_days_ago": -120,
            "needs_time": "Drie avonden, twee dorpsondersteuners",
            "needs_room": "",
            "needs_money": "Cursusmap, 200 euro",
            "expected_result": "Meer inwoners zetten zelf een initiatief op.",
            "status_history": [["proposed", 90], ["agreed", 40]],
            "progress": [],
        },
        {
            "title": "Buurtpreventie met appgroepen in Oosterlinde",
            "description": (
                "Bewoners van Oosterlinde houden via WhatsApp-groepen een oogje in het zeil. De "
                "wijkagent legde uit wat wel en niet in de groep hoort. Inmiddels gebruiken buren "
                "de groepen ook om te vragen of een oudere buurvrouw hulp nodig heeft."
            ),
            "goals": ["Inwoners nemen zelf initiatief en krijgen daarbij steun"],
            "lead": "Frits Weijenberg",
            "organisations": [
                ["Dorpsraad Oosterlinde", "executes"],
                ["Politieteam Linderdal", "contributes"],
            ],
            "target_groups": [],
            "area": "Oosterlinde",
            "start_days_ago": 470,
            "end_days_ago": None,
            "needs_time": "Een beheerder per groep",
            "needs_room": "Spelregels voor de groep",
            "needs_money": "",
            "expected_result": "Buren letten op elkaar en melden verdachte situaties sneller.",
            "status_history": [["proposed", 510], ["agreed", 490], ["running", 470]],
            "progress": [
                {
                    "days_ago": 450,
                    "text": "Vijf appgroepen gestart. De wijkagent legde de spelregels uit.",
                    "percent": 30,
                    "figure": 240,
                    "figure_label": "deelnemers",
                },
                {
                    "days_ago": 300,
                    "text": (
                        "Na twee inbraken gaven buren een tip door waarmee de politie verder kon."
                    ),
                    "percent": 50,
                    "figure": 285,
                    "figure_label": "deelnemers",
                },
                {
                    "days_ago": 28,
                    "text": (
                        "Acht groepen. De dorpsraad vraagt via de groepen ook of ouderen hulp "
                        "nodig hebben."
                    ),
                    "percent": 70,
                    "figure": 356,
                    "figure_label": "deelnemers",
                },
            ],
        },
        {
            "title": "Statushouders vertellen hun verhaal in de klas",
            "description": (
                "Statushouders vertellen in klas 2 van het Brinkcollege waarom ze gevlucht zijn en "
                "hoe het is om opnieuw te beginnen in een dorp. Leerlingen stellen vragen. De "
                "Vrijwilligerscentrale bereidt de vertellers voor."
            ),
            "goals": [
                "Statushouders en arbeidsmigranten doen mee in het dorpsleven",
                "Nieuwe inwoners voelen zich snel thuis in het dorp",
            ],
            "lead": "Naima Achahbar",
            "organisations": [
                ["Vrijwilligerscentrale Brinkeveld", "executes"],
                ["Brinkcollege", "contributes"],
            ],
            "target_groups": ["Statushouders en arbeidsmigranten", "Jongeren van 12 tot 23 jaar"],
            "area": "Brinkhoven",
            "start_days_ago": 330,
            "end_days_ago": None,
            "needs_time": "Vier vertellers en een voorbereidend gesprek",
            "needs_room": "",
            "needs_money": "Reiskosten vertellers",
            "expected_result": (
                "Leerlingen kennen nieuwe inwoners als mensen met een eigen verhaal."
            ),
            "status_history": [["proposed", 380], ["agreed", 360], ["running", 330]],
            "progress": [
                {
                    "days_ago": 300,
                    "text": (
                        "Vier statushouders vertelden hun verhaal. Leerlingen stelden veel vragen."
                    ),
                    "percent": 30,
                    "figure": 4,
                    "figure_label": "klassen",
                },
                {
                    "days_ago": 180,
                    "text": "Twee vertellers haakten af; de Vrijwilligerscentrale zoekt nieuwe.",
                    "percent": 55,
                    "figure": 8,
                    "figure_label": "klassen",
                },
                {
                    "days_ago": 26,
                    "text": "Nieuwe vertellers gevonden via het taalcafé.",
                    "percent": 75,
                    "figure": 14,
                    "figure_label": "klassen",
                },
            ],
        },
        {
            "title": "Huisarts vraagt bij nieuwe patiënten naar veiligheid thuis",
            "description": (
                "Bij een eerste gesprek met een nieuwe patiënt stelt de praktijk een vaste vraag "
                "over veiligheid thuis. Assistenten en praktijkondersteuner zijn getraind in de "
                "meldcode. Veilig Thuis helpt bij twijfel."
            ),
            "goals": ["Huiselijk geweld wordt eerder gezien en gestopt"],
            "lead": "Maarten Heerink",
            "organisations": [
                ["Huisartsenpraktijk Oosterlinde", "executes"],
                ["Veilig Thuis Linderdal", "advises"],
            ],
            "target_groups": [],
            "area": "Oosterlinde",
            "start_days_ago": 350,
            "end_days_ago": None,
            "needs_time": "Een training van twee uur voor het hele team",
            "needs_room": "",
            "needs_money": "",
            "expected_result": "Huiselijk geweld komt eerder ter sprake in de huisartsenpraktijk.",
            "status_history": [["proposed", 400], ["agreed", 380], ["running", 350]],
            "progress": [
                {
                    "days_ago": 320,
                    "text": "Assistenten en de praktijkondersteuner getraind in de meldcode.",
                    "percent": 40,
                    "figure": None,
                    "figure_label": "",
                },
                {
                    "days_ago": 210,
                    "text": (
                        "Vaste vraag ingevoerd bij nieuwe patiënten. Eerste ervaringen zijn "
                        "positief."
                    ),
                    "percent": 50,
                    "figure": None,
                    "figure_label": "",
                },
            ],
        },
        {
            "title": "Voorstelling 'Achter de voordeur' met nagesprek in de dorpshuizen",
            "description": (
                "Een theatergroep speelde een voorstelling over huiselijk geweld in twee "
                "dorpshuizen. Na afloop praatten bezoekers met Veilig Thuis en de opbouwwerker "
                "over wat ze kunnen doen als ze zich zorgen maken."
            ),
            "goals": ["Omstanders weten wat ze kunnen doen bij zorgen"],
            "lead": "Anouk van der Meulen",
            "organisations": [
                ["Stichting Welzijn Brinkeveld", "executes"],
                ["Veilig Thuis Linderdal", "contributes"],
                ["Parochie De Goede Herder", "contributes"],
            ],
            "target_groups": [],
            "area": "",
            "start_days_ago": 260,
            "end_days_ago": 245,
            "needs_time": "Twee avonden",
            "needs_room": "Dorpshuizen in Elzenbroek en Brinkhoven",
            "needs_money": "2.600 euro",
            "expected_result": "Bezoekers weten wat ze kunnen doen bij zorgen over een gezin.",
            "status_history": [
                ["proposed", 300],
                ["agreed", 290],
                ["running", 260],
                ["finished", 245],
            ],
            "progress": [
                {
                    "days_ago": 250,
                    "text": (
                        "Twee voorstellingen in Elzenbroek en Brinkhoven, daarna gesprekken met "
                        "Veilig Thuis."
                    ),
                    "percent": 100,
                    "figure": 118,
                    "figure_label": "bezoekers",
                },
            ],
        },
        {
            "title": "Informatiebijeenkomst in het Pools en Roemeens over zorg en school",
            "description": (
                "Veel arbeidsmigranten weten niet hoe de huisarts, de school of de toeslagen "
                "werken. Het plan is een bijeenkomst met tolken in de bibliotheek. Werkgevers "
                "helpen met uitnodigen."
            ),
            "goals": [
                "Statushouders en arbeidsmigranten doen mee in het dorpsleven",
                "Inwoners begrijpen brieven en regelingen",
            ],
            "lead": "Judith Haarman",
            "organisations": [
                ["Bibliotheek Brinkeveld", "executes"],
                ["Gemeente Brinkeveld", "contributes"],
            ],
            "target_groups": ["Statushouders en arbeidsmigranten"],
            "area": "Brinkhoven",
            "start_days_ago": None,
            "end_days_ago": None,
            "needs_time": "Twee tolken",
            "needs_room": "Een avond die past bij werktijden",
            "needs_money": "600 euro voor tolken",
            "expected_result": "Arbeidsmigranten weten hoe zorg, school en toeslagen werken.",
            "status_history": [["proposed", 100]],
            "progress": [],
        },
        {
            "title": "Coach meldcode voor sportclubs en dorpshuizen",
            "description": (
                "Sportclubs en dorpshuizen hebben vaak geen idee wat ze moeten doen bij zorgen "
                "over een kind of een volwassene. Een coach van Veilig Thuis helpt ze een "
                "eenvoudig stappenplan te maken en een vertrouwenspersoon te kiezen."
            ),
            "goals": [
                "Omstanders weten wat ze kunnen doen bij zorgen",
                "Leerkrachten en trainers herkennen signalen van verwaarlozing",
            ],
            "lead": "Marloes Hulshof",
            "organisations": [
                ["Veilig Thuis Linderdal", "executes"],
                ["SV Wildervoort", "contributes"],
                ["Stichting Dorpshuis De Spil", "contributes"],
            ],
            "target_groups": [],
            "area": "",
            "start_days_ago": -30,
            "end_days_ago": -240,
            "needs_time": "Twee dagdelen per club",
            "needs_room": "Besturen die een vertrouwenspersoon aanwijzen",
            "needs_money": "3.000 euro voor de coach",
            "expected_result": "Elke sportclub en elk dorpshuis heeft een stappenplan bij zorgen.",
            "status_history": [["proposed", 150], ["agreed", 55]],
            "progress": [],
        },
        {
            "title": "Vroegsignaleringsteam neemt binnen twee weken contact op",
            "description": (
                "Signalen over betalingsachterstanden komen nu bij verschillende mensen binnen. "
                "Het voorstel is één klein team dat elke melding binnen twee weken oppakt, met een "
                "telefoontje of een bezoek aan huis."
            ),
            "goals": ["Binnen twee weken na een melding is er contact"],
            "lead": "Karim Bouzidi",
            "organisations": [
                ["Gemeente Brinkeveld", "executes"],
                ["Kredietbank Linderdal", "contributes"],
                ["Rond met Geld Brinkeveld", "contributes"],
            ],
            "target_groups": ["Huishoudens met een laag inkomen of geldzorgen"],
            "area": "",
            "start_days_ago": None,
            "end_days_ago": None,
            "needs_time": "Twee consulenten, samen 24 uur per week",
            "needs_room": "Afspraken over het delen van signalen",
            "needs_money": "Ongeveer 70.000 euro per jaar",
            "expected_result": (
                "Op elke melding van een achterstand volgt binnen twee weken contact."
            ),
            "status_history": [["proposed", 150]],
            "progress": [],
        },
        {
            "title": "Werkfit-traject: van dagbesteding naar betaald werk",
            "description": (
                "Inwoners met een uitkering beginnen op de zorgboerderij en bouwen daar ritme en "
                "zelfvertrouwen op. Wie er klaar voor is, gaat door naar een proefplaatsing bij "
                "Loonbedrijf Hendriks of een andere werkgever."
            ),
            "goals": [
                "Wie kan werken, heeft werk of een zinvolle dagbesteding",
                "Vrijwilligerswerk is een opstap naar meer",
            ],
            "lead": "Karim Bouzidi",
            "organisations": [
                ["Gemeente Brinkeveld", "executes"],
                ["Zorgboerderij De Eikenhof", "contributes"],
                ["Loonbedrijf Hendriks", "contributes"],
            ],
            "target_groups": ["Inwoners met een afstand tot de arbeidsmarkt"],
            "area": "",
            "start_days_ago": 460,
            "end_days_ago": None,
            "needs_time": "Begeleiding op de werkplek",
            "needs_room": "Ruimte om af te wijken van de gewone re-integratieregels",
            "needs_money": "Vergoeding voor de zorgboerderij per deelnemer",
            "expected_result": "Een derde van de deelnemers heeft na twee jaar betaald werk.",
            "status_history": [["proposed", 540], ["agreed", 500], ["running", 460]],
            "progress": [
                {
                    "days_ago": 430,
                    "text": "Eerste vijf deelnemers begonnen op de zorgboerderij.",
                    "percent": 15,
                    "figure": 5,
                    "figure_label": "deelnemers",
                },
                {
                    "days_ago": 320,
                    "text": (
                        "Twee deelnemers door naar een proefplaatsing bij Loonbedrijf Hendriks."
                    ),
                    "percent": 35,
                    "figure": 9,
                    "figure_label": "deelnemers",
                },
                {
                    "days_ago": 180,
                    "text": "Eén deelnemer heeft een vast contract.",
                    "percent": 50,
                    "figure": 12,
                    "figure_label": "deelnemers",
                },
                {
                    "days_ago": 23,
                    "text": "Van de twaalf deelnemers hebben er nu vier betaald werk.",
                    "percent": 65,
                    "figure": 12,
                    "figure_label": "deelnemers",
                },
            ],
        },
        {
            "title": "Vrijwilligersvacaturebank met opstapgesprekken",
            "description": (
                "Een online vacaturebank met vrijwilligerswerk in alle dorpen. Inwoners met een "
                "uitkering krijgen een opstapgesprek om werk te vinden dat bij hen past. Zo wordt "
                "vrijwilligerswerk een eerste stap naar meer."
            ),
            "goals": ["Vrijwilligerswerk is een opstap naar meer"],
            "lead": "Naima Achahbar",
            "organisations": [
                ["Vrijwilligerscentrale Brinkeveld", "executes"],
                ["Sociaal Team Brinkeveld", "contributes"],
            ],
            "target_groups": ["Inwoners met een afstand tot de arbeidsmarkt"],
            "area": "",
            "start_days_ago": 450,
            "end_days_ago": 240,
            "needs_time": "Twee uur per opstapgesprek",
            "needs_room": "",
            "needs_money": "Website, 2.000 euro",
            "expected_result": (
                "Inwoners met een uitkering vinden vrijwilligerswerk dat bij hen past."
            ),
            "status_history": [
                ["proposed", 500],
                ["agreed", 480],
                ["running", 450],
                ["finished", 240],
            ],
            "progress": [
                {
                    "days_ago": 420,
                    "text": "Online vacaturebank live met 64 vacatures.",
                    "percent": 30,
                    "figure": 64,
                    "figure_label": "vacatures",
                },
                {
                    "days_ago": 330,
                    "text": (
                        "27 inwoners met een uitkering begonnen als vrijwilliger na een "
                        "opstapgesprek."
                    ),
                    "percent": 65,
                    "figure": 27,
                    "figure_label": "inwoners gestart",
                },
                {
                    "days_ago": 245,
                    "text": (
                        "Afgerond. De opstapgesprekken horen nu bij het vaste werk van de centrale."
                    ),
                    "percent": 100,
                    "figure": 41,
                    "figure_label": "inwoners gestart",
                },
            ],
        },
        {
            "title": "Belastinghulp en formulierenhulp door de seniorenvereniging",
            "description": (
                "Getrainde vrijwilligers helpen inwoners met de belastingaangifte, toeslagen en "
                "andere formulieren. De hulp is er voor iedereen met een laag inkomen, niet alleen "
                "voor leden. Spreekuren zijn in de bibliotheek en in de dorpshuizen."
            ),
            "goals": [
                "Inwoners begrijpen brieven en regelingen",
                "Minder huishoudens met problematische schulden",
            ],
            "lead": "Jan Wolterink",
            "organisations": [
                ["Seniorenvereniging Brinkeveld", "executes"],
                ["Bibliotheek Brinkeveld", "contributes"],
            ],
            "target_groups": [
                "Alleenwonende ouderen van 75 jaar en ouder",
                "Huishoudens met een laag inkomen of geldzorgen",
            ],
            "area": "",
            "start_days_ago": 570,
            "end_days_ago": None,
            "needs_time": "Twaalf vrijwilligers in het aangifteseizoen",
            "needs_room": "Spreekkamers met wifi",
            "needs_money": "Training, 900 euro per jaar",
            "expected_result": (
                "Inwoners missen geen toeslagen en maken geen fouten in hun aangifte."
            ),
            "status_history": [["proposed", 600], ["agreed", 590], ["running", 570]],
            "progress": [
                {
                    "days_ago": 540,
                    "text": "Twaalf belastinghulpen hielpen 180 huishoudens met de aangifte.",
                    "percent": 25,
                    "figure": 180,
                    "figure_label": "huishoudens geholpen",
                },
                {
                    "days_ago": 360,
                    "text": "Ook hulp bij het aanvragen van toeslagen en de energietoeslag.",
                    "percent": 45,
                    "figure": 230,
                    "figure_label": "huishoudens geholpen",
                },
                {
                    "days_ago": 180,
                    "text": "Nieuwe aangifteronde: 204 huishoudens geholpen.",
                    "percent": 60,
                    "figure": 434,
                    "figure_label": "huishoudens geholpen",
                },
                {
                    "days_ago": 15,
                    "text": "Vier nieuwe vrijwilligers getraind voor het volgende seizoen.",
                    "percent": 75,
                    "figure": 434,
                    "figure_label": "huishoudens geholpen",
                },
            ],
        },
        {
            "title": "Maatjesproject tegen eenzaamheid",
            "description": (
                "Een vrijwilliger en een inwoner die zich eenzaam voelt, spreken elke week af. Ze "
                "wandelen, doen boodschappen of drinken koffie. Het doel is dat de inwoner na een "
                "jaar ook zelf weer mensen ontmoet."
            ),
            "goals": ["Minder inwoners voelen zich eenzaam"],
            "lead": "Bert Wesselink",
            "organisations": [
                ["Stichting Welzijn Brinkeveld", "executes"],
                ["Vrijwilligerscentrale Brinkeveld", "contributes"],
            ],
            "target_groups": ["Alleenwonende ouderen van 75 jaar en ouder"],
            "area": "",
            "start_days_ago": 530,
            "end_days_ago": None,
            "needs_time": "Een coördinator, acht uur per week",
            "needs_room": "",
            "needs_money": "Training en onkosten, 3.500 euro per jaar",
            "expected_result": "Deelnemers voelen zich minder alleen en doen weer mee in het dorp.",
            "status_history": [["proposed", 580], ["agreed", 560], ["running", 530]],
            "progress": [
                {
                    "days_ago": 500,
                    "text": "Tien maatjes getraind, eerste zes koppels.",
                    "percent": 15,
                    "figure": 6,
                    "figure_label": "koppels",
                },
                {
                    "days_ago": 400,
                    "text": "Wandelen en boodschappen doen zijn het populairst.",
                    "percent": 35,
                    "figure": 18,
                    "figure_label": "koppels",
                },
                {
                    "days_ago": 250,
                    "text": "Terugval in de zomer: vijf maatjes gestopt.",
                    "percent": 40,
                    "figure": 14,
                    "figure_label": "koppels",
                },
                {
                    "days_ago": 120,
                    "text": "Nieuwe maatjes gevonden via de huisbezoeken aan 75-plussers.",
                    "percent": 55,
                    "figure": 21,
                    "figure_label": "koppels",
                },
                {
                    "days_ago": 7,
                    "text": (
                        "Vier deelnemers zeggen dat ze zich minder alleen voelen en gaan nu ook "
                        "naar de koffieochtend."
                    ),
                    "percent": 70,
                    "figure": 26,
                    "figure_label": "koppels",
                },
            ],
        },
        {
            "title": "Week tegen Eenzaamheid: 'Ik zie jou' in alle dorpen",
            "description": (
                "Tijdens de landelijke Week tegen Eenzaamheid organiseren dorpshuizen, kerken en "
                "clubs samen activiteiten in alle zes dorpen. De supermarkt deelt kaartjes uit die "
                "klanten aan een buur kunnen geven."
            ),
            "goals": ["Eenzaamheid is bespreekbaar in de dorpen"],
            "lead": "Evelien Kroeze",
            "organisations": [
                ["Dorpsondersteuner Brinkhoven", "executes"],
                ["Supermarkt Van Dalen", "contributes"],
                ["Gemeente Brinkeveld", "funds"],
            ],
            "target_groups": ["Alleenwonende ouderen van 75 jaar en ouder"],
            "area": "",
            "start_days_ago": -300,
            "end_days_ago": -307,
            "needs_time": "Coördinatie door de dorpsondersteuners",
            "needs_room": "Dorpshuizen en kerken",
            "needs_money": "2.500 euro voor activiteiten en kaartjes",
            "expected_result": "In elk dorp is tijdens de week minstens één activiteit.",
            "status_history": [["proposed", 70], ["agreed", 40]],
            "progress": [],
        },
        {
            "title": "Huisarts verwijst mantelzorgers door naar het steunpunt",
            "description": (
                "Huisartsen vragen bij ouderen met dementie of een chronische ziekte standaard "
                "naar de mantelzorger. Heeft die het zwaar, dan volgt een doorverwijzing naar het "
                "Mantelzorgsteunpunt, dat zelf contact opneemt."
            ),
            "goals": [
                "Mantelzorgers kennen de mogelijkheden voor respijtzorg",
                "Mantelzorgers houden het vol",
            ],
            "lead": "Chantal Vos",
            "organisations": [
                ["Huisartsenpraktijk Oosterlinde", "executes"],
                ["Mantelzorgsteunpunt Brinkeveld", "contributes"],
                ["Gezondheidscentrum De Brink", "contributes"],
            ],
            "target_groups": ["Mantelzorgers"],
            "area": "",
            "start_days_ago": 390,
            "end_days_ago": None,
            "needs_time": "Twee minuten extra per consult",
            "needs_room": "",
            "needs_money": "",
            "expected_result": "Mantelzorgers krijgen steun voordat ze overbelast raken.",
            "status_history": [["proposed", 450], ["agreed", 420], ["running", 390]],
            "progress": [
                {
                    "days_ago": 360,
                    "text": (
                        "Huisartsen vragen bij ouderen met dementie standaard naar de mantelzorger."
                    ),
                    "percent": 25,
                    "figure": None,
                    "figure_label": "",
                },
                {
                    "days_ago": 200,
                    "text": "38 mantelzorgers doorverwezen naar het steunpunt.",
                    "percent": 50,
                    "figure": 38,
                    "figure_label": "doorverwijzingen",
                },
                {
                    "days_ago": 29,
                    "text": "Ook Gezondheidscentrum De Brink doet nu mee.",
                    "percent": 70,
                    "figure": 71,
                    "figure_label": "doorverwijzingen",
                },
            ],
        },
        {
            "title": "Lotgenotengroep voor mantelzorgers in Elzenbroek",
            "description": (
                "Mantelzorgers uit Elzenbroek en omgeving komen eens per maand samen in het "
                "dorpshuis. Ze delen ervaringen en tips en hebben even tijd voor zichzelf. Een "
                "consulent van het steunpunt begeleidt de groep."
            ),
            "goals": ["Mantelzorgers houden het vol"],
            "lead": "Hilde Veenstra",
            "organisations": [
                ["Mantelzorgsteunpunt Brinkeveld", "executes"],
                ["Plaatselijk Belang Elzenbroek", "contributes"],
            ],
            "target_groups": ["Mantelzorgers"],
            "area": "Elzenbroek",
            "start_days_ago": 340,
            "end_days_ago": None,
            "needs_time": "Een consulent, één middag per maand",
            "needs_room": "Een zaal in het dorpshuis",
            "needs_money": "Vervanging thuis voor wie dat nodig heeft",
            "expected_result": (
                "Mantelzorgers in Elzenbroek steunen elkaar en houden het langer vol."
            ),
            "status_history": [["proposed", 380], ["agreed", 360], ["running", 340]],
            "progress": [
                {
                    "days_ago": 310,
                    "text": "Eerste bijeenkomst met 8 mantelzorgers.",
                    "percent": 25,
                    "figure": 8,
                    "figure_label": "mantelzorgers",
                },
                {
                    "days_ago": 170,
                    "text": (
                        "Jannie Eshuis vertelde over haar ervaringen in het dorpsblad. Drie nieuwe "
                        "aanmeldingen."
                    ),
                    "percent": 45,
                    "figure": 11,
                    "figure_label": "mantelzorgers",
                },
                {
                    "days_ago": 3,
                    "text": "De groep is vol. Een tweede groep in Heggenrade wordt voorbereid.",
                    "percent": 65,
                    "figure": 14,
                    "figure_label": "mantelzorgers",
                },
            ],
        },
        {
            "title": "Burenhulp-app voor heel Brinkeveld",
            "description": (
                "Het plan was een app waarin inwoners elkaar om hulp kunnen vragen bij een klusje "
                "of een boodschap. De app bleek duur en ouderen bellen liever. De actie is "
                "gestopt; het geld gaat naar de burenhulp per dorp."
            ),
            "goals": [
                "In elk dorp is een vorm van burenhulp",
                "Buren helpen elkaar bij kleine klussen en zorgen",
            ],
            "lead": "Naima Achahbar",
            "organisations": [
                ["Vrijwilligerscentrale Brinkeveld", "executes"],
                ["Gemeente Brinkeveld", "funds"],
            ],
            "target_groups": [],
            "area": "",
            "start_days_ago": None,
            "end_days_ago": None,
            "needs_time": "",
            "needs_room": "",
            "needs_money": "Licentie van 8.000 euro per jaar",
            "expected_result": "Inwoners vinden snel een buur die kan helpen.",
            "status_history": [["proposed", 480], ["agreed", 450], ["stopped", 380]],
            "progress": [],
        },
        {
            "title": "Burenhulp in Oosterlinde met één vast telefoonnummer",
            "description": (
                "Inwoners van Oosterlinde kunnen één nummer bellen als ze hulp nodig hebben bij "
                "een boodschap, een ritje of een klusje. De dorpsondersteuner koppelt de vraag aan "
                "een buur die kan helpen."
            ),
            "goals": ["In elk dorp is een vorm van burenhulp"],
            "lead": "Bas Morsink",
            "organisations": [
                ["Dorpsondersteuner Oosterlinde", "executes"],
                ["Dorpsraad Oosterlinde", "contributes"],
            ],
            "target_groups": ["Alleenwonende ouderen van 75 jaar en ouder"],
            "area": "Oosterlinde",
            "start_days_ago": -15,
            "end_days_ago": None,
            "needs_time": "Een vrijwilliger die de telefoon beantwoordt",
            "needs_room": "",
            "needs_money": "Een prepaid telefoon en flyers, 300 euro",
            "expected_result": "Buren in Oosterlinde helpen elkaar vaker met kleine dingen.",
            "status_history": [["proposed", 120], ["agreed", 48]],
            "progress": [],
        },
        {
            "title": "Eenzaamheid herkennen: korte training voor winkelpersoneel en kappers",
            "description": (
                "Caissières, kappers en postbodes zien veel ouderen. In een korte training leren "
                "ze signalen van eenzaamheid herkennen en waar ze iemand naar kunnen verwijzen."
            ),
            "goals": ["Eenzaamheid is bespreekbaar in de dorpen"],
            "lead": "Erwin van Dalen",
            "organisations": [
                ["Supermarkt Van Dalen", "executes"],
                ["Stichting Welzijn Brinkeveld", "advises"],
            ],
            "target_groups": ["Alleenwonende ouderen van 75 jaar en ouder"],
            "area": "",
            "start_days_ago": None,
            "end_days_ago": None,
            "needs_time": "Een uur per medewerker",
            "needs_room": "",
            "needs_money": "Trainer, 300 euro per keer",
            "expected_result": (
                "Medewerkers van winkels en kappers weten wat ze kunnen doen bij zorgen."
            ),
            "status_history": [["proposed", 35]],
            "progress": [],
        },
        {
            "title": "Rookvrije schoolpleinen in alle dorpen",
            "proposed_by": "partner",
            "description": (
                "Alle schoolpleinen in Brinkeveld worden rookvrij, met een bord bij de ingang en "
                "afspraken met ouders die hun kinderen komen halen."
            ),
            "goals": ["Minder jongeren drinken alcohol of gebruiken drugs"],
            "lead": "",
            "organisations": [["GGD Linderdal", "executes"]],
            "target_groups": ["Jonge gezinnen met kinderen tot 12 jaar"],
            "area": "",
            "start_days_ago": None,
            "end_days_ago": None,
            "needs_time": "Een gesprek met elke schooldirectie",
            "needs_room": "",
            "needs_money": "Borden, ongeveer 40 euro per school",
            "expected_result": "Kinderen zien op en rond school niemand roken.",
            # Withdrawn by the partner who proposed it: the note is theirs.
            "status_history": [
                ["proposed", 120],
                [
                    "withdrawn",
                    95,
                    "Bijna alle scholen zijn al rookvrij via de landelijke aanpak; we kijken eerst "
                    "welke scholen nog ontbreken.",
                    "partner",
                ],
            ],
            "progress": [],
        },
    ],
    "regio-zandmeren-in-balans": [
        {
            "title": "Zij-instroom in de zorg met behoud van salaris",
            "description": (
                "Wie van baan wil wisselen, kan bij Zorggroep Zandmeren een opleiding volgen en "
                "tegelijk betaald werken. Het Zandmeren College verzorgt de lessen op een avond "
                "per week."
            ),
            "goals": ["Meer zij-instromers in zorg en welzijn"],
            "lead": "Mehmet Demir",
            "organisations": [
                ["Zorggroep Zandmeren", "executes"],
                ["Zandmeren College", "contributes"],
            ],
            "target_groups": [],
            "area": "",
            "start_days_ago": 240,
            "end_days_ago": None,
            "needs_time": "Werkbegeleiders op de afdelingen",
            "needs_room": "Een aangepast lesrooster",
            "needs_money": "Salaris tijdens de opleiding, deels uit een regionaal fonds",
            "expected_result": "Dertig nieuwe zorgmedewerkers per jaar via zij-instroom.",
            "status_history": [["proposed", 300], ["agreed", 280], ["running", 240]],
            "progress": [
                {
                    "days_ago": 220,
                    "text": (
                        "Eerste groep van 14 zij-instromers gestart, onder wie een buschauffeur en "
                        "een kapper."
                    ),
                    "percent": 20,
                    "figure": 14,
                    "figure_label": "zij-instromers",
                },
                {
                    "days_ago": 110,
                    "text": "Twee deelnemers gestopt, de anderen haalden hun eerste stage.",
                    "percent": 45,
                    "figure": 12,
                    "figure_label": "zij-instromers",
                },
                {
                    "days_ago": 20,
                    "text": "Tweede groep van 18 deelnemers gestart.",
                    "percent": 65,
                    "figure": 30,
                    "figure_label": "zij-instromers",
                },
            ],
        },
        {
            "title": "Snuffelstages techniek bij Van Loon Installatietechniek",
            "description": (
                "Leerlingen van het Zandmeren College lopen een dag mee met monteurs die "
                "warmtepompen en zonnepanelen installeren. Wie het leuk vindt, kan daarna een "
                "leerwerkplek krijgen."
            ),
            "goals": [
                "Leerlingen maken kennis met werk in techniek en zorg",
                "Jongeren kiezen voor een toekomst in de regio",
            ],
            "lead": "Dennis van Loon",
            "organisations": [
                ["Van Loon Installatietechniek", "executes"],
                ["Zandmeren College", "contributes"],
            ],
            "target_groups": ["Jongeren van 16 tot 27 jaar"],
            "area": "Schaapsloo",
            "start_days_ago": 300,
            "end_days_ago": 150,
            "needs_time": "Monteurs die een leerling meenemen",
            "needs_room": "",
            "needs_money": "",
            "expected_result": (
                "Leerlingen kiezen vaker voor een opleiding in de techniek in de regio."
            ),
            "status_history": [
                ["proposed", 330],
                ["agreed", 320],
                ["running", 300],
                ["finished", 150],
            ],
            "progress": [
                {
                    "days_ago": 260,
                    "text": "42 leerlingen liepen een dag mee.",
                    "percent": 50,
                    "figure": 42,
                    "figure_label": "leerlingen",
                },
                {
                    "days_ago": 155,
                    "text": "Zes leerlingen kozen voor een leerwerkplek bij Van Loon.",
                    "percent": 100,
                    "figure": 6,
                    "figure_label": "leerwerkplekken",
                },
            ],
        },
        {
            "title": "Burenhulp in Elsterhoek met een vaste coördinator",
            "description": (
                "Vrijwilligers in Elsterhoek helpen ouderen met boodschappen, vervoer en kleine "
                "klussen. De dorpsondersteuner koppelt vragen aan vrijwilligers. De wijkverpleging "
                "verwijst door als iemand geen zorg maar wel hulp nodig heeft."
            ),
            "goals": ["Inwoners helpen elkaar met informele zorg"],
            "lead": "Sanne Willems",
            "organisations": [
                ["Dorpsondersteuner Elsterhoek", "executes"],
                ["Zorggroep Zandmeren", "contributes"],
                ["Welzijn Zandmeren", "contributes"],
            ],
            "target_groups": ["Ouderen van 75 jaar en ouder in kleine kernen"],
            "area": "Elsterhoek",
            "start_days_ago": 300,
            "end_days_ago": None,
            "needs_time": "Een coördinator, zes uur per week",
            "needs_room": "",
            "needs_money": "Onkosten vrijwilligers, 1.500 euro",
            "expected_result": (
                "Wijkverpleging heeft meer tijd voor zorg die alleen zij kunnen geven."
            ),
            "status_history": [["proposed", 350], ["agreed", 330], ["running", 300]],
            "progress": [
                {
                    "days_ago": 280,
                    "text": "Burenhulp gestart met 17 vrijwilligers.",
                    "percent": 20,
                    "figure": 17,
                    "figure_label": "vrijwilligers",
                },
                {
                    "days_ago": 150,
                    "text": "94 hulpvragen beantwoord, vooral vervoer en boodschappen.",
                    "percent": 50,
                    "figure": 94,
                    "figure_label": "hulpvragen",
                },
                {
                    "days_ago": 9,
                    "text": "De wijkverpleging verwijst nu door naar de burenhulp.",
                    "percent": 70,
                    "figure": 168,
                    "figure_label": "hulpvragen",
                },
            ],
        },
    ],
}
