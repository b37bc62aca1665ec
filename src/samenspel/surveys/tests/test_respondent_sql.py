"""The respondent's prepared statements give what the ORM gives, and never change a finished
response."""

import datetime

import pytest
from django.db import IntegrityError
from django.utils import timezone

from samenspel.surveys import respondent_sql, services
from samenspel.surveys.models import (
    Answer,
    Question,
    Response,
    ResponseStatus,
    StartNonce,
    Wave,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def response(programme):
    survey = services.survey_from_questionnaire(programme=programme, code="residents")
    wave = services.wave_create(survey=survey, name="Meting 2026", access_code="dorp")
    Wave.objects.filter(pk=wave.pk).update(
        closes_at=timezone.now() + datetime.timedelta(days=3), invitation_only=False
    )
    return services.response_start(wave=wave, nonce="n-1", access_code="dorp")


def fields(instance) -> dict:
    return {
        field.attname: getattr(instance, field.attname) for field in instance._meta.concrete_fields
    }


def test_the_link_gives_the_same_response_wave_and_survey_as_the_orm(response):
    found = respondent_sql.response_for_link(
        token=response.wave.public_token, resume=response.resume_token
    )
    expected = Response.objects.select_related("wave__survey").get(pk=response.pk)
    assert fields(found) == fields(expected)
    assert fields(found.wave) == fields(expected.wave)
    assert fields(found.wave.survey) == fields(expected.wave.survey)
    assert timezone.is_aware(found.started_at) and timezone.is_aware(found.wave.closes_at)
    assert found.wave.is_open is True


def test_a_started_response_is_stored_as_the_orm_would_store_it(response):
    stored = Response.objects.get(pk=response.pk)
    assert fields(stored) == fields(response)
    assert stored.status == ResponseStatus.IN_PROGRESS and stored.current_section == 0
    assert stored.source == "web" and stored.weight == 1.0 and len(stored.resume_token) >= 20
    assert timezone.now() - stored.started_at < datetime.timedelta(minutes=1)
    assert StartNonce.objects.get(nonce="n-1").response_id == response.pk


def test_a_second_start_with_the_same_nonce_adds_nothing(response):
    with pytest.raises(IntegrityError):
        respondent_sql.response_create(wave=response.wave, nonce="n-1", invitation_hash=None)
    assert Response.objects.count() == 1 and StartNonce.objects.count() == 1


def test_a_resume_token_works_only_with_its_own_wave(response, programme):
    other = services.wave_create(survey=response.wave.survey, name="Andere meting")
    assert (
        respondent_sql.response_for_link(token=other.public_token, resume=response.resume_token)
        is None
    )
    assert respondent_sql.response_for_link(token=response.wave.public_token, resume="x") is None


def test_answers_of_every_shape_come_back_as_stored(response):
    questions = list(Question.objects.filter(section__survey=response.wave.survey)[:4])
    values = [["1", "3"], {"1": 4, "2": 5}, "Een bankje bij de kerk.", 2.5]
    stored = respondent_sql.answers_store(
        response_id=response.pk,
        values={question.pk: value for question, value in zip(questions, values, strict=True)},
        emptied=[],
        progress=("hold",),
    )
    assert stored
    assert dict(respondent_sql.stored_answers(response.pk)) == {
        question.pk: value for question, value in zip(questions, values, strict=True)
    }
    assert dict(Answer.objects.values_list("question_id", "value")) == dict(
        respondent_sql.stored_answers(response.pk)
    )


def test_a_page_moves_a_response_on_but_never_back(response):
    question = Question.objects.filter(section__survey=response.wave.survey).first()
    for section in (3, 1):
        respondent_sql.answers_store(
            response_id=response.pk,
            values={question.pk: "1"},
            emptied=[],
            progress=("advance", section),
        )
    assert Response.objects.get(pk=response.pk).current_section == 3


def test_a_finished_response_does_not_change(response):
    question = Question.objects.filter(section__survey=response.wave.survey).first()
    finished_at = timezone.now()
    assert respondent_sql.answers_store(
        response_id=response.pk,
        values={question.pk: "1"},
        emptied=[],
        progress=("finish", finished_at),
    )
    late = respondent_sql.answers_store(
        response_id=response.pk, values={question.pk: "2"}, emptied=[], progress=("advance", 4)
    )
    emptied = respondent_sql.answers_store(
        response_id=response.pk, values={}, emptied=[question.pk], progress=("hold",)
    )
    saved = Response.objects.get(pk=response.pk)
    assert (late, emptied) == (False, False)
    assert (saved.status, saved.current_section, saved.completed_at) == (
        ResponseStatus.COMPLETE,
        0,
        finished_at,
    )
    assert list(Answer.objects.values_list("value", flat=True)) == ["1"]
