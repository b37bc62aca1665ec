"""The dashboards: per goal its actions, stalling ones, indicators with trend and target, and
quotes; the programme's row per goal; every chart's downloads with the table's figures; bad
parameters answered in Dutch; who may see them; queries that do not grow with the data."""

import io
import xml.etree.ElementTree as ET  # noqa: S405 - parses only what our own views wrote
from datetime import timedelta

import numpy as np
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from openpyxl import load_workbook

from samenspel.actions.models import Action, ActionStatus
from samenspel.actions.tests.factories import ActionFactory
from samenspel.core.models import Role
from samenspel.goals.tests.factories import GoalFactory
from samenspel.monitoring import analysis, statistics
from samenspel.monitoring.dashboards import charts, selectors, trends
from samenspel.monitoring.models import Direction, IndicatorValue, Quote

from .factories import AreaFactory, IndicatorFactory

YEARS = range(2015, 2025)


def _indicator(programme, area, goal, *, name, slope, target, direction=Direction.HIGHER):
    indicator = IndicatorFactory(
        programme=programme,
        name=name,
        direction=direction,
        baseline_period=2015,
        target_value=target,
        target_period=2030,
    )
    indicator.goals.set([goal])
    rng = np.random.default_rng(len(name))
    IndicatorValue.objects.bulk_create(
        IndicatorValue(
            indicator=indicator,
            area=area,
            period=year,
            value=round(40 + slope * (year - 2015) + float(rng.normal(0, 0.3)), 2),
        )
        for year in YEARS
    )
    return indicator


@pytest.fixture
def world(programme, members):
    area = AreaFactory(programme=programme, code="GM0001", name="Brinkeveld", level="municipality")
    goal = GoalFactory(programme=programme, title="Minder eenzaamheid")
    other_goal = GoalFactory(programme=programme, title="Meer bewegen")
    rising = _indicator(programme, area, goal, name="Kent de buren", slope=3, target=80)
    falling = _indicator(programme, area, goal, name="Voelt zich thuis", slope=-2, target=70)
    old = timezone.now() - timedelta(days=400)
    stalling = ActionFactory(programme=programme, goals=[goal], title="Stille koffieochtend")
    Action.objects.filter(pk=stalling.pk).update(
        created_at=old, status_changed_at=old, last_progress_at=old.date()
    )
    ActionFactory(programme=programme, goals=[goal], title="Levendige buurtapp")
    ActionFactory(programme=programme, goals=[goal], title="Klaar", status="finished")
    ActionFactory(programme=programme, goals=[other_goal], title="Wandelclub")
    Quote.objects.create(
        programme=programme, goal=goal, text="Ik ken nu mijn buren.", attribution="bewoner"
    )
    Quote.objects.create(programme=programme, goal=other_goal, text="Elke week wandelen.")
    return {
        "programme": programme,
        "area": area,
        "goal": goal,
        "other_goal": other_goal,
        "rising": rising,
        "falling": falling,
        "members": members,
    }


def _get(client, world, name, *args, role=Role.VIEWER, **params):
    client.force_login(world["members"][role])
    return client.get(reverse(name, args=[world["programme"].slug, *args]), params)


def test_goal_dashboard_shows_its_goal_actions_indicators_and_quotes(client, world):
    response = _get(client, world, "monitoring:goal-dashboard", world["goal"].pk)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Minder eenzaamheid" in html
    assert "Stille koffieochtend" in html  # stalling, so listed
    assert "Levendige buurtapp" not in html  # running and fresh: only counted
    assert "Wandelclub" not in html
    assert "Kent de buren" in html and "Voelt zich thuis" in html
    assert "Ik ken nu mijn buren." in html and "bewoner" in html
    assert "Elke week wandelen." not in html
    assert html.count("<svg") == 3  # actions and two indicators
    assert "<title" in html and "<desc" in html


def test_verdicts_say_whether_the_curve_heads_for_the_target(world):
    summaries = selectors.indicator_summaries(
        programme=world["programme"],
        indicators=[world["rising"], world["falling"]],
        area=world["area"],
    )
    rising, falling = summaries[world["rising"].pk], summaries[world["falling"].pk]
    assert rising.track == selectors.ON_TRACK and rising.direction == "up"
    assert rising.judged.period == 2030 and rising.judged.lower >= 80
    assert rising.verdict == _(
        "The curve clearly moves toward the target and, at this pace, reaches it by "
        "%(year)s: even the least favourable end of the forecast's 95%% prediction interval "
        "lies past the target."
    ) % {"year": 2030}
    assert falling.track == selectors.OFF_TRACK and falling.direction == "down"
    assert falling.verdict == _("The curve moves away from the target.")


