"""Fictional monitoring for the demo programmes: areas, indicators with how their figures run
over the years, figures asked of partners, needs and commitments, evaluation texts and quotes.

A curve is described, not listed: a village starts at ``start`` plus its own offset, moves by
``before`` a year up to the year the approach started (2022) and by ``after`` a year from then
on (``treated_after`` in the villages where the approach ran). The loader adds a little fixed
noise, and the municipality is the villages' weighted mean.
"""

APPROACH_YEAR = 2022
YEARS = range(2018, 2026)
PERFORMANCE_YEARS = range(2022, 2026)

# The six villages of Brinkeveld as districts (wijken), each a 2×2 block of hexagons, with
# their neighbourhoods (buurten) as one or more of those cells and their inhabitants.
VILLAGES = [
    # name, block (column, row), inhabitants, neighbourhoods: (name, cells within the block)
    (
        "Brinkhoven",
        (2, 0),
        9200,
        [
            ("Brinkhoven-Centrum", [(0, 0)]),
            ("Brinkhoven-Noord", [(0, 1)]),
            ("Brinkhoven-Oost", [(1, 0)]),
            ("Buitengebied Brinkhoven", [(1, 1)]),
        ],
    ),
    (
        "Oosterlinde",
        (4, 0),
        4100,
        [
            ("Oosterlinde-Kern", [(0, 0), (1, 0)]),
            ("Buitengebied Oosterlinde", [(0, 1), (1, 1)]),
        ],
    ),
    (
        "Wildervoort",
        (0, 0),
        3900,
        [
            ("Wildervoort-Kern", [(1, 0)]),
            ("Buitengebied Wildervoort", [(0, 0), (0, 1), (1, 1)]),
        ],
    ),
    (
        "Klaverdonk",
        (0, 2),
        3300,
        [
            ("Klaverdonk-Kern", [(1, 0), (1, 1)]),
            ("Buitengebied Klaverdonk", [(0, 0), (0, 1)]),
        ],
    ),
    (
        "Heggenrade",
        (2, 2),
        2600,
        [
            ("Heggenrade-Kern", [(0, 0)]),
            ("Buitengebied Heggenrade", [(1, 0), (0, 1), (1, 1)]),
        ],
    ),
    (
        "Elzenbroek",
        (4, 2),
        2100,
        [
            ("Elzenbroek-Kern", [(1, 1)]),
            ("Buitengebied Elzenbroek", [(0, 0), (1, 0), (0, 1)]),
        ],
    ),
]
# Where the village approach to loneliness (coffee mornings, neighbour help, a village
# supporter who visits) ran from 2022 on; the other three villages followed later.
APPROACH_VILLAGES = ["Brinkhoven", "Oosterlinde", "Heggenrade"]
# Each village's own level against the curve's start, in units of the curve's spread.
VILLAGE_OFFSETS = [-0.3, 0.8, -0.9, 0.5, 1.0, -0.6]

# Regio Zandmeren: four municipalities, each a 2×2 block, and their inhabitants.
REGION_MUNICIPALITIES = [
    ("Korenveld", "GM9011", (0, 0), 41000),
    ("Aardenlo", "GM9012", (2, 0), 23000),
    ("Mierbeek", "GM9013", (0, 2), 18500),
    ("Ravensloot", "GM9014", (2, 2), 27500),
]

GGD = "Gezondheidsmonitor Volwassenen en Ouderen, GGD Linderdal"

