import io

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils.translation import gettext
from openpyxl import load_workbook

from samenspel.core.models import AuditEvent, AuditVerb, Role
from samenspel.stakeholders.tests.factories import PersonFactory
from samenspel.surveys.building import services as building
from samenspel.surveys.collecting import services as collecting
from samenspel.surveys.models import Answer, Question, Response, ResponseStatus

from .factories import row_export_granted

pytestmark = pytest.mark.django_db


@pytest.fixture
def wave(programme):
    survey = building.survey_from_questionnaire(programme=programme, code="residents", by=None)
    wave = collecting.wave_create(survey=survey, name="Meting 2026", by=None)
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


@pytest.fixture
def analyst(client, programme, members):
    """An analyst with the right to export answers per respondent."""
    row_export_granted(programme=programme, user=members[Role.ANALYST])
    client.force_login(members[Role.ANALYST])
    return client


def export(client, wave, file_format, *, free_text=False, reason="Tabellen voor het jaarverslag"):
    data = {"file_format": file_format, "reason": reason}
    if free_text:
        data["free_text"] = "on"
    return client.post(reverse("surveys:export", args=[wave.survey.programme.slug, wave.pk]), data)


def give_idea(wave, text):
    Answer.objects.create(
        response=Response.objects.get(wave=wave, status=ResponseStatus.COMPLETE),
        question=Question.objects.get(section__survey=wave.survey, code="idee"),
        value=text,
    )


def test_excel_export_has_answers_and_a_codebook(analyst, wave):
    reply = export(analyst, wave, "xlsx")
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


def test_without_the_right_a_reader_is_sent_to_ask_for_it(client, programme, members, wave):
    url = reverse("surveys:export", args=[programme.slug, wave.pk])
    client.force_login(members[Role.VIEWER])
    assert client.get(url).status_code == 403
    for role in (Role.ANALYST, Role.PROJECT_TEAM):
        client.force_login(members[role])
        for reply in (client.get(url), export(client, wave, "csv")):
            assert reply.status_code == 302
            assert reply["Location"] == reverse("surveys:row-export-rights", args=[programme.slug])
            assert "text/csv" not in reply.get("Content-Type", "")
        said = [str(message) for message in get_messages(reply.wsgi_request)]
        assert said and said[-1] == gettext(
            "Answers per respondent are a right of their own. Ask the project team for it "
            "here, with your reason."
        )
    assert not AuditEvent.objects.filter(verb=AuditVerb.EXPORTED_PERSONAL).exists()


def test_with_the_right_the_file_comes_and_the_trail_keeps_the_reason(
    analyst, programme, members, wave
):
    page = analyst.get(reverse("surveys:export", args=[programme.slug, wave.pk]))
    assert page.status_code == 200
    reply = export(analyst, wave, "csv", reason="Tabellen voor het jaarverslag")
    text = reply.content.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("respondent;gewicht;ingevuld_op;leeftijd")
    event = AuditEvent.objects.get(verb=AuditVerb.EXPORTED_PERSONAL)
    assert event.actor == members[Role.ANALYST] and event.programme == programme
    assert event.details == {
        "format": "csv",
        "reason": "Tabellen voor het jaarverslag",
        "free_text": False,
    }


def test_every_export_asks_for_its_reason(analyst, wave):
    reply = export(analyst, wave, "csv", reason="")
    assert reply.status_code == 400
    assert "attachment" not in reply.get("Content-Disposition", "")
    assert export(analyst, wave, "csv", reason="ja").status_code == 400, "a sentence, not a word"
    assert not AuditEvent.objects.filter(verb=AuditVerb.EXPORTED_PERSONAL).exists()


