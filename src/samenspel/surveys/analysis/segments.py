"""Results per target group, aspect scores per group and counts of answer combinations, with
the same small-cell protection as every other table.

Target groups overlap (a young carer is in two), so each group is a column of its own: a
column's cells are protected within the column, and where one group lies inside another
(everybody in A is also in B) the difference B - A is a group too, which must not be small.
No Django here: plain arrays in, plain arrays out.
"""

from dataclasses import dataclass

import numpy as np

from . import statistics


@dataclass(frozen=True)
class GroupColumns:
    """Rows (answers) by overlapping groups: counts, weighted column shares, which to hide."""

    counts: np.ndarray
    shares: np.ndarray
    bases: np.ndarray
    hidden: np.ndarray  # cells whose count is hidden
    shares_hidden: np.ndarray
    bases_hidden: np.ndarray


def group_columns(
    codes: np.ndarray,
    n_rows: int,
    membership: np.ndarray,
    weights: np.ndarray,
    *,
    min_cell: int = statistics.MIN_CELL,
    min_base: int = statistics.MIN_BASE,
) -> GroupColumns:
    """Answer codes (-1 missing) per respondent against a respondent x group membership matrix."""
    membership = np.asarray(membership, dtype=bool)
    n_groups = membership.shape[1]
    answered = codes >= 0
    counts = np.zeros((n_rows, n_groups), dtype=np.int64)
    weighted = np.zeros((n_rows, n_groups))
    for group in range(n_groups):
        chosen = answered & membership[:, group]
        counts[:, group] = np.bincount(codes[chosen], minlength=n_rows)
        weighted[:, group] = np.bincount(codes[chosen], weights=weights[chosen], minlength=n_rows)
    totals = weighted.sum(axis=0)
    shares = np.divide(weighted, totals, out=np.full(weighted.shape, np.nan), where=totals > 0)
    hidden = np.zeros(counts.shape, dtype=bool)
    shares_hidden = np.zeros(counts.shape, dtype=bool)
    bases_hidden = np.zeros(n_groups, dtype=bool)
    for group in range(n_groups):
        column = statistics.suppress(counts[:, [group]], min_cell=min_cell, min_base=min_base)
        hidden[:, group] = column.cells[:, 0]
        shares_hidden[:, group] = column.shares[:, 0]
        bases_hidden[group] = column.column_totals[0]
    for inner, outer in nested_pairs(membership & answered[:, np.newaxis]):
        difference = counts[:, outer] - counts[:, inner]
        if np.any((difference > 0) & (difference < min_cell)):
            hidden[:, inner] = shares_hidden[:, inner] = bases_hidden[inner] = True
    return GroupColumns(counts, shares, counts.sum(axis=0), hidden, shares_hidden, bases_hidden)


def nested_pairs(membership: np.ndarray) -> list[tuple[int, int]]:
    """Pairs (inner, outer) of different groups where every member of inner is in outer."""
    sizes = membership.sum(axis=0)
    overlap = membership.T.astype(np.int64) @ membership.astype(np.int64)
    pairs = []
    for inner in range(membership.shape[1]):
        for outer in range(membership.shape[1]):
            inside = inner != outer and sizes[inner] and overlap[inner, outer] == sizes[inner]
            # Two groups with the same members are one pair, not two.
            if inside and (sizes[inner] < sizes[outer] or inner < outer):
                pairs.append((inner, outer))
    return pairs


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
    min_cell: int = statistics.MIN_CELL,
    min_base: int = statistics.MIN_BASE,
) -> GroupMeans:
    """Weighted means of a score per group (codes, -1 for no group) and for everybody.
    Group sizes are protected like a one-column table, so the overall mean cannot be used
    to work out a hidden group's mean; a mean needs a base of min_base."""
    answered = ~np.isnan(values)
    codes = np.where(groups >= 0, groups, n_groups)[answered]
    sizes = np.bincount(codes, minlength=n_groups + 1)
    protection = statistics.suppress(sizes.reshape(-1, 1), min_cell=min_cell, min_base=min_base)
    hidden = list(protection.cells[:, 0]) + [protection.grand_total]
    counts, means, lower, upper = [], [], [], []
    for group in [*range(n_groups), -1]:
        size = int(sizes.sum()) if group < 0 else int(sizes[group])
        members = answered if group < 0 else answered & (groups == group)
        if hidden[group]:
            counts.append(None)
        else:
            counts.append(size)
        if hidden[group] or not statistics.may_show_estimate(size, min_base=min_base):
            means.append(None), lower.append(None), upper.append(None)
            continue
        estimate = statistics.weighted_mean(values[members], weights[members])
        means.append(round(estimate.mean, 1))
        lower.append(None if np.isnan(estimate.lower) else round(estimate.lower, 1))
        upper.append(None if np.isnan(estimate.upper) else round(estimate.upper, 1))
    return GroupMeans(counts, means, lower, upper)


def combinations(
    selected: np.ndarray,
    *,
    min_cell: int = statistics.MIN_CELL,
    min_base: int = statistics.MIN_BASE,
) -> tuple[list[tuple[tuple[int, ...], int]], int | None, int]:
    """How often each combination of options was chosen, among those who chose any. Returns the
    combinations that may be shown (most often first), the respondents in all hidden ones
    together (None if that sum may not be shown) and the base."""
    selected = np.asarray(selected, dtype=bool)
    chosen = selected[selected.any(axis=1)]
    if not chosen.size:
        return [], None, 0
    keys, counts = np.unique(chosen, axis=0, return_counts=True)
    protection = statistics.suppress(counts.reshape(-1, 1), min_cell=min_cell, min_base=min_base)
    shown = [
        (tuple(int(i) for i in np.flatnonzero(key)), int(count))
        for key, count, hide in zip(keys, counts, protection.cells[:, 0], strict=True)
        if not hide
    ]
    shown.sort(key=lambda item: (-item[1], item[0]))
    rest = int(counts[protection.cells[:, 0]].sum())
    base = int(counts.sum())
    return shown, (rest if rest and not protection.grand_total else None), base