INDICATORS = {
    "brinkeveld-onder-de-loep": [
        {
            "code": "eenzaam",
            "name": "Inwoners die zich eenzaam voelen",
            "definition": (
                "Aandeel inwoners van 18 jaar en ouder dat zich matig tot (zeer) ernstig eenzaam "
                "voelt, gemeten met de eenzaamheidsschaal van De Jong Gierveld."
            ),
            "unit": "%",
            "direction": "lower",
            "kind": "population",
            "source": GGD,
            "level": "district",
            "by_target_group": True,
            "baseline_period": APPROACH_YEAR,
            "target_value": 40.0,
            "target_period": 2027,
            "goals": [
                "Minder inwoners voelen zich eenzaam",
                "Eenzaamheid is bespreekbaar in de dorpen",
            ],
            "curve": {
                "start": 45.0,
                "spread": 2.0,
                "before": 0.7,
                "after": 0.3,
                "treated_after": -1.4,
                "noise": 0.3,
                "n": 0.06,
            },
            "country": {"start": 44.0, "before": 0.6, "after": -0.2},
            "groups": {
                "Alleenwonende ouderen van 75 jaar en ouder": (7.0, 0.012),
                "Jongeren van 12 tot 23 jaar": (3.0, 0.015),
            },
        },
        {
            "code": "gezond",
            "name": "Inwoners die hun gezondheid als goed of zeer goed ervaren",
            "definition": "Aandeel inwoners van 18 jaar en ouder dat de eigen gezondheid goed of "
            "zeer goed noemt.",
            "unit": "%",
            "direction": "higher",
            "kind": "population",
            "source": GGD,
            "level": "district",
            "baseline_period": APPROACH_YEAR,
            "target_value": 78.0,
            "target_period": 2027,
            "goals": ["Minder kinderen en volwassenen met overgewicht"],
            "curve": {
                "start": 77.0,
                "spread": 1.5,
                "before": -0.4,
                "after": -0.4,
                "noise": 0.9,
                "n": 0.06,
            },
            "country": {"start": 78.0, "before": -0.3, "after": -0.3},
        },
        {
            "code": "vrijwilligers",
            "name": "Inwoners die vrijwilligerswerk doen",
            "definition": "Aandeel inwoners van 18 jaar en ouder dat het afgelopen jaar "
            "vrijwilligerswerk deed.",
            "unit": "%",
            "direction": "higher",
            "kind": "population",
            "source": GGD,
            "level": "district",
            "baseline_period": APPROACH_YEAR,
            "target_value": 40.0,
            "target_period": 2027,
            "goals": [
                "Vrijwilligerswerk is een opstap naar meer",
                "Buren helpen elkaar bij kleine klussen en zorgen",
            ],
            "curve": {
                "seed": 1,
                "start": 36.0,
                "spread": 2.5,
                "before": -0.6,
                "after": 0.9,
                "noise": 0.5,
                "n": 0.06,
            },
            "country": {"start": 31.0, "before": -0.4, "after": 0.1},
        },
        {
            "code": "mantelzorg-zwaar",
            "name": "Mantelzorgers die zich zwaar belast voelen",
            "definition": "Aandeel mantelzorgers dat zich tamelijk zwaar tot overbelast voelt.",
            "unit": "%",
            "direction": "lower",
            "kind": "population",
            "source": GGD,
            "level": "district",
            "baseline_period": APPROACH_YEAR,
            "target_value": 12.0,
            "target_period": 2027,
            "goals": ["Mantelzorgers houden het vol"],
            # Few carers answer per village: some village figures rest on a small base.
            "curve": {
                "start": 14.0,
                "spread": 1.5,
                "before": 0.5,
                "after": -0.6,
                "noise": 0.4,
                "n": 0.009,
            },
            "country": {"start": 14.5, "before": 0.3, "after": 0.1},
        },
        {
            "code": "schulden",
            "name": "Huishoudens met problematische schulden",
            "definition": "Aandeel huishoudens met een geregistreerde problematische schuld.",
            "unit": "%",
            "direction": "lower",
            "kind": "population",
            "source": "Schuldenproblematiek in beeld, CBS",
            "level": "district",
            "baseline_period": APPROACH_YEAR,
            "target_value": 5.5,
            "target_period": 2027,
            "goals": ["Minder huishoudens met problematische schulden"],
            "curve": {
                "seed": 1,
                "start": 6.2,
                "spread": 0.6,
                "before": 0.1,
                "after": 0.15,
                "noise": 0.1,
                "n": 0.42,
            },
            "country": {"start": 8.0, "before": -0.1, "after": 0.05},
        },
        {
            "code": "tevreden-leven",
            "name": "Tevredenheid met het eigen leven",
            "definition": "Gemiddeld rapportcijfer dat inwoners hun eigen leven geven, uit de "
            "monitor brede welvaart.",
            "unit": "cijfer",
            "direction": "higher",
            "kind": "population",
            "source": "Monitor Brede Welvaart, CBS",
            "level": "district",
            "baseline_period": APPROACH_YEAR,
            "target_value": 7.8,
            "target_period": 2027,
            "goals": ["Inwoners nemen zelf initiatief en krijgen daarbij steun"],
            "curve": {
                "start": 7.7,
                "spread": 0.1,
                "before": -0.03,
                "after": 0.0,
                "noise": 0.04,
                "n": 0.05,
                "decimals": 2,
            },
            "country": {"start": 7.6, "before": -0.04, "after": -0.01},
        },
        {
            "code": "huisbezoeken",
            "name": "Huisbezoeken aan inwoners van 75 jaar en ouder",
            "definition": "Aantal afgeronde huisbezoeken door getrainde vrijwilligers.",
            "unit": "bezoeken",
            "direction": "higher",
            "kind": "how_much",
            "source": "Registratie Stichting Welzijn Brinkeveld",
            "level": "district",
            "baseline_period": APPROACH_YEAR,
            "target_value": 600,
            "target_period": 2026,
            "goals": ["Alle inwoners van 75 jaar en ouder krijgen een huisbezoek"],
            # Visits per thousand inhabitants; the municipality's figure is their sum.
            "counts": {"start": 3.0, "after": 5.5, "noise": 1.0, "treated_extra": 6.0},
        },
        {
            "code": "contact-twee-weken",
            "name": "Meldingen van betalingsachterstanden met contact binnen twee weken",
            "definition": "Aandeel vroegsignaleringsmeldingen waarop binnen veertien dagen "
            "persoonlijk contact was.",
            "unit": "%",
            "direction": "higher",
            "kind": "how_well",
            "source": "Rond met Geld Brinkeveld",
            "level": "municipality",
            "by_area": False,
            "baseline_period": APPROACH_YEAR,
            "target_value": 85.0,
            "target_period": 2026,
            "goals": ["Binnen twee weken na een melding is er contact"],
            "municipality": {
                2022: (54.0, 212),
                2023: (63.0, 238),
                2024: (71.0, 251),
                2025: (78.0, 264),
            },
        },
        {
            "code": "huisbezoek-waardevol",
            "name": "Bezochte ouderen die het huisbezoek waardevol vonden",
            "unit": "%",
            "direction": "higher",
            "kind": "how_well",
            "source": "Stichting Welzijn Brinkeveld",
            "level": "organisation",
            "by_area": False,
            "goals": ["Alle inwoners van 75 jaar en ouder krijgen een huisbezoek"],
            "organisation": (
                "Stichting Welzijn Brinkeveld",
                {2023: (81.0, 142), 2024: (84.0, 188)},
            ),
        },
        {
            "code": "minder-eenzaam-na-bezoek",
            "name": "Bezochte ouderen die zich een half jaar later minder eenzaam voelen",
            "unit": "%",
            "direction": "higher",
            "kind": "better_off",
            "source": "Nameting GGD Linderdal",
            "level": "organisation",
            "by_area": False,
            "goals": ["Minder inwoners voelen zich eenzaam"],
            "organisation": ("GGD Linderdal", {2023: (22.0, 96), 2024: (27.0, 131)}),
        },
    ],
    "regio-zandmeren-in-balans": [
        {
            "code": "tevreden-leven",
            "name": "Tevredenheid met het eigen leven",
            "unit": "cijfer",
            "direction": "higher",
            "kind": "population",
            "source": "Monitor Brede Welvaart, CBS",
            "level": "municipality",
            "baseline_period": 2023,
            "target_value": 7.7,
            "target_period": 2030,
            "goals": ["Jongeren kiezen voor een toekomst in de regio"],
            "curve": {
                "start": 7.6,
                "spread": 0.1,
                "before": -0.02,
                "after": 0.01,
                "noise": 0.03,
                "n": 0.04,
                "decimals": 2,
            },
            "country": {"start": 7.6, "before": -0.04, "after": -0.01},
        },
        {
            "code": "energiearmoede",
            "name": "Huishoudens met energiearmoede",
            "unit": "%",
            "direction": "lower",
            "kind": "population",
            "source": "Energiearmoede in Nederland, TNO",
            "level": "municipality",
            "baseline_period": 2023,
            "target_value": 4.0,
            "target_period": 2030,
            "goals": ["Huishoudens met energiearmoede krijgen hulp bij besparen"],
            "curve": {
                "start": 6.0,
                "spread": 0.8,
                "before": 0.5,
                "after": -0.3,
                "noise": 0.15,
                "n": 0.4,
            },
            "country": {"start": 6.5, "before": 0.4, "after": -0.2},
        },
        {
            "code": "betaalbare-nieuwbouw",
            "name": "Betaalbaar deel van de nieuwbouw",
            "unit": "%",
            "direction": "higher",
            "kind": "how_much",
            "source": "Woningbouwmonitor Zandmeren",
            "level": "municipality",
            "baseline_period": 2023,
            "target_value": 33.0,
            "target_period": 2030,
            "goals": ["Minstens een derde van de nieuwbouw is betaalbaar"],
            "curve": {
                "start": 21.0,
                "spread": 4.0,
                "before": 0.0,
                "after": 2.5,
                "noise": 1.5,
                "n": 0.004,
            },
        },
    ],
}

