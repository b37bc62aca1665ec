import numpy as np
import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from samenspel.core.models import Role
from samenspel.surveys.analysis import services as weighting
from samenspel.surveys.building import services as building
from samenspel.surveys.collecting import services as collecting
from samenspel.surveys.models import Answer, Margin, Question, Response, ResponseStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def wave(programme):
    survey = building.survey_from_questionnaire(programme=programme, code="residents", by=None)
    wave = collecting.wave_create(survey=survey, name="Meting", by=None)
    gender = Question.objects.get(section__survey=survey, code="geslacht")
    place = Question.objects.get(section__survey=survey, code="woonplaats")
    # Women answered twice as often as men; villages are over-represented.
    people = [("1", "1")] * 20 + [("1", "3")] * 10 + [("2", "1")] * 45 + [("2", "2")] * 25
    for sex, where in people:
        response = Response.objects.create(wave=wave, status=ResponseStatus.COMPLETE)
        Answer.objects.create(response=response, question=gender, value=sex)
        Answer.objects.create(response=response, question=place, value=where)
    Response.objects.create(wave=wave, status=ResponseStatus.COMPLETE)  # answered neither
    return wave


def test_raked_weights_reproduce_the_population_margins(wave):
    gender = Question.objects.get(section__survey=wave.survey, code="geslacht")
    place = Question.objects.get(section__survey=wave.survey, code="woonplaats")
    weighting.margin_set(wave=wave, question=gender, targets={"1": 50, "2": 50, "3": 0, "4": 0})
    weighting.margin_set(wave=wave, question=place, targets={"1": 60, "2": 30, "3": 10})
    result = weighting.wave_rake(wave=wave)
    assert result.design_effect > 1 and result.effective_sample_size < 101
    weights = {r.pk: r.weight for r in Response.objects.filter(wave=wave)}
    answered = Answer.objects.filter(question=gender).values_list("response_id", "value")
    men = sum(weights[pk] for pk, value in answered if value == "1")
    women = sum(weights[pk] for pk, value in answered if value == "2")
    assert np.isclose(men, women)
    village = sum(
        weights[pk]
        for pk, value in Answer.objects.filter(question=place).values_list("response_id", "value")
        if value == "1"
    )
    assert np.isclose(village / (men + women), 0.6)


def test_a_group_with_a_target_but_no_respondents_gets_a_clear_message(wave):
    gender = Question.objects.get(section__survey=wave.survey, code="geslacht")
    weighting.margin_set(wave=wave, question=gender, targets={"1": 40, "2": 40, "3": 20, "4": 0})
    with pytest.raises(ValidationError, match="niemand antwoordde|nobody answered"):
        weighting.wave_rake(wave=wave)


def test_weighting_page_for_the_project_team_and_the_analyst(client, programme, members, wave):
    url = reverse("surveys:weighting", args=[programme.slug, wave.pk])
    client.force_login(members[Role.PARTNER])
    assert client.get(url).status_code == 403
    client.force_login(members[Role.PROJECT_TEAM])
    assert client.get(url).status_code == 200
    # Weighting is analysis: the analyst weights the wave.
    client.force_login(members[Role.ANALYST])
    bad = client.post(
        url, {"geslacht__1": "50", "geslacht__2": "veel", "geslacht__3": "0", "geslacht__4": "0"}
    )
    assert bad.status_code == 400 and "getal" in bad.content.decode()
    client.post(
        url, {"geslacht__1": "50", "geslacht__2": "50", "geslacht__3": "0", "geslacht__4": "0"}
    )
    results = client.get(
        reverse("surveys:results", args=[programme.slug, wave.pk])
    ).content.decode()
    assert "design effect" in results or "designeffect" in results


def _post(client, programme, wave, data):
    return client.post(reverse("surveys:weighting", args=[programme.slug, wave.pk]), data)


@pytest.mark.parametrize("target", ["nan", "NaN", "inf", "-inf", "Infinity", "1e999"])
def test_a_target_that_is_no_finite_number_is_a_form_error(
    client, programme, members, wave, target
):
    client.force_login(members[Role.ANALYST])
    data = {"geslacht__1": target, "geslacht__2": "50", "geslacht__3": "0", "geslacht__4": "0"}
    reply = _post(client, programme, wave, data)
    assert reply.status_code == 400
    assert "Vul een getal in, zoals 60%, 0,6 of 12.345." in reply.content.decode()
    assert not Margin.objects.filter(wave=wave).exists()
    assert set(Response.objects.filter(wave=wave).values_list("weight", flat=True)) == {1.0}


