"""Small groups cannot be worked out from anything the results pages show of a wave: an
attacker (see attacker.py) collects every shown number of every view and bounds each hidden
count by linear programming; no hidden count may be pinned to a range narrower than the
survey's minimum. On randomised waves (hypothesis) and on the demo's waves."""

import os

import numpy as np
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from samenspel.stakeholders.tests.factories import TargetGroupFactory
from samenspel.surveys.analysis import selectors
from samenspel.surveys.building import services as building
from samenspel.surveys.collecting import services as collecting
from samenspel.surveys.models import Answer, Question, QuestionKind, Response, ResponseStatus

from .attacker import Reader, narrowest

pytestmark = pytest.mark.django_db

# Skewed on purpose: small cells in every table, answers left out now and then.
AREA = st.sampled_from(["1", "1", "1", "2", "2", "3", None])
GENDER = st.sampled_from(["1", "1", "2", "2", "2", None])
LIKERT = st.sampled_from([1, 2, 3, 3, 4, 4, 4, 5, None])
HELP = st.sampled_from(["1", "1", "2", "3", None])
NEEDS = st.sampled_from([["1"], ["1", "2"], ["2"], ["1", "2", "3"], ["3"], [], None])
RESPONDENT = st.tuples(AREA, GENDER, LIKERT, HELP, NEEDS)


def _options(*labels):
    return [{"value": str(i), "label": label} for i, label in enumerate(labels, start=1)]


@pytest.fixture
def small_survey(programme):
    survey = building.survey_create_blank(
        programme=programme, title="Peiling", audience="residents", by=None
    )
    building.survey_update(survey=survey, min_cell=10, min_base=20, by=None)
    section = survey.sections.get()
    ask = [
        ("dorp", QuestionKind.SINGLE, "area", _options("Noord", "Midden", "Zuid")),
        ("geslacht", QuestionKind.SINGLE, "gender", _options("Man", "Vrouw")),
        ("eenzaam", QuestionKind.LIKERT, "", []),
        ("helpen", QuestionKind.SINGLE, "", _options("Ja", "Soms", "Nee")),
        ("behoeften", QuestionKind.MULTIPLE, "", _options("Vervoer", "Contact", "Geld")),
    ]
    for position, (code, kind, background, choices) in enumerate(ask):
        Question.objects.create(
            section=section,
            code=code,
            text=code.capitalize(),
            kind=kind,
            background=background,
            choices=choices,
            position=position,
            count_combinations=kind == QuestionKind.MULTIPLE,
        )
    north_and_middle = TargetGroupFactory(programme=programme, name="Noord en Midden")
    women = TargetGroupFactory(programme=programme, name="Vrouwen")
    building.target_groups_set(
        question=survey.questions.get(code="dorp"),
        mapping={"1": [north_and_middle], "2": [north_and_middle]},
        by=None,
    )
    building.target_groups_set(
        question=survey.questions.get(code="geslacht"), mapping={"2": [women]}, by=None
    )
    return survey


def _fill(wave, respondents) -> None:
    questions = {q.code: q for q in Question.objects.filter(section__survey=wave.survey)}
    codes = ["dorp", "geslacht", "eenzaam", "helpen", "behoeften"]
    responses = Response.objects.bulk_create(
        Response(wave=wave, status=ResponseStatus.COMPLETE) for _ in respondents
    )
    Answer.objects.bulk_create(
        Answer(response=response, question=questions[code], value=value)
        for response, answers in zip(responses, respondents, strict=True)
        for code, value in zip(codes, answers, strict=True)
        if value is not None
    )


def _attack_all(wave) -> list:
    """Every hidden count's bounds: the closed questions on the joint table of all of them,
    the combinations on their own table."""
    reader = Reader(wave)
    names = [("dorp", ""), ("geslacht", ""), ("eenzaam", ""), ("helpen", "")]
    findings = reader.attack(names).bounds()
    findings += reader.combination_attack(wave.survey.questions.get(code="behoeften")).bounds()
    return findings


