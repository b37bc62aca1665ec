"""A meeting recorded without Ctrl-click, and an action made from it, in a real browser: the
search narrows the organisations as one types, Space ticks the one found, the chosen ones
show above the list; the action proposed from the meeting starts with the organisations
present. axe-core on each page, at laptop and phone width."""

import re

import pytest

from samenspel.actions.models import Action
from samenspel.conftest import PASSWORD
from samenspel.goals import services as goal_services
from samenspel.goals.tests.factories import goal_tree
from samenspel.meetings.models import Meeting
from samenspel.stakeholders.tests.factories import OrganisationFactory, PersonFactory

from .conftest import assert_accessible, log_in, screenshot

pytestmark = pytest.mark.django_db(transaction=True)

ORGANISATIONS = [
    "Stichting Welzijn Brinkeveld",
    "Basisschool De Linde",
    "Woningstichting Thuis",
    "Sportvereniging Brinkeveld",
    "Bibliotheek Heggenrade",
    "Huisartsenpraktijk Dorpsstraat",
    "GGD Regio",
    "Jongerenwerk Oost",
    "Dorpsraad Heggenrade",
    "Voedselbank Brinkeveld",
]


@pytest.fixture
def parties(programme):
    organisations = {
        name: OrganisationFactory(programme=programme, name=name) for name in ORGANISATIONS
    }
    for index in range(9):
        PersonFactory(
            programme=programme,
            name=f"Deelnemer {index + 1}",
            organisation=organisations[ORGANISATIONS[index]],
        )
    PersonFactory(
        programme=programme,
        name="Anouk de Vries",
        organisation=organisations["Stichting Welzijn Brinkeveld"],
    )
    return organisations


def test_meeting_by_keyboard_and_an_action_from_it(page, phone_page, programme, members, parties):
    goals = goal_tree(programme)
    for title in ("Langer thuis wonen", "Levendige dorpskernen"):  # eight goals: a search field
        goal_services.goal_create(
            programme=programme, target_image=goals["C"].target_image, title=title, by=None
        )
    log_in(page, "project_team", PASSWORD)
    page.wait_for_url("**/p/brinkeveld/")
    page.goto("/p/brinkeveld/bijeenkomsten/nieuw/")
    page.get_by_label("Soort").select_option("stakeholder_table")
    page.get_by_label("Titel").fill("Stakeholdertafel jeugd")
    page.get_by_label("Datum").fill("2026-10-01")

    # Organisations: type in the search, Tab to the one found, Space ticks it.
    organisations = page.get_by_role("group", name="Aanwezige organisaties")
    search = organisations.get_by_role("searchbox", name="Zoek in de organisaties")
    search.press_sequentially("linde")
    status = organisations.get_by_role("status")
    assert status.inner_text() == "1 van 10 getoond"
    visible = organisations.locator("[data-choice]:visible")
    assert visible.all_inner_texts() == ["Basisschool De Linde"]
    search.press("Tab")
    school = organisations.get_by_role("checkbox", name="Basisschool De Linde")
    assert school.evaluate("node => node === document.activeElement")
    page.keyboard.press("Space")
    assert school.is_checked()
    assert organisations.get_by_text("Geselecteerd: 1").is_visible()
    chip = organisations.get_by_role("button", name="Basisschool De Linde weghalen")
    assert chip.is_visible()
    # Nothing found says so.
    search.fill("zwembad")
    assert status.inner_text() == "Niets gevonden. Probeer een ander woord."
    search.fill("")
    assert organisations.locator("[data-choice]:visible").count() == len(ORGANISATIONS)

    # A chosen item comes off again with its button, and focus stays in the list.
    welfare = organisations.get_by_role("checkbox", name="Stichting Welzijn Brinkeveld")
    welfare.focus()
    page.keyboard.press("Space")
    assert organisations.get_by_text("Geselecteerd: 2").is_visible()
    organisations.get_by_role("button", name="Stichting Welzijn Brinkeveld weghalen").press("Enter")
    assert not welfare.is_checked()
    assert organisations.get_by_text("Geselecteerd: 1").is_visible()

    # People: the search finds by the organisation too; Enter in the search sends nothing.
    people = page.get_by_role("group", name="Deelnemers")
    people_search = people.get_by_role("searchbox", name="Zoek in de mensen")
    people_search.fill("anouk")
    people_search.press("Enter")
    assert page.url.endswith("/bijeenkomsten/nieuw/")
    people_search.press("ArrowDown")
    page.keyboard.press("Space")
    assert people.get_by_role("checkbox", name=re.compile("^Anouk de Vries")).is_checked()

    # Goals: the tree, searched; a sub-goal found keeps its parents in sight.
    goal_list = page.get_by_role("group", name="Besproken doelen")
    goal_list.get_by_role("searchbox", name="Zoek in de doelen").fill("groep 8")
    shown = goal_list.locator("[data-choice]:visible").all_inner_texts()
    assert [text.strip() for text in shown] == [
        "Minder schooluitval",
        "Mentoren op school",
        "Mentoren in groep 8",
    ]
    goal_list.get_by_role("checkbox", name=re.compile("^Mentoren in groep 8")).check()
    assert_accessible(page, "meeting form with searches")
    screenshot(page, "meeting-form-search")
    page.get_by_role("button", name="Bijeenkomst opslaan").click()
    page.wait_for_url("**/bijeenkomsten/*/")
    meeting = Meeting.objects.get(title="Stakeholdertafel jeugd")
    present = {organisation.name for organisation in meeting.organisations.all()}
    # Anouk brought her organisation along.
    assert present == {"Basisschool De Linde", "Stichting Welzijn Brinkeveld"}
    assert list(meeting.goals.all()) == [goals["A1a"]]

    page.get_by_role("link", name="Actie voorstellen vanuit deze bijeenkomst").click()
    page.get_by_label("Titel").fill("Huiswerkklas in de bibliotheek")
    involved = page.get_by_role("group", name="Betrokken organisaties")
    assert involved.get_by_text("Geselecteerd: 2").is_visible()
    for name in present:
        assert involved.get_by_role("checkbox", name=name).is_checked()
        assert involved.get_by_role("button", name=f"{name} weghalen").is_visible()
    assert page.get_by_role("checkbox", name=re.compile("^Mentoren in groep 8")).is_checked()
    assert_accessible(page, "action form from a meeting")
    screenshot(page, "action-form-from-meeting")
    page.get_by_role("button", name="Actie voorstellen").click()
    page.wait_for_url("**/acties/*/")
    action = Action.objects.get(title="Huiswerkklas in de bibliotheek")
    assert action.meeting == meeting
    assert {i.organisation.name for i in action.involvements.all()} == present

    log_in(phone_page, "project_team", PASSWORD)
    phone_page.wait_for_url("**/p/brinkeveld/")
    phone_page.goto(f"/p/brinkeveld/bijeenkomsten/{meeting.pk}/bewerken/")
    phone_organisations = phone_page.get_by_role("group", name="Aanwezige organisaties")
    assert phone_organisations.get_by_text("Geselecteerd: 2").is_visible()
    phone_organisations.get_by_role("searchbox").fill("brinkeveld")
    assert_accessible(phone_page, "meeting form on a phone")
    screenshot(phone_page, "meeting-form-phone")
    phone_page.goto(f"/p/brinkeveld/acties/nieuw/?bijeenkomst={meeting.pk}")
    assert_accessible(phone_page, "action form from a meeting on a phone")
    screenshot(phone_page, "action-form-from-meeting-phone")
