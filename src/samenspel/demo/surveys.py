"""Synthetic survey answers for the demo: two waves of the needs survey (about 1,500 residents
each) and two of the professionals' survey, with a believable change between waves."""

import random
from datetime import timedelta

from django.utils import timezone

from samenspel.stakeholders.models import TargetGroup
from samenspel.surveys.building import services as building
from samenspel.surveys.collecting import services as collecting
from samenspel.surveys.models import Answer, Question, QuestionKind, Response, ResponseStatus

# Background answers of the needs survey that place a resident in a demo target group.
TARGET_GROUPS = {
    "leeftijd": {
        "1": "Jongeren van 12 tot 23 jaar",
        "6": "Alleenwonende ouderen van 75 jaar en ouder",
    },
    "huishouden": {
        "3": "Jonge gezinnen met kinderen tot 12 jaar",
        "4": "Jonge gezinnen met kinderen tot 12 jaar",
    },
    "inkomen": {"3": "Huishoudens met een laag inkomen of geldzorgen"},
}

# Questions that measure a demo goal, by the goal's title.
GOALS = {
    "eenzaam": "Minder inwoners voelen zich eenzaam",
    "zorgen_hulp": "Mantelzorgers houden het vol",
    "inkomen": "Minder huishoudens met problematische schulden",
    "vrijwilliger": "Vrijwilligerswerk is een opstap naar meer",
}

# Per wave, a nudge to the answers: the second wave is a little more positive.
WAVES = [("Nulmeting 2024", 540, 0.0), ("Meting 2026", 40, 0.35)]


def _likert(rng: random.Random, centre: float) -> int:
    return max(1, min(5, round(rng.gauss(centre, 1.0))))


def _answer(question: Question, rng: random.Random, lift: float):
    kind = question.kind
    if kind == QuestionKind.SINGLE:
        values = [choice["value"] for choice in question.choices]
        weights = [len(values) - index for index in range(len(values))]
        return rng.choices(values, weights=weights)[0]
    if kind == QuestionKind.MULTIPLE:
        picked = [c["value"] for c in question.choices if rng.random() < 0.3 + lift / 4]
        return picked or None
    if kind == QuestionKind.LIKERT:
        return _likert(rng, 2.6 - lift)  # "I often feel alone": improvement is lower
    if kind == QuestionKind.SCALE:
        return max(0, min(10, round(rng.gauss(6.8 + lift, 1.4))))
    if kind == QuestionKind.GRID:
        return {str(item["value"]): _likert(rng, 3.1 + lift) for item in question.items}
    if kind == QuestionKind.LONG_TEXT:
        return rng.choice(
            [
                None,
                None,
                None,
                "Meer bankjes en een plek om samen te koffiedrinken.",
                "Betere busverbinding naar het dorp.",
                "Activiteiten voor jongeren.",
            ]
        )
    return None


def _fill_wave(wave, questions, count: int, rng: random.Random, lift: float, days_ago: int) -> None:
    now = timezone.now() - timedelta(days=days_ago)
    responses = Response.objects.bulk_create(
        Response(wave=wave, status=ResponseStatus.COMPLETE, completed_at=now, source="web")
        for _ in range(count)
    )
    answers = []
    for response in responses:
        known = {}
        for question in questions:
            if question.show_if_code and str(known.get(question.show_if_code)) not in {
                str(v) for v in question.show_if_values
            }:
                continue
            value = _answer(question, rng, lift)
            if value is not None:
                known[question.code] = value
                answers.append(Answer(response=response, question=question, value=value))
    Answer.objects.bulk_create(answers, batch_size=5000)


def load_demo_surveys(programme, progress) -> None:
    """Both questionnaires with two closed waves of synthetic answers."""
    rng = random.Random(2026)
    for code, count in (("residents", 1500), ("professionals", 240)):
        survey = building.survey_from_questionnaire(programme=programme, code=code, by=None)
        # A fictional address and the municipal number: residents see whom to ask.
        building.survey_update(
            survey=survey, contact="peiling@voorbeeldgemeente.example of 14 0000", by=None
        )
        if code == "professionals":
            # A few hundred professionals: means per kind of organisation on 30 or more.
            building.survey_update(survey=survey, min_base=30, by=None)
        else:
            _map_target_groups(survey)
            _link_goals(survey)
        questions = list(
            Question.objects.filter(section__survey=survey).order_by(
                "section__position", "position"
            )
        )
        for name, days_ago, lift in WAVES:
            wave = collecting.wave_create(survey=survey, name=name, by=None)
            _fill_wave(wave, questions, count + rng.randint(-60, 60), rng, lift, days_ago)
            if days_ago > 100:
                collecting.wave_set_open(wave=wave, is_open=False, by=None)
        progress(f"  {programme.name}: peiling '{survey.title}' met 2 metingen")


def _map_target_groups(survey) -> None:
    groups = {group.name: group for group in TargetGroup.objects.filter(programme=survey.programme)}
    for code, mapping in TARGET_GROUPS.items():
        question = Question.objects.get(section__survey=survey, code=code)
        wanted: dict[str, list] = {}
        for value, name in mapping.items():
            if name in groups:
                wanted.setdefault(value, []).append(groups[name])
        if wanted:
            building.target_groups_set(question=question, mapping=wanted, by=None)


def _link_goals(survey) -> None:
    from samenspel.goals.models import Goal

    for code, title in GOALS.items():
        goal = Goal.objects.filter(programme=survey.programme, title=title).first()
        if goal is not None:
            Question.objects.get(section__survey=survey, code=code).goals.add(goal)
