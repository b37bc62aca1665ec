"""Fictional demo data for Samenspel: two programmes with goals, parties, people and groups."""

MUNICIPALITIES = [
    ("Brinkeveld", "GM9001"),
    ("Korenveld", "GM9011"),
    ("Aardenlo", "GM9012"),
    ("Mierbeek", "GM9013"),
    ("Ravensloot", "GM9014"),
]

PROGRAMMES = [
    # ------------------------------------------------------------------------------------------
    # Programme 1: a local prevention programme in a rural municipality of villages.
    # ------------------------------------------------------------------------------------------
    {
        "slug": "brinkeveld-onder-de-loep",
        "name": "Brinkeveld onder de Loep",
        "description": (
            "Met Brinkeveld onder de Loep werken inwoners, gemeente en partners samen aan het "
            "voorkomen van problemen zoals schulden, eenzaamheid, overgewicht en verslaving. "
            "Vrijwilligers spraken met ruim vierhonderd sleutelfiguren uit de zes dorpen. "
            "Wat zij vertelden, staat in het Visie- en Doelenboek. Nu zetten de partijen samen "
            "acties op die bij de doelen passen."
        ),
        "municipalities": ["Brinkeveld"],
        "start_date": "2017-09-01",
        "vision": (
            "In Brinkeveld willen we problemen voorkomen in plaats van ze achteraf op te lossen. "
            "Schulden, eenzaamheid, overgewicht, verslaving, opvoedzorgen, verwaarlozing en "
            "huiselijk geweld ontstaan meestal niet van de ene op de andere dag. Er gaat een "
            "lange weg aan vooraf, met veel momenten waarop iemand had kunnen zien dat het niet "
            "goed ging. Op die momenten willen we er samen bij zijn.\n\n"
            "Dat kan de gemeente niet alleen. Iedereen die in Brinkeveld woont of werkt, kan een "
            "verschil maken: de leerkracht die merkt dat een kind zonder ontbijt op school komt, "
            "de trainer die ziet dat een speler steeds vaker wegblijft, de buurvrouw die de post "
            "ziet opstapelen. Daarom hebben we niet eerst een plan gemaakt, maar eerst geluisterd. "
            "Vrijwilligers interviewden 411 sleutelfiguren over wat zij zien en wat beter kan.\n\n"
            "Uit die verhalen kwamen zes streefbeelden: jeugd, een gezonde leefstijl, levendige "
            "dorpen, samenleven met respect, meedoen in de samenleving en zorgen voor elkaar. Bij "
            "elk streefbeeld horen doelen waar partijen zelf acties op bedenken en trekken. Het "
            "projectteam jaagt aan en verbindt, maar is geen eigenaar van de acties.\n\n"
            "We kijken niet alleen naar acties. We willen ook dat professionals zich bewust zijn "
            "van hun rol, de kennis en vaardigheden hebben om anders te werken, en de tijd, ruimte "
            "en middelen krijgen om aan preventie te werken. Zo blijft Brinkeveld ook na dit "
            "programma problemen voorkomen."
        ),
        "target_images": [
            {
                "title": "Jeugd",
                "description": (
                    "Kinderen en jongeren in Brinkeveld groeien gezond en veilig op. Ouders "
                    "staan er niet alleen voor en weten waar ze met hun vragen terechtkunnen."
                ),
                "goals": [
                    {
                        "title": "Ouders weten waar ze terechtkunnen met opvoedvragen",
                        "description": (
                            "Veel ouders lopen rond met vragen over slapen, eten, schermtijd of "
                            "puberteit, maar zoeken pas hulp als het vastloopt. Wij zorgen dat "
                            "ouders eerder en dichtbij steun vinden."
                        ),
                        "themes": ["welzijn", "samenleving", "menselijk-kapitaal"],
                        "challenges": ["Preventie", "Zorg"],
                        "owner": "demo",
                        "children": [
                            {
                                "title": "Elke basisschool heeft een vast inloopmoment voor ouders",
                                "description": (
                                    "Eens per maand zit een jeugd- en gezinscoach op school. "
                                    "Ouders kunnen zonder afspraak binnenlopen."
                                ),
                                "themes": ["welzijn", "menselijk-kapitaal"],
                                "challenges": ["Preventie"],
                                "children": [],
                            },
                            {
                                "title": "Ouders delen ervaringen in oudercafés in de dorpen",
                                "description": (
                                    "In het dorpshuis praten ouders met elkaar over opvoeden. "
                                    "Een ervaren ouder of professional begeleidt het gesprek."
                                ),
                                "themes": ["samenleving", "sociaal-kapitaal"],
                                "challenges": ["Preventie"],
                                "children": [],
                            },
                        ],
                    },
                    {
                        "title": "Jongeren hebben een plek en een stem in hun dorp",
                        "description": (
                            "Jongeren zeggen dat er in de kleine dorpen weinig te doen is. "
                            "Verveling leidt soms tot alcohol, drugs of overlast. We willen dat "
                            "jongeren zich welkom voelen en zelf meedenken."
                        ),
                        "themes": ["arbeid-vrije-tijd", "samenleving", "sociaal-kapitaal"],
                        "challenges": ["Preventie", "Aantrekken en behouden van talent"],
                        "owner": "trekker",
                        "children": [
                            {
                                "title": "In elk dorp is een ontmoetingsplek voor jongeren",
                                "description": (
                                    "Dat kan een hok, een ruimte in het dorpshuis of een plek bij "
                                    "de sportclub zijn. Jongeren richten de plek zelf mee in."
                                ),
                                "themes": ["arbeid-vrije-tijd", "samenleving"],
                                "challenges": ["Preventie", "Wonen en voorzieningen"],
                                "children": [],
                            },
                            {
                                "title": "Een jongerenraad denkt mee over plannen van de gemeente",
                                "description": (
                                    "De jongerenraad geeft gevraagd en ongevraagd advies. De "
                                    "gemeente laat weten wat ze met het advies heeft gedaan."
                                ),
                                "themes": ["samenleving", "menselijk-kapitaal"],
                                "challenges": ["Aantrekken en behouden van talent"],
                                "children": [],
                            },
                        ],
                    },
                    {
                        "title": "Kinderen groeien veilig op",
                        "description": (
                            "Verwaarlozing en huiselijk geweld blijven vaak lang onzichtbaar. "
                            "Iedereen die met kinderen werkt, herkent signalen en weet wat te doen."
                        ),
                        "themes": ["veiligheid", "gezondheid", "verdeling"],
                        "challenges": ["Preventie", "Zorg"],
                        "children": [
                            {
                                "title": (
                                    "Leerkrachten en trainers herkennen signalen van verwaarlozing"
                                ),
                                "description": (
                                    "Scholen, kinderopvang en sportclubs volgen samen een "
                                    "training. Ze weten wie ze kunnen bellen bij zorgen."
                                ),
                                "themes": ["veiligheid", "menselijk-kapitaal"],
                                "challenges": ["Preventie"],
                                "children": [],
                            },
                            {
                                "title": "Kinderen leren op school over grenzen en weerbaarheid",
                                "description": (
                                    "In groep 6 tot en met 8 krijgen kinderen lessen over wat wel "
                                    "en niet oké is, en bij wie ze terechtkunnen."
                                ),
                                "themes": ["veiligheid", "welzijn"],
                                "challenges": ["Preventie"],
                                "children": [],
                            },
                        ],
                    },
                ],
            },
            {
                "title": "Gezonde leefstijl",
                "description": (
                    "Inwoners van Brinkeveld bewegen genoeg, eten gezond en gaan bewust om met "
                    "alcohol, roken en drugs. De gezonde keuze is de makkelijke keuze."
                ),
                "goals": [
                    {
                        "title": "Minder kinderen en volwassenen met overgewicht",
                        "description": (
                            "In Brinkeveld heeft ongeveer de helft van de volwassenen overgewicht. "
                            "We beginnen jong en zorgen dat gezond eten en bewegen vanzelf gaan."
                        ),
                        "themes": ["gezondheid", "arbeid-vrije-tijd"],
                        "challenges": ["Preventie", "Zorg"],
                        "owner": "projectteam2",
                        "children": [
                            {
                                "title": "Sportkantines en schoolkantines zijn gezond ingericht",
                                "description": (
                                    "Water, fruit en een gezonde snack liggen vooraan. Frisdrank "
                                    "en snoep zijn niet meer de eerste keus."
                                ),
                                "themes": ["gezondheid"],
                                "challenges": ["Preventie"],
                                "children": [],
                            },
                            {
                                "title": "Kinderen bewegen elke dag minstens een uur",
                                "description": (
                                    "Scholen bieden beweegpauzes en er is naschools sportaanbod in "
                                    "alle dorpen, ook voor kinderen van ouders met weinig geld."
                                ),
                                "themes": ["gezondheid", "arbeid-vrije-tijd", "verdeling"],
                                "challenges": ["Preventie"],
                                "children": [],
                            },
                            {
                                "title": "Huisartsen verwijzen naar een leefstijlprogramma",
                                "description": (
                                    "Wie met overgewicht bij de huisarts komt, kan meedoen aan een "
                                    "programma met een leefstijlcoach, dicht bij huis."
                                ),
                                "themes": ["gezondheid"],
                                "challenges": ["Zorg", "Preventie"],
                                "children": [],
                            },
                        ],
                    },
                    {
                        "title": "Minder jongeren drinken alcohol of gebruiken drugs",
                        "description": (
                            "Sleutelfiguren vertellen dat drinken op jonge leeftijd in de dorpen "
                            "heel gewoon is. Samen met ouders, clubs en horeca willen we die "
                            "gewoonte doorbreken."
                        ),
                        "themes": ["gezondheid", "veiligheid"],
                        "challenges": ["Preventie"],
                        "owner": "trekker",
                        "children": [
                            {
                                "title": "Clubs en dorpshuizen schenken geen alcohol onder de 18",
                                "description": (
                                    "Barvrijwilligers volgen de training Verantwoord Schenken en "
                                    "vragen altijd naar een legitimatiebewijs."
                                ),
                                "themes": ["gezondheid", "veiligheid"],
                                "challenges": ["Preventie"],
                                "children": [],
                            },
                            {
                                "title": "Ouders praten met hun kinderen over alcohol en drugs",
                                "description": (
                                    "Ouders krijgen tips voor het gesprek thuis. Ze spreken met "
                                    "andere ouders af dat ze dezelfde regels hanteren."
                                ),
                                "themes": ["gezondheid", "sociaal-kapitaal"],
                                "challenges": ["Preventie"],
                                "children": [],
                            },
                        ],
                    },
                    {
                        "title": "Verslaving wordt eerder herkend en besproken",
                        "description": (
                            "Mensen met een verslaving schamen zich vaak en zoeken laat hulp. "
                            "Omstanders weten niet hoe ze het moeten aankaarten."
                        ),
                        "themes": ["gezondheid", "welzijn"],
                        "challenges": ["Preventie", "Zorg"],
                        "children": [
                            {
                                "title": (
                                    "Professionals en vrijwilligers kunnen verslaving "
                                    "bespreekbaar maken"
                                ),
                                "description": (
                                    "Wijkverpleegkundigen, jongerenwerkers en vrijwilligers leren "
                                    "hoe ze zorgen over gokken, drinken of middelengebruik "
                                    "aankaarten zonder te oordelen."
                                ),
                                "themes": ["gezondheid", "menselijk-kapitaal"],
                                "challenges": ["Preventie"],
                                "children": [],
                            },
                        ],
                    },
                ],
            },
            {
                "title": "Levendige dorpen",
                "description": (
                    "De dorpen van Brinkeveld blijven plekken waar mensen elkaar ontmoeten, waar "
                    "voorzieningen dichtbij zijn en waar inwoners zelf de handen uit de mouwen "
                    "steken."
                ),
                "goals": [
                    {
                        "title": "Elk dorp heeft een levendige ontmoetingsplek",
                        "description": (
                            "Het dorpshuis, de kerk, de sportkantine of de bibliotheek: ieder dorp "
                            "heeft een plek waar jong en oud elkaar tegenkomen."
                        ),
                        "themes": ["samenleving", "sociaal-kapitaal", "arbeid-vrije-tijd"],
                        "challenges": ["Wonen en voorzieningen", "Preventie"],
                        "owner": "demo",
                        "children": [
                            {
                                "title": "Dorpshuizen zijn open voor alle leeftijden",
                                "description": (
                                    "Er is overdag en 's avonds iets te doen, voor kinderen, "
                                    "ouders en ouderen. Dorpshuizen stemmen hun programma af."
                                ),
                                "themes": ["samenleving", "arbeid-vrije-tijd"],
                                "challenges": ["Wonen en voorzieningen"],
                                "children": [],
                            },
                            {
                                "title": "Voorzieningen blijven bereikbaar, ook zonder auto",
                                "description": (
                                    "Inwoners zonder auto kunnen met de buurtbus of een "
                                    "vrijwillige chauffeur naar de huisarts, de winkel en het "
                                    "dorpshuis."
                                ),
                                "themes": ["wonen", "verdeling", "samenleving"],
                                "challenges": ["Mobiliteit", "Wonen en voorzieningen"],
                                "children": [],
                            },
                        ],
                    },
                    {
                        "title": "Inwoners nemen zelf initiatief en krijgen daarbij steun",
                        "description": (
                            "Goede ideeën uit het dorp hebben soms een klein duwtje nodig: wat "
                            "geld, een ruimte of iemand die de weg weet bij de gemeente."
                        ),
                        "themes": ["sociaal-kapitaal", "samenleving"],
                        "challenges": ["Preventie"],
                        "children": [
                            {
                                "title": "Elk dorp heeft een eigen dorpsbudget voor initiatieven",
                                "description": (
                                    "De dorpsraad beslist samen met inwoners waaraan het geld "
                                    "wordt besteed. De aanvraag is eenvoudig."
                                ),
                                "themes": ["sociaal-kapitaal", "samenleving"],
                                "challenges": ["Wonen en voorzieningen"],
                                "children": [],
                            },
                        ],
                    },
                    {
                        "title": "Er zijn passende woningen voor jong en oud in elk dorp",
                        "description": (
                            "Jongeren trekken weg omdat ze geen starterswoning vinden. Ouderen "
                            "moeten verhuizen naar het grotere dorp als wonen zwaarder wordt."
                        ),
                        "themes": ["wonen", "verdeling"],
                        "challenges": [
                            "Wonen en voorzieningen",
                            "Aantrekken en behouden van talent",
                        ],
                        "children": [
                            {
                                "title": "Ouderen kunnen in hun eigen dorp blijven wonen",
                                "description": (
                                    "Er komen levensloopbestendige woningen en kleine "
                                    "woongroepen in de dorpen, dicht bij de voorzieningen."
                                ),
                                "themes": ["wonen", "welzijn"],
                                "challenges": ["Wonen en voorzieningen", "Zorg"],
                                "children": [],
                            },
                        ],
                    },
                ],
            },
            {
                "title": "Samenleven met respect",
                "description": (
                    "Inwoners van Brinkeveld gaan respectvol met elkaar om, thuis en op straat. "
                    "Nieuwe inwoners horen er snel bij en niemand hoeft zich thuis onveilig te "
                    "voelen."
                ),
                "goals": [
                    {
                        "title": "Nieuwe inwoners voelen zich snel thuis in het dorp",
                        "description": (
                            "Wie nieuw is, kent vaak niemand. Een warm welkom helpt om mee te "
                            "doen en maakt het makkelijker om hulp te vragen als dat nodig is."
                        ),
                        "themes": ["samenleving", "sociaal-kapitaal"],
                        "challenges": ["Preventie"],
                        "owner": "projectteam2",
                        "children": [
                            {
                                "title": "Nieuwe inwoners krijgen een welkomstbezoek",
                                "description": (
                                    "Een vrijwilliger van de dorpsraad komt langs met informatie "
                                    "over verenigingen, de dorpsondersteuner en het dorpshuis."
                                ),
                                "themes": ["samenleving"],
                                "challenges": ["Preventie"],
                                "children": [],
                            },
                            {
                                "title": (
                                    "Statushouders en arbeidsmigranten doen mee in het dorpsleven"
                                ),
                                "description": (
                                    "Verenigingen nodigen hen actief uit. Er is een taalmaatje "
                                    "voor wie dat wil."
                                ),
                                "themes": ["samenleving", "verdeling", "elders"],
                                "challenges": ["Preventie"],
                                "children": [],
                            },
                        ],
                    },
                    {
                        "title": "Huiselijk geweld wordt eerder gezien en gestopt",
                        "description": (
                            "Huiselijk geweld komt in alle lagen van de bevolking voor, ook in "
                            "hechte dorpen. Juist daar is de drempel om iets te zeggen hoog."
                        ),
                        "themes": ["veiligheid", "welzijn"],
                        "challenges": ["Preventie", "Zorg"],
                        "owner": "demo",
                        "children": [
                            {
                                "title": "Omstanders weten wat ze kunnen doen bij zorgen",
                                "description": (
                                    "Buren, collega's en trainers kennen de signalen en weten dat "
                                    "ze Veilig Thuis om advies kunnen vragen."
                                ),
                                "themes": ["veiligheid", "sociaal-kapitaal"],
                                "challenges": ["Preventie"],
                                "children": [],
                            },
                            {
                                "title": "Hulpverleners werken met één plan per gezin",
                                "description": (
                                    "Sociaal team, huisarts, school en Veilig Thuis stemmen af. "
                                    "Het gezin vertelt zijn verhaal maar één keer."
                                ),
                                "themes": ["veiligheid", "gezondheid"],
                                "challenges": ["Zorg"],
                                "children": [],
                            },
                        ],
                    },
                ],
            },
            {
                "title": "Meedoen in de samenleving",
                "description": (
                    "Iedereen in Brinkeveld kan meedoen: met werk, vrijwilligerswerk of een "
                    "andere zinvolle dag. Geldzorgen en laaggeletterdheid staan meedoen niet in "
                    "de weg."
                ),
                "goals": [
                    {
                        "title": "Minder huishoudens met problematische schulden",
                        "description": (
                            "Schulden beginnen vaak klein, met een gemiste betaling of een "
                            "tegenvaller. Door schaamte wachten mensen gemiddeld vijf jaar voordat "
                            "ze hulp zoeken."
                        ),
                        "themes": ["materiele-welvaart", "welzijn", "verdeling"],
                        "challenges": ["Preventie"],
                        "owner": "trekker",
                        "children": [
                            {
                                "title": "Betalingsachterstanden worden vroeg gesignaleerd",
                                "description": (
                                    "Woningcorporatie, zorgverzekeraar en energieleverancier "
                                    "melden achterstanden bij de gemeente, die contact opneemt."
                                ),
                                "themes": ["materiele-welvaart"],
                                "challenges": ["Preventie"],
                                "children": [
                                    {
                                        "title": "Binnen twee weken na een melding is er contact",
                                        "description": (
                                            "Een medewerker belt of gaat langs en biedt hulp "
                                            "aan. Meedoen is vrijwillig."
                                        ),
                                        "themes": ["materiele-welvaart", "welzijn"],
                                        "challenges": ["Preventie"],
                                        "children": [],
                                    },
                                ],
                            },
                            {
                                "title": "Jongeren leren omgaan met geld",
                                "description": (
                                    "Op de middelbare school en in het jongerenwerk leren "
                                    "jongeren budgetteren, en wat er gebeurt als je 18 wordt."
                                ),
                                "themes": ["materiele-welvaart", "menselijk-kapitaal"],
                                "challenges": ["Preventie"],
                                "children": [],
                            },
                        ],
                    },
                    {
                        "title": "Wie kan werken, heeft werk of een zinvolle dagbesteding",
                        "description": (
                            "Werk geeft inkomen, contacten en structuur. Voor wie (nog) niet kan "
                            "werken, is vrijwilligerswerk of dagbesteding een goede stap."
                        ),
                        "themes": ["arbeid-vrije-tijd", "materiele-welvaart", "menselijk-kapitaal"],
                        "challenges": ["Aantrekken en behouden van talent", "Preventie"],
                        "children": [
                            {
                                "title": "Lokale werkgevers bieden leerwerkplekken",
                                "description": (
                                    "Bedrijven uit Brinkeveld bieden plekken aan mensen met een "
                                    "afstand tot de arbeidsmarkt, met begeleiding op de werkvloer."
                                ),
                                "themes": ["arbeid-vrije-tijd", "economisch-kapitaal"],
                                "challenges": ["Aantrekken en behouden van talent"],
                                "children": [],
                            },
                            {
                                "title": "Vrijwilligerswerk is een opstap naar meer",
                                "description": (
                                    "De vrijwilligerscentrale helpt mensen een plek te vinden die "
                                    "past en kijkt samen wat de volgende stap kan zijn."
                                ),
                                "themes": ["arbeid-vrije-tijd", "sociaal-kapitaal"],
                                "challenges": ["Preventie"],
                                "children": [],
                            },
                        ],
                    },
                    {
                        "title": "Inwoners begrijpen brieven en regelingen",
                        "description": (
                            "Ongeveer een op de tien volwassenen in Brinkeveld heeft moeite met "
                            "lezen, schrijven of rekenen. Daardoor missen zij toeslagen of raken "
                            "ze achter met betalen."
                        ),
                        "themes": ["menselijk-kapitaal", "verdeling", "materiele-welvaart"],
                        "challenges": ["Preventie"],
                        "children": [
                            {
                                "title": "Het Taalhuis in de bibliotheek is bekend in elk dorp",
                                "description": (
                                    "Dorpsondersteuners en huisartsen verwijzen naar het Taalhuis. "
                                    "Gemeentebrieven zijn op B1-niveau geschreven."
                                ),
                                "themes": ["menselijk-kapitaal"],
                                "challenges": ["Preventie"],
                                "children": [],
                            },
                        ],
                    },
                ],
            },
            {
                "title": "Zorgen voor elkaar",
                "description": (
                    "In Brinkeveld letten inwoners op elkaar en steken ze een hand uit als dat "
                    "nodig is. Wie zorgt voor een ander, wordt zelf ook gesteund."
                ),
                "goals": [
                    {
                        "title": "Minder inwoners voelen zich eenzaam",
                        "description": (
                            "Eenzaamheid komt voor bij ouderen, maar ook bij jongeren, "
                            "mantelzorgers en nieuwe inwoners. Het is vaak onzichtbaar."
                        ),
                        "themes": ["welzijn", "samenleving", "sociaal-kapitaal"],
                        "challenges": ["Preventie", "Zorg"],
                        "owner": "projectteam2",
                        "children": [
                            {
                                "title": "Eenzaamheid is bespreekbaar in de dorpen",
                                "description": (
                                    "Tijdens de Week tegen Eenzaamheid organiseren verenigingen, "
                                    "kerken en dorpshuizen activiteiten. Iedereen mag aanschuiven."
                                ),
                                "themes": ["welzijn", "samenleving"],
                                "challenges": ["Preventie"],
                                "children": [],
                            },
                            {
                                "title": (
                                    "Alle inwoners van 75 jaar en ouder krijgen een huisbezoek"
                                ),
                                "description": (
                                    "Getrainde vrijwilligers gaan op bezoek en vragen hoe het "
                                    "gaat. Zo komen vragen en zorgen vroeg op tafel."
                                ),
                                "themes": ["welzijn", "gezondheid"],
                                "challenges": ["Preventie", "Zorg"],
                                "children": [],
                            },
                        ],
                    },
                    {
                        "title": "Mantelzorgers houden het vol",
                        "description": (
                            "Een op de vijf inwoners zorgt voor een naaste. Velen doen dat naast "
                            "werk en gezin en raken overbelast zonder dat iemand het merkt."
                        ),
                        "themes": ["welzijn", "gezondheid", "arbeid-vrije-tijd"],
                        "challenges": ["Zorg"],
                        "owner": "demo",
                        "children": [
                            {
                                "title": "Mantelzorgers kennen de mogelijkheden voor respijtzorg",
                                "description": (
                                    "Mantelzorgers weten dat zij de zorg af en toe kunnen "
                                    "overdragen, bijvoorbeeld aan een logeerhuis of vrijwilliger."
                                ),
                                "themes": ["welzijn", "gezondheid"],
                                "challenges": ["Zorg"],
                                "children": [],
                            },
                            {
                                "title": "Werkgevers houden rekening met mantelzorg",
                                "description": (
                                    "Lokale werkgevers maken afspraken over flexibele uren voor "
                                    "medewerkers die voor een naaste zorgen."
                                ),
                                "themes": ["arbeid-vrije-tijd", "economisch-kapitaal"],
                                "challenges": ["Zorg", "Aantrekken en behouden van talent"],
                                "children": [],
                            },
                        ],
                    },
                    {
                        "title": "Buren helpen elkaar bij kleine klussen en zorgen",
                        "description": (
                            "Vroeger was burenhulp vanzelfsprekend. Nu kennen mensen elkaar minder "
                            "goed en durven ze minder te vragen."
                        ),
                        "themes": ["sociaal-kapitaal", "samenleving"],
                        "challenges": ["Zorg", "Preventie"],
                        "children": [
                            {
                                "title": "In elk dorp is een vorm van burenhulp",
                                "description": (
                                    "Via de dorpsondersteuner kunnen inwoners hulp vragen en "
                                    "aanbieden: een boodschap, een lift of een klusje."
                                ),
                                "themes": ["sociaal-kapitaal"],
                                "challenges": ["Zorg"],
                                "children": [],
                            },
                        ],
                    },
                ],
            },
        ],
        "organisations": [
            {
                "name": "Gemeente Brinkeveld",
                "kind": "municipality",
                "municipality": "Brinkeveld",
                "area": "Brinkhoven",
                "email": "info@brinkeveld.example.nl",
                "phone": "0570 00 10 00",
                "website": "https://www.brinkeveld.example.nl",
                "description": (
                    "De gemeente Brinkeveld telt zes dorpen en ongeveer 25.000 inwoners. Het "
                    "gemeentehuis staat in Brinkhoven."
                ),
            },
            {
                "name": "Sociaal Team Brinkeveld",
                "kind": "partner",
                "municipality": "Brinkeveld",
                "area": "Brinkhoven",
                "email": "sociaalteam@brinkeveld.example.nl",
                "phone": "0570 00 10 20",
                "website": "https://sociaalteam.brinkeveld.example.nl",
                "description": (
                    "Eén loket voor vragen over zorg, jeugd, werk en inkomen. Consulenten komen "
                    "ook bij mensen thuis."
                ),
            },
            {
                "name": "GGD Linderdal",
                "kind": "care",
                "municipality": "",
                "area": "",
                "email": "info@ggdlinderdal.example.nl",
                "phone": "088 000 12 00",
                "website": "https://www.ggdlinderdal.example.nl",
                "description": (
                    "De regionale gezondheidsdienst. Doet de jeugdgezondheidszorg en de "
                    "gezondheidsmonitor, en adviseert over leefstijl en preventie."
                ),
            },
            {
                "name": "Stichting Welzijn Brinkeveld",
                "kind": "welfare",
                "municipality": "Brinkeveld",
                "area": "Brinkhoven",
                "email": "info@welzijnbrinkeveld.example.nl",
                "phone": "0570 00 20 00",
                "website": "https://www.welzijnbrinkeveld.example.nl",
                "description": (
                    "Welzijnsorganisatie met opbouwwerk, ouderenadvies en ondersteuning van "
                    "vrijwilligers. Werkgever van de dorpsondersteuners."
                ),
            },
            {
                "name": "Jongerenwerk De Stek",
                "kind": "welfare",
                "municipality": "Brinkeveld",
                "area": "Wildervoort",
                "email": "hallo@destek.example.nl",
                "phone": "0570 00 20 40",
                "website": "https://www.destek.example.nl",
                "description": (
                    "Jongerenwerkers zoeken jongeren op in de dorpen, op straat en online. De "
                    "Stek heeft een eigen inloop in Wildervoort."
                ),
            },
            {
                "name": "Rond met Geld Brinkeveld",
                "kind": "debt_counselling",
                "municipality": "Brinkeveld",
                "area": "Brinkhoven",
                "email": "contact@rondmetgeld.example.nl",
                "phone": "0570 00 20 60",
                "website": "https://www.rondmetgeld.example.nl",
                "description": (
                    "Getrainde vrijwilligers helpen inwoners met hun administratie en met "
                    "geldzorgen, voordat het schulden worden."
                ),
            },
            {
                "name": "Kredietbank Linderdal",
                "kind": "debt_counselling",
                "municipality": "",
                "area": "",
                "email": "info@kredietbanklinderdal.example.nl",
                "phone": "088 000 13 00",
                "website": "https://www.kredietbanklinderdal.example.nl",
                "description": (
                    "Schuldhulpverlening en budgetbeheer voor inwoners van Brinkeveld en "
                    "omliggende gemeenten."
                ),
            },
            {
                "name": "Huisartsenpraktijk Oosterlinde",
                "kind": "care",
                "municipality": "Brinkeveld",
                "area": "Oosterlinde",
                "email": "praktijk@huisartsoosterlinde.example.nl",
                "phone": "0570 00 30 10",
                "website": "https://www.huisartsoosterlinde.example.nl",
                "description": (
                    "Huisartsenpraktijk met twee huisartsen en een praktijkondersteuner voor "
                    "psychische klachten."
                ),
            },
            {
                "name": "Gezondheidscentrum De Brink",
                "kind": "care",
                "municipality": "Brinkeveld",
                "area": "Brinkhoven",
                "email": "info@gcdebrink.example.nl",
                "phone": "0570 00 30 30",
                "website": "https://www.gcdebrink.example.nl",
                "description": (
                    "Huisartsen, fysiotherapeuten, een diëtist en een leefstijlcoach onder één dak."
                ),
            },
            {
                "name": "Veilig Thuis Linderdal",
                "kind": "care",
                "municipality": "",
                "area": "",
                "email": "advies@veiligthuislinderdal.example.nl",
                "phone": "0800 000 20 00",
                "website": "https://www.veiligthuislinderdal.example.nl",
                "description": (
                    "Advies- en meldpunt voor huiselijk geweld en kindermishandeling. Ook voor "
                    "buren en professionals die twijfelen."
                ),
            },
            {
                "name": "Verslavingszorg De Koers",
                "kind": "care",
                "municipality": "",
                "area": "",
                "email": "preventie@dekoers.example.nl",
                "phone": "088 000 14 00",
                "website": "https://www.dekoers.example.nl",
                "description": (
                    "Behandeling en preventie bij problemen met alcohol, drugs en gokken. Geeft "
                    "voorlichting op scholen en trainingen aan professionals."
                ),
            },
            {
                "name": "Thuiszorg Linderdal",
                "kind": "care",
                "municipality": "Brinkeveld",
                "area": "Elzenbroek",
                "email": "wijkteam@thuiszorglinderdal.example.nl",
                "phone": "0570 00 30 50",
                "website": "https://www.thuiszorglinderdal.example.nl",
                "description": (
                    "Wijkverpleging en huishoudelijke hulp. Het wijkteam Brinkeveld werkt vanuit "
                    "Elzenbroek."
                ),
            },
            {
                "name": "Zorgboerderij De Eikenhof",
                "kind": "care",
                "municipality": "Brinkeveld",
                "area": "Heggenrade",
                "email": "info@eikenhof.example.nl",
                "phone": "0570 00 30 70",
                "website": "https://www.eikenhof.example.nl",
                "description": (
                    "Dagbesteding op de boerderij voor ouderen en voor mensen met een "
                    "beperking of een afstand tot werk."
                ),
            },
            {
                "name": "Basisschool De Klimboom",
                "kind": "education",
                "municipality": "Brinkeveld",
                "area": "Oosterlinde",
                "email": "info@klimboom.example.nl",
                "phone": "0570 00 40 10",
                "website": "https://www.klimboom.example.nl",
                "description": "Dorpsschool met ongeveer 140 leerlingen.",
            },
            {
                "name": "OBS De Vlonder",
                "kind": "education",
                "municipality": "Brinkeveld",
                "area": "Klaverdonk",
                "email": "info@devlonder.example.nl",
                "phone": "0570 00 40 20",
                "website": "https://www.devlonder.example.nl",
                "description": (
                    "Openbare basisschool met combinatieklassen. Deelt het gebouw met de "
                    "peuteropvang."
                ),
            },
            {
                "name": "CBS De Wegwijzer",
                "kind": "education",
                "municipality": "Brinkeveld",
                "area": "Heggenrade",
                "email": "info@wegwijzer.example.nl",
                "phone": "0570 00 40 30",
                "website": "https://www.wegwijzer.example.nl",
                "description": "Christelijke basisschool in Heggenrade met een gezonde kantine.",
            },
            {
                "name": "Brinkcollege",
                "kind": "education",
                "municipality": "Brinkeveld",
                "area": "Brinkhoven",
                "email": "info@brinkcollege.example.nl",
                "phone": "0570 00 40 50",
                "website": "https://www.brinkcollege.example.nl",
                "description": (
                    "Middelbare school voor vmbo, havo en vwo. De enige middelbare school in de "
                    "gemeente."
                ),
            },
            {
                "name": "Kinderopvang 't Speelkwartier",
                "kind": "education",
                "municipality": "Brinkeveld",
                "area": "Brinkhoven",
                "email": "info@speelkwartier.example.nl",
                "phone": "0570 00 40 70",
                "website": "https://www.speelkwartier.example.nl",
                "description": "Kinderdagverblijf, peuteropvang en buitenschoolse opvang.",
            },
            {
                "name": "SV Wildervoort",
                "kind": "association",
                "municipality": "Brinkeveld",
                "area": "Wildervoort",
                "email": "secretariaat@svwildervoort.example.nl",
                "phone": "0570 00 50 10",
                "website": "https://www.svwildervoort.example.nl",
                "description": (
                    "Omnisportvereniging met voetbal, korfbal en jeu de boules. Ruim 600 leden, "
                    "waarvan de helft jeugd."
                ),
            },
            {
                "name": "VV Oosterlinde",
                "kind": "association",
                "municipality": "Brinkeveld",
                "area": "Oosterlinde",
                "email": "info@vvoosterlinde.example.nl",
                "phone": "0570 00 50 20",
                "website": "https://www.vvoosterlinde.example.nl",
                "description": "Voetbalvereniging met een gezonde sportkantine sinds 2020.",
            },
            {
                "name": "Gymnastiekvereniging Vlug en Lenig",
                "kind": "association",
                "municipality": "Brinkeveld",
                "area": "Klaverdonk",
                "email": "bestuur@vlugenlenig.example.nl",
                "phone": "",
                "website": "https://www.vlugenlenig.example.nl",
                "description": "Turnen en peutergym voor kinderen, en gym voor 55-plussers.",
            },
            {
                "name": "Harmonie Crescendo Wildervoort",
                "kind": "association",
                "municipality": "Brinkeveld",
                "area": "Wildervoort",
                "email": "secretaris@crescendo.example.nl",
                "phone": "",
                "website": "https://www.crescendo.example.nl",
                "description": "Harmonieorkest en jeugdorkest; repeteert in het dorpshuis.",
            },
            {
                "name": "Stichting Dorpshuis De Spil",
                "kind": "association",
                "municipality": "Brinkeveld",
                "area": "Klaverdonk",
                "email": "beheer@dorpshuisdespil.example.nl",
                "phone": "0570 00 50 60",
                "website": "https://www.dorpshuisdespil.example.nl",
                "description": "Dorpshuis van Klaverdonk, gerund door vrijwilligers.",
            },
            {
                "name": "Dorpsraad Oosterlinde",
                "kind": "area_council",
                "municipality": "Brinkeveld",
                "area": "Oosterlinde",
                "email": "info@dorpsraad-oosterlinde.example.nl",
                "phone": "",
                "website": "https://www.dorpsraad-oosterlinde.example.nl",
                "description": "Komt op voor de belangen van de inwoners van Oosterlinde.",
            },
            {
                "name": "Dorpsraad Wildervoort",
                "kind": "area_council",
                "municipality": "Brinkeveld",
                "area": "Wildervoort",
                "email": "info@dorpsraad-wildervoort.example.nl",
                "phone": "",
                "website": "https://www.dorpsraad-wildervoort.example.nl",
                "description": (
                    "Dorpsraad met werkgroepen voor verkeer, wonen en het jaarlijkse dorpsfeest."
                ),
            },
            {
                "name": "Dorpsbelangen Klaverdonk",
                "kind": "area_council",
                "municipality": "Brinkeveld",
                "area": "Klaverdonk",
                "email": "bestuur@dorpsbelangen-klaverdonk.example.nl",
                "phone": "",
                "website": "https://www.dorpsbelangen-klaverdonk.example.nl",
                "description": "Vereniging van en voor inwoners van Klaverdonk.",
            },
            {
                "name": "Dorpsraad Heggenrade",
                "kind": "area_council",
                "municipality": "Brinkeveld",
                "area": "Heggenrade",
                "email": "info@dorpsraad-heggenrade.example.nl",
                "phone": "",
                "website": "",
                "description": "Kleine dorpsraad in het buitengebied van Heggenrade.",
            },
            {
                "name": "Plaatselijk Belang Elzenbroek",
                "kind": "area_council",
                "municipality": "Brinkeveld",
                "area": "Elzenbroek",
                "email": "info@pb-elzenbroek.example.nl",
                "phone": "",
                "website": "https://www.pb-elzenbroek.example.nl",
                "description": (
                    "Vereniging die zich inzet voor de leefbaarheid van Elzenbroek, zoals het "
                    "behoud van de dorpswinkel."
                ),
            },
            {
                "name": "Dorpsondersteuner Brinkhoven",
                "kind": "village_supporter",
                "municipality": "Brinkeveld",
                "area": "Brinkhoven",
                "email": "brinkhoven@dorpsondersteuners-brinkeveld.example.nl",
                "phone": "06 0000 1101",
                "website": "https://www.dorpsondersteuners-brinkeveld.example.nl",
                "description": "Vast aanspreekpunt in Brinkhoven voor vragen, zorgen en ideeën.",
            },
            {
                "name": "Dorpsondersteuner Oosterlinde",
                "kind": "village_supporter",
                "municipality": "Brinkeveld",
                "area": "Oosterlinde",
                "email": "oosterlinde@dorpsondersteuners-brinkeveld.example.nl",
                "phone": "06 0000 1102",
                "website": "https://www.dorpsondersteuners-brinkeveld.example.nl",
                "description": "Spreekuur elke dinsdagochtend in De Klimboom.",
            },
            {
                "name": "Dorpsondersteuner Wildervoort",
                "kind": "village_supporter",
                "municipality": "Brinkeveld",
                "area": "Wildervoort",
                "email": "wildervoort@dorpsondersteuners-brinkeveld.example.nl",
                "phone": "06 0000 1103",
                "website": "https://www.dorpsondersteuners-brinkeveld.example.nl",
                "description": "Werkt nauw samen met de dorpsraad en het jongerenwerk.",
            },
            {
                "name": "Dorpsondersteuner Klaverdonk",
                "kind": "village_supporter",
                "municipality": "Brinkeveld",
                "area": "Klaverdonk",
                "email": "klaverdonk@dorpsondersteuners-brinkeveld.example.nl",
                "phone": "06 0000 1104",
                "website": "https://www.dorpsondersteuners-brinkeveld.example.nl",
                "description": "Spreekuur in dorpshuis De Spil en huisbezoeken op afspraak.",
            },
            {
                "name": "Dorpsondersteuner Heggenrade",
                "kind": "village_supporter",
                "municipality": "Brinkeveld",
                "area": "Heggenrade",
                "email": "heggenrade@dorpsondersteuners-brinkeveld.example.nl",
                "phone": "06 0000 1105",
                "website": "https://www.dorpsondersteuners-brinkeveld.example.nl",
                "description": "Bekend gezicht op de boerderijen en in de kerk van Heggenrade.",
            },
            {
                "name": "Dorpsondersteuner Elzenbroek",
                "kind": "village_supporter",
                "municipality": "Brinkeveld",
                "area": "Elzenbroek",
                "email": "elzenbroek@dorpsondersteuners-brinkeveld.example.nl",
                "phone": "06 0000 1106",
                "website": "https://www.dorpsondersteuners-brinkeveld.example.nl",
                "description": "Coördineert de burenhulp en de vrijwillige chauffeurs.",
            },
            {
                "name": "Protestantse Gemeente Brinkhoven",
                "kind": "other",
                "municipality": "Brinkeveld",
                "area": "Brinkhoven",
                "email": "scriba@pg-brinkhoven.example.nl",
                "phone": "0570 00 60 10",
                "website": "https://www.pg-brinkhoven.example.nl",
                "description": (
                    "Kerkelijke gemeente met een diaconie die helpt bij geldzorgen en een "
                    "bezoekwerk voor ouderen."
                ),
            },
            {
                "name": "Parochie De Goede Herder",
                "kind": "other",
                "municipality": "Brinkeveld",
                "area": "Elzenbroek",
                "email": "secretariaat@goedeherder.example.nl",
                "phone": "0570 00 60 20",
                "website": "https://www.goedeherder.example.nl",
                "description": "Katholieke parochie met kerken in Elzenbroek en Heggenrade.",
            },
            {
                "name": "Bibliotheek Brinkeveld",
                "kind": "partner",
                "municipality": "Brinkeveld",
                "area": "Brinkhoven",
                "email": "info@bibliotheekbrinkeveld.example.nl",
                "phone": "0570 00 60 40",
                "website": "https://www.bibliotheekbrinkeveld.example.nl",
                "description": (
                    "Bibliotheek met het Taalhuis, een digitaal spreekuur en een leesclub voor "
                    "ouderen."
                ),
            },
            {
                "name": "Woonstichting Linderhof",
                "kind": "partner",
                "municipality": "Brinkeveld",
                "area": "Brinkhoven",
                "email": "klantcontact@linderhof.example.nl",
                "phone": "0570 00 60 60",
                "website": "https://www.linderhof.example.nl",
                "description": (
                    "Woningcorporatie met ongeveer 2.800 huurwoningen verspreid over de zes dorpen."
                ),
            },
            {
                "name": "Supermarkt Van Dalen",
                "kind": "business",
                "municipality": "Brinkeveld",
                "area": "Brinkhoven",
                "email": "winkel@vandalen.example.nl",
                "phone": "0570 00 70 10",
                "website": "https://www.vandalen.example.nl",
                "description": "Familiesupermarkt die lokale initiatieven sponsort.",
            },
            {
                "name": "Ondernemersvereniging Brinkeveld",
                "kind": "association",
                "municipality": "Brinkeveld",
                "area": "",
                "email": "info@ondernemersbrinkeveld.example.nl",
                "phone": "",
                "website": "https://www.ondernemersbrinkeveld.example.nl",
                "description": "Netwerk van ruim honderd lokale ondernemers.",
            },
            {
                "name": "Loonbedrijf Hendriks",
                "kind": "business",
                "municipality": "Brinkeveld",
                "area": "Elzenbroek",
                "email": "kantoor@loonbedrijfhendriks.example.nl",
                "phone": "0570 00 70 30",
                "website": "https://www.loonbedrijfhendriks.example.nl",
                "description": (
                    "Agrarisch loonbedrijf dat leerwerkplekken biedt aan jongeren uit de regio."
                ),
            },
            {
                "name": "Repair Café Klaverdonk",
                "kind": "residents_initiative",
                "municipality": "Brinkeveld",
                "area": "Klaverdonk",
                "email": "repaircafe@klaverdonk.example.nl",
                "phone": "",
                "website": "",
                "description": (
                    "Elke eerste zaterdag van de maand repareren vrijwilligers spullen en drinken "
                    "bezoekers samen koffie."
                ),
            },
            {
                "name": "Moestuin De Groene Vingers",
                "kind": "residents_initiative",
                "municipality": "Brinkeveld",
                "area": "Heggenrade",
                "email": "groenevingers@heggenrade.example.nl",
                "phone": "",
                "website": "",
                "description": (
                    "Gezamenlijke moestuin waar inwoners, kinderen van school en deelnemers van "
                    "de zorgboerderij samen tuinieren."
                ),
            },
            {
                "name": "Stichting Samen aan Tafel",
                "kind": "residents_initiative",
                "municipality": "Brinkeveld",
                "area": "Wildervoort",
                "email": "aanschuiven@samenaantafel.example.nl",
                "phone": "06 0000 2201",
                "website": "https://www.samenaantafel.example.nl",
                "description": (
                    "Vrijwilligers koken wekelijks een maaltijd in het dorpshuis voor inwoners "
                    "die anders alleen eten."
                ),
            },
            {
                "name": "Vrijwilligerscentrale Brinkeveld",
                "kind": "welfare",
                "municipality": "Brinkeveld",
                "area": "Brinkhoven",
                "email": "vacatures@vrijwilligersbrinkeveld.example.nl",
                "phone": "0570 00 20 80",
                "website": "https://www.vrijwilligersbrinkeveld.example.nl",
                "description": "Brengt vrijwilligers en organisaties bij elkaar.",
            },
            {
                "name": "Mantelzorgsteunpunt Brinkeveld",
                "kind": "welfare",
                "municipality": "Brinkeveld",
                "area": "Brinkhoven",
                "email": "mantelzorg@welzijnbrinkeveld.example.nl",
                "phone": "0570 00 20 90",
                "website": "https://mantelzorg.welzijnbrinkeveld.example.nl",
                "description": (
                    "Advies, lotgenotencontact en respijtzorg voor mantelzorgers van alle "
                    "leeftijden, ook jonge mantelzorgers."
                ),
            },
            {
                "name": "Politieteam Linderdal",
                "kind": "partner",
                "municipality": "",
                "area": "",
                "email": "wijkagenten@politielinderdal.example.nl",
                "phone": "0900 000 00 00",
                "website": "https://www.politielinderdal.example.nl",
                "description": "Basisteam met een wijkagent voor elk deel van Brinkeveld.",
            },
            {
                "name": "Seniorenvereniging Brinkeveld",
                "kind": "association",
                "municipality": "Brinkeveld",
                "area": "",
                "email": "secretariaat@seniorenbrinkeveld.example.nl",
                "phone": "",
                "website": "https://www.seniorenbrinkeveld.example.nl",
                "description": (
                    "Vereniging voor 50-plussers met ouderenadviseurs, uitstapjes en belastinghulp."
                ),
            },
        ],
        "people": [
            {
                "name": "Hanneke Stroeve",
                "organisation": "Gemeente Brinkeveld",
                "function": "Wethouder sociaal domein",
                "email": "h.stroeve@brinkeveld.example.nl",
                "phone": "0570 00 10 01",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Gerrit-Jan Koopmans",
                "organisation": "Gemeente Brinkeveld",
                "function": "Beleidsadviseur preventie",
                "email": "g.koopmans@brinkeveld.example.nl",
                "phone": "0570 00 10 12",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Yvonne Ruitenberg",
                "organisation": "Gemeente Brinkeveld",
                "function": "Beleidsadviseur wonen en leefbaarheid",
                "email": "y.ruitenberg@brinkeveld.example.nl",
                "phone": "0570 00 10 14",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Karim Bouzidi",
                "organisation": "Gemeente Brinkeveld",
                "function": "Consulent werk en inkomen",
                "email": "k.bouzidi@brinkeveld.example.nl",
                "phone": "0570 00 10 16",
                "is_ambassador": False,
                "shows_name_publicly": False,
            },
            {
                "name": "Lotte Schuurman",
                "organisation": "Gemeente Brinkeveld",
                "function": "Communicatieadviseur",
                "email": "l.schuurman@brinkeveld.example.nl",
                "phone": "0570 00 10 18",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Miranda Tiemens",
                "organisation": "Sociaal Team Brinkeveld",
                "function": "Teamleider",
                "email": "m.tiemens@brinkeveld.example.nl",
                "phone": "0570 00 10 21",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Femke Harbers",
                "organisation": "Sociaal Team Brinkeveld",
                "function": "Jeugd- en gezinscoach",
                "email": "f.harbers@brinkeveld.example.nl",
                "phone": "06 0000 3301",
                "is_ambassador": False,
                "shows_name_publicly": False,
            },
            {
                "name": "Jeroen Woltering",
                "organisation": "Sociaal Team Brinkeveld",
                "function": "Consulent Wmo",
                "email": "j.woltering@brinkeveld.example.nl",
                "phone": "06 0000 3302",
                "is_ambassador": False,
                "shows_name_publicly": False,
            },
            {
                "name": "Annemiek Veltkamp",
                "organisation": "GGD Linderdal",
                "function": "Jeugdarts",
                "email": "a.veltkamp@ggdlinderdal.example.nl",
                "phone": "088 000 12 31",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Rick Nijenhuis",
                "organisation": "GGD Linderdal",
                "function": "Gezondheidsbevorderaar",
                "email": "r.nijenhuis@ggdlinderdal.example.nl",
                "phone": "088 000 12 32",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Saskia Bloemert",
                "organisation": "GGD Linderdal",
                "function": "Epidemioloog gezondheidsmonitor",
                "email": "s.bloemert@ggdlinderdal.example.nl",
                "phone": "088 000 12 33",
                "is_ambassador": False,
                "shows_name_publicly": False,
            },
            {
                "name": "Anouk van der Meulen",
                "organisation": "Stichting Welzijn Brinkeveld",
                "function": "Opbouwwerker",
                "email": "a.vandermeulen@welzijnbrinkeveld.example.nl",
                "phone": "06 0000 3311",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Bert Wesselink",
                "organisation": "Stichting Welzijn Brinkeveld",
                "function": "Ouderenadviseur",
                "email": "b.wesselink@welzijnbrinkeveld.example.nl",
                "phone": "06 0000 3312",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Dennis Kamphuis",
                "organisation": "Jongerenwerk De Stek",
                "function": "Jongerenwerker",
                "email": "dennis@destek.example.nl",
                "phone": "06 0000 3321",
                "is_ambassador": True,
                "shows_name_publicly": True,
            },
            {
                "name": "Sharon Olthof",
                "organisation": "Jongerenwerk De Stek",
                "function": "Jongerenwerker online",
                "email": "sharon@destek.example.nl",
                "phone": "06 0000 3322",
                "is_ambassador": False,
                "shows_name_publicly": False,
            },
            {
                "name": "Wim Haverkamp",
                "organisation": "Rond met Geld Brinkeveld",
                "function": "Coördinator vrijwilligers",
                "email": "w.haverkamp@rondmetgeld.example.nl",
                "phone": "06 0000 3331",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Ineke Lubbers",
                "organisation": "Rond met Geld Brinkeveld",
                "function": "Vrijwillig budgetcoach",
                "email": "i.lubbers@rondmetgeld.example.nl",
                "phone": "",
                "is_ambassador": False,
                "shows_name_publicly": False,
            },
            {
                "name": "Peter Groothuis",
                "organisation": "Kredietbank Linderdal",
                "function": "Schuldhulpverlener",
                "email": "p.groothuis@kredietbanklinderdal.example.nl",
                "phone": "088 000 13 21",
                "is_ambassador": False,
                "shows_name_publicly": False,
            },
            {
                "name": "Maarten Heerink",
                "organisation": "Huisartsenpraktijk Oosterlinde",
                "function": "Huisarts",
                "email": "m.heerink@huisartsoosterlinde.example.nl",
                "phone": "0570 00 30 11",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Chantal Vos",
                "organisation": "Huisartsenpraktijk Oosterlinde",
                "function": "Praktijkondersteuner ggz",
                "email": "c.vos@huisartsoosterlinde.example.nl",
                "phone": "0570 00 30 12",
                "is_ambassador": False,
                "shows_name_publicly": False,
            },
            {
                "name": "Joris Tenhagen",
                "organisation": "Gezondheidscentrum De Brink",
                "function": "Leefstijlcoach",
                "email": "j.tenhagen@gcdebrink.example.nl",
                "phone": "0570 00 30 31",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Esther Klein Gunnewiek",
                "organisation": "Gezondheidscentrum De Brink",
                "function": "Diëtist",
                "email": "e.kleingunnewiek@gcdebrink.example.nl",
                "phone": "0570 00 30 32",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Marloes Hulshof",
                "organisation": "Veilig Thuis Linderdal",
                "function": "Adviseur huiselijk geweld",
                "email": "m.hulshof@veiligthuislinderdal.example.nl",
                "phone": "0800 000 20 11",
                "is_ambassador": False,
                "shows_name_publicly": False,
            },
            {
                "name": "Stefan Bouwmeester",
                "organisation": "Verslavingszorg De Koers",
                "function": "Preventiewerker",
                "email": "s.bouwmeester@dekoers.example.nl",
                "phone": "088 000 14 21",
                "is_ambassador": False,
                "shows_name_publicly": False,
            },
            {
                "name": "Gerda Pelgrim",
                "organisation": "Thuiszorg Linderdal",
                "function": "Wijkverpleegkundige",
                "email": "g.pelgrim@thuiszorglinderdal.example.nl",
                "phone": "06 0000 3341",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Tamara Smit",
                "organisation": "Thuiszorg Linderdal",
                "function": "Wijkverpleegkundige",
                "email": "t.smit@thuiszorglinderdal.example.nl",
                "phone": "06 0000 3342",
                "is_ambassador": False,
                "shows_name_publicly": False,
            },
            {
                "name": "Henk Lammers",
                "organisation": "Zorgboerderij De Eikenhof",
                "function": "Eigenaar en zorgboer",
                "email": "henk@eikenhof.example.nl",
                "phone": "0570 00 30 71",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Ingrid Hoekstra",
                "organisation": "Basisschool De Klimboom",
                "function": "Directeur",
                "email": "i.hoekstra@klimboom.example.nl",
                "phone": "0570 00 40 11",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Lisa Jansen",
                "organisation": "Basisschool De Klimboom",
                "function": "Intern begeleider",
                "email": "l.jansen@klimboom.example.nl",
                "phone": "0570 00 40 12",
                "is_ambassador": False,
                "shows_name_publicly": False,
            },
            {
                "name": "Mark Scholten",
                "organisation": "OBS De Vlonder",
                "function": "Leerkracht groep 7 en 8",
                "email": "m.scholten@devlonder.example.nl",
                "phone": "0570 00 40 21",
                "is_ambassador": True,
                "shows_name_publicly": True,
            },
            {
                "name": "Jolanda Bekker",
                "organisation": "CBS De Wegwijzer",
                "function": "Directeur",
                "email": "j.bekker@wegwijzer.example.nl",
                "phone": "0570 00 40 31",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Erik Dijkstra",
                "organisation": "Brinkcollege",
                "function": "Zorgcoördinator",
                "email": "e.dijkstra@brinkcollege.example.nl",
                "phone": "0570 00 40 51",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Fatma Yildiz",
                "organisation": "Brinkcollege",
                "function": "Mentor en docent biologie",
                "email": "f.yildiz@brinkcollege.example.nl",
                "phone": "",
                "is_ambassador": False,
                "shows_name_publicly": False,
            },
            {
                "name": "Monique Timmer",
                "organisation": "Kinderopvang 't Speelkwartier",
                "function": "Pedagogisch coach",
                "email": "m.timmer@speelkwartier.example.nl",
                "phone": "0570 00 40 71",
                "is_ambassador": False,
                "shows_name_publicly": False,
            },
            {
                "name": "Arjan Hofman",
                "organisation": "SV Wildervoort",
                "function": "Voorzitter",
                "email": "voorzitter@svwildervoort.example.nl",
                "phone": "06 0000 3351",
                "is_ambassador": True,
                "shows_name_publicly": True,
            },
            {
                "name": "Kim Rensink",
                "organisation": "SV Wildervoort",
                "function": "Jeugdcoördinator",
                "email": "jeugd@svwildervoort.example.nl",
                "phone": "06 0000 3352",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Rob Leferink",
                "organisation": "VV Oosterlinde",
                "function": "Kantinebeheerder",
                "email": "kantine@vvoosterlinde.example.nl",
                "phone": "",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Ria Stegeman",
                "organisation": "Gymnastiekvereniging Vlug en Lenig",
                "function": "Trainer peutergym en 55+-gym",
                "email": "r.stegeman@vlugenlenig.example.nl",
                "phone": "",
                "is_ambassador": False,
                "shows_name_publicly": False,
            },
            {
                "name": "Johan Ruesink",
                "organisation": "Harmonie Crescendo Wildervoort",
                "function": "Secretaris",
                "email": "j.ruesink@crescendo.example.nl",
                "phone": "",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Frits Weijenberg",
                "organisation": "Dorpsraad Oosterlinde",
                "function": "Voorzitter",
                "email": "f.weijenberg@dorpsraad-oosterlinde.example.nl",
                "phone": "06 0000 3361",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Marjan Borgonje",
                "organisation": "Dorpsraad Wildervoort",
                "function": "Secretaris",
                "email": "m.borgonje@dorpsraad-wildervoort.example.nl",
                "phone": "",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Hennie Oosterveld",
                "organisation": "Dorpsbelangen Klaverdonk",
                "function": "Voorzitter",
                "email": "h.oosterveld@dorpsbelangen-klaverdonk.example.nl",
                "phone": "06 0000 3362",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Gijs Wolbers",
                "organisation": "Dorpsraad Heggenrade",
                "function": "Bestuurslid",
                "email": "g.wolbers@dorpsraad-heggenrade.example.nl",
                "phone": "",
                "is_ambassador": False,
                "shows_name_publicly": False,
            },
            {
                "name": "Truus Lenderink",
                "organisation": "Plaatselijk Belang Elzenbroek",
                "function": "Penningmeester",
                "email": "t.lenderink@pb-elzenbroek.example.nl",
                "phone": "",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Evelien Kroeze",
                "organisation": "Dorpsondersteuner Brinkhoven",
                "function": "Dorpsondersteuner",
                "email": "e.kroeze@dorpsondersteuners-brinkeveld.example.nl",
                "phone": "06 0000 1111",
                "is_ambassador": True,
                "shows_name_publicly": True,
            },
            {
                "name": "Bas Morsink",
                "organisation": "Dorpsondersteuner Oosterlinde",
                "function": "Dorpsondersteuner",
                "email": "b.morsink@dorpsondersteuners-brinkeveld.example.nl",
                "phone": "06 0000 1112",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Nienke Groenewold",
                "organisation": "Dorpsondersteuner Wildervoort",
                "function": "Dorpsondersteuner",
                "email": "n.groenewold@dorpsondersteuners-brinkeveld.example.nl",
                "phone": "06 0000 1113",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Ahmet Kaya",
                "organisation": "Dorpsondersteuner Klaverdonk",
                "function": "Dorpsondersteuner",
                "email": "a.kaya@dorpsondersteuners-brinkeveld.example.nl",
                "phone": "06 0000 1114",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Willemijn Aalders",
                "organisation": "Dorpsondersteuner Heggenrade",
                "function": "Dorpsondersteuner",
                "email": "w.aalders@dorpsondersteuners-brinkeveld.example.nl",
                "phone": "06 0000 1115",
                "is_ambassador": True,
                "shows_name_publicly": True,
            },
            {
                "name": "Thijs Nijland",
                "organisation": "Dorpsondersteuner Elzenbroek",
                "function": "Dorpsondersteuner",
                "email": "t.nijland@dorpsondersteuners-brinkeveld.example.nl",
                "phone": "06 0000 1116",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Corine Landman",
                "organisation": "Protestantse Gemeente Brinkhoven",
                "function": "Predikant",
                "email": "ds.landman@pg-brinkhoven.example.nl",
                "phone": "0570 00 60 11",
                "is_ambassador": True,
                "shows_name_publicly": True,
            },
            {
                "name": "Theo Wiggers",
                "organisation": "Parochie De Goede Herder",
                "function": "Pastoraal werker",
                "email": "t.wiggers@goedeherder.example.nl",
                "phone": "0570 00 60 21",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Judith Haarman",
                "organisation": "Bibliotheek Brinkeveld",
                "function": "Coördinator Taalhuis",
                "email": "j.haarman@bibliotheekbrinkeveld.example.nl",
                "phone": "0570 00 60 41",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Sven Vrielink",
                "organisation": "Bibliotheek Brinkeveld",
                "function": "Mediacoach",
                "email": "s.vrielink@bibliotheekbrinkeveld.example.nl",
                "phone": "0570 00 60 42",
                "is_ambassador": False,
                "shows_name_publicly": False,
            },
            {
                "name": "Paul Ebbers",
                "organisation": "Woonstichting Linderhof",
                "function": "Wijkconsulent",
                "email": "p.ebbers@linderhof.example.nl",
                "phone": "0570 00 60 61",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Daniëlle Koster",
                "organisation": "Woonstichting Linderhof",
                "function": "Medewerker huurincasso",
                "email": "d.koster@linderhof.example.nl",
                "phone": "0570 00 60 62",
                "is_ambassador": False,
                "shows_name_publicly": False,
            },
            {
                "name": "Erwin van Dalen",
                "organisation": "Supermarkt Van Dalen",
                "function": "Eigenaar",
                "email": "erwin@vandalen.example.nl",
                "phone": "0570 00 70 11",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Carla Mensink",
                "organisation": "Ondernemersvereniging Brinkeveld",
                "function": "Voorzitter",
                "email": "c.mensink@ondernemersbrinkeveld.example.nl",
                "phone": "06 0000 3371",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Ton Hendriks",
                "organisation": "Loonbedrijf Hendriks",
                "function": "Directeur",
                "email": "ton@loonbedrijfhendriks.example.nl",
                "phone": "0570 00 70 31",
                "is_ambassador": False,
                "shows_name_publicly": False,
            },
            {
                "name": "Gert Kleinjan",
                "organisation": "Repair Café Klaverdonk",
                "function": "Initiatiefnemer",
                "email": "gert@klaverdonk.example.nl",
                "phone": "",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Saar Meijerink",
                "organisation": "Moestuin De Groene Vingers",
                "function": "Vrijwilliger",
                "email": "saar@heggenrade.example.nl",
                "phone": "",
                "is_ambassador": False,
                "shows_name_publicly": False,
            },
            {
                "name": "Annie Wissink",
                "organisation": "Stichting Samen aan Tafel",
                "function": "Coördinator",
                "email": "annie@samenaantafel.example.nl",
                "phone": "06 0000 2202",
                "is_ambassador": True,
                "shows_name_publicly": True,
            },
            {
                "name": "Naima Achahbar",
                "organisation": "Vrijwilligerscentrale Brinkeveld",
                "function": "Consulent vrijwillige inzet",
                "email": "n.achahbar@vrijwilligersbrinkeveld.example.nl",
                "phone": "0570 00 20 81",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Hilde Veenstra",
                "organisation": "Mantelzorgsteunpunt Brinkeveld",
                "function": "Mantelzorgconsulent",
                "email": "h.veenstra@welzijnbrinkeveld.example.nl",
                "phone": "0570 00 20 91",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Ronald Bosch",
                "organisation": "Politieteam Linderdal",
                "function": "Wijkagent Brinkhoven en Oosterlinde",
                "email": "r.bosch@politielinderdal.example.nl",
                "phone": "0900 000 00 11",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Jan Wolterink",
                "organisation": "Seniorenvereniging Brinkeveld",
                "function": "Voorzitter en ouderenadviseur",
                "email": "j.wolterink@seniorenbrinkeveld.example.nl",
                "phone": "",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Marit Boerrigter",
                "organisation": "",
                "function": "Inwoner Oosterlinde, ervaringsdeskundige opvoeden",
                "email": "marit.boerrigter@thuis.example.nl",
                "phone": "",
                "is_ambassador": False,
                "shows_name_publicly": False,
            },
            {
                "name": "Koen Abbink",
                "organisation": "",
                "function": "Inwoner Wildervoort, vrijwillig interviewer",
                "email": "koen.abbink@thuis.example.nl",
                "phone": "06 0000 4401",
                "is_ambassador": True,
                "shows_name_publicly": True,
            },
            {
                "name": "Jannie Eshuis",
                "organisation": "",
                "function": "Inwoner Elzenbroek, mantelzorger",
                "email": "jannie.eshuis@thuis.example.nl",
                "phone": "",
                "is_ambassador": False,
                "shows_name_publicly": False,
            },
            {
                "name": "Youssef Amrani",
                "organisation": "",
                "function": "Inwoner Brinkhoven, lid jongerenraad",
                "email": "youssef.amrani@thuis.example.nl",
                "phone": "",
                "is_ambassador": False,
                "shows_name_publicly": False,
            },
            {
                "name": "Dirk Stoffers",
                "organisation": "",
                "function": "Inwoner Heggenrade, ervaringsdeskundige schulden",
                "email": "",
                "phone": "",
                "is_ambassador": False,
                "shows_name_publicly": False,
            },
        ],
        "target_groups": [
            {
                "name": "Jonge gezinnen met kinderen tot 12 jaar",
                "dimension": "demographic",
                "description": (
                    "Ouders en kinderen in gezinnen met een kind in de basisschoolleeftijd of "
                    "jonger. Veel opvoedvragen ontstaan in deze fase."
                ),
                "estimated_size": 6200,
            },
            {
                "name": "Jongeren van 12 tot 23 jaar",
                "dimension": "demographic",
                "description": (
                    "Jongeren op de middelbare school, in het mbo of aan het begin van hun "
                    "werkende leven. Een deel trekt voor studie weg uit de dorpen."
                ),
                "estimated_size": 3100,
            },
            {
                "name": "Alleenwonende ouderen van 75 jaar en ouder",
                "dimension": "demographic",
                "description": (
                    "Ouderen die alleen wonen, vaak na het overlijden van een partner. Zij lopen "
                    "meer kans op eenzaamheid en hebben minder mensen om op terug te vallen."
                ),
                "estimated_size": 1150,
            },
            {
                "name": "Huishoudens met een laag inkomen of geldzorgen",
                "dimension": "socio_economic",
                "description": (
                    "Huishoudens die rond het sociaal minimum leven of betalingsachterstanden "
                    "hebben. Veel van hen zijn niet bekend bij hulpverlening."
                ),
                "estimated_size": 1400,
            },
            {
                "name": "Inwoners met een afstand tot de arbeidsmarkt",
                "dimension": "socio_economic",
                "description": (
                    "Mensen met een bijstandsuitkering of zonder werk die wel willen en kunnen "
                    "werken, met begeleiding."
                ),
                "estimated_size": 650,
            },
            {
                "name": "Statushouders en arbeidsmigranten",
                "dimension": "cultural",
                "description": (
                    "Nieuwe inwoners uit het buitenland, onder wie gevluchte gezinnen en "
                    "seizoenswerkers in de landbouw. Taal is vaak een drempel."
                ),
                "estimated_size": 520,
            },
            {
                "name": "Mantelzorgers",
                "dimension": "other",
                "description": (
                    "Inwoners die langdurig en onbetaald zorgen voor een zieke of hulpbehoevende "
                    "naaste, onder wie ongeveer 400 jonge mantelzorgers."
                ),
                "estimated_size": 4800,
            },
        ],
        "members": [
            {
                "username": "demo",
                "first_name": "Marieke",
                "last_name": "Hofstede",
                "email": "m.hofstede@brinkeveld.example.nl",
                "role": "project_team",
            },
            {
                "username": "trekker",
                "first_name": "Naima",
                "last_name": "Achahbar",
                "email": "n.achahbar@vrijwilligersbrinkeveld.example.nl",
                "role": "lead",
                # The person in the register this account is: the lead of the actions it edits.
                "person": "Naima Achahbar",
            },
            {
                "username": "partner",
                "first_name": "Sanne",
                "last_name": "Kuipers",
                "email": "s.kuipers@ggdlinderdal.example.nl",
                "role": "partner",
            },
            {
                "username": "analist",
                "first_name": "Ruben",
                "last_name": "Dijkhuis",
                "email": "r.dijkhuis@brinkeveld.example.nl",
                "role": "analyst",
            },
            {
                "username": "kijker",
                "first_name": "Ellen",
                "last_name": "Brouwer",
                "email": "e.brouwer@brinkeveld.example.nl",
                "role": "viewer",
            },
            {
                "username": "projectteam2",
                "first_name": "Ilse",
                "last_name": "Wennekes",
                "email": "i.wennekes@brinkeveld.example.nl",
                "role": "project_team",
            },
        ],
    },
    # ------------------------------------------------------------------------------------------
    # Programme 2: a regional programme on growth with broad prosperity.
    # ------------------------------------------------------------------------------------------
    {
        "slug": "regio-zandmeren-in-balans",
        "name": "Regio Zandmeren in balans",
        "description": (
            "Vier gemeenten in de regio Zandmeren werken samen aan groei die goed is voor "
            "iedereen. Het gaat om woningen, energie, bereikbaarheid, zorg en werk, met oog voor "
            "de brede welvaart van inwoners. In toekomstdialogen praten inwoners mee over wat de "
            "groei voor hun dorp of stad betekent."
        ),
        "municipalities": ["Korenveld", "Aardenlo", "Mierbeek", "Ravensloot"],
        "start_date": "2023-09-01",
        "vision": (
            "De regio Zandmeren groeit. Er komen bedrijven bij, er zijn meer woningen nodig en "
            "de vraag naar zorg neemt toe. Tegelijk zit het stroomnet vol, zijn bussen uit de "
            "kleine kernen verdwenen en vertrekken jongeren naar de stad. Die opgaven hangen met "
            "elkaar samen en vragen om één aanpak.\n\n"
            "Wij kijken niet alleen naar cijfers zoals het aantal woningen of megawatts. Groei "
            "is pas geslaagd als inwoners er zelf beter van worden: als ze prettig wonen, werk "
            "hebben dat bij hen past, gezond blijven en zich verbonden voelen met hun dorp. Dat "
            "noemen we brede welvaart, nu, later en voor alle groepen inwoners.\n\n"
            "Daarom betrekken we inwoners vanaf het begin. Met behoeftepeilingen, interviews, "
            "stakeholdertafels en toekomstdialogen leren we wat mensen nodig hebben. Samen met "
            "dorpsraden, ondernemers, netbeheerder, corporaties, zorg en onderwijs maken we "
            "projecten die breed gedragen worden, en we meten steeds of ze echt verschil maken."
        ),
        "target_images": [
            {
                "title": "Vitale kernen",
                "description": (
                    "Alle kernen in de regio blijven plekken waar je prettig woont, met een "
                    "passende woning en voorzieningen dichtbij, ook in de kleinste dorpen."
                ),
                "goals": [
                    {
                        "title": "Genoeg betaalbare woningen voor starters en ouderen",
                        "description": (
                            "Starters en ouderen vinden nu moeilijk een passende woning in hun "
                            "eigen kern. De vier gemeenten stemmen hun bouwplannen op elkaar af."
                        ),
                        "themes": ["wonen", "materiele-welvaart", "verdeling"],
                        "challenges": ["Wonen en voorzieningen"],
                        "owner": "regio",
                        "children": [
                            {
                                "title": "Minstens een derde van de nieuwbouw is betaalbaar",
                                "description": (
                                    "Elke gemeente legt dit vast in haar woonvisie. De "
                                    "corporaties bouwen mee in de kleine kernen."
                                ),
                                "themes": ["wonen", "verdeling"],
                                "challenges": ["Wonen en voorzieningen"],
                                "children": [],
                            },
                            {
                                "title": "Ouderen kunnen doorstromen binnen hun eigen kern",
                                "description": (
                                    "Er komen gelijkvloerse woningen dicht bij winkels en zorg, "
                                    "zodat gezinswoningen vrijkomen voor jonge gezinnen."
                                ),
                                "themes": ["wonen", "welzijn"],
                                "challenges": ["Wonen en voorzieningen", "Zorg"],
                                "children": [],
                            },
                        ],
                    },
                    {
                        "title": "Basisvoorzieningen blijven in de kleine kernen",
                        "description": (
                            "Een school, een huisarts in de buurt en een plek om elkaar te "
                            "ontmoeten maken een dorp leefbaar."
                        ),
                        "themes": ["samenleving", "sociaal-kapitaal", "wonen"],
                        "challenges": ["Wonen en voorzieningen"],
                        "children": [
                            {
                                "title": "In elke kern is een ontmoetingsplek",
                                "description": (
                                    "Dorpshuizen krijgen steun om open te blijven en hun gebouw "
                                    "duurzaam te maken."
                                ),
                                "themes": ["samenleving", "sociaal-kapitaal"],
                                "challenges": ["Wonen en voorzieningen"],
                                "children": [],
                            },
                        ],
                    },
                ],
            },
            {
                "title": "Energie en ruimte in balans",
                "description": (
                    "De regio kan groeien zonder vast te lopen op een vol stroomnet. Inwoners en "
                    "bedrijven doen mee aan de energietransitie en profiteren ervan."
                ),
                "goals": [
                    {
                        "title": "Groei loopt niet vast op netcongestie",
                        "description": (
                            "Nieuwe woonwijken en bedrijven moeten soms jaren wachten op een "
                            "aansluiting. Samen zoeken we slimme oplossingen."
                        ),
                        "themes": ["economisch-kapitaal", "milieu", "arbeid-vrije-tijd"],
                        "challenges": ["Netcongestie"],
                        "owner": "regio",
                        "children": [
                            {
                                "title": "Bedrijven delen stroom op hun bedrijventerrein",
                                "description": (
                                    "Op twee bedrijventerreinen starten energiehubs waar "
                                    "bedrijven stroom opwekken, opslaan en onderling verdelen."
                                ),
                                "themes": ["economisch-kapitaal", "milieu"],
                                "challenges": ["Netcongestie"],
                                "children": [],
                            },
                            {
                                "title": "Netbeheerder en gemeenten plannen uitbreidingen samen",
                                "description": (
                                    "Woningbouw, bedrijventerreinen en netuitbreiding staan op één "
                                    "regionale kaart en planning."
                                ),
                                "themes": ["economisch-kapitaal", "wonen"],
                                "challenges": ["Netcongestie", "Wonen en voorzieningen"],
                                "children": [],
                            },
                        ],
                    },
                    {
                        "title": "Alle inwoners profiteren van de energietransitie",
                        "description": (
                            "Niet iedereen kan zonnepanelen of een warmtepomp betalen. We willen "
                            "voorkomen dat de verschillen tussen inwoners groter worden."
                        ),
                        "themes": ["materiele-welvaart", "verdeling", "natuurlijk-kapitaal"],
                        "challenges": ["Netcongestie", "Preventie"],
                        "owner": "demo",
                        "children": [
                            {
                                "title": "Huishoudens met energiearmoede krijgen hulp bij besparen",
                                "description": (
                                    "Energiecoaches komen langs, geven tips en regelen kleine "
                                    "maatregelen zoals tochtstrips en radiatorfolie."
                                ),
                                "themes": ["materiele-welvaart", "milieu", "verdeling"],
                                "challenges": ["Preventie"],
                                "children": [],
                            },
                        ],
                    },
                ],
            },
            {
                "title": "Bereikbaar en verbonden",
                "description": (
                    "Iedereen kan werk, school, zorg en familie bereiken, ook zonder eigen auto "
                    "en ook vanuit de kleine kernen."
                ),
                "goals": [
                    {
                        "title": "Iedereen kan zonder eigen auto naar werk, school en zorg",
                        "description": (
                            "Jongeren, ouderen en mensen met een laag inkomen zijn nu vaak "
                            "afhankelijk van anderen om ergens te komen."
                        ),
                        "themes": ["arbeid-vrije-tijd", "verdeling", "samenleving"],
                        "challenges": ["Mobiliteit"],
                        "owner": "regio",
                        "children": [
                            {
                                "title": "Buurtbussen en deelvervoer sluiten aan op het ov",
                                "description": (
                                    "Dienstregelingen van buurtbus en streekbus worden op elkaar "
                                    "afgestemd. Overstappen wordt makkelijker."
                                ),
                                "themes": ["arbeid-vrije-tijd", "samenleving"],
                                "challenges": ["Mobiliteit"],
                                "children": [],
                            },
                            {
                                "title": "Veilige snelfietsroutes tussen de kernen",
                                "description": (
                                    "Scholieren en forenzen fietsen veilig en snel naar school en "
                                    "werk, ook met een elektrische fiets."
                                ),
                                "themes": ["gezondheid", "milieu", "veiligheid"],
                                "challenges": ["Mobiliteit"],
                                "children": [],
                            },
                        ],
                    },
                ],
            },
            {
                "title": "Talent en zorg voor de toekomst",
                "description": (
                    "Jongeren zien een toekomst in de regio en er zijn genoeg mensen om voor "
                    "elkaar te zorgen, nu en straks."
                ),
                "goals": [
                    {
                        "title": "Jongeren kiezen voor een toekomst in de regio",
                        "description": (
                            "Veel jongeren vertrekken voor studie en komen niet terug. Met "
                            "aantrekkelijk werk, woningen en een stem in de toekomst van hun dorp "
                            "willen we dat veranderen."
                        ),
                        "themes": ["menselijk-kapitaal", "arbeid-vrije-tijd", "wonen"],
                        "challenges": ["Aantrekken en behouden van talent"],
                        "children": [
                            {
                                "title": "Leerlingen maken kennis met werk in techniek en zorg",
                                "description": (
                                    "Bedrijven en zorgorganisaties openen hun deuren voor "
                                    "scholieren met snuffelstages en gastlessen."
                                ),
                                "themes": ["menselijk-kapitaal", "economisch-kapitaal"],
                                "challenges": ["Aantrekken en behouden van talent"],
                                "children": [],
                            },
                            {
                                "title": "Jongeren praten mee in de toekomstdialogen",
                                "description": (
                                    "In elke gemeente is er een toekomstdialoog speciaal voor "
                                    "jongeren, op een plek en tijd die bij hen past."
                                ),
                                "themes": ["samenleving", "sociaal-kapitaal"],
                                "challenges": ["Aantrekken en behouden van talent"],
                                "children": [],
                            },
                        ],
                    },
                    {
                        "title": "Zorg blijft goed en dichtbij, ook met minder handen",
                        "description": (
                            "Het aantal ouderen groeit, terwijl er minder zorgmedewerkers zijn. "
                            "We zoeken nieuwe mensen en versterken wat inwoners voor elkaar doen."
                        ),
                        "themes": ["gezondheid", "sociaal-kapitaal", "welzijn"],
                        "challenges": ["Zorg", "Aantrekken en behouden van talent"],
                        "owner": "demo",
                        "children": [
                            {
                                "title": "Meer zij-instromers in zorg en welzijn",
                                "description": (
                                    "Wie van baan wil wisselen, kan met behoud van inkomen een "
                                    "opleiding in de zorg volgen."
                                ),
                                "themes": ["menselijk-kapitaal", "arbeid-vrije-tijd"],
                                "challenges": ["Zorg", "Aantrekken en behouden van talent"],
                                "children": [],
                            },
                            {
                                "title": "Inwoners helpen elkaar met informele zorg",
                                "description": (
                                    "Dorpsondersteuners en vrijwilligers organiseren burenhulp, "
                                    "zodat zorgverleners tijd houden voor wie hen echt nodig heeft."
                                ),
                                "themes": ["sociaal-kapitaal", "welzijn"],
                                "challenges": ["Zorg", "Preventie"],
                                "children": [],
                            },
                        ],
                    },
                ],
            },
        ],
        "organisations": [
            {
                "name": "Gemeente Korenveld",
                "kind": "municipality",
                "municipality": "Korenveld",
                "area": "Korenveld",
                "email": "info@korenveld.example.nl",
                "phone": "0490 00 10 00",
                "website": "https://www.korenveld.example.nl",
                "description": (
                    "Grootste gemeente van de regio en penvoerder van Regio Zandmeren in balans."
                ),
            },
            {
                "name": "Gemeente Aardenlo",
                "kind": "municipality",
                "municipality": "Aardenlo",
                "area": "Aardenlo",
                "email": "info@aardenlo.example.nl",
                "phone": "0490 00 20 00",
                "website": "https://www.aardenlo.example.nl",
                "description": "Gemeente met vijf kernen en veel agrarisch buitengebied.",
            },
            {
                "name": "Gemeente Mierbeek",
                "kind": "municipality",
                "municipality": "Mierbeek",
                "area": "Mierbeek",
                "email": "info@mierbeek.example.nl",
                "phone": "0490 00 30 00",
                "website": "https://www.mierbeek.example.nl",
                "description": "Gemeente met een groeiend bedrijventerrein langs de snelweg.",
            },
            {
                "name": "Gemeente Ravensloot",
                "kind": "municipality",
                "municipality": "Ravensloot",
                "area": "Ravensloot",
                "email": "info@ravensloot.example.nl",
                "phone": "0490 00 40 00",
                "website": "https://www.ravensloot.example.nl",
                "description": "Kleinste gemeente van de regio, met drie kernen.",
            },
            {
                "name": "Netwerkbedrijf Zuiderstroom",
                "kind": "business",
                "municipality": "",
                "area": "",
                "email": "regio@zuiderstroom.example.nl",
                "phone": "088 000 50 00",
                "website": "https://www.zuiderstroom.example.nl",
                "description": (
                    "Regionale netbeheerder voor stroom en gas. Werkt aan uitbreiding van het "
                    "net en aan slimme oplossingen voor netcongestie."
                ),
            },
            {
                "name": "Woonstichting Zandmeren Wonen",
                "kind": "partner",
                "municipality": "Aardenlo",
                "area": "Aardenlo",
                "email": "info@zandmerenwonen.example.nl",
                "phone": "0490 00 21 00",
                "website": "https://www.zandmerenwonen.example.nl",
                "description": "Woningcorporatie met huurwoningen in Aardenlo en Mierbeek.",
            },
            {
                "name": "Woningcorporatie Heidezicht",
                "kind": "partner",
                "municipality": "Ravensloot",
                "area": "Ravensloot",
                "email": "contact@heidezicht.example.nl",
                "phone": "0490 00 41 00",
                "website": "https://www.heidezicht.example.nl",
                "description": "Woningcorporatie in Korenveld en Ravensloot.",
            },
            {
                "name": "Zorggroep Zandmeren",
                "kind": "care",
                "municipality": "Mierbeek",
                "area": "Mierbeek",
                "email": "info@zorggroepzandmeren.example.nl",
                "phone": "0490 00 31 00",
                "website": "https://www.zorggroepzandmeren.example.nl",
                "description": (
                    "Regionale zorgorganisatie voor wijkverpleging, verpleeghuiszorg en "
                    "dagbesteding."
                ),
            },
            {
                "name": "Huisartsenkring Zandmeren",
                "kind": "care",
                "municipality": "",
                "area": "",
                "email": "bureau@huisartsenkringzandmeren.example.nl",
                "phone": "0490 00 32 00",
                "website": "https://www.huisartsenkringzandmeren.example.nl",
                "description": "Samenwerkingsverband van de huisartsen in de vier gemeenten.",
            },
            {
                "name": "GGD Zuidrand",
                "kind": "care",
                "municipality": "",
                "area": "",
                "email": "info@ggdzuidrand.example.nl",
                "phone": "088 000 60 00",
                "website": "https://www.ggdzuidrand.example.nl",
                "description": "Gezondheidsdienst; maakt de regionale gezondheidsmonitor.",
            },
            {
                "name": "Zandmeren College",
                "kind": "education",
                "municipality": "Korenveld",
                "area": "Korenveld",
                "email": "info@zandmerencollege.example.nl",
                "phone": "0490 00 11 00",
                "website": "https://www.zandmerencollege.example.nl",
                "description": (
                    "Mbo-school met opleidingen in techniek, zorg en welzijn, en logistiek."
                ),
            },
            {
                "name": "Ondernemerskring Zandmeren",
                "kind": "association",
                "municipality": "",
                "area": "",
                "email": "secretariaat@ondernemerskringzandmeren.example.nl",
                "phone": "",
                "website": "https://www.ondernemerskringzandmeren.example.nl",
                "description": "Vereniging van ondernemers uit de vier gemeenten.",
            },
            {
                "name": "Van Loon Installatietechniek",
                "kind": "business",
                "municipality": "Aardenlo",
                "area": "Schaapsloo",
                "email": "info@vanlooninstallatie.example.nl",
                "phone": "0490 00 22 00",
                "website": "https://www.vanlooninstallatie.example.nl",
                "description": (
                    "Familiebedrijf met 80 medewerkers dat warmtepompen en zonnepanelen "
                    "installeert. Zoekt steeds nieuwe vakmensen."
                ),
            },
            {
                "name": "Dorpsraad Hulsdonk",
                "kind": "area_council",
                "municipality": "Korenveld",
                "area": "Hulsdonk",
                "email": "info@dorpsraad-hulsdonk.example.nl",
                "phone": "",
                "website": "",
                "description": "Dorpsraad van Hulsdonk, een kern van zo'n 1.800 inwoners.",
            },
            {
                "name": "Dorpsraad Schaapsloo",
                "kind": "area_council",
                "municipality": "Aardenlo",
                "area": "Schaapsloo",
                "email": "info@dorpsraad-schaapsloo.example.nl",
                "phone": "",
                "website": "https://www.dorpsraad-schaapsloo.example.nl",
                "description": "Zet zich in voor woningen voor jongeren in Schaapsloo.",
            },
            {
                "name": "Dorpsraad Kranenbroek",
                "kind": "area_council",
                "municipality": "Ravensloot",
                "area": "Kranenbroek",
                "email": "info@dorpsraad-kranenbroek.example.nl",
                "phone": "",
                "website": "",
                "description": "Dorpsraad van de kleinste kern in de regio.",
            },
            {
                "name": "Dorpsondersteuner Elsterhoek",
                "kind": "village_supporter",
                "municipality": "Mierbeek",
                "area": "Elsterhoek",
                "email": "elsterhoek@welzijnzandmeren.example.nl",
                "phone": "06 0000 5501",
                "website": "",
                "description": "Aanspreekpunt voor inwoners van Elsterhoek met vragen of ideeën.",
            },
            {
                "name": "Welzijn Zandmeren",
                "kind": "welfare",
                "municipality": "Ravensloot",
                "area": "Ravensloot",
                "email": "info@welzijnzandmeren.example.nl",
                "phone": "0490 00 42 00",
                "website": "https://www.welzijnzandmeren.example.nl",
                "description": (
                    "Welzijnsorganisatie voor de regio, met opbouwwerk en dorpsondersteuners."
                ),
            },
            {
                "name": "Budgetcentrum Zandmeren",
                "kind": "debt_counselling",
                "municipality": "Mierbeek",
                "area": "Mierbeek",
                "email": "info@budgetcentrumzandmeren.example.nl",
                "phone": "0490 00 33 00",
                "website": "https://www.budgetcentrumzandmeren.example.nl",
                "description": "Schuldhulpverlening en hulp bij hoge energierekeningen.",
            },
            {
                "name": "Energiecoöperatie Mierbeek Duurzaam",
                "kind": "residents_initiative",
                "municipality": "Mierbeek",
                "area": "Elsterhoek",
                "email": "leden@mierbeekduurzaam.example.nl",
                "phone": "",
                "website": "https://www.mierbeekduurzaam.example.nl",
                "description": (
                    "Coöperatie van inwoners met een zonnedak op de sporthal en vrijwillige "
                    "energiecoaches."
                ),
            },
            {
                "name": "Buurtbus Ravensloot",
                "kind": "residents_initiative",
                "municipality": "Ravensloot",
                "area": "Kranenbroek",
                "email": "planning@buurtbusravensloot.example.nl",
                "phone": "06 0000 5502",
                "website": "",
                "description": "Vrijwillige chauffeurs rijden een vaste route langs de kernen.",
            },
            {
                "name": "Agrarisch Collectief Zandmeren",
                "kind": "association",
                "municipality": "",
                "area": "",
                "email": "info@agrarischcollectiefzandmeren.example.nl",
                "phone": "",
                "website": "https://www.agrarischcollectiefzandmeren.example.nl",
                "description": "Samenwerking van boeren rond natuur, landschap en energie.",
            },
        ],
        "people": [
            {
                "name": "Marco Verbeek",
                "organisation": "Gemeente Korenveld",
                "function": "Wethouder economie en energie",
                "email": "m.verbeek@korenveld.example.nl",
                "phone": "0490 00 10 01",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Iris Donkers",
                "organisation": "Gemeente Korenveld",
                "function": "Regiocoördinator brede welvaart",
                "email": "i.donkers@korenveld.example.nl",
                "phone": "0490 00 10 15",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Linda van Rooij",
                "organisation": "Gemeente Aardenlo",
                "function": "Beleidsadviseur wonen",
                "email": "l.vanrooij@aardenlo.example.nl",
                "phone": "0490 00 20 12",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Sjoerd Maas",
                "organisation": "Gemeente Aardenlo",
                "function": "Programmamanager energietransitie",
                "email": "s.maas@aardenlo.example.nl",
                "phone": "0490 00 20 14",
                "is_ambassador": False,
                "shows_name_publicly": False,
            },
            {
                "name": "Tim Hoeks",
                "organisation": "Gemeente Mierbeek",
                "function": "Beleidsmedewerker mobiliteit",
                "email": "t.hoeks@mierbeek.example.nl",
                "phone": "0490 00 30 11",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Anke Swinkels",
                "organisation": "Gemeente Mierbeek",
                "function": "Adviseur sociaal domein",
                "email": "a.swinkels@mierbeek.example.nl",
                "phone": "0490 00 30 12",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Ellen de Kort",
                "organisation": "Gemeente Ravensloot",
                "function": "Gebiedsregisseur",
                "email": "e.dekort@ravensloot.example.nl",
                "phone": "0490 00 40 11",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Bram Kuijpers",
                "organisation": "Netwerkbedrijf Zuiderstroom",
                "function": "Regiomanager netstrategie",
                "email": "b.kuijpers@zuiderstroom.example.nl",
                "phone": "088 000 50 21",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Noor Aarts",
                "organisation": "Netwerkbedrijf Zuiderstroom",
                "function": "Omgevingsmanager",
                "email": "n.aarts@zuiderstroom.example.nl",
                "phone": "088 000 50 22",
                "is_ambassador": False,
                "shows_name_publicly": False,
            },
            {
                "name": "Hans Coolen",
                "organisation": "Woonstichting Zandmeren Wonen",
                "function": "Directeur-bestuurder",
                "email": "h.coolen@zandmerenwonen.example.nl",
                "phone": "0490 00 21 01",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Manon Jaspers",
                "organisation": "Woningcorporatie Heidezicht",
                "function": "Strategisch adviseur vastgoed",
                "email": "m.jaspers@heidezicht.example.nl",
                "phone": "0490 00 41 12",
                "is_ambassador": False,
                "shows_name_publicly": False,
            },
            {
                "name": "Petra van Gerwen",
                "organisation": "Zorggroep Zandmeren",
                "function": "Manager wijkzorg",
                "email": "p.vangerwen@zorggroepzandmeren.example.nl",
                "phone": "0490 00 31 11",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Mehmet Demir",
                "organisation": "Zorggroep Zandmeren",
                "function": "Adviseur arbeidsmarkt en opleiden",
                "email": "m.demir@zorggroepzandmeren.example.nl",
                "phone": "0490 00 31 12",
                "is_ambassador": False,
                "shows_name_publicly": False,
            },
            {
                "name": "Bart Lemmens",
                "organisation": "Huisartsenkring Zandmeren",
                "function": "Huisarts en bestuurslid",
                "email": "b.lemmens@huisartsenkringzandmeren.example.nl",
                "phone": "",
                "is_ambassador": False,
                "shows_name_publicly": False,
            },
            {
                "name": "Sophie Geboers",
                "organisation": "GGD Zuidrand",
                "function": "Onderzoeker gezondheidsmonitor",
                "email": "s.geboers@ggdzuidrand.example.nl",
                "phone": "088 000 60 31",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Wendy Smulders",
                "organisation": "Zandmeren College",
                "function": "Teamleider techniek",
                "email": "w.smulders@zandmerencollege.example.nl",
                "phone": "0490 00 11 21",
                "is_ambassador": True,
                "shows_name_publicly": True,
            },
            {
                "name": "Frank Kerkhofs",
                "organisation": "Ondernemerskring Zandmeren",
                "function": "Voorzitter",
                "email": "voorzitter@ondernemerskringzandmeren.example.nl",
                "phone": "06 0000 5511",
                "is_ambassador": True,
                "shows_name_publicly": True,
            },
            {
                "name": "Dennis van Loon",
                "organisation": "Van Loon Installatietechniek",
                "function": "Directeur",
                "email": "dennis@vanlooninstallatie.example.nl",
                "phone": "0490 00 22 01",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Gerard Hermans",
                "organisation": "Dorpsraad Hulsdonk",
                "function": "Voorzitter",
                "email": "g.hermans@dorpsraad-hulsdonk.example.nl",
                "phone": "06 0000 5521",
                "is_ambassador": True,
                "shows_name_publicly": True,
            },
            {
                "name": "Maria Panken",
                "organisation": "Dorpsraad Schaapsloo",
                "function": "Secretaris",
                "email": "m.panken@dorpsraad-schaapsloo.example.nl",
                "phone": "",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Jos van der Heijden",
                "organisation": "Dorpsraad Kranenbroek",
                "function": "Bestuurslid",
                "email": "j.vanderheijden@dorpsraad-kranenbroek.example.nl",
                "phone": "",
                "is_ambassador": False,
                "shows_name_publicly": False,
            },
            {
                "name": "Sanne Willems",
                "organisation": "Dorpsondersteuner Elsterhoek",
                "function": "Dorpsondersteuner",
                "email": "s.willems@welzijnzandmeren.example.nl",
                "phone": "06 0000 5531",
                "is_ambassador": True,
                "shows_name_publicly": True,
            },
            {
                "name": "Yara Bastiaans",
                "organisation": "Welzijn Zandmeren",
                "function": "Opbouwwerker",
                "email": "y.bastiaans@welzijnzandmeren.example.nl",
                "phone": "06 0000 5532",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Rian Schepens",
                "organisation": "Budgetcentrum Zandmeren",
                "function": "Schuldhulpverlener",
                "email": "r.schepens@budgetcentrumzandmeren.example.nl",
                "phone": "0490 00 33 11",
                "is_ambassador": False,
                "shows_name_publicly": False,
            },
            {
                "name": "Leon Vermeulen",
                "organisation": "Energiecoöperatie Mierbeek Duurzaam",
                "function": "Voorzitter en energiecoach",
                "email": "leon@mierbeekduurzaam.example.nl",
                "phone": "06 0000 5541",
                "is_ambassador": True,
                "shows_name_publicly": True,
            },
            {
                "name": "Kees Renders",
                "organisation": "Buurtbus Ravensloot",
                "function": "Coördinator chauffeurs",
                "email": "kees@buurtbusravensloot.example.nl",
                "phone": "06 0000 5542",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
            {
                "name": "Huub Saris",
                "organisation": "Agrarisch Collectief Zandmeren",
                "function": "Voorzitter",
                "email": "h.saris@agrarischcollectiefzandmeren.example.nl",
                "phone": "",
                "is_ambassador": False,
                "shows_name_publicly": False,
            },
            {
                "name": "Laura Hendrikx",
                "organisation": "",
                "function": "Inwoner Schaapsloo, deelnemer toekomstdialoog",
                "email": "laura.hendrikx@thuis.example.nl",
                "phone": "",
                "is_ambassador": False,
                "shows_name_publicly": False,
            },
            {
                "name": "Milan Peeters",
                "organisation": "",
                "function": "Student, lid jongerenpanel Zandmeren",
                "email": "milan.peeters@thuis.example.nl",
                "phone": "",
                "is_ambassador": False,
                "shows_name_publicly": True,
            },
        ],
        "target_groups": [
            {
                "name": "Jongeren van 16 tot 27 jaar",
                "dimension": "demographic",
                "description": (
                    "Jongeren die een opleiding kiezen, een eerste baan zoeken of op zichzelf "
                    "willen wonen. Een deel vertrekt naar de stad en komt niet terug."
                ),
                "estimated_size": 11500,
            },
            {
                "name": "Ouderen van 75 jaar en ouder in kleine kernen",
                "dimension": "demographic",
                "description": (
                    "Ouderen in dorpen waar de bus, de winkel of de huisarts is verdwenen. Zij "
                    "willen zo lang mogelijk in hun eigen kern blijven wonen."
                ),
                "estimated_size": 4300,
            },
            {
                "name": "Huishoudens met energiearmoede",
                "dimension": "socio_economic",
                "description": (
                    "Huishoudens met een laag inkomen en een hoge energierekening, vaak in "
                    "slecht geïsoleerde woningen."
                ),
                "estimated_size": 3200,
            },
            {
                "name": "Starters op de woningmarkt",
                "dimension": "socio_economic",
                "description": (
                    "Jonge mensen en gezinnen die een eerste koop- of huurwoning zoeken en die in "
                    "hun eigen kern niet kunnen vinden."
                ),
                "estimated_size": 5600,
            },
            {
                "name": "Internationale werknemers",
                "dimension": "cultural",
                "description": (
                    "Werknemers uit andere landen in de logistiek, de landbouw en de "
                    "maakindustrie. Zij wonen vaak tijdelijk en zijn lastig te bereiken."
                ),
                "estimated_size": 2700,
            },
        ],
        "members": [
            {
                "username": "demo",
                "first_name": "Marieke",
                "last_name": "Hofstede",
                "email": "m.hofstede@brinkeveld.example.nl",
                "role": "project_team",
            },
            {
                "username": "analist",
                "first_name": "Ruben",
                "last_name": "Dijkhuis",
                "email": "r.dijkhuis@brinkeveld.example.nl",
                "role": "analyst",
            },
            {
                "username": "regio",
                "first_name": "Joyce",
                "last_name": "Verhoeven",
                "email": "j.verhoeven@regiozandmeren.example.nl",
                "role": "project_team",
            },
        ],
    },
]
