"""Mean scores per group, with the sizes the wave's disclosure lets show.

No Django here: plain arrays in, plain lists out.
"""

from dataclasses import dataclass

import numpy as np

from . import statistics


@dataclass(frozen=True)
class GroupMeans:
    """Per group (the last row is everybody): respondents, mean, interval; None where hidden."""

    counts: list[int | None]
    means: list[float | None]
    lower: list[float | None]
    upper: list[float | None]


def means_by_group(
    values: np.ndarray,
    groups: np.ndarray,
    n_groups: int,
    weights: np.ndarray,
    *,
    shown: list[bool],
    min_base: int = statistics.MIN_BASE,
) -> GroupMeans:
    """Weighted means of a score per group (codes, -1 for no group) and for everybody. Which
    group sizes may be shown (the last: everybody) the wave's disclosure decides; a mean is
    shown only beside its size, on an effective base of min_base."""
    answered = ~np.isnan(values)
    counts, means, lower, upper = [], [], [], []
    for group, may_show in zip([*range(n_groups), -1], shown, strict=True):
        members = answered if group < 0 else answered & (groups == group)
        counts.append(int(members.sum()) if may_show else None)
        estimate = statistics.weighted_mean(values[members], weights[members])
        if not may_show or not statistics.may_show_estimate(
            estimate.effective_base, min_base=min_base
        ):
            means.append(None), lower.append(None), upper.append(None)
            continue
        means.append(round(estimate.mean, 1))
        lower.append(None if np.isnan(estimate.lower) else round(estimate.lower, 1))
        upper.append(None if np.isnan(estimate.upper) else round(estimate.upper, 1))
    return GroupMeans(counts, means, lower, upper)
