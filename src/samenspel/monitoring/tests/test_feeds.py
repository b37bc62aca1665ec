"""Indicators fed from a survey or the action book: their figures are the surveys app's own,
follow a new wave, use a wave's weights, hide small groups; wrong combinations are refused."""

from datetime import date, datetime

import numpy as np
import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone

from samenspel.actions import services as actions
from samenspel.actions.models import ActionStatus, StatusChange
from samenspel.goals.tests.factories import GoalFactory
from samenspel.monitoring.feeds import selectors as feed_selectors
from samenspel.monitoring.feeds import services as feeds
from samenspel.monitoring.models import AreaLevel, Feed, IndicatorValue, ValueSource
from samenspel.stakeholders.tests.factories import OrganisationFactory, TargetGroupFactory
from samenspel.surveys.analysis import aspects, statistics
from samenspel.surveys.analysis import selectors as results
from samenspel.surveys.analysis import services as weighting
from samenspel.surveys.building import services as building
from samenspel.surveys.collecting import services as collecting
from samenspel.surveys.models import (
    Answer,
    Question,
    Response,
    ResponseStatus,
    TargetGroupMapping,
    Wave,
)

from .factories import AreaFactory, IndicatorFactory

pytestmark = pytest.mark.django_db


def _respond(wave, answers_list):
    questions = {q.code: q for q in Question.objects.filter(section__survey=wave.survey)}
    for answers in answers_list:
        response = Response.objects.create(wave=wave, status=ResponseStatus.COMPLETE)
        Answer.objects.bulk_create(
            Answer(response=response, question=questions[code], value=value)
            for code, value in answers.items()
        )


def _wave(survey, year: int, name: str = "") -> Wave:
    wave = collecting.wave_create(survey=survey, name=name or f"Meting {year}", by=None)
    opens = timezone.make_aware(datetime(year, 3, 1))
    Wave.objects.filter(pk=wave.pk).update(opens_at=opens)
    wave.opens_at = opens
    return wave


@pytest.fixture
def home(programme):
    return AreaFactory(programme=programme, code="GM0285", name="Brinkeveld", level="municipality")


@pytest.fixture
def survey(programme, home):
    return building.survey_from_questionnaire(programme=programme, code="residents", by=None)


def _lonely(count_by_answer: dict[str, int], **extra) -> list[dict]:
    return [
        {"eenzaam": answer, **extra}
        for answer, count in count_by_answer.items()
        for _ in range(count)
    ]


def _question(survey, code):
    return Question.objects.get(section__survey=survey, code=code)


def _home_values(indicator, home):
    return list(
        IndicatorValue.objects.filter(indicator=indicator, area=home, target_group=None).order_by(
            "period"
        )
    )


def test_a_question_mean_gets_one_figure_per_wave_as_the_survey_shows_it(programme, home, survey):
    first, second = _wave(survey, 2024), _wave(survey, 2025)
    _respond(first, _lonely({"1": 20, "2": 30, "3": 20, "4": 10}))
    _respond(second, _lonely({"2": 20, "3": 30, "4": 20, "5": 15}))
    indicator = IndicatorFactory(programme=programme, code="eenzaam")
    feeds.indicator_feed_set(
        indicator=indicator,
        feed=Feed.SURVEY_MEAN,
        survey=survey,
        question=_question(survey, "eenzaam"),
        by=None,
    )
    assert feeds.indicator_feed_refresh(indicator=indicator, by=None) >= 2
    figures = _home_values(indicator, home)
    assert [figure.period for figure in figures] == [2024, 2025]
    for figure, wave in zip(figures, (first, second), strict=True):
        shown = next(r for r in results.wave_results(wave=wave) if r.question.code == "eenzaam")
        assert round(figure.value, 2) == shown.mean
        assert (round(figure.lower, 2), round(figure.upper, 2)) == (
            shown.mean_lower,
            shown.mean_upper,
        )
        assert figure.n == shown.base and figure.source == ValueSource.SURVEY
        assert figure.effective_base == pytest.approx(shown.base)  # unweighted: n itself


def test_a_share_is_the_percentage_the_results_page_shows(programme, home, survey):
    wave = _wave(survey, 2024)
    _respond(wave, [{"helpen": "1"}] * 35 + [{"helpen": "2"}] * 25)
    indicator = IndicatorFactory(programme=programme)
    feeds.indicator_feed_set(
        indicator=indicator,
        feed=Feed.SURVEY_SHARE,
        survey=survey,
        question=_question(survey, "helpen"),
        option=0,
        by=None,
    )
    feeds.indicator_feed_refresh(indicator=indicator, by=None)
    (figure,) = _home_values(indicator, home)
    row = next(r for r in results.wave_results(wave=wave) if r.question.code == "helpen").rows[0]
    assert (round(figure.value, 1), round(figure.lower, 1), round(figure.upper, 1)) == (
        row.percent,
        row.lower,
        row.upper,
    )
    assert figure.n == 60 and figure.effective_base == pytest.approx(60)


