import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook

from samenspel.surveys import services
from samenspel.surveys.models import Answer, Response

pytestmark = pytest.mark.django_db


@pytest.fixture
def wave(programme):
    survey = services.survey_from_questionnaire(programme=programme, code="residents")
    return services.wave_create(survey=survey, name="Papieren meting")


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
        reverse("surveys:import", args=[programme.slug, wave.pk]), {"file": file}
    )
    content = response.content.decode()
    assert response.status_code == 400
    assert "Rij 3, leeftijd" in content and "Rij 3, leven_cijfer" in content
    assert Response.objects.count() == 0


def test_the_export_can_be_imported_again(team_client, programme, wave):
    team_client.post(
        reverse("surveys:import", args=[programme.slug, wave.pk]),
        {"file": sheet([HEADERS, [1, "2", 7, 4, 1, 0]])},
    )
    exported = team_client.get(reverse("surveys:export", args=[programme.slug, wave.pk, "xlsx"]))
    again = SimpleUploadedFile("export.xlsx", exported.content)
    assert (
        team_client.post(
            reverse("surveys:import", args=[programme.slug, wave.pk]), {"file": again}
        ).status_code
        == 302
    )
    assert Response.objects.filter(wave=wave).count() == 2
