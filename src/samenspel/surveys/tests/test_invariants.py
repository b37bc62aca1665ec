"""What the database and the services hold, not convention: codes unique per survey, the
questionnaire's revision renewed by every change, a retried start that keeps its invitation."""

import pytest
from django.db import IntegrityError, transaction

from samenspel.surveys import structure
from samenspel.surveys.building import services as building
from samenspel.surveys.collecting import services as collecting
from samenspel.surveys.models import Invitation, Question, Response, Survey

pytestmark = pytest.mark.django_db


@pytest.fixture
def survey(programme):
    return building.survey_from_questionnaire(programme=programme, code="residents", by=None)


def test_a_code_is_unique_across_the_pages_of_a_survey(survey):
    first, second = survey.sections.all()[:2]
    taken = first.questions.first()
    with pytest.raises(IntegrityError), transaction.atomic():
        Question.objects.create(section=second, code=taken.code, text="Dubbel", kind="number")
    # The builder gives a new question a free code instead.
    added = building.question_save(
        section=second, text="Dubbel", kind="number", code=taken.code, by=None
    )
    assert added.code != taken.code and added.survey_id == survey.pk
    # Another survey may use the same code.
    other = Survey.objects.create(programme=survey.programme, title="Ander", audience="residents")
    page = building.section_create(survey=other, title="Eerste", by=None)
    assert building.question_save(
        section=page, text="Leeftijd", kind="number", code=taken.code, by=None
    )


def test_renaming_a_code_renews_the_copy_of_every_question_that_names_it(survey):
    carer = Question.objects.get(survey=survey, code="zorgen")
    before = structure.sections_of(Survey.objects.get(pk=survey.pk))
    assert any(q.show_if_code == "zorgen" for s in before for q in s.questions.all())
    # The follow-up's condition changes by a bulk update, which sends no signal.
    building.question_save(
        section=carer.section,
        question=carer,
        text=carer.text,
        kind=carer.kind,
        code="mantelzorg",
        choice_labels=[choice["label"] for choice in carer.choices],
        by=None,
    )
    after = structure.sections_of(Survey.objects.get(pk=survey.pk))
    conditions = {q.code: q.show_if_code for s in after for q in s.questions.all()}
    assert conditions["zorgen_hulp"] == "mantelzorg"


def test_a_retried_start_keeps_its_invitation(survey):
    wave = collecting.wave_create(survey=survey, name="Meting", by=None)
    other = collecting.wave_create(survey=survey, name="Andere meting", by=None)
    collecting.response_start(wave=other, nonce="gedeeld")
    invitation = Invitation.objects.create(wave=wave, email="inwoner@example.nl")
    token = collecting.invitation_token_issue(invitation=invitation)
    # The start form's nonce was used in another wave: the start is retried with a new one.
    response = collecting.response_start(wave=wave, nonce="gedeeld", invitation_token=token)
    assert response.wave == wave and response.invitation_hash
    again = collecting.response_start(wave=wave, nonce="n-2", invitation_token=token)
    assert again.pk == response.pk
    assert Response.objects.filter(wave=wave).count() == 1
