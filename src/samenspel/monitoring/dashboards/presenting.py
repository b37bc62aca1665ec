"""From the selectors' data to the charts shown, and back from a download's address to the
chart it names: its GET parameters checked, a Dutch message for anything else."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from samenspel.actions.models import ActionStatus
from samenspel.core.ids import parse_id
from samenspel.goals.models import Goal

from . import charts, selectors

CHART_KINDS = ("indicator", "acties", "aspecten")
CHARTS_OF_SURVEYS = ("aspecten",)  # drawn from survey results


def programme_charts(programme, data: dict) -> dict:
    chart = charts.status_chart(data["status_counts"], _("Actions of the programme per status"))
    return {"status_chart": chart}


def goal_charts(goal, data: dict) -> dict:
    status = charts.status_chart(
        data["status_counts"], _("Actions for %(goal)s per status") % {"goal": goal.title}
    )
    status.params = {"goal": goal.pk}
    return {
        "status_chart": status,
        "indicator_charts": [
            (summary, charts.trend_chart(summary)) for summary in data["indicators"]
        ],
        "survey_panel": {
            "results": data["survey_results"],
            "pending": any(block.get("pending") for block in data["survey_results"]),
        },
        "aspect_charts": [
            charts.aspects_chart(block) for block in data["aspects"] if block["waves"]
        ],
    }


def _one(query, name: str) -> int | None:
    """The id in a parameter sent once; a missing one is None, anything else no id."""
    values = query.getlist(name)
    if not values:
        return None
    if len(values) > 1 or parse_id(values[0]) is None:
        raise ValidationError(_("“%(name)s” must be a single number.") % {"name": name})
    return parse_id(values[0])


def chart_for_request(programme, kind: str, query) -> charts.Chart:
    """The chart a download asks for, or a ValidationError saying what is wrong."""
    if kind not in CHART_KINDS:
        raise ValidationError(_("There is no chart of this name."))
    if kind == "indicator":
        pk = _one(query, "indicator")
        indicator = programme.indicators.filter(pk=pk).first() if pk else None
        if indicator is None:
            raise ValidationError(_("Choose an indicator of this programme."))
        return charts.trend_chart(selectors.indicator_summary(indicator=indicator))
    if kind == "acties":
        pk = _one(query, "goal")
        if pk is None:
            actions = programme.actions.exclude(status=ActionStatus.WITHDRAWN).only("status")
            return charts.status_chart(
                selectors.status_counts(list(actions)), _("Actions of the programme per status")
            )
        goal = Goal.objects.filter(programme=programme, pk=pk).first()
        if goal is None:
            raise ValidationError(_("Choose a goal of this programme."))
        data = selectors.goal_dashboard_actions(goal=goal)
        empty = {"indicators": [], "aspects": [], "survey_results": []}
        return goal_charts(goal, {**data, **empty})["status_chart"]
    pk = _one(query, "survey")
    blocks = [
        block
        for block in selectors.aspects_over_time(programme=programme, survey_pk=pk)
        if block["survey"].pk == pk and block["waves"]
    ]
    if pk is None or not blocks:
        raise ValidationError(
            _("Choose a survey of this programme with scores of prevention capacity.")
        )
    return charts.aspects_chart(blocks[0])
