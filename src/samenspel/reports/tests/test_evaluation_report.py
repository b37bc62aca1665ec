"""The evaluation report and the goals book as PDF and Word: what a reader finds in them,
that the report is drawn from its stored snapshot only, and who may ask for them."""

from decimal import Decimal
from io import BytesIO

import pytest
from django.urls import reverse
from docx import Document
from pypdf import PdfReader

from samenspel.actions import services as actions
from samenspel.actions.models import ActionStatus
from samenspel.core.models import Role
from samenspel.goals import services as goals
from samenspel.goals.models import Theme
from samenspel.monitoring import services as monitoring
from samenspel.monitoring.models import AreaLevel, EvaluationSection
from samenspel.monitoring.tests.factories import AreaFactory, IndicatorFactory
from samenspel.reports import evaluation, goals_book
from samenspel.reports import services as reports
from samenspel.reports.models import DocumentStatus, GeneratedDocument
from samenspel.stakeholders.tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

GOAL = "Minder eenzaamheid onder ouderen"
ACTION = "Koffieochtend in het dorpshuis"
QUOTE = "Toen de druk eraf ging, kwamen de ideeën vanzelf."
GENERAL_QUOTE = "We kennen elkaar nu beter dan vroeger."
WELL = "Negentig vrijwilligers spraken met 411 sleutelfiguren."
EMBEDDING = "De gemeente neemt de aanjaagrol over in de reguliere begroting."
INDICATOR = "Ouderen die zich eenzaam voelen"
FIGURES = {2019: 42.0, 2020: 40.5, 2021: 38.0, 2022: 36.0, 2023: 33.5, 2024: 31.5}
PLACEHOLDER = "Het projectteam heeft dit deel nog niet geschreven."
CHAPTERS = [
    "1 Inleiding",
    "2 Per fase",
    "Onderzoeksfase",
    "Uitvoeringsfase",
    "Wat ging goed",
    "Wat ging minder goed",
    "3 Per aspect",
    "3.1 Bewustwording",
    "3.2 Ontwikkeling",
    "3.3 Randvoorwaarden",
    "4 Resultaten per doel",
    "5 Geld en inzet",
    "6 Borging",
]


@pytest.fixture
def evaluated(programme, members):
    """A goal with an action, an indicator over six years in the municipality, money
    committed and needed, two texts written and two quotes chosen."""
    team = members[Role.PROJECT_TEAM]
    image = goals.target_image_create(programme=programme, title="Zorgen voor elkaar", by=team)
    goal = goals.goal_create(
        programme=programme,
        title=GOAL,
        target_image=image,
        owner=members[Role.LEAD],
        themes=[Theme.objects.first()],
        by=team,
    )
    action = actions.action_create(
        programme=programme, title=ACTION, goals=[goal], status=ActionStatus.RUNNING, by=team
    )
    actions.action_create(
        programme=programme,
        title="Buurtbus naar de markt",
        goals=[goal],
        status=ActionStatus.FINISHED,
        by=team,
    )
    municipality = AreaFactory(
        programme=programme, code="GM9999", name="Brinkeveld", level=AreaLevel.MUNICIPALITY
    )
    indicator = IndicatorFactory(
        programme=programme,
        name=INDICATOR,
        code="eenzaam",
        unit="%",
        direction="lower",
        baseline_period=2019,
        target_value=30.0,
        target_period=2026,
    )
    indicator.goals.add(goal)
    for period, value in FIGURES.items():
        monitoring.value_set(
            indicator=indicator, period=period, value=value, area=municipality, n=400, by=team
        )
    organisation = OrganisationFactory(programme=programme, name="Welzijn Brinkeveld")
    monitoring.commitment_create(
        programme=programme,
        organisation=organisation,
        action=action,
        period=2024,
        hours=Decimal("120"),
        euros=Decimal("12500"),
        by=team,
    )
    monitoring.resource_need_set(action=action, hours=200, euros=20000, places=2, by=team)
    monitoring.evaluation_text_save(
        programme=programme, section=EvaluationSection.RESEARCH_WELL, text=WELL, by=team
    )
    monitoring.evaluation_text_save(
        programme=programme, section=EvaluationSection.EMBEDDING, text=EMBEDDING, by=team
    )
    monitoring.quote_create(
        programme=programme, text=QUOTE, attribution="Professional, welzijn", goal=goal, by=team
    )
    monitoring.quote_create(programme=programme, text=GENERAL_QUOTE, attribution="Inwoner", by=team)
    return {"programme": programme, "goal": goal, "indicator": indicator, "area": municipality}


