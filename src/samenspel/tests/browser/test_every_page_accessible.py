"""axe-core on the pages the flows do not pass: members, challenges, suggestions, settings,
imports, export rights, the public pages' preview, a public programme page, and a phone-sized
action book."""

import pytest

from samenspel.actions import services
from samenspel.actions.models import ActionStatus
from samenspel.conftest import PASSWORD
from samenspel.goals.tests.factories import GoalFactory
from samenspel.stakeholders.tests.factories import OrganisationFactory, PersonFactory

from .conftest import assert_accessible, log_in, screenshot

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def book(programme):
    goal = GoalFactory(programme=programme, title="Minder eenzaamheid")
    welfare = OrganisationFactory(programme=programme, name="Welzijn Brinkeveld")
    lead = PersonFactory(programme=programme, name="Anouk de Vries", shows_name_publicly=True)
    for title in ("Koffieochtend in Heggenrade", "Koffieochtend in Oosterlinde"):
        services.action_create(
            programme=programme,
            title=title,
            goals=[goal],
            lead=lead,
            area="Heggenrade",
            description="Wekelijkse koffieochtend voor ouderen in het dorpshuis.",
            organisations={welfare: "executes"},
            status=ActionStatus.RUNNING,
            by=None,
        )
    services.settings_update(programme=programme, stalling_after_weeks=6, is_public=True, by=None)
    return programme


def test_management_pages(page, book, members):
    from samenspel.surveys.building import services as building
    from samenspel.surveys.collecting import services as collecting

    survey = building.survey_from_questionnaire(programme=book, code="professionals", by=None)
    wave = collecting.wave_create(survey=survey, name="Nulmeting", by=None)
    from samenspel.surveys.models import ResponseImport

    waiting = ResponseImport.objects.create(wave=wave, filename="papier.xlsx", rows_total=2000)
    failed = ResponseImport.objects.create(
        wave=wave,
        filename="fout.csv",
        status="failed",
        problems=["Rij 3, leeftijd: Kies uit de antwoorden die er staan."],
    )
    section = survey.sections.first()
    question = section.questions.first()
    from samenspel.stakeholders.tests.factories import TargetGroupFactory

    TargetGroupFactory(programme=book, name="Jonge professionals")
    from samenspel.core.models import Role
    from samenspel.surveys.analysis import services as analysis
    from samenspel.surveys.tests.factories import row_export_granted

    row_export_granted(programme=book, user=members[Role.PROJECT_TEAM])
    analysis.row_export_request(
        programme=book, reason="Analyse per dorp voor de raad", by=members[Role.ANALYST]
    )
    log_in(page, "project_team", PASSWORD)
    page.wait_for_url("**/p/brinkeveld/")
    slug = book.slug
    for path, name in [
        (f"/p/{slug}/leden/", "members"),
        (f"/p/{slug}/logboek/", "audit-trail"),
        (f"/p/{slug}/opgaven/", "challenges"),
        (f"/p/{slug}/acties/suggesties/", "suggestions"),
        (f"/p/{slug}/acties/instellingen/", "action-book-settings"),
        (f"/p/{slug}/acties/importeren/", "action-import"),
        (f"/p/{slug}/partijen/importeren/", "register-import"),
        (f"/p/{slug}/bijeenkomsten/nieuw/", "meeting-form"),
        (f"/p/{slug}/peilingen/", "surveys"),
        (f"/p/{slug}/peilingen/{survey.pk}/", "survey-detail"),
        (f"/p/{slug}/peilingen/metingen/{wave.pk}/resultaten/", "survey-results-empty"),
        (f"/p/{slug}/peilingen/metingen/{wave.pk}/weging/", "survey-weighting"),
        (f"/p/{slug}/peilingen/metingen/{wave.pk}/uitnodigingen/", "survey-invitations"),
        (f"/p/{slug}/peilingen/metingen/{wave.pk}/importeren/", "survey-import"),
        (f"/p/{slug}/peilingen/metingen/{wave.pk}/importeren/{waiting.pk}/", "survey-import-busy"),
        (f"/p/{slug}/peilingen/metingen/{wave.pk}/importeren/{failed.pk}/", "survey-import-failed"),
        (f"/p/{slug}/peilingen/nieuw/", "survey-create"),
        (f"/p/{slug}/peilingen/{survey.pk}/bewerken/", "survey-edit"),
        (f"/p/{slug}/peilingen/{survey.pk}/paginas/nieuw/", "survey-page-form"),
        (f"/p/{slug}/peilingen/paginas/{section.pk}/verwijderen/", "survey-page-delete"),
        (f"/p/{slug}/peilingen/vragen/{question.pk}/verwijderen/", "survey-question-delete"),
        (f"/p/{slug}/peilingen/vragen/{question.pk}/doelgroepen/", "survey-target-groups"),
        (f"/p/{slug}/peilingen/exportrecht/", "row-export-rights"),
        (f"/p/{slug}/peilingen/metingen/{wave.pk}/exporteren/", "survey-export"),
        (f"/p/{slug}/acties/openbaar/", "public-pages-preview"),
    ]:
        page.goto(path)
        assert_accessible(page, name)
        screenshot(page, name)
    # A document is asked for with the book's button (a POST); its page says it is ready and
    # starts the download by itself.
    page.goto(f"/p/{slug}/acties/")
    with page.expect_download(timeout=60_000):
        page.get_by_role("button", name="PDF").click(timeout=60_000)
    page.get_by_role("link", name="Download het document").wait_for()
    assert_accessible(page, "document-ready")
    screenshot(page, "document-ready")
    page.goto(f"/p/{slug}/acties/suggesties/")
    assert page.get_by_text("Koffieochtend in Oosterlinde").count() >= 1


def test_public_page_without_login(page, book):
    page.goto(f"/openbaar/{book.slug}/")
    assert page.get_by_role("link", name="Koffieochtend in Heggenrade").is_visible()
    assert_accessible(page, "public programme")
    screenshot(page, "public-programme")


def test_action_book_on_a_phone(phone_page, book, members):
    log_in(phone_page, "viewer", PASSWORD)
    phone_page.wait_for_url("**/p/brinkeveld/")
    phone_page.goto(f"/p/{book.slug}/acties/")
    assert_accessible(phone_page, "action book on a phone")
    screenshot(phone_page, "action-book-phone")
