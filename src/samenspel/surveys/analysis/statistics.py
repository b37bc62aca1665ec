"""Survey statistics on plain arrays: raking, weighted estimates with 95 % intervals, crosstabs,
and change between waves (small-cell protection is disclosure.py's).

No Django here: answers arrive as integer codes (0..k-1, a negative code is a missing answer) or
floats (NaN is missing), so the same functions serve pages, exports and benchmarks. Error messages
are English; the caller translates them.
"""

from dataclasses import dataclass

import numpy as np
from scipy import stats

MIN_CELL = 10  # fewest respondents a shown count may stand for
MIN_BASE = 50  # fewest respondents under a shown percentage or mean


@dataclass(frozen=True)
class RakingResult:
    """Weights summing to n; ``converged`` is always True, as ``rake`` raises instead."""

    weights: np.ndarray
    iterations: int
    converged: bool
    design_effect: float
    effective_sample_size: float


@dataclass(frozen=True)
class Frequencies:
    """Per category: respondents, weighted total, weighted share (0..1) and its interval."""

    counts: np.ndarray
    weighted: np.ndarray
    shares: np.ndarray
    lower: np.ndarray
    upper: np.ndarray
    base: int
    effective_base: float


@dataclass(frozen=True)
class MeanEstimate:
    mean: float
    sd: float
    lower: float
    upper: float
    base: int
    effective_base: float


@dataclass(frozen=True)
class Crosstab:
    """Rows by columns; shares are column shares (column percentages / 100) of weighted totals."""

    counts: np.ndarray
    weighted: np.ndarray
    column_shares: np.ndarray
    row_bases: np.ndarray
    column_bases: np.ndarray


@dataclass(frozen=True)
class Change:
    """Second wave minus first, its interval, the test statistic and two-sided p-value."""

    difference: float
    lower: float
    upper: float
    statistic: float
    p_value: float
    significant: bool


def kish(weights: np.ndarray) -> tuple[float, float]:
    """Kish's design effect n * sum(w^2) / sum(w)^2 and effective sample size sum(w)^2 / sum(w^2)."""
    weights = np.asarray(weights, dtype=float)
    total, squares = weights.sum(), np.dot(weights, weights)
    if squares == 0:
        return float("nan"), 0.0
    return float(weights.size * squares / total**2), float(total**2 / squares)


def combine_codes(first: np.ndarray, n_first: int, second: np.ndarray, n_second: int) -> np.ndarray:
    """One code per combination (first * n_second + second) for a crossed margin such as age band
    x gender; its targets are the crossed table flattened row by row. Missing stays missing."""
    first = _codes(first, n_first, "first", allow_missing=True)
    second = _codes(second, n_second, "second", allow_missing=True)
    return np.where((first < 0) | (second < 0), -1, first * n_second + second)


def _codes(codes, size: int, name: str, allow_missing: bool) -> np.ndarray:
    codes = np.asarray(codes)
    if codes.ndim != 1 or not np.issubdtype(codes.dtype, np.integer):
        raise ValueError(f"{name}: codes must be a one-dimensional integer array")
    if codes.size and (codes.max() >= size or (not allow_missing and codes.min() < 0)):
        raise ValueError(f"{name}: codes must lie between 0 and {size - 1}")
    return codes.astype(np.intp, copy=False)


def _weights(weights, n: int) -> np.ndarray:
    if weights is None:
        return np.ones(n)
    weights = np.asarray(weights, dtype=float)
    if weights.shape != (n,) or not np.all(np.isfinite(weights)) or np.any(weights < 0):
        raise ValueError(f"weights must be {n} finite, non-negative numbers")
    return weights


def _joint_cells(codes: list[np.ndarray], sizes: list[int]) -> tuple[np.ndarray, int]:
    """Number every combination of categories; only those that occur once the space grows large."""
    n = codes[0].size
    limit = max(4 * n, 1 << 16)
    cell, count = np.zeros(n, dtype=np.int64), 1
    for code, size in zip(codes, sizes, strict=True):
        cell = cell * size + code
        count *= size
        if count > limit:
            occurring, cell = np.unique(cell, return_inverse=True)
            count = occurring.size
    return cell, count


