"""A project team member logs in, builds the goals book and imports parties, in a real browser.
Every page visited is checked with axe-core and saved as a screenshot."""

import io

import pytest
from openpyxl import Workbook
from playwright.sync_api import expect

from samenspel.conftest import PASSWORD
from samenspel.core.models import Role
from samenspel.goals.models import Goal
from samenspel.goals.tests.factories import TargetImageFactory
from samenspel.stakeholders.models import Organisation

from .conftest import assert_accessible, log_in, screenshot

pytestmark = pytest.mark.django_db(transaction=True)


def test_log_in_and_build_the_goals_book(page, programme, members):
    TargetImageFactory(programme=programme, title="Levendige dorpen")
    log_in(page, "project_team", PASSWORD)
    page.wait_for_url("**/p/brinkeveld/")
    assert page.get_by_role("heading", level=1).inner_text() == "Brinkeveld onder de Loep"
    assert_accessible(page, "programme home")
    screenshot(page, "programme-home")

    page.get_by_role("link", name="Doelenboek").first.click()
    page.get_by_role("link", name="Doel toevoegen aan Levendige dorpen").click()
    page.get_by_label("Titel").fill("Elk dorp heeft een ontmoetingsplek")
    page.get_by_label("Gezondheid (hier en nu)").check()
    assert_accessible(page, "goal form")
    screenshot(page, "goal-form")
    page.get_by_role("button", name="Doel opslaan").click()
    page.wait_for_url("**/doelen/*/")
    assert page.get_by_role("heading", level=1).inner_text() == "Elk dorp heeft een ontmoetingsplek"

    page.get_by_role("link", name="Subdoel toevoegen").click()
    page.get_by_label("Titel").fill("Dorpshuizen zijn vijf dagen per week open")
    page.get_by_role("button", name="Doel opslaan").click()
    page.wait_for_url("**/doelen/*/")
    assert_accessible(page, "goal detail")
    screenshot(page, "goal-detail")

    parent = Goal.objects.get(title="Elk dorp heeft een ontmoetingsplek")
    child = Goal.objects.get(title="Dorpshuizen zijn vijf dagen per week open")
    assert child.parent == parent
    assert [t.code for t in parent.themes.all()] == ["gezondheid"]

    page.goto(f"/p/{programme.slug}/doelen/")
    assert page.locator(f"#goal-{parent.pk} #goal-{child.pk}").count() == 1
    assert_accessible(page, "goals book")
    screenshot(page, "goals-book")


def test_import_organisations_from_excel(page, programme, members, tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Organisaties"
    sheet.append(["naam", "soort", "gebied"])
    sheet.append(["Dorpsraad Hoogeloo", "Dorpsraad of wijkraad", "Hoogeloo"])
    sheet.append(["Huisartsenpraktijk De Linde", "Zorg", "Brinkeveld"])
    path = tmp_path / "organisaties.xlsx"
    buffer = io.BytesIO()
    workbook.save(buffer)
    path.write_bytes(buffer.getvalue())

    log_in(page, "project_team", PASSWORD)
    page.wait_for_url("**/p/brinkeveld/")
    page.goto(f"/p/{programme.slug}/partijen/importeren/")
    assert_accessible(page, "import upload")
    page.get_by_label("Bestand").set_input_files(str(path))
    page.get_by_role("button", name="Bestand controleren").click()
    page.get_by_text("Geen problemen gevonden.").wait_for()
    assert_accessible(page, "import preview")
    screenshot(page, "import-preview")
    assert Organisation.objects.count() == 0

    page.get_by_role("button", name="Import toepassen").click()
    page.wait_for_url("**/partijen/")
    assert page.get_by_role("link", name="Dorpsraad Hoogeloo").is_visible()
    assert_accessible(page, "organisations")
    screenshot(page, "organisations")
    assert set(Organisation.objects.values_list("name", flat=True)) == {
        "Dorpsraad Hoogeloo",
        "Huisartsenpraktijk De Linde",
    }


def test_every_role_sees_an_accessible_register(page, programme, members):
    from samenspel.stakeholders.tests.factories import OrganisationFactory, PersonFactory

    organisation = OrganisationFactory(programme=programme, name="Bibliotheek Brinkeveld")
    PersonFactory(programme=programme, organisation=organisation, name="Eva Jansen")
    log_in(page, Role.VIEWER, PASSWORD)
    page.wait_for_url("**/p/brinkeveld/")
    for path, name in [
        (f"/p/{programme.slug}/partijen/personen/", "people"),
        (f"/p/{programme.slug}/partijen/doelgroepen/", "target-groups"),
        (f"/p/{programme.slug}/partijen/organisaties/{organisation.pk}/", "organisation-detail"),
        ("/toegankelijkheid/", "accessibility-statement"),
    ]:
        page.goto(path)
        assert_accessible(page, name)
        screenshot(page, name)
    assert page.get_by_role("link", name="Toegankelijkheidsverklaring").is_visible()


def test_login_page_and_lockout(page, members):
    page.goto("/inloggen/")
    assert_accessible(page, "login")
    screenshot(page, "login")
    for _attempt in range(3):
        log_in(page, "viewer", "fout-wachtwoord")
    expect(page.locator("body")).to_contain_text("Te veel pogingen")
