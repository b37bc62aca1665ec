"""The demo's monitoring, loaded on its own into a small programme with the demo's slug: the
full demo takes minutes, this part a second."""

import json
import time
from collections import Counter

import pytest

from samenspel.core.tests.factories import ProgrammeFactory
from samenspel.demo import monitoring_data as data
from samenspel.demo.monitoring import LOCAL, REGION, load_demo_monitoring
from samenspel.demo.shapes import HexGrid, ring_area
from samenspel.goals.tests.factories import GoalFactory
from samenspel.monitoring import statistics
from samenspel.monitoring.analysis import indicator_impact, indicator_trend
from samenspel.monitoring.models import AreaLevel, FigureRequest
from samenspel.monitoring.selectors import home_area, series
from samenspel.stakeholders.tests.factories import OrganisationFactory, TargetGroupFactory

pytestmark = pytest.mark.django_db

TREATED = ["WK900101", "WK900102", "WK900105"]  # Brinkhoven, Oosterlinde, Heggenrade


def _programme(slug: str):
    programme = ProgrammeFactory(slug=slug, name=slug)
    titles = {title for spec in data.INDICATORS[slug] for title in spec["goals"]}
    titles |= {title for title, _text, _by in data.QUOTES[slug]}
    for title in sorted(titles):
        GoalFactory(programme=programme, title=title)
    for name in ("Alleenwonende ouderen van 75 jaar en ouder", "Jongeren van 12 tot 23 jaar"):
        TargetGroupFactory(programme=programme, name=name)
    for name in ("Stichting Welzijn Brinkeveld", "GGD Linderdal", "Supermarkt Van Dalen"):
        OrganisationFactory(programme=programme, name=name)
    return programme


@pytest.fixture
def local():
    programme = _programme(LOCAL)
    started = time.perf_counter()
    load_demo_monitoring(programme, progress=lambda _line: None)
    programme.load_seconds = time.perf_counter() - started
    return programme


def _edges(geometry) -> Counter:
    ring = [tuple(point) for point in geometry["coordinates"][0]]
    return Counter(zip(ring, ring[1:], strict=False))


def test_areas_have_valid_shapes_that_tile(local):
    areas = {area.code: area for area in local.areas.all()}
    assert areas["NL01"].level == AreaLevel.COUNTRY and areas["NL01"].name == "Nederland"
    municipality = areas["GM9001"]
    districts = [a for a in areas.values() if a.level == AreaLevel.DISTRICT]
    assert {d.name for d in districts} == {name for name, *_rest in data.VILLAGES}
    assert len(areas) == 2 + len(data.VILLAGES) + sum(len(v[3]) for v in data.VILLAGES)
    for area in (a for a in areas.values() if a.level != AreaLevel.COUNTRY):
        ring = area.geometry["coordinates"][0]
        assert area.geometry["type"] == "Polygon" and ring[0] == ring[-1] and len(ring) >= 7
        assert all(5.8 < lon < 6.4 and 52.0 < lat < 52.4 for lon, lat in ring)
        assert ring_area(ring) > 0, "exterior rings run counter-clockwise (RFC 7946)"
    for level, parent_of in ((AreaLevel.DISTRICT, None), (AreaLevel.NEIGHBOURHOOD, "district")):
        pieces = [a for a in areas.values() if a.level == level]
        edges = sum((_edges(a.geometry) for a in pieces), Counter())
        assert max(edges.values()) == 1, "no two pieces run along an edge the same way"
        whole = sum(ring_area(a.geometry["coordinates"][0]) for a in pieces)
        assert whole == pytest.approx(ring_area(municipality.geometry["coordinates"][0]))
        # Every edge inside the municipality is shared, in opposite directions, by two pieces.
        outside = _edges(municipality.geometry)
        for a, b in edges:
            assert (b, a) in edges or (a, b) in outside
        if parent_of:
            for district in districts:
                inside = sum(
                    ring_area(c.geometry["coordinates"][0]) for c in district.children.all()
                )
                assert inside == pytest.approx(ring_area(district.geometry["coordinates"][0]))


def test_a_grid_outline_refuses_cells_with_a_hole():
    grid = HexGrid(centre=(6.1, 52.2), columns=3, rows=3, size_km=1)
    ring = [cell for cell in grid.block(0, 0, 3, 3) if cell != (1, 1)]
    with pytest.raises(ValueError):
        grid.outline(ring)