def ask(client, url):
    """Ask for a document (tasks run at once in tests) and fetch it from its page."""
    asked = client.post(url)
    assert asked.status_code == 302
    page = client.get(asked["Location"])
    assert asked["Location"] + "download/" in page.content.decode()
    return client.get(asked["Location"] + "download/")


def pdf_text(content: bytes) -> str:
    reader = PdfReader(BytesIO(content))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def docx_text(content: bytes) -> str:
    document = Document(BytesIO(content))
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        parts += [" | ".join(cell.text for cell in row.cells) for row in table.rows]
    return " ".join(" ".join(parts).split())


def assert_report(text: str) -> None:
    for chapter in CHAPTERS:
        assert chapter in text, chapter
    assert GOAL in text and ACTION in text and INDICATOR in text
    assert WELL in text and EMBEDDING in text
    assert PLACEHOLDER in text, "an empty part says it is not written yet"
    assert QUOTE in text and GENERAL_QUOTE in text and "Professional, welzijn" in text
    # The figures: baseline, latest, target, change, and the curve going the right way.
    assert "42% (2019)" in text and "31,5% (2024)" in text and "30% (2026)" in text
    assert "−10,5 procentpunt" in text
    assert "De lijn daalt met gemiddeld" in text and "de goede kant op" in text
    assert "€ 12.500" in text and "€ 20.000" in text and "Welzijn Brinkeveld" in text
    assert "1 lopend" in text.lower() or "1 loopt" in text.lower()


def test_pdf_holds_chapters_figures_texts_and_quotes(team_client, evaluated):
    url = reverse("reports:evaluation", args=[evaluated["programme"].slug, "pdf"])
    response = ask(team_client, url)
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    assert_report(text)
    assert "pagina 2 van" in text
    # Beside the chart, its figures per year.
    assert "2019 2020 2021 2022 2023 2024 42 40,5 38 36 33,5 31,5" in text


def test_pdf_draws_a_chart_per_indicator_with_a_text_alternative(evaluated):
    data = evaluation.snapshot(programme=evaluated["programme"])
    figure = evaluation.outline(data)["goals"][0]["figures"][0]
    assert figure["chart"].startswith("<svg") and "<title>" in figure["chart"]
    assert "van 42% naar 31,5%" in figure["chart"]
    assert figure["chart"].count("<circle") == len(FIGURES)


def test_docx_holds_the_same_chapters_figures_and_quotes(team_client, evaluated):
    url = reverse("reports:evaluation", args=[evaluated["programme"].slug, "docx"])
    response = ask(team_client, url)
    text = docx_text(response.content)
    assert_report(text)
    assert "2024 | 31,5" in text, "the figures per year as a table"


def test_the_snapshot_is_stored_and_a_rebuild_gives_the_same_report(team_client, evaluated):
    programme, team = evaluated["programme"], team_client
    ask(team, reverse("reports:evaluation", args=[programme.slug, "pdf"]))
    document = GeneratedDocument.objects.get(kind="evaluation")
    assert document.snapshot["version"] == evaluation.SNAPSHOT_VERSION
    assert document.snapshot["goals"][0]["indicators"][0]["latest"] == [2024, 31.5]
    before = pdf_text(bytes(document.content))
    # The programme changes: a new figure, another text, a quote gone.
    user = document.created_by
    monitoring.value_set(
        indicator=evaluated["indicator"], period=2025, value=12.0, area=evaluated["area"], by=user
    )
    monitoring.evaluation_text_save(
        programme=programme, section=EvaluationSection.EMBEDDING, text="Iets anders.", by=user
    )
    for quote in programme.quotes.all():
        monitoring.quote_delete(quote=quote, by=user)
    again = reports.document_rebuild(document=document, by=user)
    again.refresh_from_db()
    assert again.status == DocumentStatus.READY, again.error
    assert again.snapshot == document.snapshot
    assert pdf_text(bytes(again.content)) == before
    word = reports.document_rebuild(document=document, file_format="docx", by=user)
    word.refresh_from_db()
    assert EMBEDDING in docx_text(bytes(word.content))
    # A new request takes a new snapshot.
    fresh = pdf_text(ask(team, reverse("reports:evaluation", args=[programme.slug, "pdf"])).content)
    assert "Iets anders." in fresh and QUOTE not in fresh and "12% (2025)" in fresh


def test_building_twice_from_one_snapshot_gives_the_same_text(evaluated):
    data = evaluation.snapshot(programme=evaluated["programme"])
    first = evaluation.build(data=data, file_format="docx")
    second = evaluation.build(data=data, file_format="docx")
    assert docx_text(first) == docx_text(second)


