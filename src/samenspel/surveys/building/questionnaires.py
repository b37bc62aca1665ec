"""The two questionnaires that ship with Samenspel, in plain (B1) Dutch.

The residents' needs survey follows the structure of municipal residents' surveys (living
environment; wellbeing and care; resident and municipality; services) with needs on the
broad-prosperity themes; the professionals' survey measures the three aspects of prevention
capacity with multi-item scales (1-5) that give a score of 0-100 per aspect.
"""


def _choices(*labels: str) -> list[dict]:
    return [{"value": str(index), "label": label} for index, label in enumerate(labels, start=1)]


def _items(*labels: str) -> list[dict]:
    return [{"value": str(index), "label": label} for index, label in enumerate(labels, start=1)]


AGE_BANDS = _choices(
    "Jonger dan 18", "18 tot 35", "35 tot 50", "50 tot 65", "65 tot 80", "80 of ouder"
)

RESIDENTS = {
    "title": "Behoeftepeiling inwoners",
    "audience": "residents",
    "introduction": (
        "Wat vindt u van uw buurt en dorp? Wat heeft u nodig? Met uw antwoorden werken "
        "gemeente en organisaties aan wat voor u belangrijk is. Invullen duurt ongeveer tien minuten."
    ),
    "thanks": "Bedankt! Uw antwoorden helpen om de goede dingen te doen.",
    "sections": [
        {
            "title": "Over u",
            "questions": [
                {
                    "code": "leeftijd",
                    "text": "Hoe oud bent u?",
                    "kind": "single",
                    "required": True,
                    "choices": AGE_BANDS,
                    "background": "age_band",
                },
                {
                    "code": "geslacht",
                    "text": "Wat is uw geslacht?",
                    "kind": "single",
                    "choices": _choices("Man", "Vrouw", "Anders", "Zeg ik liever niet"),
                    "background": "gender",
                },
                {
                    "code": "woonplaats",
                    "text": "In welk deel van de gemeente woont u?",
                    "kind": "single",
                    "choices": _choices("In een dorp", "In een buurtschap", "In het buitengebied"),
                    "background": "area",
                },
                {
                    "code": "huishouden",
                    "text": "Hoe woont u?",
                    "kind": "single",
                    "choices": _choices(
                        "Alleen",
                        "Met partner",
                        "Met partner en kinderen",
                        "Alleen met kinderen",
                        "Anders",
                    ),
                    "background": "household",
                },
                {
                    "code": "inkomen",
                    "text": "Kunt u rondkomen van uw inkomen?",
                    "kind": "single",
                    "choices": _choices(
                        "Makkelijk", "Het lukt net", "Moeilijk", "Zeg ik liever niet"
                    ),
                    "background": "income_band",
                },
            ],
        },
        {
            "title": "Uw woonomgeving",
            "questions": [
                {
                    "code": "woonomgeving_cijfer",
                    "text": "Welk cijfer geeft u uw buurt of dorp?",
                    "kind": "scale",
                    "required": True,
                },
                {
                    "code": "woonomgeving",
                    "text": "Hoe eens bent u het met deze zinnen?",
                    "kind": "grid",
                    "items": _items(
                        "Ik voel me veilig in mijn buurt.",
                        "Er zijn genoeg plekken om andere mensen te ontmoeten.",
                        "Voorzieningen zoals winkels en de huisarts zijn goed te bereiken.",
                    ),
                },
            ],
        },
        {
            "title": "Welzijn en zorg",
            "questions": [
                {
                    "code": "leven_cijfer",
                    "text": "Hoe tevreden bent u met uw leven?",
                    "kind": "scale",
                    "required": True,
                },
                {"code": "eenzaam", "text": "Ik voel me vaak alleen.", "kind": "likert"},
                {
                    "code": "zorgen",
                    "text": "Zorgt u voor iemand die ziek of hulpbehoevend is?",
                    "kind": "single",
                    "choices": _choices("Ja", "Nee"),
                },
                {
                    "code": "zorgen_hulp",
                    "text": "Krijgt u daarbij genoeg hulp?",
                    "kind": "single",
                    "choices": _choices("Ja", "Een beetje", "Nee"),
                    "show_if_code": "zorgen",
                    "show_if_values": ["1"],
                },
            ],
        },
        {
            "title": "Meedoen en elkaar helpen",
            "questions": [
                {
                    "code": "vrijwilliger",
                    "text": "Doet u vrijwilligerswerk?",
                    "kind": "single",
                    "choices": _choices("Ja", "Nee"),
                },
                {
                    "code": "helpen",
                    "text": "Hoe vaak helpt u mensen in uw buurt?",
                    "kind": "single",
                    "choices": _choices("Vaak", "Soms", "Bijna nooit"),
                },
            ],
        },
        {
            "title": "U en de gemeente",
            "questions": [
                {
                    "code": "gemeente",
                    "text": "Hoe eens bent u het met deze zinnen?",
                    "kind": "grid",
                    "items": _items(
                        "De gemeente luistert naar inwoners.",
                        "Ik weet waar ik terecht kan met een vraag.",
                        "De gemeente en organisaties werken goed samen.",
                    ),
                },
            ],
        },
        {
            "title": "Wat vindt u belangrijk?",
            "questions": [
                {
                    "code": "behoeften",
                    "text": "Waar moet de komende jaren meer aandacht voor zijn?",
                    "help_text": "U mag meer antwoorden kiezen.",
                    "kind": "multiple",
                    "choices": _choices(
                        "Gezondheid",
                        "Wonen",
                        "Ontmoeten en meedoen",
                        "Veiligheid",
                        "Werk en geld",
                        "Natuur en milieu",
                        "Jongeren",
                        "Ouderen",
                    ),
                },
                {
                    "code": "idee",
                    "text": "Wat zou uw buurt of dorp beter maken?",
                    "kind": "long_text",
                },
            ],
        },
    ],
}