# A survey question whose answers feed an indicator (computed by the product's feeds).
SURVEY_FEED = {
    "code": "alleen-peiling",
    "name": "Inwoners die zich vaak alleen voelen (peiling)",
    "definition": "Gemiddelde op de stelling 'Ik voel me vaak alleen' (1 = helemaal oneens, "
    "5 = helemaal eens) in de behoeftepeiling.",
    "unit": "gemiddelde",
    "direction": "lower",
    "kind": "population",
    "source": "Behoeftepeiling Brinkeveld onder de Loep",
    "level": "municipality",
    "by_area": False,
    "feed": "survey_mean",
    "goals": ["Minder inwoners voelen zich eenzaam"],
    "question": "eenzaam",
}

# An indicator the action book counts by itself (computed by the product's feeds).
ACTION_BOOK_FEED = {
    "code": "acties-lopend",
    "name": "Lopende acties",
    "definition": "Het aantal acties uit het actieboek dat in het jaar liep.",
    "unit": "acties",
    "direction": "higher",
    "kind": "how_much",
    "source": "Actieboek Brinkeveld onder de Loep",
    "level": "municipality",
    "by_area": False,
    "feed": "actions_running",
    "goals": ["Minder inwoners voelen zich eenzaam"],
}

# Figures asked of partners: (indicator, organisation, year, due in days from today, delivered
# value and base or None, the explanation). A negative due date lies in the past.
FIGURE_REQUESTS = [
    (
        "huisbezoek-waardevol",
        "Stichting Welzijn Brinkeveld",
        2025,
        -75,
        (86.0, 203),
        "Graag het aandeel uit jullie korte vragenlijst na het bezoek, over heel 2025.",
    ),
    (
        "minder-eenzaam-na-bezoek",
        "GGD Linderdal",
        2025,
        30,
        None,
        "Kunnen jullie de nameting van 2025 aanleveren, zoals vorig jaar?",
    ),
    (
        "huisbezoek-waardevol",
        "Stichting Welzijn Brinkeveld",
        2026,
        -10,
        None,
        "Het eerste halfjaar van 2026 is genoeg voor de tussenrapportage.",
    ),
]