def test_a_new_wave_with_responses_makes_the_indicator_follow(programme, home, survey):
    first = _wave(survey, 2024)
    _respond(first, _lonely({"2": 40, "4": 30}))
    indicator = IndicatorFactory(programme=programme)
    feeds.indicator_feed_set(
        indicator=indicator,
        feed=Feed.SURVEY_MEAN,
        survey=survey,
        question=_question(survey, "eenzaam"),
        by=None,
    )
    feeds.indicator_feed_refresh(indicator=indicator, by=None)
    assert [figure.period for figure in _home_values(indicator, home)] == [2024]
    second = _wave(survey, 2026)
    _respond(second, _lonely({"1": 50, "2": 30}))
    # Nobody refreshes by hand: closing the wave is enough.
    collecting.wave_set_open(wave=second, is_open=False, by=None)
    figures = _home_values(indicator, home)
    assert [figure.period for figure in figures] == [2024, 2026]
    assert figures[1].value == pytest.approx((50 * 1 + 30 * 2) / 80)
    assert figures[1].n == 80


def test_a_completed_response_makes_the_indicator_follow(programme, home, survey, settings):
    wave = _wave(survey, 2024)
    _respond(wave, _lonely({"2": 40, "4": 30}))
    indicator = IndicatorFactory(programme=programme)
    feeds.indicator_feed_set(
        indicator=indicator,
        feed=Feed.SURVEY_MEAN,
        survey=survey,
        question=_question(survey, "eenzaam"),
        by=None,
    )
    feeds.indicator_feed_refresh(indicator=indicator, by=None)
    response = Response.objects.create(wave=wave)
    sections = list(survey.sections.all())
    for number, section in enumerate(sections):
        raw = {"eenzaam": "4"} if section.questions.filter(code="eenzaam").exists() else {}
        collecting.response_save_section(
            response=response, section=section, raw=raw, finish=number == len(sections) - 1
        )
    response.refresh_from_db()
    assert response.status == ResponseStatus.COMPLETE
    (figure,) = _home_values(indicator, home)
    assert figure.n == 71
    assert figure.value == pytest.approx((40 * 2 + 31 * 4) / 71)


def test_a_weighted_wave_uses_its_weights(programme, home, survey):
    wave = _wave(survey, 2024)
    # Women are lonelier, and answered more often than men.
    _respond(wave, _lonely({"4": 60}, geslacht="2") + _lonely({"2": 30}, geslacht="1"))
    indicator = IndicatorFactory(programme=programme)
    feeds.indicator_feed_set(
        indicator=indicator,
        feed=Feed.SURVEY_MEAN,
        survey=survey,
        question=_question(survey, "eenzaam"),
        by=None,
    )
    feeds.indicator_feed_refresh(indicator=indicator, by=None)
    assert _home_values(indicator, home)[0].value == pytest.approx(10 / 3)
    gender = _question(survey, "geslacht")
    weighting.wave_weight(
        wave=wave, margins=[(gender, {"1": 50, "2": 50, "3": 0, "4": 0})], by=None
    )
    (figure,) = _home_values(indicator, home)  # followed the weighting by itself
    assert figure.value == pytest.approx(3.0)
    weights = np.array(
        Response.objects.filter(wave=wave).order_by("pk").values_list("weight", flat=True)
    )
    assert figure.effective_base == pytest.approx(statistics.kish(weights)[1])
    assert figure.effective_base < figure.n == 90


def test_an_aspect_score_of_professionals(programme, home):
    survey = building.survey_from_questionnaire(programme=programme, code="professionals", by=None)
    wave = _wave(survey, 2025)
    statements = _question(survey, "bewustwording")
    items = [str(item["value"]) for item in statements.items]
    _respond(
        wave,
        [{"bewustwording": {item: 4 for item in items}}] * 40
        + [{"bewustwording": {item: 2 for item in items}}] * 20,
    )
    indicator = IndicatorFactory(programme=programme)
    feeds.indicator_feed_set(
        indicator=indicator, feed=Feed.SURVEY_ASPECT, survey=survey, aspect="awareness", by=None
    )
    feeds.indicator_feed_refresh(indicator=indicator, by=None)
    (figure,) = _home_values(indicator, home)
    table = aspects.aspect_scores_by_group(wave=wave)
    count, mean, lower, upper = table.rows[-1][1][0]
    assert round(figure.value, 1) == mean
    assert figure.value == pytest.approx((40 * 75 + 20 * 25) / 60)
    assert (round(figure.lower, 1), round(figure.upper, 1)) == (lower, upper)
    assert figure.n == count == 60