def test_an_empty_programme_gets_placeholders_not_an_error(programme):
    data = evaluation.snapshot(programme=programme)
    text = pdf_text(evaluation.build(data=data, file_format="pdf"))
    for chapter in CHAPTERS:
        assert chapter in text
    assert "Het doelenboek heeft nog geen doelen." in text
    assert text.count(PLACEHOLDER) == len(EvaluationSection.values)


def test_no_clear_trend_is_said_so(evaluated, members):
    indicator = evaluated["indicator"]
    for period, value in {2019: 40, 2020: 44, 2021: 38, 2022: 43, 2023: 39, 2024: 42}.items():
        monitoring.value_set(
            indicator=indicator,
            period=period,
            value=value,
            area=evaluated["area"],
            by=members[Role.PROJECT_TEAM],
        )
    assert evaluation.trend_sentence(indicator).startswith("Geen duidelijke trend")


def test_a_figure_on_too_few_observations_is_left_out(evaluated, members):
    monitoring.value_set(
        indicator=evaluated["indicator"],
        period=2025,
        value=5.0,
        area=evaluated["area"],
        n=4,
        by=members[Role.PROJECT_TEAM],
    )
    data = evaluation.snapshot(programme=evaluated["programme"])
    assert data["goals"][0]["indicators"][0]["latest"] == [2024, 31.5]


@pytest.mark.parametrize("role", Role.values)
def test_every_member_may_ask_for_the_report(client, evaluated, members, role):
    client.force_login(members[role])
    url = reverse("reports:evaluation", args=[evaluated["programme"].slug, "docx"])
    assert client.post(url).status_code == 302
    assert client.get(url).status_code == 405, "a GET makes no document"


def test_another_programme_cannot_ask_for_the_report(client, evaluated, outsider):
    client.force_login(outsider)
    for name in ("reports:evaluation", "reports:goals-book"):
        url = reverse(name, args=[evaluated["programme"].slug, "docx"])
        assert client.post(url).status_code == 404
    assert not GeneratedDocument.objects.exists()


# --- The vision and goals book ------------------------------------------------------------


def assert_goals_book(text: str, lead) -> None:
    assert "Visie- en Doelenboek" in text and "Visie" in text
    assert "Samen zorgen we dat niemand er alleen voor staat." in text
    assert "Zorgen voor elkaar" in text and f"1.1 {GOAL}" in text
    assert lead.get_full_name() in text
    assert Theme.objects.first().name in text
    assert ACTION in text and "Buurtbus naar de markt" in text


def test_goals_book_as_pdf_and_word(team_client, evaluated, members):
    programme = evaluated["programme"]
    goals.vision_update(
        programme=programme,
        text="Samen zorgen we dat niemand er alleen voor staat.",
        by=members[Role.PROJECT_TEAM],
    )
    pdf = ask(team_client, reverse("reports:goals-book", args=[programme.slug, "pdf"]))
    assert_goals_book(pdf_text(pdf.content), members[Role.LEAD])
    word = ask(team_client, reverse("reports:goals-book", args=[programme.slug, "docx"]))
    assert_goals_book(docx_text(word.content), members[Role.LEAD])
    assert "visie-en-doelenboek-brinkeveld-" in word["Content-Disposition"]


def test_goals_book_page_offers_the_document(team_client, evaluated):
    slug = evaluated["programme"].slug
    html = team_client.get(reverse("goals:book", args=[slug])).content.decode()
    assert reverse("reports:goals-book", args=[slug, "pdf"]) in html
    assert reverse("reports:goals-book", args=[slug, "docx"]) in html


def test_an_empty_goals_book_builds(programme):
    text = docx_text(goals_book.build(programme=programme, file_format="docx"))
    assert "Er is nog geen visie geschreven." in text


def test_professionals_aspect_scores_fill_the_chapter_per_aspect(programme):
    from samenspel.surveys.building import services as building
    from samenspel.surveys.collecting import services as collecting
    from samenspel.surveys.tests.test_results import _respond

    survey = building.survey_from_questionnaire(programme=programme, code="professionals", by=None)
    building.survey_update(survey=survey, min_base=20, by=None)
    wave = collecting.wave_create(survey=survey, name="Meting 2025", by=None)
    agree, neutral = {str(i): 5 for i in range(1, 5)}, {str(i): 3 for i in range(1, 5)}
    _respond(
        wave,
        [{"organisatiesoort": "2", "bewustwording": agree, "randvoorwaarden": neutral}] * 25
        + [{"organisatiesoort": "4", "bewustwording": neutral, "randvoorwaarden": neutral}] * 25,
    )
    data = evaluation.snapshot(programme=programme, with_surveys=True)
    aspects = {a["title"]: a["scores"] for a in evaluation.outline(data)["aspects"]}
    assert aspects["Bewustwording"][0]["figure"].startswith("75 van 100")
    assert "n = 50" in aspects["Bewustwording"][0]["figure"]
    assert aspects["Ontwikkeling"][0]["figure"] == "niet getoond (te weinig antwoorden)"
    text = pdf_text(evaluation.build(data=data, file_format="pdf"))
    assert "Meting 2025" in text and "75 van 100" in text