# What actions need, in numbers: (action title, hours a year, euros a year, places).
RESOURCE_NEEDS = [
    ("Huisbezoeken aan alle 75-plussers door getrainde vrijwilligers", 380, 6500, 0),
    ("Maandelijkse koffieochtend in Heggenrade", 24, 480, 1),
    ("Schuldhulpmaatjes die meegaan naar de Kredietbank", 420, 2500, 1),
    ("Maatjesproject tegen eenzaamheid", 380, 3500, 0),
    ("Dorpshuis De Spil ook open op doordeweekse middagen", 600, 1500, 1),
    ("Taalcafé en taalmaatjes voor statushouders", 160, 700, 1),
    ("Jongerenplek in de oude gymzaal van Klaverdonk", 200, 2000, 1),
    ("Digitaal spreekuur in elk dorpshuis", 200, 1400, 6),
]

# What organisations commit: (organisation, action title or None, goal title or None, year,
# hours, euros, places, note).
COMMITMENTS = [
    (
        "Stichting Welzijn Brinkeveld",
        "Huisbezoeken aan alle 75-plussers door getrainde vrijwilligers",
        None,
        2025,
        300,
        0,
        0,
        "Uren van de ouderenadviseur",
    ),
    (
        "Gemeente Brinkeveld",
        "Huisbezoeken aan alle 75-plussers door getrainde vrijwilligers",
        None,
        2025,
        0,
        6500,
        0,
        "Uit het preventiebudget",
    ),
    (
        "Parochie De Goede Herder",
        "Maandelijkse koffieochtend in Heggenrade",
        None,
        2025,
        0,
        0,
        1,
        "Het zaaltje naast de kerk",
    ),
    (
        "Dorpsondersteuner Heggenrade",
        "Maandelijkse koffieochtend in Heggenrade",
        None,
        2025,
        24,
        0,
        0,
        "",
    ),
    (
        "Rond met Geld Brinkeveld",
        "Schuldhulpmaatjes die meegaan naar de Kredietbank",
        None,
        2025,
        260,
        1000,
        0,
        "Coördinatie, één dag per week",
    ),
    (
        "Bibliotheek Brinkeveld",
        "Schuldhulpmaatjes die meegaan naar de Kredietbank",
        None,
        2025,
        0,
        0,
        1,
        "Spreekkamer op dinsdag",
    ),
    (
        "Stichting Welzijn Brinkeveld",
        "Maatjesproject tegen eenzaamheid",
        None,
        2025,
        380,
        3500,
        0,
        "",
    ),
    (
        "Stichting Dorpshuis De Spil",
        "Dorpshuis De Spil ook open op doordeweekse middagen",
        None,
        2025,
        0,
        0,
        1,
        "",
    ),
    (
        "Bibliotheek Brinkeveld",
        "Taalcafé en taalmaatjes voor statushouders",
        None,
        2025,
        120,
        700,
        1,
        "",
    ),
    (
        "Supermarkt Van Dalen",
        None,
        "Minder inwoners voelen zich eenzaam",
        2025,
        0,
        750,
        0,
        "Koffie en kaartjes voor de Week tegen Eenzaamheid",
    ),
    (
        "Woonstichting Linderhof",
        None,
        "Ouderen kunnen in hun eigen dorp blijven wonen",
        2025,
        80,
        0,
        2,
        "Twee ontmoetingsruimtes in seniorencomplexen",
    ),
    (
        "Gemeente Brinkeveld",
        None,
        "Inwoners nemen zelf initiatief en krijgen daarbij steun",
        2025,
        100,
        30000,
        0,
        "Dorpsbudgetten",
    ),
]

