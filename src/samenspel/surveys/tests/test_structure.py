"""Respondents' pages use a per-process copy of the questionnaire; an edit must reach them at
once, whichever way the page or question changed."""

import pytest
from django.test import Client
from django.urls import reverse

from samenspel.surveys import structure
from samenspel.surveys.building import services as building
from samenspel.surveys.collecting import services as collecting
from samenspel.surveys.models import Question, Survey

pytestmark = pytest.mark.django_db


@pytest.fixture
def wave(programme):
    survey = building.survey_from_questionnaire(programme=programme, code="residents", by=None)
    return collecting.wave_create(survey=survey, name="Meting 2026", by=None)


def first_page(client: Client, wave) -> str:
    start = reverse("surveys:start", args=[wave.public_token])
    client.get(start)
    return client.post(start, {"nonce": "n-1"})["Location"]


def test_an_edited_question_shows_on_the_next_page_view(client, wave):
    url = first_page(client, wave)
    page = client.get(url).content.decode()
    assert (
        '<legend class="utrecht-form-fieldset__legend utrecht-form-label">Hoe oud bent u?' in page
    )
    assert '<input type="radio" name="leeftijd" value="2" required>' in page
    question = Question.objects.get(section__survey=wave.survey, code="leeftijd")
    building.question_save(
        section=question.section,
        question=question,
        text="Wat is uw leeftijd?",
        kind=question.kind,
        code=question.code,
        required=question.required,
        choice_labels=[choice["label"] for choice in question.choices],
        background=question.background,
        by=None,
    )
    page = client.get(url).content.decode()
    assert "Wat is uw leeftijd?" in page
    assert "Hoe oud bent u?" not in page


def test_added_and_deleted_questions_and_renamed_pages_reach_respondents(client, wave):
    url = first_page(client, wave)
    client.get(url)
    section = wave.survey.sections.first()
    added = building.question_save(
        section=section, text="Hoeveel huisdieren heeft u?", kind="number", by=None
    )
    assert "Hoeveel huisdieren heeft u?" in client.get(url).content.decode()
    building.question_delete(question=added, by=None)
    assert "Hoeveel huisdieren heeft u?" not in client.get(url).content.decode()
    building.section_update(section=section, title="Iets over uzelf", by=None)
    assert "Iets over uzelf" in client.get(url).content.decode()


def test_the_copy_is_kept_while_nothing_changes(wave, django_assert_num_queries):
    survey = Survey.objects.get(pk=wave.survey_id)
    structure.sections_of(survey)
    with django_assert_num_queries(0):
        sections = structure.sections_of(survey)
        assert sum(len(section.questions.all()) for section in sections) > 10


def test_saving_a_survey_read_earlier_keeps_the_newer_revision(wave):
    stale = Survey.objects.get(pk=wave.survey_id)
    question = Question.objects.filter(section__survey=stale, kind="single").first()
    building.question_save(
        section=question.section,
        question=question,
        text="Anders gevraagd",
        kind=question.kind,
        code=question.code,
        choice_labels=[choice["label"] for choice in question.choices],
        by=None,
    )
    newer = Survey.objects.get(pk=stale.pk).revision
    assert newer != stale.revision
    stale.title = "Nieuwe titel"
    stale.save()
    saved = Survey.objects.get(pk=stale.pk)
    assert (saved.title, saved.revision) == ("Nieuwe titel", newer)