def rake(
    categories: dict[str, np.ndarray],
    margins: dict[str, np.ndarray],
    base_weights: np.ndarray | None = None,
    *,
    tolerance: float = 1e-10,
    max_iterations: int = 100,
) -> RakingResult:
    """Weights whose totals match every margin, by iterative proportional fitting (raking).

    ``categories[name]`` holds each respondent's code 0..k-1, ``margins[name]`` the k population
    targets as counts or shares; a crossed margin is one variable (see ``combine_codes``). All
    margins must have the same total within 1e-6 relative. Targets are scaled to the number of
    respondents, so the weights sum to n (mean 1): multiply by population / n for population totals.
    Each cycle adjusts the margins in the order given; it stops once the factors of a cycle, with
    what the observed rate of convergence says is still to come, stay within ``tolerance`` of 1.
    Raises ValueError rather than return unconverged weights.
    """
    names = list(margins)
    if not names or set(names) != set(categories):
        raise ValueError("categories and margins must name the same, non-empty set of variables")
    targets = [np.asarray(margins[name], dtype=float) for name in names]
    for name, target in zip(names, targets, strict=True):
        if target.ndim != 1 or not np.all(np.isfinite(target)) or np.any(target < 0):
            raise ValueError(f"margin {name!r}: targets must be finite, non-negative numbers")
        if target.sum() <= 0:
            raise ValueError(f"margin {name!r}: targets add up to zero")
    totals = np.array([target.sum() for target in targets])
    if np.max(np.abs(totals - totals[0])) > 1e-6 * totals[0]:
        raise ValueError(f"margins must have the same total; they add up to {totals.tolist()}")
    codes = [
        _codes(categories[name], target.size, f"variable {name!r}", allow_missing=False)
        for name, target in zip(names, targets, strict=True)
    ]
    n = codes[0].size
    if n == 0 or any(code.size != n for code in codes):
        raise ValueError(
            "every variable needs one code per respondent, and at least one respondent"
        )
    base = _weights(base_weights, n)
    targets = [target * (n / target.sum()) for target in targets]

    # Rows that share a category on every margin always get the same factors, so raking the joint
    # cells (96 for age x gender x area) instead of a million rows gives the same weights.
    cell, cell_count = _joint_cells(codes, [target.size for target in targets])
    cell_base = np.bincount(cell, weights=base, minlength=cell_count)
    cell_codes = []
    for code in codes:
        cell_code = np.zeros(cell_count, dtype=np.intp)
        cell_code[cell] = code
        cell_codes.append(cell_code)

    cell_weights = cell_base.copy()
    previous_change, largest_change = np.inf, np.inf
    for iteration in range(max_iterations + 1):
        previous_change, largest_change = largest_change, 0.0
        for name, cell_code, target in zip(names, cell_codes, targets, strict=True):
            current = np.bincount(cell_code, weights=cell_weights, minlength=target.size)
            starved = (target > 0) & (current <= 0)
            if starved.any():
                # Round 0 only checks the sample; later, zero targets elsewhere can empty a category.
                reason = "no respondents" if iteration == 0 else "only respondents weighted to zero"
                category = int(np.flatnonzero(starved)[0])
                raise ValueError(
                    f"margin {name!r}: category {category} has a positive target but {reason}"
                )
            if iteration:
                factor = np.divide(target, current, out=np.zeros_like(target), where=current > 0)
                # A zero target empties its category at once: no measure of convergence.
                change = np.abs(factor[target > 0] - 1).max()
                largest_change = max(largest_change, float(change))
                cell_weights *= factor[cell_code]
        # Raking converges linearly: with rate r, about change * r / (1 - r) is still to come.
        rate = min(largest_change / previous_change, 0.99) if previous_change > 0 else 0.0
        if iteration and largest_change <= tolerance * (1 - rate):
            break
    else:
        raise ValueError(
            f"raking did not converge in {max_iterations} iterations "
            f"(largest adjustment still {largest_change:.2e}); the margins may contradict the sample"
        )
    ratio = np.divide(cell_weights, cell_base, out=np.zeros_like(cell_base), where=cell_base > 0)
    weights = base * ratio[cell]
    design_effect, effective = kish(weights)
    return RakingResult(weights, iteration, True, design_effect, effective)