EVALUATION_TEXTS = {
    "brinkeveld-onder-de-loep": {
        "execution_well": (
            "Na het Visie- en Doelenboek kwamen partijen op de stakeholdertafels zelf met acties. "
            "Het projectteam hielp processen opzetten en legde verbindingen tussen acties en "
            "organisaties, maar trok de acties niet zelf. Waar een trekker uit het dorp zelf kwam, "
            "zoals bij de koffieochtenden in Heggenrade en de burenhulp in Oosterlinde, liep een "
            "actie het best.\n\n"
            "“Het werkt omdat het van ons is, niet van de gemeente.”"
        ),
        "execution_less": (
            "Na de eerste ronde van het Actieboek zakte bij een aantal partijen het gevoel dat zij "
            "een bijdrage konden leveren. Het projectteam reageerde door extra hard aan te jagen. "
            "Dat werkte niet overal: sommige partners ervoeren het als druk van buiten. Toen het "
            "team de focus verbreedde naar bewustwording, ontwikkeling en randvoorwaarden, kwam "
            "er weer beweging."
        ),
        "awareness": (
            "Professionals en vrijwilligers zien beter welke kansen er zijn om problemen te "
            "voorkomen. In de peiling onder professionals zegt een groeiend deel dat preventie "
            "bij hun werk hoort. In alle zes dorpen is eenzaamheid nu een onderwerp waarover "
            "op bijeenkomsten gesproken wordt."
        ),
        "preconditions": (
            "Partijen zegden in 2025 samen ruim twaalfhonderd uur, ruim veertigduizend euro en een "
            "aantal ruimtes toe. De huisbezoeken en het maatjesproject zijn daarmee voor een jaar "
            "gedekt. Voor de jongerenplek in Klaverdonk en het digitale spreekuur is nog geen "
            "toezegging voor de lange termijn."
        ),
        "results": (
            "In Brinkhoven, Oosterlinde en Heggenrade, waar de dorpsaanpak tegen eenzaamheid in "
            "2022 begon, daalde het aandeel inwoners dat zich eenzaam voelt sinds 2022 met ruim "
            "vier procentpunt. In de andere drie dorpen steeg het nog licht. Het verschil "
            "is groter dan toeval doet verwachten; het zegt niet dat de aanpak alles verklaart.\n\n"
            "Bij de ervaren gezondheid zien we tussen de dorpen geen verschil: die daalt overal "
            "langzaam, net als in de rest van het land."
        ),
    },
    "regio-zandmeren-in-balans": {
        "research_well": (
            "In de toekomstdialogen praatten inwoners uit alle vier gemeenten mee over wat de "
            "groei voor hun kern betekent. Dat gaf de regio een beeld van behoeften en beleving, "
            "niet alleen van aantallen woningen en megawatts."
        ),
    },
}

