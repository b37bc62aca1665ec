import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook

from samenspel.surveys.building import services as building
from samenspel.surveys.collecting import services as collecting
from samenspel.surveys.models import Answer, ImportStatus, Question, Response, ResponseImport

pytestmark = pytest.mark.django_db


@pytest.fixture
def wave(programme):
    survey = building.survey_from_questionnaire(programme=programme, code="residents", by=None)
    return collecting.wave_create(survey=survey, name="Papieren meting", by=None)


def sheet(rows) -> SimpleUploadedFile:
    book = Workbook()
    book.active.title = "Antwoorden"
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return SimpleUploadedFile("papier.xlsx", buffer.getvalue())


HEADERS = ["respondent", "leeftijd", "leven_cijfer", "woonomgeving_1", "behoeften_1", "behoeften_2"]


def test_paper_responses_are_imported_all_at_once(team_client, programme, wave):
    file = sheet([HEADERS, [1, "2", 7, 4, 1, 0], [2, "5", 9, 5, 0, 1]])
    url = reverse("surveys:import", args=[programme.slug, wave.pk])
    assert team_client.post(url, {"file": file}).status_code == 302
    assert Response.objects.filter(wave=wave, source="import", status="complete").count() == 2
    values = sorted(
        Answer.objects.filter(question__code="behoeften").values_list("value", flat=True)
    )
    assert values == [["1"], ["2"]]


def test_one_bad_row_imports_nothing_and_names_the_problem(team_client, programme, wave):
    file = sheet([HEADERS, [1, "2", 7, 4, 1, 0], [2, "9", 11, 5, 0, 1]])
    response = team_client.post(
        reverse("surveys:import", args=[programme.slug, wave.pk]), {"file": file}, follow=True
    )
    content = response.content.decode()
    assert "Er is niets geïmporteerd" in content
    assert "Rij 3, leeftijd" in content and "Rij 3, leven_cijfer" in content
    assert Response.objects.count() == 0
    job = ResponseImport.objects.get()
    assert job.status == ImportStatus.FAILED and job.content is None, "the file is not kept"


def test_the_import_runs_as_a_task_and_reports_its_progress(team_client, programme, wave):
    file = sheet([HEADERS, *[[n, "2", 7, 4, 1, 0] for n in range(1, 13)]])
    reply = team_client.post(
        reverse("surveys:import", args=[programme.slug, wave.pk]), {"file": file}
    )
    job = ResponseImport.objects.get()
    assert reply["Location"] == reverse(
        "surveys:import-status", args=[programme.slug, wave.pk, job.pk]
    )
    assert (job.status, job.rows_total, job.rows_done, job.imported) == ("done", 12, 12, 12)
    page = team_client.get(reply["Location"]).content.decode()
    assert "12 antwoorden geïmporteerd" in page
    # A file with the wrong columns fails in the background and says why; a file that is
    # no spreadsheet is refused at once, with nothing queued.
    wrong = SimpleUploadedFile("x.csv", b"naam;adres\nJan;Dorpsstraat 1\n")
    failed = team_client.post(
        reverse("surveys:import", args=[programme.slug, wave.pk]), {"file": wrong}, follow=True
    )
    assert "De kolommen kloppen niet" in failed.content.decode()
    text = SimpleUploadedFile("x.txt", b"hallo")
    again = team_client.post(
        reverse("surveys:import", args=[programme.slug, wave.pk]), {"file": text}
    )
    assert again.status_code == 400 and ".xlsx" in again.content.decode()
    assert ResponseImport.objects.count() == 2
    assert Response.objects.filter(wave=wave).count() == 12


def test_checked_answers_equal_those_of_the_respondents_form(wave):
    """The import's quick lookups give what clean_answer gives, problems included."""
    from samenspel.surveys.collecting.imports import responses_check

    rows = [
        (
            2,
            {
                "leeftijd": "2",
                "woonomgeving_cijfer": "10",
                "woonomgeving_1": "5",
                "behoeften_2": "ja",
            },
        ),
        (3, {"leeftijd": " 3", "woonomgeving_1": "6"}),
    ]
    cleaned, problems = responses_check(wave=wave, rows=rows)
    codes = {q.pk: q.code for q in wave.survey.sections.all()[0].questions.all()}
    assert any(value == "2" for pk, value in cleaned[0].items() if codes.get(pk) == "leeftijd")
    values = {Question.objects.get(pk=pk).code: value for pk, value in cleaned[0].items()}
    assert values["woonomgeving_cijfer"] == 10 and values["woonomgeving"] == {"1": 5}
    assert values["behoeften"] == ["2"]
    assert problems == ["Rij 3, woonomgeving: Kies uit de antwoorden die er staan."]


def test_the_export_can_be_imported_again(team_client, programme, members, wave):
    from samenspel.core.models import Role

    from .factories import row_export_granted

    row_export_granted(programme=programme, user=members[Role.PROJECT_TEAM])
    team_client.post(
        reverse("surveys:import", args=[programme.slug, wave.pk]),
        {"file": sheet([HEADERS, [1, "2", 7, 4, 1, 0]])},
    )
    exported = team_client.post(
        reverse("surveys:export", args=[programme.slug, wave.pk]),
        {"file_format": "xlsx", "reason": "Dezelfde antwoorden opnieuw inlezen"},
    )
    again = SimpleUploadedFile("export.xlsx", exported.content)
    assert (
        team_client.post(
            reverse("surveys:import", args=[programme.slug, wave.pk]), {"file": again}
        ).status_code
        == 302
    )
    assert Response.objects.filter(wave=wave).count() == 2