def _verdict_of(world, values, *, target, target_period=2030):
    indicator = IndicatorFactory(
        programme=world["programme"],
        name="Doet vrijwilligerswerk",
        baseline_period=2015,
        target_value=target,
        target_period=target_period,
    )
    IndicatorValue.objects.bulk_create(
        IndicatorValue(indicator=indicator, area=world["area"], period=year, value=value)
        for year, value in zip(YEARS, values, strict=True)
    )
    return selectors.indicator_summary(indicator=indicator)


def test_one_figure_past_the_target_is_no_claim_without_a_clear_trend(world):
    # Noise around 40, the last figure by chance above the target of 45.
    values = [40, 43, 37, 42, 38, 41, 39, 44, 36, 46]
    summary = _verdict_of(world, values, target=45)
    assert summary.direction == "flat"
    assert summary.track == selectors.UNCLEAR
    assert summary.verdict == _(
        "No clear trend yet: the change per year lies within its margin of error, so the "
        "curve does not clearly turn toward the target."
    )


def test_a_trend_whose_forecast_holds_the_target_is_uncertain(world):
    # Clearly rising by about one a year, but so noisy that 2030's interval holds the target.
    values = [40, 44, 39, 46, 41, 48, 43, 50, 45, 52]
    summary = _verdict_of(world, values, target=60)
    assert summary.direction == "up"
    assert summary.judged.lower < 60 < summary.judged.upper
    assert summary.track == selectors.UNCLEAR
    assert "2030" in summary.verdict
    assert summary.verdict != _(
        "The curve moves toward the target, but at this pace it does not reach it by %(year)s."
    ) % {"year": 2030}


def test_a_slow_clear_trend_that_stays_short_of_the_target_is_off_track(world):
    values = [40 + 0.5 * i + (0.1 if i % 2 else -0.1) for i in range(10)]
    summary = _verdict_of(world, values, target=90)
    assert summary.direction == "up" and summary.judged.upper < 90
    assert summary.track == selectors.OFF_TRACK


def test_a_target_year_gone_by_is_judged_on_next_years_forecast(world):
    values = [40 + 3 * i + (0.2 if i % 2 else -0.2) for i in range(10)]
    summary = _verdict_of(world, values, target=60, target_period=2020)
    assert summary.judged.period == 2025
    assert summary.track == selectors.ON_TRACK and "2025" in summary.verdict


def test_programme_dashboard_has_a_row_per_goal(client, world):
    data = selectors.programme_dashboard(programme=world["programme"])
    rows = {row.goal.pk: row for row in data["rows"]}
    row = rows[world["goal"].pk]
    assert (row.actions_total, row.actions_running, row.actions_stalling) == (3, 2, 1)
    assert (row.on_track, row.off_track, row.unclear) == (1, 1, 0)
    assert rows[world["other_goal"].pk].actions_total == 1
    response = _get(client, world, "monitoring:dashboard")
    assert response.status_code == 200
    assert (
        reverse("monitoring:goal-dashboard", args=[world["programme"].slug, world["goal"].pk])
        in response.content.decode()
    )


def test_the_closed_form_trend_is_statsmodels_trend(world):
    points = [(year, 40 + 3 * (year - 2015) + (year % 3)) for year in YEARS]
    periods, values = zip(*points, strict=True)
    ours = trends.ols_trend(periods, values, forecast=[2025, 2030])
    theirs = statistics.ols_trend(periods, values, forecast=[2025, 2030])
    for field in ("slope", "slope_se", "slope_lower", "slope_upper", "slope_p", "intercept"):
        assert getattr(ours, field) == pytest.approx(getattr(theirs, field), rel=1e-9)
    for mine, reference in zip(ours.forecasts, theirs.forecasts, strict=True):
        assert mine.lower == pytest.approx(reference.lower, rel=1e-9)
        assert mine.upper == pytest.approx(reference.upper, rel=1e-9)
    summary = selectors.indicator_summary(indicator=world["rising"])
    reference = analysis.indicator_trend(indicator=world["rising"])
    assert summary.trend.slope == pytest.approx(reference.trend.slope)
    assert summary.forecast.upper == pytest.approx(reference.trend.forecasts[0].upper)


