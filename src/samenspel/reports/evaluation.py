"""The evaluation report, in the spirit of the Voorst text: per phase what went well and less
well, per aspect what succeeded, concrete results per goal with their figures, the money spent
and what is needed to embed it.

Asking for it takes a snapshot (plain JSON) of everything the report shows; the PDF and the
Word file are drawn from that snapshot only, so building the same document again gives the
same content, whatever changed in the programme since."""

from __future__ import annotations

import math
from collections import Counter

from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from samenspel.actions.models import ActionStatus
from samenspel.actions.selectors import actions_for_book
from samenspel.core.masking import mask
from samenspel.goals.selectors import goal_book
from samenspel.monitoring.analysis import indicator_trend
from samenspel.monitoring.evaluation.selectors import (
    evaluation_sections,
    preconditions_in_numbers,
    quotes_for_programme,
)
from samenspel.monitoring.models import EvaluationSection
from samenspel.monitoring.selectors import (
    home_area,
    indicators_for_programme,
    series,
    small_group_threshold,
)

from .action_book import _walk
from .evaluation_surveys import goals_measured, survey_figures
from .figures import chart_svg, difference, euros, number, with_unit
from .models import DocumentStep

SNAPSHOT_VERSION = 1

PHASES = [
    ("Onderzoeksfase", EvaluationSection.RESEARCH_WELL, EvaluationSection.RESEARCH_LESS),
    ("Uitvoeringsfase", EvaluationSection.EXECUTION_WELL, EvaluationSection.EXECUTION_LESS),
]
ASPECTS = [
    ("awareness", "Bewustwording", EvaluationSection.AWARENESS),
    ("development", "Ontwikkeling", EvaluationSection.DEVELOPMENT),
    ("preconditions", "Randvoorwaarden", EvaluationSection.PRECONDITIONS),
]
PLACEHOLDER = "Het projectteam heeft dit deel nog niet geschreven."
SURVEYS_LEFT_OUT = (
    "De uitkomsten van vragenlijsten staan niet in dit rapport: wie het aanvroeg, mag ze in "
    "dit programma niet inzien."
)


# --- The snapshot -----------------------------------------------------------------------


def may_see_surveys(user, programme) -> bool:
    """Whether the report asked for by ``user`` may carry survey results: only for those who
    may read them in the programme, as the survey pages allow."""
    return user is not None and user.has_perm("surveys.view_results", programme)


def _shown(point, threshold: int) -> bool:
    """A figure on too few people is not shown; one without n is no sample and is."""
    return point.n is None or point.n >= threshold


def trend_sentence(indicator, *, area=None, threshold: int | None = None) -> str:
    """How the municipality's curve runs in plain Dutch, never claiming more than the interval
    carries: a slope whose interval holds zero is no clear trend. A line through a figure the
    report does not show would give that figure away, so then there is no trend."""
    area = area or home_area(programme=indicator.programme)
    if threshold is None:
        threshold = small_group_threshold(programme=indicator.programme)
    if area is not None:
        in_range = [
            p
            for p in series(indicator=indicator, area=area)
            if not indicator.baseline_period or p.period >= indicator.baseline_period
        ]
        if any(not _shown(p, threshold) for p in in_range):
            return "Geen trend: een of meer cijfers rusten op te weinig mensen om te tonen."
    try:
        result = indicator_trend(indicator=indicator, area=area)
    except ValidationError:
        return "Nog geen trend: daarvoor zijn cijfers van minstens drie jaar nodig."
    trend = result.trend
    unit = indicator.unit
    interval = f"{difference(trend.slope_lower, unit)} tot {difference(trend.slope_upper, unit)}"
    if trend.slope_lower <= 0 <= trend.slope_upper:
        sentence = f"Geen duidelijke trend: de verandering per jaar ligt tussen {interval}."
    else:
        rising = trend.slope > 0
        good = rising == indicator.higher_is_better
        sentence = (
            f"De lijn {'stijgt' if rising else 'daalt'} met gemiddeld "
            f"{difference(abs(trend.slope), unit)} per jaar (95%-interval {interval}), "
            f"{'de goede' if good else 'de verkeerde'} kant op."
        )
    if trend.forecasts:
        forecast = trend.forecasts[0]
        sentence += (
            f" Verwacht voor {result.next_period}: {with_unit(forecast.value, unit)} "
            f"(95%-voorspellingsinterval {with_unit(forecast.lower, unit)} tot "
            f"{with_unit(forecast.upper, unit)})."
        )
    return sentence


