"""Monitoring for the demo programmes, loaded through the monitoring services: areas with
fictional shapes, indicators per goal with eight years of figures (some turning toward their
target after the approach began, some not, and one that shows an effect against the villages
where the approach did not run), figures asked of partners, needs and commitments, evaluation
texts and quotes."""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from samenspel.actions.models import Action
from samenspel.core.audit import AuditVerb, record
from samenspel.core.models import Programme
from samenspel.goals.models import Goal
from samenspel.monitoring import services
from samenspel.monitoring.feeds.services import programme_feeds_refresh
from samenspel.monitoring.models import AreaLevel, ValueSource
from samenspel.stakeholders import services as register_services
from samenspel.stakeholders.models import Person

from . import monitoring_data as data
from .shapes import HexGrid

LOCAL = "brinkeveld-onder-de-loep"
REGION = "regio-zandmeren-in-balans"
COUNTRY = {"code": "NL01", "name": "Nederland", "inhabitants": 17_900_000}
# A yardstick's figures rest on a national sample, not on everyone.
COUNTRY_BASE = 180_000


class Unit:
    """An area whose figures the curves describe: a village, or a municipality of the region."""

    def __init__(self, area, inhabitants: int, offset: float, treated: bool):
        self.area, self.inhabitants, self.offset, self.treated = area, inhabitants, offset, treated


def load_demo_monitoring(
    programme: Programme, progress: Callable[[str], None] = print, *, by=None
) -> None:
    """Load the monitoring of one demo programme (others are left alone). Idempotent."""
    if programme.slug not in (LOCAL, REGION) or programme.areas.exists():
        return
    with transaction.atomic():
        if programme.slug == LOCAL:
            home, units = _local_areas(programme, by)
        else:
            home, units = _region_areas(programme, by)
        country = services.area_create(
            programme=programme,
            code=COUNTRY["code"],
            name=COUNTRY["name"],
            level=AreaLevel.COUNTRY,
            by=by,
        )
        count = sum(
            _indicator(programme, spec, home, country, units, by)
            for spec in data.INDICATORS[programme.slug]
        )
        if programme.slug == LOCAL:
            _survey_feed(programme, by)
            _link_partner_account(programme, by)
            _figure_requests(programme, by)
            _needs_and_commitments(programme, by)
        _texts_and_quotes(programme, by)
    progress(
        f"  {programme.name}: {programme.areas.count()} gebieden, "
        f"{programme.indicators.count()} indicatoren met {count} cijfers"
    )


# Areas ------------------------------------------------------------------------------------


def _local_areas(programme: Programme, by) -> tuple:
    """Brinkeveld: the municipality, its six villages as districts and their neighbourhoods."""
    grid = HexGrid(centre=(6.1, 52.2), columns=6, rows=4, size_km=1.6, seed=LOCAL)
    municipality = services.area_create(
        programme=programme,
        code="GM9001",
        name="Brinkeveld",
        level=AreaLevel.MUNICIPALITY,
        geometry=grid.polygon(grid.block(0, 0, 6, 4)),
        by=by,
    )
    units = []
    for index, (name, (column, row), inhabitants, parts) in enumerate(data.VILLAGES, start=1):
        district = services.area_create(
            programme=programme,
            code=f"WK9001{index:02d}",
            name=name,
            level=AreaLevel.DISTRICT,
            parent=municipality,
            geometry=grid.polygon(grid.block(column, row)),
            by=by,
        )
        for part, (part_name, cells) in enumerate(parts, start=1):
            services.area_create(
                programme=programme,
                code=f"BU9001{index:02d}{part:02d}",
                name=part_name,
                level=AreaLevel.NEIGHBOURHOOD,
                parent=district,
                geometry=grid.polygon([(column + c, row + r) for c, r in cells]),
                by=by,
            )
        treated = name in data.APPROACH_VILLAGES
        units.append(Unit(district, inhabitants, data.VILLAGE_OFFSETS[index - 1], treated))
    return municipality, units


def _region_areas(programme: Programme, by) -> tuple:
    """Regio Zandmeren, lighter: its four municipalities with their shapes."""
    grid = HexGrid(centre=(5.85, 51.95), columns=4, rows=4, size_km=3.2, seed=REGION)
    units = []
    for index, (name, code, (column, row), inhabitants) in enumerate(data.REGION_MUNICIPALITIES):
        area = services.area_create(
            programme=programme,
            code=code,
            name=name,
            level=AreaLevel.MUNICIPALITY,
            geometry=grid.polygon(grid.block(column, row)),
            by=by,
        )
        units.append(Unit(area, inhabitants, data.VILLAGE_OFFSETS[index], False))
    return None, units


# Indicators and their figures -------------------------------------------------------------


def _goals(programme: Programme, titles) -> list[Goal]:
    return list(Goal.objects.filter(programme=programme, title__in=titles))


