"""The straight-line trend of ``statistics.ols_trend`` in closed form, for dashboards that
fit forty lines per page: the same estimates (the tests hold them to statsmodels'), without
building a statsmodels model and a pandas frame per line, which cost ten times the arithmetic.
No Django here."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from scipy import special

from ..statistics import MIN_TREND_POINTS, Forecast, Trend


@lru_cache(maxsize=64)
def _t_quantile(df: int, confidence: float) -> float:
    return float(special.stdtrit(df, 1 - (1 - confidence) / 2))


def ols_trend(periods, values, *, forecast=(), confidence: float = 0.95) -> Trend:
    """Fit value = a + b·period by least squares; forecast the given periods with their
    prediction intervals (where one new observation may fall)."""
    x = np.asarray(periods, dtype=float)
    y = np.asarray(values, dtype=float)
    if x.shape != y.shape or x.ndim != 1:
        raise ValueError("periods and values must be one-dimensional and of one length")
    keep = ~(np.isnan(x) | np.isnan(y))
    x, y = x[keep], y[keep]
    if len(x) < MIN_TREND_POINTS or len(np.unique(x)) < 2:
        raise ValueError("a trend needs at least three points in at least two periods")
    n = len(x)
    centre = float(x.mean())
    dx = x - centre
    sxx = float(dx @ dx)
    slope = float(dx @ (y - y.mean())) / sxx
    level = float(y.mean())  # the fitted value at the centre
    fitted = level + slope * dx
    df = n - 2
    residual_variance = float(((y - fitted) ** 2).sum()) / df
    slope_se = (residual_variance / sxx) ** 0.5
    t = _t_quantile(df, confidence)
    if slope_se > 0:
        slope_p = float(2 * special.stdtr(df, -abs(slope / slope_se)))
    else:
        slope_p = 0.0 if slope else 1.0
    forecasts = []
    for period in forecast:
        offset = float(period) - centre
        value = level + slope * offset
        spread = t * (residual_variance * (1 + 1 / n + offset**2 / sxx)) ** 0.5
        forecasts.append(Forecast(float(period), value, value - spread, value + spread))
    return Trend(
        slope=slope,
        slope_se=slope_se,
        slope_lower=slope - t * slope_se,
        slope_upper=slope + t * slope_se,
        slope_p=slope_p,
        intercept=level - slope * centre,
        n=int(n),
        periods=[float(p) for p in x],
        fitted=[float(v) for v in fitted],
        forecasts=forecasts,
    )
