"""Reference data every installation starts with.

Names stay Dutch: they are the official names of Statistics Netherlands' themes.
"""

# (code, Dutch name, group, description)
BROAD_PROSPERITY_THEMES = [
    ("welzijn", "Welzijn", "here_and_now", "Subjectief welzijn: tevredenheid met het leven."),
    ("materiele-welvaart", "Materiële welvaart", "here_and_now", "Inkomen, consumptie, vermogen."),
    ("gezondheid", "Gezondheid", "here_and_now", "Ervaren gezondheid en levensverwachting."),
    (
        "arbeid-vrije-tijd",
        "Arbeid en vrije tijd",
        "here_and_now",
        "Werk, werkloosheid, vrije tijd.",
    ),
    ("wonen", "Wonen", "here_and_now", "Woonkwaliteit, woonlasten, voorzieningen."),
    ("samenleving", "Samenleving", "here_and_now", "Sociale contacten, vertrouwen, participatie."),
    ("veiligheid", "Veiligheid", "here_and_now", "Criminaliteit en gevoel van veiligheid."),
    ("milieu", "Milieu", "here_and_now", "Luchtkwaliteit, geluid, groen in de buurt."),
    ("economisch-kapitaal", "Economisch kapitaal", "later", "Wat we nalaten aan kapitaalgoederen."),
    ("natuurlijk-kapitaal", "Natuurlijk kapitaal", "later", "Natuur, bodem, water, klimaat."),
    ("menselijk-kapitaal", "Menselijk kapitaal", "later", "Opleiding en gezondheid van later."),
    ("sociaal-kapitaal", "Sociaal kapitaal", "later", "Vertrouwen en netwerken voor later."),
    ("elders", "Effecten elders", "elsewhere", "Gevolgen van onze welvaart voor andere landen."),
    ("verdeling", "Verdeling", "distribution", "Hoe uitkomsten verschillen tussen groepen."),
]

DEFAULT_CHALLENGES = [
    "Netcongestie",
    "Wonen en voorzieningen",
    "Mobiliteit",
    "Zorg",
    "Aantrekken en behouden van talent",
    "Preventie",
]


def seed_themes(theme_model) -> None:
    """Create or refresh the broad-prosperity themes (idempotent)."""
    for position, (code, name, group, description) in enumerate(BROAD_PROSPERITY_THEMES, start=1):
        theme_model.objects.update_or_create(
            code=code,
            defaults={
                "name": name,
                "group": group,
                "description": description,
                "position": position,
            },
        )