def _indicator(programme, spec: dict, home, country, units: list[Unit], by) -> int:
    fields = {key: value for key, value in spec.items() if key in services.INDICATOR_FIELDS}
    indicator = services.indicator_create(
        programme=programme, goals=_goals(programme, spec["goals"]), by=by, **fields
    )
    cells = []
    rng = _rng(programme.slug, spec)
    if "curve" in spec:
        names = spec.get("groups", {})
        groups = {g.name: g for g in programme.target_groups.filter(name__in=names)}
        cells += _curve_cells(spec, home, country, units, groups, rng)
    if "counts" in spec:
        cells += _count_cells(spec["counts"], home, units, rng)
    for period, (value, n) in spec.get("municipality", {}).items():
        cells.append({"period": period, "value": value, "n": n, "area": home})
    if "organisation" in spec:
        name, figures = spec["organisation"]
        organisation = programme.organisations.filter(name=name).first()
        for period, (value, n) in figures.items() if organisation else ():
            cells.append(
                {
                    "period": period,
                    "value": value,
                    "n": n,
                    "organisation": organisation,
                    "source": ValueSource.PARTNER,
                }
            )
    source = ValueSource.STATLINE if "CBS" in spec.get("source", "") else ValueSource.FILE
    for cell in cells:
        cell.setdefault("source", source)
        services.value_set(indicator=indicator, by=by, audit=False, **cell)
    # The figures arrive as one import would bring them: one event for the lot.
    record(by=by, verb=AuditVerb.CHANGED, obj=indicator, fields=["values"], count=len(cells))
    return len(cells)


def _rng(slug: str, spec: dict) -> random.Random:
    """The indicator's own fixed noise; a curve's ``seed`` picks another draw of it."""
    seed = spec.get("curve", {}).get("seed")
    return random.Random(f"{slug}:{spec['code']}" + (f":{seed}" if seed else ""))


def _interval(value: float, n: int, unit: str) -> dict:
    """A 95% interval for a percentage on its base; other units carry none."""
    if unit != "%" or not n:
        return {}
    spread = 1.96 * math.sqrt(max(value * (100 - value), 1.0) / n)
    return {
        "lower": round(max(value - spread, 0.0), 1),
        "upper": round(min(value + spread, 100), 1),
    }


def _curve_value(curve: dict, offset: float, year: int, slope_after: float) -> float:
    turn = data.APPROACH_YEAR
    return (
        curve["start"]
        + offset * curve["spread"]
        + curve["before"] * (min(year, turn) - data.YEARS.start)
        + slope_after * max(year - turn, 0)
    )


def _curve_cells(spec: dict, home, country, units: list[Unit], groups: dict, rng) -> list[dict]:
    """Each unit's figure per year (and per target group found in ``groups``), the
    municipality's as their weighted mean, and the country's from its own curve."""
    curve, unit = spec["curve"], spec.get("unit", "")
    decimals = curve.get("decimals", 1)
    cells = []
    for year in data.YEARS:
        weighted = total = n_total = 0
        for unit_area in units:
            slope = (
                curve.get("treated_after", curve["after"]) if unit_area.treated else curve["after"]
            )
            value = _curve_value(curve, unit_area.offset, year, slope) + rng.gauss(
                0, curve["noise"]
            )
            value = round(value, decimals)
            n = round(unit_area.inhabitants * curve["n"] * rng.uniform(0.9, 1.1))
            cells.append(
                {"period": year, "value": value, "n": n, "area": unit_area.area}
                | _interval(value, n, unit)
            )
            weighted += value * unit_area.inhabitants
            total += unit_area.inhabitants
            n_total += n
            for name, (shift, share) in spec.get("groups", {}).items():
                # Drawn even for a group the programme lacks, so the other figures stay put.
                group_n = round(unit_area.inhabitants * share * rng.uniform(0.85, 1.15))
                group_value = round(value + shift + rng.gauss(0, 2 * curve["noise"]), decimals)
                if name in groups:
                    cells.append(
                        {
                            "period": year,
                            "value": group_value,
                            "n": group_n,
                            "area": unit_area.area,
                            "target_group": groups[name],
                        }
                    )
        if home is not None:
            value = round(weighted / total, decimals)
            cells.append(
                {"period": year, "value": value, "n": n_total, "area": home}
                | _interval(value, n_total, unit)
            )
            for name, (shift, share) in spec.get("groups", {}).items():
                if name in groups:
                    cells.append(
                        {
                            "period": year,
                            "value": round(value + shift, decimals),
                            "n": round(total * share),
                            "area": home,
                            "target_group": groups[name],
                        }
                    )
        if "country" in spec:
            yardstick = spec["country"] | {"spread": 0}
            value = _curve_value(yardstick, 0, year, yardstick["after"])
            value = round(value + rng.gauss(0, curve["noise"] / 5), decimals)
            cells.append(
                {"period": year, "value": value, "n": COUNTRY_BASE, "area": country}
                | _interval(value, COUNTRY_BASE, unit)
            )
    return cells


