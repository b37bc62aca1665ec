"""The impact page's words: how strong the evidence of an effect is, and for which target
groups it is largest or absent, never firmer than the interval allows."""

from __future__ import annotations

from django.utils.translation import gettext as _

from ..charts import difference_text
from ..models import Indicator


def _better(indicator: Indicator, estimate: float) -> bool:
    return (estimate > 0) == indicator.higher_is_better


def evidence_sentence(indicator: Indicator, estimate) -> str:
    """One sentence on the difference in differences and how strongly the data supports it."""
    words = {
        "difference": difference_text(abs(estimate.estimate), indicator.unit),
        "lower": difference_text(estimate.lower, indicator.unit),
        "upper": difference_text(estimate.upper, indicator.unit),
    }
    return f"{_strength(indicator, estimate, words)} {few_units_caveat(estimate)}".strip()


# Below about ten units, errors clustered by unit are known to come out too small: the
# interval is then narrower than the data carries, and the page says so.
FEW_UNITS = 10


def few_units_caveat(estimate) -> str:
    units = estimate.n_treated + estimate.n_control
    if units >= FEW_UNITS:
        return ""
    return _(
        "With only %(count)s areas the margin of error is itself uncertain and likely too "
        "narrow: read this as an indication, and compare again when more areas or years are in."
    ) % {"count": units}


def _strength(indicator: Indicator, estimate, words: dict) -> str:
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
    # With fewer than ten areas the clustered interval is likely too narrow, so the words
    # go no further than some evidence, whatever the interval says.
    if estimate.evidence == "clear" and estimate.n_treated + estimate.n_control >= FEW_UNITS:
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
    """Which group has the largest estimate, and where a change is absent, among the groups
    shown; the groups are not tested against each other, so no more is claimed."""
    shown = [group for group in groups if group.estimate is not None]
    if not shown:
        return ""
    carried = [group for group in shown if group.estimate.evidence != "none"]
    absent = [group.target_group.name for group in shown if group.estimate.evidence == "none"]
    parts = []
    if carried:
        best = max(carried, key=lambda group: abs(group.estimate.estimate))
        parts.append(
            _(
                "The largest estimate is for %(group)s; whether the groups differ from each "
                "other is not tested."
            )
            % {"group": best.target_group.name}
        )
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