def test_figures_per_area_and_target_group_hide_small_groups(programme, home, survey):
    village = AreaFactory(programme=programme, name="In een dorp", level=AreaLevel.DISTRICT)
    hamlet = AreaFactory(programme=programme, name="In een buurtschap", level=AreaLevel.DISTRICT)
    outside = AreaFactory(programme=programme, name="In het buitengebied")
    survey.min_base = 20
    survey.save()
    women = TargetGroupFactory(programme=programme, name="Vrouwen")
    men = TargetGroupFactory(programme=programme, name="Mannen")
    gender = _question(survey, "geslacht")
    TargetGroupMapping.objects.create(question=gender, value="2", target_group=women)
    TargetGroupMapping.objects.create(question=gender, value="1", target_group=men)
    wave = _wave(survey, 2024)
    _respond(
        wave,
        _lonely({"2": 20, "4": 20}, woonplaats="1", geslacht="2")
        + _lonely({"3": 30}, woonplaats="2", geslacht="2")
        + _lonely({"4": 12}, woonplaats="3", geslacht="1"),
    )
    indicator = IndicatorFactory(programme=programme, by_area=True, by_target_group=True)
    feeds.indicator_feed_set(
        indicator=indicator,
        feed=Feed.SURVEY_MEAN,
        survey=survey,
        question=_question(survey, "eenzaam"),
        by=None,
    )
    feeds.indicator_feed_refresh(indicator=indicator, by=None)
    by_area = {v.area_id: v for v in indicator.values.filter(target_group=None)}
    assert by_area[village.pk].value == pytest.approx(3.0) and by_area[village.pk].n == 40
    assert outside.pk not in by_area, "twelve people: below the smallest base for a mean"
    assert by_area[hamlet.pk].n == 30 and by_area[home.pk].n == 82
    by_group = {v.target_group_id: v for v in indicator.values.exclude(target_group=None)}
    assert women.pk in by_group and by_group[women.pk].n == 70
    assert men.pk not in by_group, "twelve men: below the smallest base for a mean"
    for figure in indicator.values.all():
        assert figure.effective_base >= survey.min_base


def test_action_book_counts(programme, home):
    goal = GoalFactory(programme=programme)
    library, club, school = (OrganisationFactory(programme=programme) for _ in range(3))
    early = actions.action_create(
        programme=programme,
        title="Koffieochtend",
        goals=[goal],
        status=ActionStatus.AGREED,
        organisations={library: "executes", club: "contributes"},
        by=None,
    )
    later = actions.action_create(
        programme=programme,
        title="Maatjes",
        goals=[goal],
        status=ActionStatus.AGREED,
        organisations={club: "executes", school: "funds"},
        by=None,
    )
    actions.action_set_status(action=early, status=ActionStatus.RUNNING, by=None)
    actions.action_set_status(action=early, status=ActionStatus.FINISHED, by=None)
    actions.action_set_status(action=later, status=ActionStatus.RUNNING, by=None)
    # The first ran from 2024 into 2025; the second started in 2025 and still runs.
    changes = StatusChange.objects.filter(to_status__in=["running", "finished"])
    changes.filter(action=early, to_status="running").update(
        changed_at=timezone.make_aware(datetime(2024, 5, 1))
    )
    changes.filter(action=early, to_status="finished").update(
        changed_at=timezone.make_aware(datetime(2025, 2, 1))
    )
    changes.filter(action=later).update(changed_at=timezone.make_aware(datetime(2025, 6, 1)))
    actions.progress_post(
        action=early, text="Eerste ochtend", on=date(2024, 6, 1), figure_value=12,
        figure_label="deelnemers", by=None,
    )  # fmt: skip
    actions.progress_post(
        action=later, text="Koppels", on=date(2025, 9, 1), figure_value=8,
        figure_label="deelnemers", by=None,
    )  # fmt: skip
    actions.progress_post(
        action=early, text="Laatste", on=date(2025, 1, 15), figure_value=5,
        figure_label="deelnemers", by=None,
    )  # fmt: skip
    this_year = timezone.localdate().year
    expected = {
        Feed.ACTIONS_RUNNING: {2024: 1, 2025: 2, **{y: 1 for y in range(2026, this_year + 1)}},
        Feed.ACTION_PARTIES: {2024: 2, 2025: 3, **{y: 2 for y in range(2026, this_year + 1)}},
        Feed.PEOPLE_REACHED: {2024: 12, 2025: 13},
    }
    for feed, wanted in expected.items():
        indicator = IndicatorFactory(programme=programme)
        feeds.indicator_feed_set(indicator=indicator, feed=feed, by=None)
        feeds.indicator_feed_refresh(indicator=indicator, by=None)
        found = {v.period: v.value for v in _home_values(indicator, home)}
        assert found == wanted, feed
        assert {v.source for v in indicator.values.all()} == {ValueSource.ACTION_BOOK}