def _indicator(indicator, area, threshold: int) -> dict:
    every = series(indicator=indicator, area=area) if area else []
    points = [p for p in every if _shown(p, threshold)]
    baseline = None
    if points:
        wanted = indicator.baseline_period
        baseline = next((p for p in points if p.period == wanted), None) if wanted else points[0]
        baseline = baseline or next((p for p in points if p.period >= (wanted or 0)), None)
    latest = points[-1] if points else None
    change = (
        latest.value - baseline.value
        if latest and baseline and latest.period > baseline.period
        else None
    )
    return {
        "name": indicator.name,
        "code": indicator.code,
        "unit": indicator.unit,
        "definition": indicator.definition,
        "kind": str(indicator.get_kind_display()),
        "direction": str(indicator.get_direction_display()),
        "higher_is_better": indicator.higher_is_better,
        "source": indicator.source,
        "area": area.name if area else "",
        "points": [[p.period, p.value] for p in points],
        "baseline": [baseline.period, baseline.value] if baseline else None,
        "latest": [latest.period, latest.value] if latest else None,
        "target": [indicator.target_period, indicator.target_value]
        if indicator.target_value is not None
        else None,
        "change": change,
        "trend": trend_sentence(indicator, area=area, threshold=threshold)
        if points
        else "Nog geen cijfers voor de gemeente.",
    }


def _resources(resources) -> dict:
    if resources is None:
        return {"hours": 0.0, "euros": 0.0, "places": 0}
    return {
        "hours": float(resources.hours),
        "euros": float(resources.euros),
        "places": int(resources.places),
    }


def _aspect_figures(programme) -> list[dict]:
    """Professionals' mean score per aspect, everybody, per wave of a survey with aspects."""
    from samenspel.surveys.analysis.aspects import aspect_scores_by_group
    from samenspel.surveys.models import Wave

    waves = (
        Wave.objects.filter(survey__programme=programme, survey__sections__questions__aspect__gt="")
        .select_related("survey")
        .distinct()
        .order_by("created_at", "pk")
    )
    figures = []
    for wave in waves:
        table = aspect_scores_by_group(wave=wave)
        if table is None:
            continue
        everybody = table.rows[-1][1]
        figures.append(
            {
                "survey": wave.survey.title,
                "wave": wave.name,
                "scores": [
                    {
                        "aspect": label,
                        "n": count,
                        "mean": mean if mean is not None and not _nan(mean) else None,
                        "lower": lower if lower is not None and not _nan(lower) else None,
                        "upper": upper if upper is not None and not _nan(upper) else None,
                    }
                    for label, (count, mean, lower, upper) in zip(
                        table.aspects, everybody, strict=True
                    )
                ],
            }
        )
    return figures


def _nan(value) -> bool:
    return isinstance(value, float) and math.isnan(value)


def snapshot(*, programme, with_surveys: bool = False) -> dict:
    """Everything the report shows, as plain JSON: taken once, drawn from every time. Survey
    results (per goal and per aspect) only ``with_surveys``: for one who may read them."""
    with translation.override("nl"):
        threshold = small_group_threshold(programme=programme)
        actions = list(actions_for_book(programme=programme))
        goals_of_action = {a.pk: [g.pk for g in a.goals.all()] for a in actions}
        by_goal: dict[int, list] = {}
        for action in actions:
            for goal_pk in goals_of_action[action.pk]:
                by_goal.setdefault(goal_pk, []).append(action)
        money = preconditions_in_numbers(programme=programme, goals_of_action=goals_of_action)
        area = home_area(programme=programme)
        indicators: dict[int, list] = {}
        for indicator in indicators_for_programme(programme=programme):
            for goal in indicator.goal_list:
                indicators.setdefault(goal.pk, []).append(indicator)
        quotes: dict[int | None, list] = {}
        for quote in quotes_for_programme(programme=programme):
            quotes.setdefault(quote.goal_id, []).append(
                {"text": mask(quote.text), "attribution": quote.attribution}
            )
        measured = goals_measured(programme=programme) if with_surveys else set()
        goals = []
        for index, part in enumerate(goal_book(programme=programme), 1):
            for goal, goal_number, depth in _walk(part.roots, str(index)):
                counts = Counter(action.status for action in by_goal.get(goal.pk, []))
                goals.append(
                    {
                        "number": goal_number,
                        "title": goal.title,
                        "target_image": part.target_image.title,
                        "depth": depth,
                        "status_counts": [
                            [str(label), counts[value]]
                            for value, label in ActionStatus.choices
                            if counts[value]
                        ],
                        "actions": [
                            [action.title, str(action.get_status_display())]
                            for action in by_goal.get(goal.pk, [])
                        ],
                        "indicators": [
                            _indicator(i, area, threshold) for i in indicators.get(goal.pk, [])
                        ],
                        "surveys": survey_figures(goal=goal) if goal.pk in measured else [],
                        "quotes": quotes.get(goal.pk, []),
                        "committed": _resources(money.committed_by_goal.get(goal.pk)),
                        "needed": _resources(money.needed_by_goal.get(goal.pk)),
                    }
                )
        sections = {
            item.section: {"title": item.label, "text": mask(item.text)}
            for item in evaluation_sections(programme=programme)
        }
        status_counts = Counter(action.status for action in actions)
        return {
            "version": SNAPSHOT_VERSION,
            "programme": programme.name,
            "municipalities": [m.name for m in programme.municipalities.all()],
            "date": timezone.localdate().strftime("%d-%m-%Y"),
            "area": area.name if area else "",
            "sections": sections,
            "goals": goals,
            "actions_total": len(actions),
            "status_counts": [
                [str(label), status_counts[value]] for value, label in ActionStatus.choices
            ],
            "aspects": _aspect_figures(programme) if with_surveys else [],
            "surveys_left_out": not with_surveys,
            "money": {
                "committed": _resources(money.committed),
                "needed": _resources(money.needed),
                "by_organisation": [
                    [name, _resources(resources)] for name, resources in money.by_organisation
                ],
            },
            "quotes": quotes.get(None, []),
        }