def _count_cells(counts: dict, home, units, rng) -> list[dict]:
    """Counts per village (per thousand inhabitants, more where the approach ran), summed for
    the municipality."""
    cells = []
    for year in data.PERFORMANCE_YEARS:
        total = 0
        for unit_area in units:
            rate = counts["start"] + counts["after"] * (year - data.APPROACH_YEAR)
            rate += counts["treated_extra"] if unit_area.treated else 0
            value = max(
                round(unit_area.inhabitants / 1000 * (rate + rng.gauss(0, counts["noise"]))), 0
            )
            cells.append({"period": year, "value": value, "area": unit_area.area})
            total += value
        if home is not None:
            cells.append({"period": year, "value": total, "area": home})
    return cells


def _survey_feed(programme: Programme, by) -> None:
    """An indicator fed by the needs survey's loneliness statement (computed by the feeds)."""
    from samenspel.surveys.models import Question

    spec = data.SURVEY_FEED
    question = (
        Question.objects.filter(
            section__survey__programme=programme,
            section__survey__audience="residents",
            code=spec["question"],
        )
        .select_related("section__survey")
        .first()
    )
    if question is None:
        return
    fields = {key: value for key, value in spec.items() if key in services.INDICATOR_FIELDS}
    services.indicator_create(
        programme=programme,
        goals=_goals(programme, spec["goals"]),
        feed_survey=question.section.survey,
        feed_question=question,
        by=by,
        **fields,
    )
    spec = data.ACTION_BOOK_FEED
    fields = {key: value for key, value in spec.items() if key in services.INDICATOR_FIELDS}
    services.indicator_create(
        programme=programme, goals=_goals(programme, spec["goals"]), by=by, **fields
    )
    # The feeds compute both from the demo's waves and actions, as they will after each change.
    programme_feeds_refresh(programme=programme, by=by)


# Figures asked of partners, needs and commitments ----------------------------------------


def _link_partner_account(programme: Programme, by) -> None:
    """The demo partner account works at the GGD, so that it can deliver what the GGD is
    asked for."""
    user = get_user_model().objects.filter(username="partner").first()
    organisation = programme.organisations.filter(name="GGD Linderdal").first()
    if user is None or organisation is None or Person.objects.filter(user=user).exists():
        return
    register_services.person_create(
        programme=programme,
        name=user.get_full_name() or user.get_username(),
        organisation=organisation,
        function="Epidemioloog",
        email=user.email,
        user=user,
        by=by,
    )


def _figure_requests(programme: Programme, by) -> None:
    today = timezone.localdate()
    indicators = {indicator.code: indicator for indicator in programme.indicators.all()}
    for code, name, period, due_in, delivered, message in data.FIGURE_REQUESTS:
        organisation = programme.organisations.filter(name=name).first()
        if organisation is None or code not in indicators:
            continue
        request = services.figure_request_create(
            indicator=indicators[code],
            organisation=organisation,
            period=period,
            due_date=today + timedelta(days=due_in),
            message=message,
            by=by,
        )
        if delivered is not None:
            value, n = delivered
            services.figure_deliver(request=request, value=value, n=n, by=None)


def _needs_and_commitments(programme: Programme, by) -> None:
    actions = {action.title: action for action in Action.objects.filter(programme=programme)}
    for title, hours, euros, places in data.RESOURCE_NEEDS:
        if title in actions:
            services.resource_need_set(
                action=actions[title], hours=hours, euros=euros, places=places, by=by
            )
    organisations = {org.name: org for org in programme.organisations.all()}
    goals = {goal.title: goal for goal in Goal.objects.filter(programme=programme)}
    for name, action, goal, period, hours, euros, places, note in data.COMMITMENTS:
        target = {"action": actions.get(action)} if action else {"goal": goals.get(goal)}
        if name not in organisations or None in target.values():
            continue
        services.commitment_create(
            programme=programme,
            organisation=organisations[name],
            period=period,
            hours=hours,
            euros=euros,
            places=places,
            note=note,
            by=by,
            **target,
        )


# Evaluation texts and quotes --------------------------------------------------------------


def _texts_and_quotes(programme: Programme, by) -> None:
    for section, text in data.EVALUATION_TEXTS.get(programme.slug, {}).items():
        services.evaluation_text_save(programme=programme, section=section, text=text, by=by)
    goals = {goal.title: goal for goal in Goal.objects.filter(programme=programme)}
    for title, text, attribution in data.QUOTES.get(programme.slug, []):
        services.quote_create(
            programme=programme, text=text, attribution=attribution, goal=goals.get(title), by=by
        )
