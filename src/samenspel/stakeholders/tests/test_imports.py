"""Imports check every row first and then apply all rows or none."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from samenspel.stakeholders import imports, tabular
from samenspel.stakeholders.models import ImportBatch, Organisation, Person
from samenspel.stakeholders.tests.factories import OrganisationFactory

ORG_HEADERS = [
    "naam",
    "soort",
    "gemeente",
    "gebied",
    "e-mail",
    "telefoon",
    "website",
    "omschrijving",
]
PERSON_HEADERS = ["naam", "organisatie", "functie", "e-mail", "telefoon", "ambassadeur"]


def xlsx(sheets: dict[str, list[list]]) -> SimpleUploadedFile:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile("partijen.xlsx", buffer.getvalue())


def csv_file(text: str, name: str = "partijen.csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, text.encode("utf-8"))


def upload(client, programme, file, kind="organisations"):
    url = reverse("stakeholders:import", args=[programme.slug])
    return client.post(url, {"file": file, "kind": kind}, follow=True)


@pytest.fixture
def good_workbook(programme):
    municipality = programme.municipalities.first().name
    return xlsx(
        {
            "Organisaties": [
                ORG_HEADERS,
                [
                    "Dorpsraad Hoogeloo",
                    "Dorpsraad of wijkraad",
                    municipality,
                    "Hoogeloo",
                    "info@dorpsraad.example.nl",
                    "",
                    "dorpsraad.example.nl",
                    "",
                ],
                ["Sportclub De Zwaluwen", "Vereniging", "", "", "", "", "", "Voetbal en korfbal"],
            ],
            "Personen": [
                PERSON_HEADERS,
                [
                    "Anouk de Vries",
                    "Dorpsraad Hoogeloo",
                    "Voorzitter",
                    "anouk@example.nl",
                    "",
                    "ja",
                ],
                ["Karim El Idrissi", "Sportclub De Zwaluwen", "Trainer", "", "", "nee"],
            ],
        }
    )


def test_preview_then_apply_writes_all_rows(team_client, programme, good_workbook):
    response = upload(team_client, programme, good_workbook)
    assert response.status_code == 200
    assert "Geen problemen gevonden." in response.content.decode()
    assert Organisation.objects.filter(programme=programme).count() == 0, "preview writes nothing"

    batch = ImportBatch.objects.get()
    url = reverse("stakeholders:import-preview", args=[programme.slug, batch.pk])
    team_client.post(url)
    assert set(programme.organisations.values_list("name", flat=True)) == {
        "Dorpsraad Hoogeloo",
        "Sportclub De Zwaluwen",
    }
    anouk = Person.objects.get(name="Anouk de Vries")
    assert anouk.organisation.name == "Dorpsraad Hoogeloo"
    assert anouk.is_ambassador
    assert programme.organisations.get(name="Dorpsraad Hoogeloo").kind == "area_council"
    assert (
        programme.organisations.get(name="Dorpsraad Hoogeloo").website
        == "https://dorpsraad.example.nl"
    )


def test_applying_twice_changes_nothing_more(team_client, programme, good_workbook):
    upload(team_client, programme, good_workbook)
    batch = ImportBatch.objects.get()
    url = reverse("stakeholders:import-preview", args=[programme.slug, batch.pk])
    team_client.post(url)
    team_client.post(url)
    assert programme.people.count() == 2


def _problems(response) -> str:
    return response.content.decode()


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([["name", "type"], ["X", "Y"]], "De kolommen kloppen niet"),
        (
            [ORG_HEADERS, ["Stichting A", "", "", "", "geen-adres", "", "", ""]],
            "geen geldig e-mailadres",
        ),
        (
            [ORG_HEADERS, ["Stichting A"] + [""] * 7, ["stichting a"] + [""] * 7],
            "staat al in rij 2",
        ),
        ([ORG_HEADERS, ["Stichting A", "Ruimtevaart", "", "", "", "", "", ""]], "Onbekende soort"),
        ([ORG_HEADERS, ["", "Zorg", "", "", "", "", "", ""]], "De naam ontbreekt"),
        (
            [ORG_HEADERS, ["Stichting A", "", "Atlantis", "", "", "", "", ""]],
            "hoort niet bij dit programma",
        ),
    ],
)
def test_broken_rows_are_reported_and_nothing_is_written(team_client, programme, rows, message):
    response = upload(team_client, programme, xlsx({"Organisaties": rows}))
    assert message in _problems(response)
    # No apply button when the check found problems, and applying anyway is refused.
    assert "Import toepassen" not in _problems(response)
    for batch in ImportBatch.objects.all():
        team_client.post(reverse("stakeholders:import-preview", args=[programme.slug, batch.pk]))
    assert Organisation.objects.count() == 0


def test_one_bad_row_among_good_ones_writes_nothing(team_client, programme):
    rows = [ORG_HEADERS] + [[f"Stichting {i}"] + [""] * 7 for i in range(20)]
    rows.append(["Stichting kapot", "", "", "", "kapot@", "", "", ""])
    response = upload(team_client, programme, xlsx({"Organisaties": rows}))
    assert "1 probleem" in _problems(response)
    assert Organisation.objects.count() == 0


@pytest.mark.parametrize(
    ("file", "message"),
    [
        (SimpleUploadedFile("leeg.xlsx", b""), "Het bestand is leeg."),
        (
            SimpleUploadedFile("nep.xlsx", b"dit is geen spreadsheet maar tekst"),
            "geen Excel-bestand",
        ),
        (SimpleUploadedFile("plaatje.png", b"\x89PNG...."), "Kies een Excel-bestand"),
        (SimpleUploadedFile("alleen-kop.csv", b"naam;soort\n"), "geen rijen"),
    ],
)
def test_unreadable_files_get_a_clear_error(team_client, programme, file, message):
    response = upload(team_client, programme, file)
    assert message in response.content.decode()
    assert ImportBatch.objects.count() == 0
    assert Organisation.objects.count() == 0


def test_empty_workbook_is_reported(team_client, programme):
    response = upload(team_client, programme, xlsx({"Organisaties": []}))
    assert "Het bestand is leeg." in response.content.decode()


def test_csv_with_semicolons_and_people(team_client, programme):
    OrganisationFactory(programme=programme, name="Bibliotheek Brinkeveld")
    text = "naam;organisatie;functie;e-mail;telefoon;ambassadeur\nEva Jansen;Bibliotheek Brinkeveld;Leesconsulent;eva@example.nl;;ja\n"
    upload(team_client, programme, csv_file(text), kind="people")
    batch = ImportBatch.objects.get()
    team_client.post(reverse("stakeholders:import-preview", args=[programme.slug, batch.pk]))
    assert Person.objects.get(email="eva@example.nl").organisation.name == "Bibliotheek Brinkeveld"


def test_person_with_unknown_organisation_and_duplicate_email(programme):
    sheet = tabular.Sheet(
        "people",
        PERSON_HEADERS,
        [
            (
                2,
                {
                    "name": "A",
                    "organisation": "Onbekend BV",
                    "email": "a@example.nl",
                    "is_ambassador": "",
                },
            ),
            (
                3,
                {
                    "name": "B",
                    "organisation": "",
                    "email": "A@example.nl",
                    "is_ambassador": "misschien",
                },
            ),
        ],
    )
    plan = imports.import_check(programme=programme, sheets=[sheet])
    assert "Onbekend BV" in plan.people[0].problems[0]
    assert any("rij 2" in p for p in plan.people[1].problems)
    assert any("misschien" in p for p in plan.people[1].problems)


def test_register_changed_between_preview_and_apply_writes_nothing(team_client, programme):
    rows = [PERSON_HEADERS, ["Eva Jansen", "Bibliotheek", "", "", "", ""]]
    OrganisationFactory(programme=programme, name="Bibliotheek")
    upload(team_client, programme, xlsx({"Personen": rows}))
    programme.organisations.get(name="Bibliotheek").delete()
    batch = ImportBatch.objects.get()
    response = team_client.post(
        reverse("stakeholders:import-preview", args=[programme.slug, batch.pk]), follow=True
    )
    assert "niets geïmporteerd" in response.content.decode()
    assert Person.objects.count() == 0


def test_export_reimports_unchanged(team_client, programme, good_workbook):
    upload(team_client, programme, good_workbook)
    team_client.post(
        reverse("stakeholders:import-preview", args=[programme.slug, ImportBatch.objects.get().pk])
    )
    exported = team_client.get(reverse("stakeholders:export", args=[programme.slug, "xlsx"]))
    workbook = load_workbook(io.BytesIO(exported.content))
    assert workbook.sheetnames == ["Organisaties", "Personen"]
    assert [c.value for c in workbook["Personen"][1]] == PERSON_HEADERS
    plan = imports.import_check(
        programme=programme,
        sheets=tabular.read_upload(
            SimpleUploadedFile("export.xlsx", exported.content), max_rows=100
        ),
    )
    assert plan.is_valid
    assert {row.action for row in plan.organisations} == {"unchanged"}


def test_csv_export_of_people(team_client, programme, good_workbook):
    upload(team_client, programme, good_workbook)
    team_client.post(
        reverse("stakeholders:import-preview", args=[programme.slug, ImportBatch.objects.get().pk])
    )
    response = team_client.get(
        reverse("stakeholders:export", args=[programme.slug, "csv"]) + "?soort=personen"
    )
    text = response.content.decode("utf-8-sig")
    assert text.splitlines()[0] == ";".join(PERSON_HEADERS)
    assert "Anouk de Vries;Dorpsraad Hoogeloo;Voorzitter;anouk@example.nl;;ja" in text


def test_project_team_links_a_member_account_to_a_person(team_client, programme, members):
    from samenspel.stakeholders.models import Person

    url = reverse("stakeholders:create", args=[programme.slug, "person"])
    data = {"name": "Trekker Persoon", "user": members["lead"].pk}
    assert team_client.post(url, data).status_code == 302
    assert Person.objects.get(name="Trekker Persoon").user == members["lead"]
    again = team_client.post(url, {"name": "Tweede", "user": members["lead"].pk})
    assert again.status_code == 200, "an account links to one person per programme"