def test_two_years_make_no_trend(evaluated):
    indicator = IndicatorFactory(programme=evaluated["programme"], code="kort")
    for period in (2023, 2024):
        monitoring.value_set(
            indicator=indicator, period=period, value=10.0, area=evaluated["area"], by=None
        )
    assert evaluation.trend_sentence(indicator).startswith("Nog geen trend")


def test_survey_questions_that_measure_a_goal_show_their_latest_result(evaluated):
    from samenspel.surveys.building import services as building
    from samenspel.surveys.collecting import services as collecting
    from samenspel.surveys.models import Question
    from samenspel.surveys.tests.test_results import _respond

    programme = evaluated["programme"]
    survey = building.survey_from_questionnaire(programme=programme, code="residents", by=None)
    question = Question.objects.get(section__survey=survey, code="eenzaam")
    question.goals.add(evaluated["goal"])
    wave = collecting.wave_create(survey=survey, name="Peiling 2025", by=None)
    _respond(wave, [{"eenzaam": 2}] * 40 + [{"eenzaam": 4}] * 30)
    data = evaluation.snapshot(programme=programme, with_surveys=True)
    block = data["goals"][0]["surveys"][0]
    assert block["wave"] == "Peiling 2025"
    row = block["rows"][0]
    assert row["question"] == question.text and row["n"] == 70
    assert "%" in row["result"] or "gemiddeld" in row["result"], row
    text = pdf_text(evaluation.build(data=data, file_format="pdf"))
    assert "Gemeten in" in text and "Peiling 2025" in text
    assert "Peiling 2025" in docx_text(evaluation.build(data=data, file_format="docx"))


def test_a_hidden_figure_in_the_range_makes_no_trend(evaluated, members):
    """A line through a figure the report leaves out would give it away."""
    monitoring.value_set(
        indicator=evaluated["indicator"],
        period=2021,
        value=38.0,
        area=evaluated["area"],
        n=4,
        by=members[Role.PROJECT_TEAM],
    )
    data = evaluation.snapshot(programme=evaluated["programme"])
    figure = data["goals"][0]["indicators"][0]
    assert 2021 not in [period for period, _value in figure["points"]]
    assert figure["trend"].startswith("Geen trend: een of meer cijfers")
    assert "daalt" not in figure["trend"] and "Verwacht" not in figure["trend"]


def test_a_figure_without_n_is_no_sample_and_stays(evaluated, members):
    monitoring.value_set(
        indicator=evaluated["indicator"],
        period=2025,
        value=30.0,
        area=evaluated["area"],
        by=members[Role.PROJECT_TEAM],
    )
    data = evaluation.snapshot(programme=evaluated["programme"])
    assert data["goals"][0]["indicators"][0]["latest"] == [2025, 30.0]


def _with_survey_results(evaluated):
    from samenspel.surveys.building import services as building
    from samenspel.surveys.collecting import services as collecting
    from samenspel.surveys.models import Question
    from samenspel.surveys.tests.test_results import _respond

    survey = building.survey_from_questionnaire(
        programme=evaluated["programme"], code="residents", by=None
    )
    Question.objects.get(section__survey=survey, code="eenzaam").goals.add(evaluated["goal"])
    wave = collecting.wave_create(survey=survey, name="Peiling 2025", by=None)
    _respond(wave, [{"eenzaam": 2}] * 40 + [{"eenzaam": 4}] * 30)


@pytest.mark.parametrize(
    "role, sees",
    [(Role.PROJECT_TEAM, True), (Role.ANALYST, True), (Role.VIEWER, False), (Role.PARTNER, False)],
)
def test_survey_results_only_for_who_may_read_them(client, evaluated, members, role, sees):
    _with_survey_results(evaluated)
    client.force_login(members[role])
    url = reverse("reports:evaluation", args=[evaluated["programme"].slug, "docx"])
    text = docx_text(ask(client, url).content)
    document = GeneratedDocument.objects.latest("pk")
    assert bool(document.snapshot["goals"][0]["surveys"]) is sees
    assert ("Peiling 2025" in text) is sees
    assert (evaluation.SURVEYS_LEFT_OUT in text) is not sees
    assert INDICATOR in text, "the indicators are in either way"