# Quotes chosen per goal: (goal title, quote, said by: a role or group, never a name).
QUOTES = {
    "brinkeveld-onder-de-loep": [
        (
            "Minder inwoners voelen zich eenzaam",
            "Sinds de koffieochtend weet ik weer wie er in de straat woont.",
            "Inwoner, 81 jaar",
        ),
        (
            "Minder inwoners voelen zich eenzaam",
            "Je moet eerst een paar keer koffie drinken voordat iemand zegt dat hij de hele week "
            "niemand spreekt.",
            "Vrijwilliger Samen aan Tafel",
        ),
        (
            "Alle inwoners van 75 jaar en ouder krijgen een huisbezoek",
            "Bij het huisbezoek kwam ik er pas achter dat er een chauffeursdienst is.",
            "Inwoner van 75 jaar of ouder",
        ),
        (
            "Mantelzorgers houden het vol",
            "Een middag per maand even niet de zorg, dat scheelt meer dan je denkt.",
            "Mantelzorger",
        ),
        (
            "Minder huishoudens met problematische schulden",
            "Het maatje ging mee naar de Kredietbank. Alleen had ik die stap niet gezet.",
            "Deelnemer schuldhulpmaatjes",
        ),
        (
            "Vrijwilligerswerk is een opstap naar meer",
            "Via de klussendienst kreeg ik weer ritme, en nu een baan.",
            "Vrijwilliger",
        ),
        (
            "Jongeren hebben een plek en een stem in hun dorp",
            "Eindelijk een plek waar we niet weggestuurd worden.",
            "Jongere uit Klaverdonk",
        ),
    ],
    "regio-zandmeren-in-balans": [
        (
            "Huishoudens met energiearmoede krijgen hulp bij besparen",
            "De energiecoach wees me op dingen die ik zelf nooit had bedacht.",
            "Huurder",
        ),
        (
            "Jongeren kiezen voor een toekomst in de regio",
            "Als ik hier kan wonen, blijf ik hier werken.",
            "Student, 22 jaar",
        ),
    ],
}
