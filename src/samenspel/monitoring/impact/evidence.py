"""The impact page's words: how strong the evidence of an effect is, and for which target
groups it is largest or absent, never firmer than the interval allows."""

from __future__ import annotations

from django.utils.translation import gettext as _

from ..charts import figure_text
from ..models import Indicator


def _better(indicator: Indicator, estimate: float) -> bool:
    return (estimate > 0) == indicator.higher_is_better


def evidence_sentence(indicator: Indicator, estimate) -> str:
    """One sentence on the difference in differences and how strongly the data supports it."""
    words = {
        "difference": figure_text(abs(estimate.estimate), indicator.unit),
        "lower": figure_text(estimate.lower, indicator.unit),
        "upper": figure_text(estimate.upper, indicator.unit),
    }
    if estimate.evidence == "none":
        return (
            _(
                "No demonstrable effect: the difference between the areas where the approach ran "
                "and the others could be chance (the 95%% interval, %(lower)s to %(upper)s, holds "
                "zero)."
            )
            % words
        )
    if _better(indicator, estimate.estimate):
        words["way"] = _("better")
    else:
        words["way"] = _("worse")
    if estimate.evidence == "clear":
        text = _(
            "Strong evidence: the areas where the approach ran went %(difference)s %(way)s than "
            "the others (95%% interval %(lower)s to %(upper)s); chance hardly explains that."
        )
    else:
        text = _(
            "Some evidence: the areas where the approach ran went %(difference)s %(way)s than "
            "the others (95%% interval %(lower)s to %(upper)s), but chance cannot be ruled out "
            "with much certainty."
        )
    return text % words


def groups_sentence(indicator: Indicator, groups) -> str:
    """Where the change is largest, and where it is absent, among the groups shown."""
    shown = [group for group in groups if group.estimate is not None]
    if not shown:
        return ""
    carried = [group for group in shown if group.estimate.evidence != "none"]
    absent = [group.target_group.name for group in shown if group.estimate.evidence == "none"]
    parts = []
    if carried:
        best = max(carried, key=lambda group: abs(group.estimate.estimate))
        parts.append(_("The change is largest for %(group)s.") % {"group": best.target_group.name})
    else:
        parts.append(_("For none of the target groups is a change demonstrable."))
    if carried and absent:
        parts.append(_("No demonstrable change for: %(groups)s.") % {"groups": ", ".join(absent)})
    return " ".join(parts)


def arm_rows(estimate) -> list[dict]:
    """Before and after per side of the comparison, with the change on each side."""
    rows = []
    for treated, label, units in (
        (True, _("Areas where the approach ran"), estimate.n_treated),
        (False, _("Other areas"), estimate.n_control),
    ):
        before, after = estimate.means[(treated, False)], estimate.means[(treated, True)]
        rows.append(
            {
                "label": label,
                "units": units,
                "before": before,
                "after": after,
                "change": after - before,
            }
        )
    return rows