_AGREE_HELP = "1 = helemaal oneens, 5 = helemaal eens"

PROFESSIONALS = {
    "title": "Preventiekracht van professionals",
    "audience": "professionals",
    "introduction": (
        "Hoe staat het met preventie in uw werk? Deze vragenlijst meet drie dingen: "
        "bewustwording, ontwikkeling en randvoorwaarden. Invullen duurt vijf minuten."
    ),
    "thanks": "Bedankt voor het invullen!",
    "sections": [
        {
            "title": "Over uw werk",
            "questions": [
                {
                    "code": "organisatiesoort",
                    "text": "Bij wat voor organisatie werkt u?",
                    "kind": "single",
                    "required": True,
                    "background": "organisation_kind",
                    "choices": _choices("Gemeente", "Zorg", "Welzijn", "Onderwijs", "Anders"),
                },
            ],
        },
        {
            "title": "Bewustwording",
            "questions": [
                {
                    "code": "bewustwording",
                    "text": "Hoe eens bent u het met deze zinnen?",
                    "kind": "grid",
                    "help_text": _AGREE_HELP,
                    "aspect": "awareness",
                    "required": True,
                    "items": _items(
                        "Ik zie in mijn werk kansen om problemen te voorkomen.",
                        "Ik weet welke rol ik heb bij preventie.",
                        "Ik merk signalen van problemen vroeg op.",
                        "Preventie hoort bij mijn werk.",
                    ),
                },
            ],
        },
        {
            "title": "Ontwikkeling",
            "questions": [
                {
                    "code": "ontwikkeling",
                    "text": "Hoe eens bent u het met deze zinnen?",
                    "kind": "grid",
                    "help_text": _AGREE_HELP,
                    "aspect": "development",
                    "required": True,
                    "items": _items(
                        "Ik heb de kennis om preventief te werken.",
                        "Ik werk makkelijk samen met andere organisaties.",
                        "Ik durf nieuwe manieren van werken te proberen.",
                        "Ik leer van collega's in andere organisaties.",
                    ),
                },
            ],
        },
        {
            "title": "Randvoorwaarden",
            "questions": [
                {
                    "code": "randvoorwaarden",
                    "text": "Hoe eens bent u het met deze zinnen?",
                    "kind": "grid",
                    "help_text": _AGREE_HELP,
                    "aspect": "preconditions",
                    "required": True,
                    "items": _items(
                        "Ik heb tijd voor preventie.",
                        "Ik krijg de ruimte om anders te werken.",
                        "Er is geld voor preventieve activiteiten.",
                        "Mijn leidinggevende steunt preventief werken.",
                    ),
                },
                {
                    "code": "nodig",
                    "text": "Wat heeft u nodig om meer te voorkomen?",
                    "kind": "long_text",
                },
            ],
        },
    ],
}

QUESTIONNAIRES = {"residents": RESIDENTS, "professionals": PROFESSIONALS}
