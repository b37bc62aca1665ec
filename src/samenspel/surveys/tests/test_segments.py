"""Results per target group, professionals' aspect scores per group and answer combinations."""

import pytest
from django.urls import reverse

from samenspel.stakeholders.tests.factories import TargetGroupFactory
from samenspel.surveys.analysis import aspects, selectors
from samenspel.surveys.building import services as building
from samenspel.surveys.collecting import services as collecting
from samenspel.surveys.models import Question

from .test_results import _respond

pytestmark = pytest.mark.django_db


@pytest.fixture
def survey(programme):
    return building.survey_from_questionnaire(programme=programme, code="residents", by=None)


def test_results_split_by_target_group(team_client, programme, survey):
    wave = collecting.wave_create(survey=survey, name="Meting", by=None)
    young = TargetGroupFactory(programme=programme, name="Jongvolwassenen")
    elderly = TargetGroupFactory(programme=programme, name="Ouderen")
    age = Question.objects.get(section__survey=survey, code="leeftijd")
    building.target_groups_set(
        question=age, mapping={"2": [young], "5": [elderly], "6": [elderly]}, by=None
    )
    _respond(
        wave,
        [{"leeftijd": "2", "helpen": "1"}] * 30
        + [{"leeftijd": "2", "helpen": "2"}] * 30
        + [{"leeftijd": "5", "helpen": "1"}] * 50
        + [{"leeftijd": "6", "helpen": "1"}] * 14,
    )
    results = selectors.wave_results(wave=wave, by_code=selectors.BY_TARGET_GROUP)
    helping = next(r for r in results if r.question.code == "helpen")
    assert helping.columns == ["Jongvolwassenen", "Ouderen", "Totaal"]
    assert helping.column_bases == [60, 64, 124]
    young = [cells[0] for _label, cells in helping.table][:2]
    assert [(cell.count, cell.percent) for cell in young] == [(30, 50.0), (30, 50.0)]
    assert young[0].lower < 50 < young[0].upper
    older = helping.table[0][1][1]
    assert (older.count, older.percent) == (64, 100.0)
    url = reverse("surveys:results", args=[programme.slug, wave.pk])
    page = team_client.get(url, {"naar": "doelgroepen"}).content.decode()
    assert "Jongvolwassenen" in page and "Doelgroepen" in page


def test_a_target_group_of_several_answers_does_not_give_a_small_one_away(programme, survey):
    wave = collecting.wave_create(survey=survey, name="Meting", by=None)
    elderly = TargetGroupFactory(programme=programme, name="Ouderen")
    age = Question.objects.get(section__survey=survey, code="leeftijd")
    building.target_groups_set(question=age, mapping={"5": [elderly], "6": [elderly]}, by=None)
    _respond(
        wave,
        [{"leeftijd": "2", "helpen": "1"}] * 30
        + [{"leeftijd": "2", "helpen": "2"}] * 30
        + [{"leeftijd": "5", "helpen": "1"}] * 50
        + [{"leeftijd": "6", "helpen": "1"}] * 4,
    )
    ages = next(r for r in selectors.wave_results(wave=wave) if r.question.code == "leeftijd")
    results = selectors.wave_results(wave=wave, by_code=selectors.BY_TARGET_GROUP)
    helping = next(r for r in results if r.question.code == "helpen")
    assert ages.rows[5].count is None
    # The elderly are the 50 aged "5" and the 4 aged "6": their column's 54 beside the 50 in
    # the age table would give those 4 away.
    assert ages.rows[4].count is None or helping.column_bases[0] is None


def test_professionals_aspect_scores_per_kind_of_organisation(team_client, programme):
    survey = building.survey_from_questionnaire(programme=programme, code="professionals", by=None)
    building.survey_update(survey=survey, min_base=20, by=None)
    wave = collecting.wave_create(survey=survey, name="Meting", by=None)
    all_agree = {str(i): 5 for i in range(1, 5)}
    neutral = {str(i): 3 for i in range(1, 5)}
    _respond(
        wave,
        [{"organisatiesoort": "2", "bewustwording": all_agree, "randvoorwaarden": neutral}] * 25
        + [{"organisatiesoort": "4", "bewustwording": neutral, "randvoorwaarden": neutral}] * 25,
    )
    table = aspects.aspect_scores_by_group(wave=wave)
    assert table.aspects == ["Bewustwording", "Ontwikkeling", "Randvoorwaarden"]
    care = dict(table.rows)["Zorg"]
    assert care[0][:2] == (25, 100.0) and care[2][:2] == (25, 50.0)
    assert care[1][:2] == (0, None), "nobody answered the development statements"
    everybody = table.rows[-1]
    assert everybody[0] == "Iedereen" and everybody[1][0][1] == 75.0
    # Groups nobody is in show zero, not a mean.
    assert dict(table.rows)["Gemeente"][0][:2] == (0, None)
    page = team_client.get(reverse("surveys:results", args=[programme.slug, wave.pk]))
    assert "Preventiekracht per aspect" in page.content.decode()


def test_charts_sit_beside_their_table_with_a_text_alternative(team_client, programme, survey):
    wave = collecting.wave_create(survey=survey, name="Meting", by=None)
    _respond(wave, [{"helpen": "1"}] * 40 + [{"helpen": "2"}] * 30)
    page = team_client.get(reverse("surveys:results", args=[programme.slug, wave.pk]))
    html = page.content.decode()
    assert 'role="img"' in html and "<title id=" in html
    assert "Staafdiagram" in html


def test_combinations_appear_where_asked(team_client, programme, survey):
    needs = Question.objects.get(section__survey=survey, code="behoeften")
    needs.count_combinations = True
    needs.save()
    wave = collecting.wave_create(survey=survey, name="Meting", by=None)
    _respond(wave, [{"behoeften": ["1", "2"]}] * 30 + [{"behoeften": ["3"]}] * 25)
    result = next(r for r in selectors.wave_results(wave=wave) if r.question.code == "behoeften")
    labels = [c["label"] for c in needs.choices]
    assert result.combinations == [(f"{labels[0]} + {labels[1]}", 30), (labels[2], 25)]