def test_indicators_run_over_eight_years_some_turning_and_some_not(local):
    home = home_area(programme=local)
    assert local.indicators.count() >= 8
    lonely = local.indicators.get(code="eenzaam")
    assert lonely.goals.exists() and lonely.baseline_period == data.APPROACH_YEAR
    points = series(indicator=lonely, area=home)
    assert [p.period for p in points] == list(data.YEARS) and all(p.n for p in points)
    country = local.areas.get(code="NL01")
    assert len(series(indicator=lonely, area=country)) == len(data.YEARS)
    group = local.target_groups.get(name="Alleenwonende ouderen van 75 jaar en ouder")
    assert len(series(indicator=lonely, area=home, target_group=group)) == len(data.YEARS)

    def slopes(code):
        indicator = local.indicators.get(code=code)
        values = series(indicator=indicator, area=home)
        before = [p for p in values if p.period <= data.APPROACH_YEAR]
        good = 1 if indicator.higher_is_better else -1
        slope_before = statistics.ols_trend([p.period for p in before], [p.value for p in before])
        slope_since = indicator_trend(indicator=indicator).trend  # from the baseline year on
        return good * slope_before.slope, good * slope_since.slope

    for code in ("eenzaam", "vrijwilligers", "mantelzorg-zwaar"):
        before, since = slopes(code)
        assert before < 0 < since, f"{code} turns toward its target after the approach began"
    for code in ("gezond", "schulden"):
        before, since = slopes(code)
        assert before < 0 and since < 0, f"{code} keeps going the wrong way"


def test_the_approach_villages_show_an_effect_and_a_control_shows_none(local):
    effect = indicator_impact(
        indicator=local.indicators.get(code="eenzaam"),
        treated_codes=TREATED,
        before=2021,
        after=2024,
    ).estimate
    assert effect.evidence == "clear" and effect.estimate < -3 and effect.upper < 0
    assert (effect.n_treated, effect.n_control) == (3, 3)
    control = indicator_impact(
        indicator=local.indicators.get(code="gezond"),
        treated_codes=TREATED,
        before=2021,
        after=2024,
    ).estimate
    assert control.evidence == "none" and control.lower < 0 < control.upper
    # Nowhere else may the demo's noise pass for an effect of the approach.
    for code in ("vrijwilligers", "mantelzorg-zwaar", "schulden", "tevreden-leven"):
        found = indicator_impact(
            indicator=local.indicators.get(code=code),
            treated_codes=TREATED,
            before=2021,
            after=2024,
        ).estimate
        assert found.p_value > 0.2, code


def test_partners_needs_texts_and_quotes(local):
    requests = FigureRequest.objects.filter(indicator__programme=local)
    delivered = requests.filter(delivered_at__isnull=False)
    assert delivered.count() == 1 and delivered.get().delivered_value.value == 86.0
    outstanding = requests.filter(delivered_at__isnull=True)
    assert {r.due_date > r.created_at.date() for r in outstanding} == {True, False}
    assert len({r.organisation_id for r in requests}) == 2
    assert local.commitments.filter(goal__isnull=False).exists()
    assert local.evaluation_texts.filter(section="results").exists()
    assert local.quotes.filter(goal__isnull=False).count() >= 5
    assert all(quote.attribution for quote in local.quotes.all())


def test_loading_is_quick_deterministic_and_idempotent(local):
    assert local.load_seconds < 10
    count = local.areas.count()
    load_demo_monitoring(local, progress=lambda _line: None)
    assert local.areas.count() == count
    again = _programme(REGION)
    load_demo_monitoring(again, progress=lambda _line: None)
    assert again.areas.filter(level=AreaLevel.MUNICIPALITY).count() == 4
    assert again.indicators.get(code="energiearmoede").values.count() == 5 * len(data.YEARS)
    other = ProgrammeFactory(slug="elders")
    load_demo_monitoring(other, progress=lambda _line: None)
    assert not other.areas.exists(), "a programme that is not a demo gets nothing"


def _figures(programme) -> list:
    return list(
        programme.indicators.order_by("code")
        .values_list("code", "values__area__code", "values__period", "values__value")
        .order_by("code", "values__area__code", "values__target_group__name", "values__period")
    )


def test_the_same_figures_every_time(local):
    first = _figures(local)
    # Audit events keep a programme from being deleted: free its slug for a second load.
    type(local).objects.filter(pk=local.pk).update(slug="eerste-keer")
    again = _programme(LOCAL)
    load_demo_monitoring(again, progress=lambda _line: None)
    assert _figures(again) == first


def test_the_impact_command_finds_the_effect_in_the_demo(local):
    from io import StringIO

    from django.core.management import call_command

    def impact(code: str) -> dict:
        out = StringIO()
        call_command(
            "impact",
            "--programme",
            LOCAL,
            "--indicator",
            code,
            "--treated",
            ",".join(TREATED),
            "--before",
            "2021",
            "--after",
            "2024",
            "--json",
            stdout=out,
        )
        return json.loads(out.getvalue())

    assert impact("eenzaam")["evidence"] == "clear"
    assert impact("gezond")["evidence"] == "none"