@settings(
    max_examples=int(os.environ.get("DISCLOSURE_EXAMPLES", "20")),
    deadline=None,
    derandomize=True,
    # A failing wave is reported as found: shrinking it takes minutes of linear programs.
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(respondents=st.lists(RESPONDENT, min_size=20, max_size=80))
def test_no_hidden_count_can_be_worked_out_on_random_waves(small_survey, respondents):
    wave = collecting.wave_create(survey=small_survey, name=f"Meting {len(respondents)}", by=None)
    _fill(wave, respondents)
    findings = _attack_all(wave)
    for finding in findings:
        assert finding.width >= small_survey.min_cell - 1e-6, finding


def test_the_attacker_finds_what_a_table_on_its_own_would_give_away(small_survey):
    """The attack itself can fail: where one table hides just its small cell, it is found."""
    wave = collecting.wave_create(survey=small_survey, name="Meting", by=None)
    _fill(wave, [("1", "1", 4, "1", ["1"])] * 40 + [("2", "2", 4, "1", ["1"])] * 4)
    reader = Reader(wave)
    attack = reader.attack([("dorp", "")])
    # Pretend the page showed everything but the 4 in Midden.
    attack.targets = [("dorp=1", (attack.atoms(("dorp", "")) == 1) * 1.0)]
    attack.equal = [(np.ones(attack.truth.size), 44.0), (attack.answered(("dorp", "")) * 1.0, 44.0)]
    attack.equal.append(((attack.atoms(("dorp", "")) == 0) * 1.0, 40.0))
    attack.equal.append(((attack.atoms(("dorp", "")) == 2) * 1.0, 0.0))
    (finding,) = attack.bounds()
    assert finding.lower == pytest.approx(4) and finding.upper == pytest.approx(4)


def test_a_wave_below_the_minimum_shows_only_how_many_responded(small_survey, team_client):
    wave = collecting.wave_create(survey=small_survey, name="Klein", by=None)
    _fill(wave, [("1", "1", 4, "1", ["1"])] * 15)
    assert selectors.wave_results(wave=wave) == []
    from django.urls import reverse

    page = team_client.get(reverse("surveys:results", args=[small_survey.programme.slug, wave.pk]))
    html = page.content.decode()
    assert "Minder dan 20 volledige antwoorden" in html
    assert "15 volledige antwoorden" in html


def test_a_mean_is_withdrawn_where_it_would_give_hidden_counts_away(small_survey):
    wave = collecting.wave_create(survey=small_survey, name="Meting", by=None)
    # Likert: 3 say 1, 40 say 4, 30 say 5; with the count of 1 hidden and the total shown, the
    # mean would pin the hidden counts down.
    _fill(
        wave,
        [("1", "1", 1, "1", ["1"])] * 3
        + [("1", "1", 4, "1", ["1"])] * 40
        + [("2", "2", 5, "1", ["1"])] * 30,
    )
    findings = _attack_all(wave)
    assert min(finding.width for finding in findings) >= 10
    likert = next(r for r in selectors.wave_results(wave=wave) if r.question.code == "eenzaam")
    assert likert.rows[0].count is None


@pytest.mark.parametrize("audience", ["professionals", "residents"])
def test_no_hidden_count_can_be_worked_out_on_the_demo_waves(programme, audience):
    from samenspel.demo.surveys import TARGET_GROUPS, load_demo_surveys

    for name in {name for mapping in TARGET_GROUPS.values() for name in mapping.values()}:
        TargetGroupFactory(programme=programme, name=name)
    load_demo_surveys(programme, lambda *args, **kwargs: None)
    survey = programme.surveys.get(audience=audience)
    for wave in survey.waves.all():
        reader = Reader(wave)
        backgrounds = [(q.code, "") for q in reader.backgrounds]
        found = []
        for name in reader.codes:
            # Each variable with each background question: the demo's target groups take
            # answers of one question each, so every published table lies in such a pair.
            for by in backgrounds:
                if by != name:
                    found += reader.attack([name, by]).bounds()
        for aspect in reader.aspect_answered():
            for by in backgrounds:
                found += reader.attack([("aspect", aspect), by]).bounds()
        for question in survey.questions.filter(kind=QuestionKind.MULTIPLE):
            found += reader.combination_attack(question).bounds()
        weakest = narrowest(found)
        assert weakest is None or weakest.width >= survey.min_cell - 1e-6, weakest