def wilson_interval(
    shares: np.ndarray, effective_n: float, confidence: float = 0.95
) -> tuple[np.ndarray, np.ndarray]:
    """Wilson score interval with the effective sample size in place of n (Kish's approximation
    of the design effect); unlike the normal interval it stays within 0..1 near 0 % and 100 %."""
    shares = np.asarray(shares, dtype=float)
    if effective_n <= 0:
        return np.full_like(shares, np.nan), np.full_like(shares, np.nan)
    z = stats.norm.ppf(0.5 + confidence / 2)
    denominator = 1 + z**2 / effective_n
    centre = (shares + z**2 / (2 * effective_n)) / denominator
    half = (
        z / denominator * np.sqrt(shares * (1 - shares) / effective_n + z**2 / (4 * effective_n**2))
    )
    return np.clip(centre - half, 0, 1), np.clip(centre + half, 0, 1)


def _frequencies(counts, weighted, answered_weights, confidence) -> Frequencies:
    weighted_base = answered_weights.sum()
    _design_effect, effective = kish(answered_weights)
    shares = np.divide(
        weighted, weighted_base, out=np.full(weighted.shape, np.nan), where=weighted_base > 0
    )
    lower, upper = wilson_interval(shares, effective, confidence)
    return Frequencies(counts, weighted, shares, lower, upper, answered_weights.size, effective)


def frequencies(
    codes: np.ndarray, n_categories: int, weights=None, *, confidence: float = 0.95
) -> Frequencies:
    """Weighted frequencies of a single-choice question with Wilson intervals on the effective
    base; the base is the respondents who answered (missing codes, below zero, are left out)."""
    codes = _codes(codes, n_categories, "answers", allow_missing=True)
    weights = _weights(weights, codes.size)
    answered = codes >= 0
    codes, weights = codes[answered], weights[answered]
    counts = np.bincount(codes, minlength=n_categories)
    weighted = np.bincount(codes, weights=weights, minlength=n_categories)
    return _frequencies(counts, weighted, weights, confidence)


def multiple_choice(
    selected: np.ndarray, answered: np.ndarray | None = None, weights=None, *, confidence=0.95
) -> Frequencies:
    """Counts per option of a multiple-choice question (respondent x option booleans). The base is
    the respondents who answered (by default: who chose anything), so shares can add up past 1."""
    selected = np.asarray(selected, dtype=bool)
    if selected.ndim != 2:
        raise ValueError("selected must be a respondent x option matrix")
    answered = selected.any(axis=1) if answered is None else np.asarray(answered, dtype=bool)
    weights = _weights(weights, selected.shape[0])[answered]
    chosen = selected[answered]
    counts = chosen.sum(axis=0)
    return _frequencies(counts, weights @ chosen, weights, confidence)


def weighted_mean(values: np.ndarray, weights=None, *, confidence: float = 0.95) -> MeanEstimate:
    """Weighted mean of numeric or Likert answers (NaN is missing) with a t interval: variance
    s^2 / n_eff, s the weighted standard deviation, n_eff - 1 degrees of freedom (Kish)."""
    values = np.asarray(values, dtype=float)
    weights = _weights(weights, values.size)
    answered = ~np.isnan(values)
    values, weights = values[answered], weights[answered]
    _design_effect, effective = kish(weights)
    if weights.sum() <= 0:
        return MeanEstimate(float("nan"), float("nan"), float("nan"), float("nan"), 0, 0.0)
    mean = float(np.dot(weights, values) / weights.sum())
    if effective <= 1:
        return MeanEstimate(mean, float("nan"), float("nan"), float("nan"), values.size, effective)
    variance = np.dot(weights, (values - mean) ** 2) / weights.sum() * effective / (effective - 1)
    sd = float(np.sqrt(variance))
    half = stats.t.ppf(0.5 + confidence / 2, effective - 1) * sd / np.sqrt(effective)
    return MeanEstimate(mean, sd, mean - half, mean + half, values.size, effective)


