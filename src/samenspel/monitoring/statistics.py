"""Trend and impact on plain arrays: an ordinary least squares trend with its forecast and 95 %
prediction interval, and difference in differences with standard errors clustered by unit.

No Django here, as in the surveys' statistics: the pages, the commands and the report call the
same functions. Both lean on statsmodels, so the figures are the ones an analyst would get there;
the tests check them against statsmodels and against values worked out by hand.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import statsmodels.api as sm

MIN_TREND_POINTS = 3  # a line through two points has no spread left to judge it by
MIN_UNITS_PER_ARM = 2  # clustered errors need more than one unit on each side


@dataclass(frozen=True)
class Forecast:
    period: float
    value: float
    lower: float
    upper: float


@dataclass(frozen=True)
class Trend:
    """A straight line through the points: change per period with its interval, the fitted
    values, and forecasts with prediction intervals (where one new observation may fall)."""

    slope: float
    slope_se: float
    slope_lower: float
    slope_upper: float
    slope_p: float
    intercept: float
    n: int
    periods: list[float]
    fitted: list[float]
    forecasts: list[Forecast]

    def at(self, period: float) -> float:
        return self.intercept + self.slope * period


def ols_trend(periods, values, *, forecast=(), confidence: float = 0.95) -> Trend:
    """Fit value = a + b·period by least squares; forecast the given periods."""
    x = np.asarray(periods, dtype=float)
    y = np.asarray(values, dtype=float)
    if x.shape != y.shape or x.ndim != 1:
        raise ValueError("periods and values must be one-dimensional and of one length")
    keep = ~(np.isnan(x) | np.isnan(y))
    x, y = x[keep], y[keep]
    if len(x) < MIN_TREND_POINTS or len(np.unique(x)) < 2:
        raise ValueError("a trend needs at least three points in at least two periods")
    # Centre the periods so that years such as 2024 do not make the design ill-conditioned.
    centre = float(x.mean())
    fit = sm.OLS(y, sm.add_constant(x - centre)).fit()
    alpha = 1 - confidence
    lower, upper = fit.conf_int(alpha)[1]
    ahead = np.asarray(list(forecast), dtype=float)
    forecasts = []
    if len(ahead):
        exog = np.column_stack([np.ones(len(ahead)), ahead - centre])
        frame = fit.get_prediction(exog).summary_frame(alpha=alpha)
        forecasts = [
            Forecast(float(p), float(m), float(lo), float(hi))
            for p, m, lo, hi in zip(
                ahead, frame["mean"], frame["obs_ci_lower"], frame["obs_ci_upper"], strict=True
            )
        ]
    slope = float(fit.params[1])
    return Trend(
        slope=slope,
        slope_se=float(fit.bse[1]),
        slope_lower=float(lower),
        slope_upper=float(upper),
        slope_p=float(fit.pvalues[1]),
        intercept=float(fit.params[0]) - slope * centre,
        n=int(len(x)),
        periods=[float(p) for p in x],
        fitted=[float(v) for v in fit.fittedvalues],
        forecasts=forecasts,
    )


@dataclass(frozen=True)
class Change:
    """The difference between two estimates with its interval, where both carry one."""

    difference: float
    lower: float | None
    upper: float | None


def change_since(
    before: float,
    after: float,
    *,
    before_se: float | None = None,
    after_se: float | None = None,
    confidence: float = 0.95,
) -> Change:
    """After minus before; with standard errors, a normal interval for independent estimates."""
    difference = after - before
    if before_se is None or after_se is None:
        return Change(difference, None, None)
    from scipy import stats

    z = stats.norm.ppf(1 - (1 - confidence) / 2)
    spread = z * float(np.hypot(before_se, after_se))
    return Change(difference, difference - spread, difference + spread)


@dataclass(frozen=True)
class DiffInDiff:
    """The effect: how much more the treated units changed than the others, with a standard
    error clustered by unit, its interval (t with clusters − 1 degrees of freedom) and p."""

    estimate: float
    se: float
    lower: float
    upper: float
    p_value: float
    n_units: int
    n_treated: int
    n_control: int
    n_observations: int
    means: dict  # (treated: bool, after: bool) -> mean

    @property
    def evidence(self) -> str:
        """'clear' (p < 0.01), 'some' (p < 0.05) or 'none': never more than the data carries."""
        if self.p_value < 0.01:
            return "clear"
        if self.p_value < 0.05:
            return "some"
        return "none"


def diff_in_diff(units, treated, after, values, *, confidence: float = 0.95) -> DiffInDiff:
    """Fit value = a + b·treated + c·after + d·treated·after on panel data; d is the effect.

    ``units`` names the unit of each observation (an area, an organisation, a respondent);
    ``treated`` and ``after`` are booleans per observation. Only units seen both before and
    after count, so that each unit is compared with itself.
    """
    units = np.asarray(units)
    treated = np.asarray(treated, dtype=bool)
    after = np.asarray(after, dtype=bool)
    y = np.asarray(values, dtype=float)
    if not (len(units) == len(treated) == len(after) == len(y)):
        raise ValueError("units, treated, after and values must be of one length")
    keep = ~np.isnan(y)
    seen_before = set(units[keep & ~after].tolist())
    seen_after = set(units[keep & after].tolist())
    keep &= np.isin(units, list(seen_before & seen_after))
    units, treated, after, y = units[keep], treated[keep], after[keep], y[keep]
    arms = {}
    for unit, is_treated in zip(units.tolist(), treated.tolist(), strict=True):
        if arms.setdefault(unit, is_treated) != is_treated:
            raise ValueError(f"unit {unit} is treated in some rows and not in others")
    n_treated = sum(arms.values())
    n_control = len(arms) - n_treated
    if n_treated < MIN_UNITS_PER_ARM or n_control < MIN_UNITS_PER_ARM:
        raise ValueError("difference in differences needs two or more units on each side")
    exog = np.column_stack(
        [np.ones(len(y)), treated, after, treated & after],
    ).astype(float)
    _codes, groups = np.unique(units, return_inverse=True)
    fit = sm.OLS(y, exog).fit(cov_type="cluster", cov_kwds={"groups": groups}, use_t=True)
    lower, upper = fit.conf_int(1 - confidence)[3]
    means = {
        (t, a): float(y[(treated == t) & (after == a)].mean())
        for t in (False, True)
        for a in (False, True)
    }
    return DiffInDiff(
        estimate=float(fit.params[3]),
        se=float(fit.bse[3]),
        lower=float(lower),
        upper=float(upper),
        p_value=float(fit.pvalues[3]),
        n_units=len(arms),
        n_treated=n_treated,
        n_control=n_control,
        n_observations=int(len(y)),
        means=means,
    )