def test_open_answers_are_left_out_unless_asked_for_and_masked_when_in(analyst, programme, wave):
    import csv

    PersonFactory(programme=programme, name="Sanne Bakker")
    give_idea(
        wave,
        "Vraag Sanne Bakker (06-12345678, sanne@example.nl), Dorpsstraat 4, 7383 AB Voorst. "
        "Op 24-11-2026 kwamen 120 mensen.",
    )

    def table(reply):
        rows = list(csv.reader(io.StringIO(reply.content.decode("utf-8-sig")), delimiter=";"))
        return dict(zip(rows[0], rows[1], strict=True))

    without = export(analyst, wave, "csv")
    assert "idee" not in table(without)
    assert b"Sanne" not in without.content and b"Dorpsstraat" not in without.content
    book = load_workbook(io.BytesIO(export(analyst, wave, "xlsx").content))
    assert "idee" not in {row[0] for row in book["Codeboek"].values}

    idea = table(export(analyst, wave, "csv", free_text=True))["idee"]
    assert idea == (
        f"Vraag {gettext('[name]')} ({gettext('[phone number]')}, {gettext('[e-mail address]')}), "
        f"Dorpsstraat {gettext('[address]')} Voorst. Op 24-11-2026 kwamen 120 mensen."
    )
    events = AuditEvent.objects.filter(verb=AuditVerb.EXPORTED_PERSONAL).order_by("pk")
    assert [event.details["free_text"] for event in events] == [False, False, True]


def test_open_answers_in_spss_are_masked_too(analyst, programme, wave, tmp_path):
    import pyreadstat

    PersonFactory(programme=programme, name="Sanne Bakker")
    give_idea(wave, "Sanne Bakker weet het")
    path = tmp_path / "antwoorden.sav"
    path.write_bytes(export(analyst, wave, "sav").content)
    frame, _meta = pyreadstat.read_sav(str(path))
    assert "idee" not in frame.columns
    path.write_bytes(export(analyst, wave, "sav", free_text=True).content)
    frame, _meta = pyreadstat.read_sav(str(path))
    assert frame["idee"].tolist() == [f"{gettext('[name]')} weet het"]


def test_csv_for_dutch_excel_and_plain_csv_with_codebook_for_tools(analyst, wave):
    import csv
    import zipfile

    Response.objects.filter(wave=wave, status=ResponseStatus.COMPLETE).update(weight=1.25)
    give_idea(wave, "=1+1 meer bankjes")
    excel = export(analyst, wave, "csv", free_text=True).content
    assert excel.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte order mark"
    row = dict(
        zip(
            *list(csv.reader(io.StringIO(excel.decode("utf-8-sig")), delimiter=";"))[:2],
            strict=True,
        )
    )
    assert row["gewicht"] == "1,25", "a decimal comma"
    assert row["idee"] == "'=1+1 meer bankjes", "no formula runs in a spreadsheet"
    archive = zipfile.ZipFile(io.BytesIO(export(analyst, wave, "zip", free_text=True).content))
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


def test_spss_file_has_variable_and_value_labels(analyst, wave, tmp_path):
    import pyreadstat

    reply = export(analyst, wave, "sav")
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


def test_an_exported_formula_like_answer_comes_back_as_it_was_typed(
    team_client, programme, members, wave
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    row_export_granted(programme=programme, user=members[Role.PROJECT_TEAM])
    typed = "=meer bankjes, -minder auto's"
    give_idea(wave, typed)
    idea = Question.objects.get(section__survey=wave.survey, code="idee")
    for file_format in ("xlsx", "csv"):
        exported = export(team_client, wave, file_format, free_text=True)
        assert b"'=meer" in exported.content or file_format == "xlsx"
        fresh = collecting.wave_create(survey=wave.survey, name=f"Opnieuw {file_format}", by=None)
        upload = SimpleUploadedFile(f"export.{file_format}", exported.content)
        reply = team_client.post(
            reverse("surveys:import", args=[programme.slug, fresh.pk]), {"file": upload}
        )
        assert reply.status_code == 302
        again = Answer.objects.get(response__wave=fresh, question=idea)
        assert again.value == typed, file_format


def test_the_import_layout_has_every_column_and_no_answers(team_client, programme, wave):
    reply = team_client.get(reverse("surveys:import-layout", args=[programme.slug, wave.pk]))
    book = load_workbook(io.BytesIO(reply.content))
    rows = list(book["Antwoorden"].values)
    assert len(rows) == 1 and "idee" in rows[0] and "leeftijd" in rows[0]
    assert not AuditEvent.objects.filter(verb=AuditVerb.EXPORTED_PERSONAL).exists()
