"""Results per target group, professionals' aspect scores per group and answer combinations:
small groups stay hidden, also where a total, an overall mean or a nested group would give
them away."""

import numpy as np
import pytest
from django.urls import reverse

from samenspel.stakeholders.tests.factories import TargetGroupFactory
from samenspel.surveys.analysis import aspects, segments, selectors
from samenspel.surveys.building import services as building
from samenspel.surveys.collecting import services as collecting
from samenspel.surveys.models import Question

from .test_results import _respond

pytestmark = pytest.mark.django_db


def test_a_nested_group_with_a_small_difference_is_hidden():
    # A (40 people) lies within B (43 people): B - A would describe 3 people.
    codes = np.array([0] * 25 + [1] * 15 + [0] * 2 + [1] * 1 + [0] * 30)
    inner = np.array([True] * 40 + [False] * 33)
    outer = np.array([True] * 43 + [False] * 30)
    table = segments.group_columns(
        codes, 2, np.column_stack([inner, outer]), np.ones(73), min_cell=10, min_base=20
    )
    assert table.hidden[:, 0].all() and table.bases_hidden[0], "A would reveal B - A"
    assert not table.hidden[:, 1].any(), "B itself may be shown"
    # Without the three, A and B are the same people and both may be shown.
    same = segments.group_columns(
        codes[3:], 2, np.column_stack([inner[3:], inner[3:]]), np.ones(70), min_cell=10
    )
    assert not same.hidden.any()


def test_a_hidden_cell_in_a_group_cannot_be_worked_out_from_the_column_total():
    codes = np.array([0] * 30 + [1] * 25 + [2] * 4)
    table = segments.group_columns(
        codes, 3, np.ones((59, 1), dtype=bool), np.ones(59), min_cell=10, min_base=50
    )
    hidden = table.hidden[:, 0]
    assert hidden[2], "4 is below the minimum"
    assert hidden.sum() >= 2, "with the total shown, one more cell must go"
    shown = table.counts[~hidden, 0].sum()
    assert table.bases[0] - shown >= 10, "what the total gives away is a group of 10 or more"


def test_an_overall_mean_does_not_reveal_a_small_groups_mean():
    scores = np.array([50.0] * 60 + [80.0] * 55 + [10.0] * 4)
    groups = np.array([0] * 60 + [1] * 55 + [2] * 4)
    means = segments.means_by_group(scores, groups, 3, np.ones(119), min_cell=10, min_base=50)
    assert means.counts[2] is None and means.means[2] is None
    # Everybody's mean and size are shown, so one more group must be hidden with the small one.
    assert means.means[-1] is not None
    assert sum(count is None for count in means.counts[:3]) >= 2
    assert means.means[0] == 50.0 or means.means[1] == 80.0


def test_combinations_show_only_large_enough_ones():
    selected = np.array([[1, 1, 0]] * 30 + [[1, 0, 0]] * 25 + [[0, 1, 1]] * 3 + [[0, 0, 0]] * 9)
    shown, rest, base = segments.combinations(selected, min_cell=10, min_base=50)
    assert base == 58
    assert all(count >= 10 for _key, count in shown)
    assert rest is None or rest >= 10
    assert sum(count for _key, count in shown) + (rest or 0) == 58 or rest is None


@pytest.fixture
def survey(programme):
    return building.survey_from_questionnaire(programme=programme, code="residents")


def test_results_split_by_target_group(team_client, programme, survey):
    wave = collecting.wave_create(survey=survey, name="Meting")
    young = TargetGroupFactory(programme=programme, name="Jongvolwassenen")
    elderly = TargetGroupFactory(programme=programme, name="Ouderen")
    age = Question.objects.get(section__survey=survey, code="leeftijd")
    building.target_groups_set(question=age, mapping={"2": [young], "5": [elderly], "6": [elderly]})
    _respond(
        wave,
        [{"leeftijd": "2", "helpen": "1"}] * 30
        + [{"leeftijd": "2", "helpen": "2"}] * 30
        + [{"leeftijd": "5", "helpen": "1"}] * 50
        + [{"leeftijd": "6", "helpen": "1"}] * 4,
    )
    results = selectors.wave_results(wave=wave, by_code=selectors.BY_TARGET_GROUP)
    helping = next(r for r in results if r.question.code == "helpen")
    assert helping.columns == ["Jongvolwassenen", "Ouderen", "Totaal"]
    assert helping.column_bases == [60, 54, 114]
    young = [cells[0] for _label, cells in helping.table][:2]
    assert [(cell.count, cell.percent) for cell in young] == [(30, 50.0), (30, 50.0)]
    assert young[0].lower < 50 < young[0].upper
    older = helping.table[0][1][1]
    assert (older.count, older.percent) == (54, 100.0)
    url = reverse("surveys:results", args=[programme.slug, wave.pk])
    page = team_client.get(url, {"naar": "doelgroepen"}).content.decode()
    assert "Jongvolwassenen" in page and "Doelgroepen" in page


def test_professionals_aspect_scores_per_kind_of_organisation(team_client, programme):
    survey = building.survey_from_questionnaire(programme=programme, code="professionals")
    building.survey_update(survey=survey, min_base=20)
    wave = collecting.wave_create(survey=survey, name="Meting")
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
    wave = collecting.wave_create(survey=survey, name="Meting")
    _respond(wave, [{"helpen": "1"}] * 40 + [{"helpen": "2"}] * 30)
    page = team_client.get(reverse("surveys:results", args=[programme.slug, wave.pk]))
    html = page.content.decode()
    assert 'role="img"' in html and "<title id=" in html
    assert "Staafdiagram" in html


def test_combinations_appear_where_asked(team_client, programme, survey):
    needs = Question.objects.get(section__survey=survey, code="behoeften")
    needs.count_combinations = True
    needs.save()
    wave = collecting.wave_create(survey=survey, name="Meting")
    _respond(wave, [{"behoeften": ["1", "2"]}] * 30 + [{"behoeften": ["3"]}] * 25)
    result = next(r for r in selectors.wave_results(wave=wave) if r.question.code == "behoeften")
    labels = [c["label"] for c in needs.choices]
    assert result.combinations == [(f"{labels[0]} + {labels[1]}", 30), (labels[2], 25)]