def test_action_book_indicators_follow_a_progress_update(programme, home):
    goal = GoalFactory(programme=programme)
    action = actions.action_create(
        programme=programme, title="Koffieochtend", goals=[goal], status="agreed", by=None
    )
    indicator = IndicatorFactory(programme=programme)
    feeds.indicator_feed_set(indicator=indicator, feed=Feed.PEOPLE_REACHED, by=None)
    actions.progress_post(
        action=action, text="Start", on=date(2025, 3, 1), figure_value=20,
        figure_label="deelnemers", by=None,
    )  # fmt: skip
    assert {v.period: v.value for v in _home_values(indicator, home)} == {2025: 20}


def test_one_audit_event_per_refresh_and_the_page_shows_it(programme, home, survey):
    from samenspel.core.models import AuditEvent

    wave = _wave(survey, 2024)
    _respond(wave, _lonely({"2": 40, "4": 30}))
    indicator = IndicatorFactory(programme=programme)
    feeds.indicator_feed_set(
        indicator=indicator,
        feed=Feed.SURVEY_MEAN,
        survey=survey,
        question=_question(survey, "eenzaam"),
        by=None,
    )
    before = AuditEvent.objects.count()
    feeds.indicator_feed_refresh(indicator=indicator, by=None)
    assert AuditEvent.objects.count() == before + 1
    assert feed_selectors.last_refresh(indicator=indicator).details["count"] == 1


def test_wrong_combinations_are_refused_in_dutch(programme, home, survey, other_programme):
    indicator = IndicatorFactory(programme=programme)
    professionals = building.survey_from_questionnaire(
        programme=programme, code="professionals", by=None
    )
    elsewhere = building.survey_from_questionnaire(
        programme=other_programme, code="residents", by=None
    )
    cases = [
        ({"feed": "raden"}, "feed", "Kies waar|Choose where"),
        ({"feed": Feed.SURVEY_MEAN}, "survey", "Kies een peiling|Choose a survey"),
        ({"feed": Feed.SURVEY_MEAN, "survey": elsewhere}, "survey", "ander programma|another"),
        ({"feed": Feed.SURVEY_MEAN, "survey": survey}, "question", "Kies een vraag|Choose a q"),
        (
            {"feed": Feed.SURVEY_MEAN, "survey": survey, "question": _question(professionals, "organisatiesoort")},
            "question",
            "niet bij de gekozen peiling|not part of the chosen",
        ),
        (
            {"feed": Feed.SURVEY_MEAN, "survey": survey, "question": _question(survey, "helpen")},
            "question",
            "geen gemiddelde|no mean",
        ),
        (
            {"feed": Feed.SURVEY_SHARE, "survey": survey, "question": _question(survey, "idee")},
            "question",
            "niets te tellen|no answers to count",
        ),
        (
            {"feed": Feed.SURVEY_SHARE, "survey": survey, "question": _question(survey, "helpen")},
            "option",
            "Kies het antwoord|Choose the answer",
        ),
        (
            {"feed": Feed.SURVEY_SHARE, "survey": survey, "question": _question(survey, "helpen"), "option": 9},
            "option",
            "hoort niet bij|not one of",
        ),
        ({"feed": Feed.SURVEY_ASPECT, "survey": professionals, "aspect": "geluk"}, "aspect", "aspect"),
        ({"feed": Feed.SURVEY_ASPECT, "survey": survey, "aspect": "awareness"}, "aspect", "stellingen|statements"),
    ]  # fmt: skip
    for arguments, field, words in cases:
        with pytest.raises(ValidationError) as caught:
            feeds.indicator_feed_set(indicator=indicator, by=None, **arguments)
        assert field in caught.value.message_dict, arguments
        assert any(
            __import__("re").search(words, message) for message in caught.value.message_dict[field]
        ), caught.value.message_dict


def test_refresh_without_a_municipality_says_so(programme, survey):
    programme.areas.all().delete()
    indicator = IndicatorFactory(programme=programme, feed=Feed.ACTIONS_RUNNING)
    with pytest.raises(ValidationError, match="gemeente|municipality"):
        feeds.indicator_feed_refresh(indicator=indicator, by=None)