def test_targets_too_large_to_add_up_are_a_form_error(client, programme, members, wave):
    client.force_login(members[Role.ANALYST])
    data = {f"geslacht__{value}": "1e308" for value in "1234"}
    reply = _post(client, programme, wave, data)
    assert reply.status_code == 400
    assert not Margin.objects.filter(wave=wave).exists()


@pytest.mark.parametrize(
    "typed",
    [
        {"1": "50%", "2": "50 %", "3": "0%", "4": "0%"},
        {"1": "0,5", "2": "0.5", "3": "0", "4": "0"},
        {"1": "12.345", "2": "12.345", "3": "0", "4": "0"},
        {"1": "50", "2": "50", "3": "0", "4": "0"},
    ],
    ids=["percentages", "shares", "counts with Dutch thousands", "plain percentages"],
)
def test_targets_as_percentages_shares_or_counts_weight_alike(
    client, programme, members, wave, typed
):
    client.force_login(members[Role.ANALYST])
    reply = _post(client, programme, wave, {f"geslacht__{k}": v for k, v in typed.items()})
    assert reply.status_code == 302
    gender = Question.objects.get(section__survey=wave.survey, code="geslacht")
    weights = dict(Response.objects.filter(wave=wave).values_list("pk", "weight"))
    answered = Answer.objects.filter(question=gender).values_list("response_id", "value")
    men = sum(weights[pk] for pk, value in answered if value == "1")
    women = sum(weights[pk] for pk, value in answered if value == "2")
    assert np.isclose(men, women)
    # The page shows the stored targets again, as percentages.
    again = client.get(reverse("surveys:weighting", args=[programme.slug, wave.pk]))
    assert 'value="50%"' in again.content.decode()


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ({"1": "60%", "2": "30%", "3": "0%", "4": "0%"}, "tellen op tot 90%, niet 100%"),
        ({"1": "0,6", "2": "0,3", "3": "0", "4": "0"}, "tellen op tot 0,9, niet 1"),
        ({"1": "60%", "2": "0,4", "3": "0", "4": "0"}, "allemaal met % of geen"),
        ({"1": "50", "2": "", "3": "0", "4": "0"}, "0 als niemand het heeft"),
        ({"1": "-5", "2": "50", "3": "0", "4": "0"}, "ten minste 0"),
        ({"1": "0", "2": "0", "3": "0", "4": "0"}, "tellen op tot 0"),
    ],
)
def test_a_wrong_margin_is_named_and_nothing_is_weighted(
    client, programme, members, wave, typed, message
):
    client.force_login(members[Role.ANALYST])
    reply = _post(client, programme, wave, {f"geslacht__{k}": v for k, v in typed.items()})
    page = reply.content.decode()
    assert reply.status_code == 400
    assert message in page and "Wat is uw geslacht" in page
    assert not wave.margins.exists()
    assert set(Response.objects.filter(wave=wave).values_list("weight", flat=True)) == {1.0}


def test_a_category_without_respondents_is_told_apart_from_margins_that_conflict(
    client, programme, members, wave
):
    client.force_login(members[Role.ANALYST])
    nobody = _post(
        client,
        programme,
        wave,
        {"geslacht__1": "40%", "geslacht__2": "40%", "geslacht__3": "20%", "geslacht__4": "0%"},
    )
    assert nobody.status_code == 400
    assert "niemand antwoordde" in nobody.content.decode().lower()
    # Every answer with a target has respondents, but no woman lives in the countryside: only
    # women and only the countryside cannot both hold.
    conflict = _post(
        client,
        programme,
        wave,
        {
            "geslacht__1": "0%",
            "geslacht__2": "100%",
            "geslacht__3": "0%",
            "geslacht__4": "0%",
            "woonplaats__1": "0%",
            "woonplaats__2": "0%",
            "woonplaats__3": "100%",
        },
    )
    page = conflict.content.decode()
    assert conflict.status_code == 400
    assert "niet allemaal tegelijk" in page and "niemand antwoordde" not in page.lower()
    assert not wave.margins.exists()


def test_emptying_a_question_weights_without_it(client, programme, members, wave):
    client.force_login(members[Role.ANALYST])
    both = {
        "geslacht__1": "50%",
        "geslacht__2": "50%",
        "geslacht__3": "0%",
        "geslacht__4": "0%",
        "woonplaats__1": "60%",
        "woonplaats__2": "30%",
        "woonplaats__3": "10%",
    }
    assert _post(client, programme, wave, both).status_code == 302
    assert wave.margins.count() == 2
    only_place = {key: value for key, value in both.items() if key.startswith("woonplaats")}
    assert _post(client, programme, wave, only_place).status_code == 302
    assert list(wave.margins.values_list("question__code", flat=True)) == ["woonplaats"]