# --- From the snapshot to a document ------------------------------------------------------


def outline(data: dict) -> dict:
    """The report's chapters in order, from the snapshot alone, for the PDF and Word alike."""
    sections = data["sections"]

    def text(section) -> dict:
        item = sections.get(str(section), {"title": "", "text": ""})
        return {"title": item["title"], "text": item["text"], "empty": not item["text"].strip()}

    goals = []
    for goal in data["goals"]:
        figures = []
        for indicator in goal["indicators"]:
            unit = indicator["unit"]
            figures.append(
                {
                    **indicator,
                    "baseline_text": _point(indicator["baseline"], unit),
                    "latest_text": _point(indicator["latest"], unit),
                    "target_text": _point(indicator["target"], unit),
                    "change_text": _change(indicator["change"], unit),
                    "chart": chart_svg(indicator),
                    "years": [[period, number(value)] for period, value in indicator["points"]],
                }
            )
        goals.append({**goal, "figures": figures, "money": _money_line(goal)})
    money = data["money"]
    return {
        "data": data,
        "programme": data["programme"],
        "date": data["date"],
        "phases": [
            {"title": title, "well": text(well), "less": text(less)} for title, well, less in PHASES
        ],
        "aspects": [
            {
                "title": title,
                "text": text(section),
                "scores": [
                    {**score, "figure": _score(score), "wave": f"{f['survey']}, {f['wave']}"}
                    for f in data["aspects"]
                    for score in f["scores"]
                    if score["aspect"].lower() == title.lower()
                ],
            }
            for _code, title, section in ASPECTS
        ],
        "results": text(EvaluationSection.RESULTS),
        "money_text": text(EvaluationSection.MONEY),
        "embedding": text(EvaluationSection.EMBEDDING),
        "goals": goals,
        "money_rows": [
            ("Toegezegd", _figures(money["committed"])),
            ("Nodig volgens de acties", _figures(money["needed"])),
        ],
        "money_spent": euros(money["committed"]["euros"]),
        "organisations": [(name, _figures(row)) for name, row in money["by_organisation"]],
        "quotes": data["quotes"],
        "placeholder": PLACEHOLDER,
        # Older snapshots knew no such choice: they were taken with the survey results.
        "surveys_note": SURVEYS_LEFT_OUT if data.get("surveys_left_out") else "",
        "number": number,
        "euros": euros,
    }


def _figures(resources: dict) -> dict:
    return {
        "euros": number(resources["euros"], 0),
        "hours": number(resources["hours"]),
        "places": number(resources["places"], 0),
    }


def _point(point, unit: str) -> str:
    if not point or point[1] is None:
        return "–"
    period, value = point
    return f"{with_unit(value, unit)} ({period})" if period else with_unit(value, unit)


def _change(change, unit: str) -> str:
    if change is None:
        return "–"
    sign = "+" if change > 0 else ("−" if change < 0 else "±")
    return f"{sign}{difference(abs(change), unit)}"


def _score(score) -> str:
    if score["mean"] is None:
        return "niet getoond (te weinig antwoorden)"
    interval = ""
    if score["lower"] is not None and score["upper"] is not None:
        interval = f" (95%-interval {number(score['lower'])} tot {number(score['upper'])})"
    return f"{number(score['mean'])} van 100{interval}, n = {score['n']}"


def _money_line(goal) -> str:
    committed, needed = goal["committed"], goal["needed"]
    if not any(committed.values()) and not any(needed.values()):
        return ""
    return (
        f"Toegezegd {euros(committed['euros'])}, {number(committed['hours'])} uur en "
        f"{committed['places']} plekken; nodig volgens de acties {euros(needed['euros'])}, "
        f"{number(needed['hours'])} uur en {needed['places']} plekken."
    )


def build(*, data: dict, file_format: str, on_step=None) -> bytes:
    """The report drawn from ``data`` (a snapshot) as PDF or DOCX bytes."""
    step = on_step or (lambda _step: None)
    if file_format not in ("pdf", "docx"):
        raise ValueError(f"Unknown file format: {file_format}")
    report = outline(data)
    step(DocumentStep.LAYOUT)
    if file_format == "pdf":
        return _pdf(report, step)
    from .evaluation_word import docx

    return docx(report, step)


def _pdf(report: dict, step) -> bytes:
    from django.template.loader import render_to_string
    from weasyprint import HTML, URLFetcher

    html = render_to_string("reports/evaluation.html", report)
    pages = HTML(string=html, url_fetcher=URLFetcher(allowed_protocols={"data"})).render()
    step(DocumentStep.WRITING)
    return pages.write_pdf()