def test_a_changed_figure_gives_a_new_trend_not_the_cached_one(world):
    before = selectors.indicator_summary(indicator=world["rising"]).trend.slope
    IndicatorValue.objects.filter(indicator=world["rising"], period=2024).update(value=0)
    after = selectors.indicator_summary(indicator=world["rising"]).trend.slope
    assert after < before


def test_svg_download_is_valid_and_says_what_it_shows(client, world):
    response = _get(
        client, world, "monitoring:chart-svg", "indicator", indicator=world["rising"].pk
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    root = ET.fromstring(  # noqa: S314
        response.content
    )
    ns = "{http://www.w3.org/2000/svg}"
    assert root.tag == f"{ns}svg"
    assert root.find(f"{ns}title").text.startswith("Kent de buren")
    forecast = _("Forecast for %(year)s: %(value)s (95%% prediction interval %(low)s to %(high)s).")
    assert forecast.split("%(year)s")[0] + "2025" in root.find(f"{ns}desc").text


def test_excel_download_holds_the_tables_figures(client, world):
    response = _get(
        client, world, "monitoring:chart-xlsx", "indicator", indicator=world["rising"].pk
    )
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    chart = charts.trend_chart(selectors.indicator_summary(indicator=world["rising"]))
    assert rows[0] == chart.headers
    assert rows[1:] == chart.rows
    page = _get(client, world, "monitoring:goal-dashboard", world["goal"].pk).content.decode()
    assert [row[0] for row in chart.rows] == [*YEARS, 2025, 2030]
    for value in (chart.rows[0][2], chart.rows[-2][5], chart.rows[-1][2]):  # figure, bound, target
        assert number_format(value, 2) in page


def test_actions_download_counts_per_status(client, world):
    response = _get(client, world, "monitoring:chart-xlsx", "acties", goal=world["goal"].pk)
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    counts = dict(rows[1:])
    assert counts[str(ActionStatus.RUNNING.label)] == 2
    assert counts[str(ActionStatus.FINISHED.label)] == 1
    whole = _get(client, world, "monitoring:chart-svg", "acties")
    assert whole.status_code == 200
    ET.fromstring(  # noqa: S314
        whole.content
    )


@pytest.mark.parametrize(
    ("chart", "params"),
    [
        ("indicator", {}),
        ("indicator", {"indicator": "abc"}),
        ("indicator", {"indicator": "9" * 30}),
        ("indicator", {"indicator": ["1", "2"]}),
        ("indicator", {"indicator": "0"}),
        ("acties", {"goal": "\x00"}),
        ("acties", {"goal": "999999"}),
        ("aspecten", {}),
        ("aspecten", {"survey": "-1"}),
        ("bestaat-niet", {}),
    ],
)
@pytest.mark.parametrize("name", ["monitoring:chart-svg", "monitoring:chart-xlsx"])
def test_bad_parameters_are_a_dutch_404(client, world, name, chart, params):
    response = _get(client, world, name, chart, role=Role.ANALYST, **params)
    assert response.status_code == 404
    assert _("Chart not found") in response.content.decode()


def test_an_indicator_of_another_programme_is_not_found(client, world, other_programme):
    foreign = IndicatorFactory(programme=other_programme, name="Geheim")
    response = _get(client, world, "monitoring:chart-svg", "indicator", indicator=foreign.pk)
    assert response.status_code == 404
    assert b"Geheim" not in response.content


def test_goal_of_another_programme_is_not_found(client, world, other_programme):
    foreign = GoalFactory(programme=other_programme, title="Geheim doel")
    response = _get(client, world, "monitoring:goal-dashboard", foreign.pk)
    assert response.status_code == 404


def test_every_member_reads_outsiders_do_not(client, world, outsider):
    for role in Role.values:
        assert _get(client, world, "monitoring:dashboard", role=role).status_code == 200
    client.force_login(outsider)
    url = reverse("monitoring:dashboard", args=[world["programme"].slug])
    assert client.get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302


def test_goal_page_panel_shows_indicators_with_trend_and_target(client, world):
    client.force_login(world["members"][Role.VIEWER])
    url = reverse("goals:goal-detail", args=[world["programme"].slug, world["goal"].pk])
    html = client.get(url).content.decode()
    assert "Kent de buren" in html
    assert _("rising") in html and _("falling") in html
    assert (
        reverse("monitoring:goal-dashboard", args=[world["programme"].slug, world["goal"].pk])
        in html
    )
    assert "komen met monitoring" not in html  # the fallback's empty state gave way
    assert html.count('id="goal-indicators"') == 1


def _count(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_queries_do_not_grow_with_indicators_goals_or_actions(
    client, world, django_assert_max_num_queries
):
    client.force_login(world["members"][Role.VIEWER])
    slug, goal = world["programme"].slug, world["goal"]
    goal_url = reverse("monitoring:goal-dashboard", args=[slug, goal.pk])
    programme_url = reverse("monitoring:dashboard", args=[slug])
    client.get(goal_url)  # the session's first request writes what later ones only read
    before = (_count(client, goal_url), _count(client, programme_url))
    for number in range(6):
        _indicator(
            world["programme"], world["area"], goal, name=f"Extra {number}", slope=1, target=90
        )
        extra_goal = GoalFactory(programme=world["programme"])
        ActionFactory(programme=world["programme"], goals=[goal, extra_goal])
    after = (_count(client, goal_url), _count(client, programme_url))
    assert after == before
    with django_assert_max_num_queries(25):
        client.get(goal_url)
    with django_assert_max_num_queries(20):
        client.get(programme_url)


def test_aspects_chart_has_a_line_per_aspect_and_hides_small_groups():
    class Named:
        def __init__(self, name, pk=1):
            self.name = self.title = name
            self.pk = pk

    block = {
        "survey": Named("Professionals"),
        "waves": [
            {
                "wave": Named("Meting 2024"),
                "aspects": ["Bewustwording", "Ontwikkeling", "Randvoorwaarden"],
                "cells": [(40, 62.5, 58.0, 67.0), (40, 55.0, 50.0, 60.0), (None, None, None, None)],
            },
            {
                "wave": Named("Meting 2025"),
                "aspects": ["Bewustwording", "Ontwikkeling", "Randvoorwaarden"],
                "cells": [(42, 66.0, 61.0, 71.0), (42, 57.5, 53.0, 62.0), (42, 48.0, 43.0, 53.0)],
            },
        ],
    }
    chart = charts.aspects_chart(block)
    assert chart.rows[0][1:5] == [62.5, 58.0, 67.0, 40]
    assert chart.rows[0][9:13] == [None, None, None, None]
    root = ET.fromstring(  # noqa: S314
        str(chart.svg(standalone=True)).split("\n", 1)[1]
    )
    assert len(root.findall("{http://www.w3.org/2000/svg}polyline")) == 2
    assert "Meting 2025" in chart.description


def professionals_with_two_waves(programme):
    """The shipped professionals' survey with two waves of 60 answers each (above its smallest base of 50), in which
    awareness grows from neutral to full agreement."""
    from samenspel.surveys.building import services as building
    from samenspel.surveys.collecting import services as collecting
    from samenspel.surveys.models import Answer, Question, Response, ResponseStatus

    survey = building.survey_from_questionnaire(programme=programme, code="professionals", by=None)
    questions = {q.code: q for q in Question.objects.filter(section__survey=survey)}
    for name, awareness in [("Nulmeting", 3), ("Eerste meting", 5)]:
        wave = collecting.wave_create(survey=survey, name=name, by=None)
        for number in range(60):
            response = Response.objects.create(wave=wave, status=ResponseStatus.COMPLETE)
            answers = {
                "organisatiesoort": str(2 + number % 2),
                "bewustwording": {str(i): awareness for i in range(1, 5)},
                "ontwikkeling": {str(i): 4 for i in range(1, 5)},
                "randvoorwaarden": {str(i): 2 for i in range(1, 5)},
            }
            Answer.objects.bulk_create(
                Answer(response=response, question=questions[code], value=value)
                for code, value in answers.items()
                if code in questions
            )
    return survey


def test_aspects_of_professionals_capacity_per_wave(client, world):
    survey = professionals_with_two_waves(world["programme"])
    [block] = selectors.aspects_over_time(programme=world["programme"])
    assert [row["wave"].name for row in block["waves"]] == ["Nulmeting", "Eerste meting"]
    awareness = [row["cells"][0][1] for row in block["waves"]]
    assert awareness == [pytest.approx(50.0), pytest.approx(100.0)]
    html = _get(
        client, world, "monitoring:goal-dashboard", world["goal"].pk, role=Role.ANALYST
    ).content.decode()
    assert "Nulmeting" in html and html.count("<svg") == 4
    response = _get(
        client, world, "monitoring:chart-xlsx", "aspecten", survey=survey.pk, role=Role.ANALYST
    )
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    assert [row[0] for row in rows[1:]] == ["Nulmeting", "Eerste meting"]
    assert rows[2][1] == pytest.approx(100.0)


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (Role.PROJECT_TEAM, True),
        (Role.ANALYST, True),
        (Role.LEAD, False),
        (Role.PARTNER, False),
        (Role.VIEWER, False),
    ],
)
def test_survey_results_only_for_those_who_may_read_them(client, world, role, allowed):
    survey = professionals_with_two_waves(world["programme"])
    html = _get(client, world, "monitoring:goal-dashboard", world["goal"].pk, role=role)
    assert html.status_code == 200
    page = html.content.decode()
    assert ("Nulmeting" in page) is allowed
    assert ('id="goal-aspects"' in page) is allowed
    assert ("Kent de buren" in page) is True  # the indicators are every member's
    for name in ("monitoring:chart-svg", "monitoring:chart-xlsx"):
        response = _get(client, world, name, "aspecten", survey=survey.pk, role=role)
        assert response.status_code == (200 if allowed else 403)
        assert (b"Nulmeting" in response.content) is (allowed and name.endswith("svg"))