def crosstab(
    rows: np.ndarray, columns: np.ndarray, n_rows: int, n_columns: int, weights=None
) -> Crosstab:
    """Unweighted counts, weighted totals and weighted column shares of two coded variables;
    respondents missing either answer are left out."""
    rows = _codes(rows, n_rows, "rows", allow_missing=True)
    columns = _codes(columns, n_columns, "columns", allow_missing=True)
    if rows.size != columns.size:
        raise ValueError("rows and columns need one code per respondent each")
    weights = None if weights is None else _weights(weights, rows.size)
    # Missing answers (-1) land in an extra first row and column that are cut off afterwards:
    # cheaper than selecting the answered rows out of a million.
    rows = rows if not rows.size or rows.min() >= -1 else np.maximum(rows, -1)
    columns = columns if not columns.size or columns.min() >= -1 else np.maximum(columns, -1)
    cell = (rows + 1) * (n_columns + 1) + (columns + 1)
    shape, size = (n_rows + 1, n_columns + 1), (n_rows + 1) * (n_columns + 1)
    counts = np.bincount(cell, minlength=size).reshape(shape)[1:, 1:]
    if weights is None:
        weighted = counts.astype(float)
    else:
        weighted = np.bincount(cell, weights=weights, minlength=size).reshape(shape)[1:, 1:]
    column_totals = weighted.sum(axis=0)
    shares = np.divide(
        weighted, column_totals, out=np.full(weighted.shape, np.nan), where=column_totals > 0
    )
    return Crosstab(counts, weighted, shares, counts.sum(axis=1), counts.sum(axis=0))


def may_show_estimate(base: int, *, min_base: int = MIN_BASE) -> bool:
    """A percentage or mean is shown only on a base of at least min_base respondents."""
    return base >= min_base


def compare_shares(
    first: Frequencies, second: Frequencies, category: int, *, alpha: float = 0.05
) -> Change:
    """Change in a category's share between waves: two-proportion z-test with pooled variance
    on the effective bases (Pearson's chi-square without correction); unpooled Wald interval."""
    p_1, n_1 = float(first.shares[category]), first.effective_base
    p_2, n_2 = float(second.shares[category]), second.effective_base
    pooled = (p_1 * n_1 + p_2 * n_2) / (n_1 + n_2)
    se_pooled = np.sqrt(pooled * (1 - pooled) * (1 / n_1 + 1 / n_2))
    statistic = (p_2 - p_1) / se_pooled if se_pooled > 0 else 0.0
    p_value = float(2 * stats.norm.sf(abs(statistic)))
    half = stats.norm.ppf(1 - alpha / 2) * np.sqrt(p_1 * (1 - p_1) / n_1 + p_2 * (1 - p_2) / n_2)
    change = p_2 - p_1
    return Change(change, change - half, change + half, float(statistic), p_value, p_value < alpha)


def compare_means(first: MeanEstimate, second: MeanEstimate, *, alpha: float = 0.05) -> Change:
    """Change in a mean between waves: Welch's t-test on the effective bases, with the
    Welch-Satterthwaite degrees of freedom for the p-value and the interval."""
    n_1, n_2 = first.effective_base, second.effective_base
    change = second.mean - first.mean
    if first.sd == 0 and second.sd == 0:
        # Everyone gave the same answer in both waves: the change is exact and no test applies.
        return Change(change, change, change, float("nan"), float("nan"), False)
    result = stats.ttest_ind_from_stats(
        second.mean, second.sd, n_2, first.mean, first.sd, n_1, equal_var=False
    )
    variance_1, variance_2 = first.sd**2 / n_1, second.sd**2 / n_2
    degrees = (variance_1 + variance_2) ** 2 / (
        variance_1**2 / (n_1 - 1) + variance_2**2 / (n_2 - 1)
    )
    half = stats.t.ppf(1 - alpha / 2, degrees) * np.sqrt(variance_1 + variance_2)
    p_value = float(result.pvalue)
    statistic = float(result.statistic)
    return Change(change, change - half, change + half, statistic, p_value, p_value < alpha)
