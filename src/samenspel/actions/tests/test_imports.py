import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook

from samenspel.actions import services
from samenspel.actions.models import Action, ActionStatus
from samenspel.goals.tests.factories import GoalFactory
from samenspel.stakeholders.models import ImportBatch
from samenspel.stakeholders.tests.factories import OrganisationFactory, PersonFactory

pytestmark = pytest.mark.django_db

HEADERS = ["titel", "doelen", "trekker", "organisaties", "status", "start", "eind"]


def workbook(rows) -> SimpleUploadedFile:
    book = Workbook()
    sheet = book.active
    sheet.title = "Acties"
    for row in [HEADERS, *rows]:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return SimpleUploadedFile("acties.xlsx", buffer.getvalue())


@pytest.fixture
def register(programme):
    GoalFactory(programme=programme, title="Minder eenzaamheid")
    GoalFactory(programme=programme, title="Gezond opgroeien")
    PersonFactory(programme=programme, name="Anouk de Vries")
    OrganisationFactory(programme=programme, name="Bibliotheek")


def upload(client, programme, file):
    return client.post(
        reverse("actions:import", args=[programme.slug]), {"file": file}, follow=True
    )


def apply_last(client, programme):
    batch = ImportBatch.objects.latest("pk")
    return client.post(
        reverse("actions:import-preview", args=[programme.slug, batch.pk]), follow=True
    )


def test_import_creates_actions_after_the_check(team_client, programme, register):
    rows = [
        [
            "Koffieochtend",
            "Minder eenzaamheid",
            "Anouk de Vries",
            "Bibliotheek",
            "loopt",
            "01-02-2026",
            "",
        ],
        ["Opvoedcafé", "Gezond opgroeien; Minder eenzaamheid", "", "", "", "", ""],
    ]
    response = upload(team_client, programme, workbook(rows))
    assert "Geen problemen gevonden." in response.content.decode()
    assert Action.objects.count() == 0
    apply_last(team_client, programme)
    coffee = Action.objects.get(title="Koffieochtend")
    assert coffee.status == ActionStatus.RUNNING and coffee.lead.name == "Anouk de Vries"
    assert coffee.start_date.isoformat() == "2026-02-01"
    assert Action.objects.get(title="Opvoedcafé").goals.count() == 2
    assert Action.objects.get(title="Opvoedcafé").status == ActionStatus.PROPOSED


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (["A", "Onbekend doel", "", "", "", "", ""], "Onbekend doel"),
        (["A", "", "", "", "", "", ""], "doelen"),
        (["A", "Minder eenzaamheid", "Niemand", "", "", "", ""], "Niemand"),
        (["A", "Minder eenzaamheid", "", "", "misschien", "", ""], "misschien"),
        (["A", "Minder eenzaamheid", "", "", "", "31-31-2026", ""], "31-31-2026"),
        (["A", "Minder eenzaamheid", "", "", "", "01-03-2026", "01-02-2026"], "eind"),
    ],
)
def test_broken_rows_write_nothing(team_client, programme, register, row, message):
    good = ["Goed", "Minder eenzaamheid", "", "", "", "", ""]
    response = upload(team_client, programme, workbook([good, row]))
    assert message in response.content.decode()
    apply_last(team_client, programme)
    assert Action.objects.count() == 0


def test_the_preview_refuses_what_applying_would(team_client, programme, register):
    """A field too long for the model was found only when applying, after a clean preview."""
    book = Workbook()
    sheet = book.active
    sheet.append(["titel", "doelen", "gebied"])
    sheet.append(["Wandelgroep", "Minder eenzaamheid", "a" * 121])
    sheet.append(["t" * 251, "Minder eenzaamheid", ""])
    buffer = io.BytesIO()
    book.save(buffer)
    response = upload(team_client, programme, SimpleUploadedFile("lang.xlsx", buffer.getvalue()))
    content = response.content.decode()
    assert "2 problemen" in content
    assert "Gebied: " in content and "120" in content and "250" in content
    apply_last(team_client, programme)
    assert Action.objects.count() == 0
    assert ImportBatch.objects.latest("pk").applied_at is None


def test_status_move_that_is_not_allowed_is_refused(team_client, programme, register):
    goal = programme.goals.get(title="Minder eenzaamheid")
    services.action_create(programme=programme, title="Bestaand", goals=[goal], by=None)
    response = upload(
        team_client,
        programme,
        workbook([["Bestaand", "Minder eenzaamheid", "", "", "afgerond", "", ""]]),
    )
    assert "1 probleem" in response.content.decode()


def test_export_then_import_updates_in_place(team_client, programme, register):
    goal = programme.goals.get(title="Minder eenzaamheid")
    services.action_create(
        programme=programme, title="Wandelgroep", goals=[goal], status=ActionStatus.RUNNING, by=None
    )
    exported = team_client.get(reverse("actions:export-xlsx", args=[programme.slug]))
    file = SimpleUploadedFile("export.xlsx", exported.content)
    response = upload(team_client, programme, file)
    assert "Geen problemen gevonden." in response.content.decode()
    apply_last(team_client, programme)
    assert Action.objects.filter(title="Wandelgroep").count() == 1
    assert Action.objects.get(title="Wandelgroep").status == ActionStatus.RUNNING


def test_columns_missing_from_the_file_leave_fields_as_they_are(team_client, programme, register):
    goal = programme.goals.get(title="Minder eenzaamheid")
    lead = programme.people.get(name="Anouk de Vries")
    services.action_create(
        programme=programme,
        title="Wandelgroep",
        goals=[goal],
        lead=lead,
        area="Heggenrade",
        description="Elke dinsdag samen wandelen.",
        by=None,
    )
    book = Workbook()
    sheet = book.active
    sheet.append(["titel", "doelen"])
    sheet.append(["Wandelgroep", "Minder eenzaamheid; Gezond opgroeien"])
    buffer = io.BytesIO()
    book.save(buffer)
    upload(team_client, programme, SimpleUploadedFile("kort.xlsx", buffer.getvalue()))
    apply_last(team_client, programme)
    action = Action.objects.get(title="Wandelgroep")
    assert action.goals.count() == 2
    assert action.lead == lead and action.area == "Heggenrade"
    assert action.description == "Elke dinsdag samen wandelen."


def test_an_action_import_cannot_be_applied_as_a_register_import(team_client, programme, register):
    upload(team_client, programme, workbook([["A", "Minder eenzaamheid", "", "", "", "", ""]]))
    batch = ImportBatch.objects.latest("pk")
    url = reverse("stakeholders:import-preview", args=[programme.slug, batch.pk])
    assert team_client.get(url).status_code == 404


def test_exported_text_never_becomes_a_formula(team_client, programme, register):
    from openpyxl import load_workbook

    goal = programme.goals.get(title="Minder eenzaamheid")
    services.action_create(
        programme=programme, title='=HYPERLINK("http://x.example")', goals=[goal], by=None
    )
    exported = team_client.get(reverse("actions:export-xlsx", args=[programme.slug]))
    cell = load_workbook(io.BytesIO(exported.content))["Acties"]["A2"]
    assert cell.data_type == "s" and cell.value.startswith("'=")