def test_aspect_downloads_are_not_found_for_outsiders(client, world, outsider):
    survey = professionals_with_two_waves(world["programme"])
    client.force_login(outsider)
    for name in ("monitoring:chart-svg", "monitoring:chart-xlsx"):
        url = reverse(name, args=[world["programme"].slug, "aspecten"])
        assert client.get(url, {"survey": survey.pk}).status_code == 404


def test_a_figure_about_too_few_people_is_shown_nowhere(client, world):
    from samenspel.monitoring.selectors import small_group_threshold

    minimum = small_group_threshold(programme=world["programme"])
    rising = world["rising"]
    IndicatorValue.objects.filter(indicator=rising, period=2024).update(value=77.77, n=minimum - 1)
    IndicatorValue.objects.filter(indicator=rising, period=2023).update(n=minimum)
    summary = selectors.indicator_summary(indicator=rising)
    assert [point.period for point in summary.points] == list(YEARS)[:-1]
    assert summary.hidden == 1
    # A line through it would give it away: no trend, so no claim either.
    assert summary.trend is None and summary.track == selectors.UNCLEAR
    assert summary.latest.period == 2023
    shown = number_format(77.77, 2)
    page = _get(client, world, "monitoring:goal-dashboard", world["goal"].pk).content.decode()
    assert shown not in page and "77.77" not in page
    section = page.split("Kent de buren", 1)[1].split("Voelt zich thuis", 1)[0]
    assert 'scope="row">2024<' not in section and 'scope="row">2023<' in section
    svg = _get(client, world, "monitoring:chart-svg", "indicator", indicator=rising.pk)
    assert (
        svg.status_code == 200 and b"77.77" not in svg.content and shown.encode() not in svg.content
    )
    xlsx = _get(client, world, "monitoring:chart-xlsx", "indicator", indicator=rising.pk)
    rows = list(load_workbook(io.BytesIO(xlsx.content)).active.iter_rows(values_only=True))
    assert 2024 not in [row[0] for row in rows[1:]]
    assert 77.77 not in [cell for row in rows for cell in row]
    client.force_login(world["members"][Role.VIEWER])
    panel = client.get(
        reverse("goals:goal-detail", args=[world["programme"].slug, world["goal"].pk])
    ).content.decode()
    row = panel.split('scope="row">Kent de buren', 1)[1].split("</tr>", 1)[0]
    assert number_format(77.77, 1) not in row and "(2024)" not in row and "(2023)" in row


def test_a_hidden_figure_before_the_baseline_leaves_the_trend_alone(world):
    IndicatorValue.objects.create(
        indicator=world["rising"], area=world["area"], period=2010, value=12.0, n=1
    )
    summary = selectors.indicator_summary(indicator=world["rising"])
    assert summary.hidden == 1 and summary.trend is not None
    assert 2010 not in [point.period for point in summary.points]


def test_quotes_are_masked(client, world):
    Quote.objects.create(
        programme=world["programme"],
        goal=world["goal"],
        text="Bel me op 06-12345678 of mail jan@example.org.",
    )
    Quote.objects.create(programme=world["programme"], text="Schrijf naar piet@example.org.")
    page = _get(client, world, "monitoring:goal-dashboard", world["goal"].pk).content.decode()
    assert "06-12345678" not in page and "jan@example.org" not in page
    assert "Bel me op" in page
    whole = _get(client, world, "monitoring:dashboard").content.decode()
    assert "Schrijf naar" in whole and "piet@example.org" not in whole
