import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from samenspel.core.models import Role
from samenspel.surveys.building import services as building
from samenspel.surveys.collecting import services as collecting
from samenspel.surveys.models import Answer, Question, Response, ResponseStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def wave(programme):
    survey = building.survey_from_questionnaire(programme=programme, code="residents")
    wave = collecting.wave_create(survey=survey, name="Meting 2026")
    questions = {q.code: q for q in Question.objects.filter(section__survey=survey)}
    response = Response.objects.create(wave=wave, status=ResponseStatus.COMPLETE)
    for code, value in {
        "leeftijd": "3",
        "behoeften": ["1", "4"],
        "woonomgeving": {"1": 4, "2": 2, "3": 5},
    }.items():
        Answer.objects.create(response=response, question=questions[code], value=value)
    Response.objects.create(wave=wave)  # not complete: not exported
    return wave


def test_excel_export_has_answers_and_a_codebook(client, programme, members, wave):
    client.force_login(members[Role.ANALYST])
    reply = client.get(reverse("surveys:export", args=[programme.slug, wave.pk, "xlsx"]))
    book = load_workbook(io.BytesIO(reply.content))
    assert book.sheetnames == ["Antwoorden", "Codeboek"]
    rows = list(book["Antwoorden"].values)
    headers, first = rows[0], dict(zip(rows[0], rows[1], strict=True))
    assert len(rows) == 2, "only complete responses"
    assert first["leeftijd"] == 3 and first["behoeften_1"] == 1 and first["behoeften_2"] == 0
    assert first["woonomgeving_3"] == 5 and first["gewicht"] == 1
    codebook = {row[0]: row for row in book["Codeboek"].values}
    assert "35 tot 50" in codebook["leeftijd"][3]
    assert set(headers) - {"respondent", "gewicht", "ingevuld_op"} <= set(codebook)


def test_csv_export_and_permissions(client, programme, members, wave):
    url = reverse("surveys:export", args=[programme.slug, wave.pk, "csv"])
    client.force_login(members[Role.VIEWER])
    assert client.get(url).status_code == 403
    client.force_login(members[Role.PROJECT_TEAM])
    text = client.get(url).content.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("respondent;gewicht;ingevuld_op;leeftijd")


def test_csv_for_dutch_excel_and_plain_csv_with_codebook_for_tools(
    client, programme, members, wave
):
    import csv
    import zipfile

    Response.objects.filter(wave=wave, status=ResponseStatus.COMPLETE).update(weight=1.25)
    Answer.objects.create(
        response=Response.objects.get(wave=wave, status=ResponseStatus.COMPLETE),
        question=Question.objects.get(survey=wave.survey, code="idee"),
        value="=1+1 meer bankjes",
    )
    client.force_login(members[Role.ANALYST])
    excel = client.get(reverse("surveys:export", args=[programme.slug, wave.pk, "csv"])).content
    assert excel.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte order mark"
    row = dict(
        zip(
            *list(csv.reader(io.StringIO(excel.decode("utf-8-sig")), delimiter=";"))[:2],
            strict=True,
        )
    )
    assert row["gewicht"] == "1,25", "a decimal comma"
    assert row["idee"] == "'=1+1 meer bankjes", "no formula runs in a spreadsheet"
    reply = client.get(reverse("surveys:export", args=[programme.slug, wave.pk, "zip"]))
    archive = zipfile.ZipFile(io.BytesIO(reply.content))
    assert sorted(archive.namelist()) == [
        "antwoorden-excel.csv",
        "antwoorden.csv",
        "codeboek-excel.csv",
        "codeboek.csv",
    ]
    plain = list(csv.reader(io.StringIO(archive.read("antwoorden.csv").decode("utf-8"))))
    row = dict(zip(plain[0], plain[1], strict=True))
    assert row["gewicht"] == "1.25" and row["leeftijd"] == "3"
    assert row["idee"] == "=1+1 meer bankjes", "tools get the text as it was typed"
    codebook = {
        line[0]: line for line in csv.reader(io.StringIO(archive.read("codeboek.csv").decode()))
    }
    assert "35 tot 50" in codebook["leeftijd"][3]


def test_spss_file_has_variable_and_value_labels(client, programme, members, wave, tmp_path):
    import pyreadstat

    client.force_login(members[Role.ANALYST])
    reply = client.get(reverse("surveys:export", args=[programme.slug, wave.pk, "sav"]))
    assert reply.status_code == 200
    assert reply["Content-Disposition"].endswith('.sav"')
    path = tmp_path / "antwoorden.sav"
    path.write_bytes(reply.content)
    frame, meta = pyreadstat.read_sav(str(path))
    labels = dict(zip(meta.column_names, meta.column_labels, strict=True))
    assert labels["leeftijd"] == "Hoe oud bent u?"
    assert frame["leeftijd"].tolist() == [3.0]
    assert meta.variable_value_labels["leeftijd"][3.0] == "35 tot 50"
    assert meta.variable_value_labels["behoeften_1"] == {0.0: "niet gekozen", 1.0: "gekozen"}
    assert frame["woonomgeving_3"].tolist() == [5.0]
    assert meta.variable_value_labels["woonomgeving_3"][5.0] == "Helemaal eens"
    assert meta.variable_measure["leven_cijfer"] == "scale"
    assert frame["gewicht"].tolist() == [1.0]


def test_an_exported_formula_like_answer_comes_back_as_it_was_typed(team_client, programme, wave):
    from django.core.files.uploadedfile import SimpleUploadedFile

    idea = Question.objects.get(section__survey=wave.survey, code="idee")
    response = Response.objects.get(wave=wave, status=ResponseStatus.COMPLETE)
    typed = "=meer bankjes, -minder auto's"
    Answer.objects.create(response=response, question=idea, value=typed)
    for file_format in ("xlsx", "csv"):
        exported = team_client.get(
            reverse("surveys:export", args=[programme.slug, wave.pk, file_format])
        )
        assert b"'=meer" in exported.content or file_format == "xlsx"
        fresh = collecting.wave_create(survey=wave.survey, name=f"Opnieuw {file_format}")
        upload = SimpleUploadedFile(f"export.{file_format}", exported.content)
        reply = team_client.post(
            reverse("surveys:import", args=[programme.slug, fresh.pk]), {"file": upload}
        )
        assert reply.status_code == 302
        again = Answer.objects.get(response__wave=fresh, question=idea)
        assert again.value == typed, file_format