def test_the_command_refreshes_every_fed_indicator(programme, home, survey, capsys):
    import json
    from io import StringIO

    IndicatorFactory(programme=programme, code="lopend", feed=Feed.ACTIONS_RUNNING)
    out = StringIO()
    call_command("indicators", "refresh", "--programme", programme.slug, "--json", stdout=out)
    assert json.loads(out.getvalue()) == {"lopend": 0}
    out = StringIO()
    call_command("indicators", "refresh", "--programme", programme.slug, stdout=out)
    assert "lopend" in out.getvalue()


def test_the_feed_page_for_those_who_keep_indicators(client, programme, members, home, outsider):
    from django.urls import reverse

    from samenspel.core.models import Role

    indicator = IndicatorFactory(programme=programme)
    url = reverse("monitoring:indicator-feed", args=[programme.slug, indicator.pk])
    client.force_login(members[Role.VIEWER])
    assert client.get(url).status_code == 403
    client.force_login(outsider)
    assert client.get(url).status_code == 404
    client.force_login(members[Role.ANALYST])
    assert client.get(url).status_code == 200
    assert client.get(url.replace(str(indicator.pk), "999999")).status_code == 404


def test_saving_the_feed_updates_the_figures(client, programme, members, home, survey):
    from django.urls import reverse

    from samenspel.core.models import Role

    wave = _wave(survey, 2024)
    _respond(wave, _lonely({"2": 40, "4": 30}))
    indicator = IndicatorFactory(programme=programme)
    url = reverse("monitoring:indicator-feed", args=[programme.slug, indicator.pk])
    client.force_login(members[Role.PROJECT_TEAM])
    question = _question(survey, "eenzaam")
    # Narrowing: the page redrawn with a survey chosen offers that survey's questions.
    other = building.survey_from_questionnaire(programme=programme, code="professionals", by=None)
    page = client.get(url, {"feed": "survey_mean", "survey": other.pk}).content.decode()
    assert "organisatiesoort" in page and "eenzaam:" not in page
    bad = client.post(url, {"feed": "survey_mean", "survey": survey.pk})
    assert bad.status_code == 400 and (
        "Kies een vraag" in bad.content.decode() or "Choose a question" in bad.content.decode()
    )
    response = client.post(
        url, {"feed": "survey_mean", "survey": survey.pk, "question": question.pk}, follow=True
    )
    content = response.content.decode()
    assert "De cijfers worden bijgewerkt" in content or "The figures are being updated" in content
    assert [v.period for v in _home_values(indicator, home)] == [2024]
    assert "1 " in content and feed_selectors.last_refresh(indicator=indicator) is not None
    nonsense = client.post(url, {"feed": "survey_mean", "survey": "abc", "question": "9" * 40})
    assert nonsense.status_code == 400


def test_an_imported_file_of_responses_makes_the_indicator_follow(programme, home, survey):
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from openpyxl import Workbook

    indicator = IndicatorFactory(programme=programme)
    feeds.indicator_feed_set(
        indicator=indicator,
        feed=Feed.SURVEY_MEAN,
        survey=survey,
        question=_question(survey, "leven_cijfer"),
        by=None,
    )
    wave = _wave(survey, 2025, "Papieren meting")
    book = Workbook()
    book.active.title = "Antwoorden"
    book.active.append(["respondent", "leven_cijfer"])
    for number in range(60):
        book.active.append([number + 1, 7 if number < 30 else 8])
    buffer = io.BytesIO()
    book.save(buffer)
    collecting.response_import_start(
        wave=wave, uploaded=SimpleUploadedFile("papier.xlsx", buffer.getvalue()), by=None
    )
    (figure,) = _home_values(indicator, home)
    assert (figure.period, figure.n, figure.value) == (2025, 60, pytest.approx(7.5))


def test_a_wave_without_an_opening_date_counts_for_the_year_of_its_first_answer(survey):
    """Waves made today for fieldwork long done (paper, an earlier tool) belong to the year
    their answers came in, not to the day they were entered."""
    from samenspel.monitoring.feeds.figures import wave_year

    wave = collecting.wave_create(survey=survey, name="Nulmeting", by=None)
    assert wave_year(wave) == timezone.localtime(wave.created_at).year  # nothing in yet
    _respond(wave, _lonely({"2": 3}))
    Response.objects.filter(wave=wave).update(
        completed_at=timezone.make_aware(datetime(2021, 5, 4))
    )
    assert wave_year(wave) == 2021
