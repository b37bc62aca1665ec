"""Trend, forecast, prediction interval and difference in differences, against statsmodels
fitted independently and against values worked out by hand."""

import numpy as np
import pytest
import statsmodels.formula.api as smf
from pandas import DataFrame
from scipy import stats

from samenspel.monitoring.statistics import change_since, diff_in_diff, ols_trend

YEARS = [2018, 2019, 2020, 2021, 2022]
VALUES = [10, 12, 13, 15, 16]


def test_trend_by_hand():
    trend = ols_trend(YEARS, VALUES, forecast=[2023])
    # x centred: -2..2, Sxx = 10; Sxy = -2*-3.2 -1*-1.2 + 0 + 1*0.8 + 2*1.8 = 15 -> slope 1.5
    assert trend.slope == pytest.approx(1.5)
    # residuals -0.2, 0.3, -0.2, 0.3, -0.2: SSE = 0.3, s² = 0.1, se(slope) = sqrt(0.1/10) = 0.1
    assert trend.slope_se == pytest.approx(0.1)
    t = stats.t.ppf(0.975, 3)
    assert trend.slope_lower == pytest.approx(1.5 - t * 0.1)
    forecast = trend.forecasts[0]
    assert forecast.value == pytest.approx(13.2 + 1.5 * 3)
    # prediction se = s * sqrt(1 + 1/n + (x0 - mean)² / Sxx) = sqrt(0.1 * (1 + 0.2 + 0.9))
    spread = t * np.sqrt(0.1 * 2.1)
    assert forecast.lower == pytest.approx(forecast.value - spread)
    assert forecast.upper == pytest.approx(forecast.value + spread)


def test_trend_against_statsmodels_formula():
    rng = np.random.default_rng(7)
    years = np.arange(2012, 2024)
    values = 40 - 0.8 * (years - 2012) + rng.normal(0, 1.5, len(years))
    fit = smf.ols("y ~ year", DataFrame({"y": values, "year": years})).fit()
    trend = ols_trend(years, values, forecast=[2024, 2025])
    assert trend.slope == pytest.approx(fit.params["year"])
    assert trend.slope_p == pytest.approx(fit.pvalues["year"])
    frame = fit.get_prediction(DataFrame({"year": [2024, 2025]})).summary_frame(alpha=0.05)
    assert [f.lower for f in trend.forecasts] == pytest.approx(list(frame["obs_ci_lower"]))
    assert [f.upper for f in trend.forecasts] == pytest.approx(list(frame["obs_ci_upper"]))
    assert trend.at(2030) == pytest.approx(fit.params["Intercept"] + fit.params["year"] * 2030)


def test_trend_refuses_too_few_points():
    with pytest.raises(ValueError):
        ols_trend([2020, 2021], [1, 2])
    with pytest.raises(ValueError):
        ols_trend([2020, 2020, 2020], [1, 2, 3])


def test_missing_values_are_left_out():
    trend = ols_trend([2018, 2019, 2020, 2021], [1, float("nan"), 3, 4])
    assert trend.n == 3


def test_change_since_with_and_without_errors():
    assert change_since(10, 12).lower is None
    change = change_since(10, 12, before_se=1, after_se=1)
    assert change.difference == 2
    assert change.lower == pytest.approx(2 - 1.959964 * np.sqrt(2), rel=1e-5)


PANEL = {
    "unit": ["a", "a", "b", "b", "c", "c", "d", "d"],
    "treated": [1, 1, 1, 1, 0, 0, 0, 0],
    "after": [0, 1, 0, 1, 0, 1, 0, 1],
    "y": [1, 5, 2, 7, 1, 2, 2, 3],
}


def test_diff_in_diff_by_hand():
    result = diff_in_diff(PANEL["unit"], PANEL["treated"], PANEL["after"], PANEL["y"])
    # treated: 1.5 -> 6.0 (+4.5); others: 1.5 -> 2.5 (+1.0); effect 3.5
    assert result.estimate == pytest.approx(3.5)
    assert result.n_units == 4 and result.n_treated == 2 and result.n_control == 2
    assert result.means[(True, True)] == pytest.approx(6.0)


def test_diff_in_diff_clustered_errors_match_statsmodels():
    rng = np.random.default_rng(3)
    rows = []
    for unit in range(12):
        treated = unit < 5
        level = rng.normal(50, 5)
        for year in range(2016, 2024):
            after = year >= 2020
            effect = 4 if treated and after else 0
            rows.append((unit, treated, after, level + 0.5 * (year - 2016) + effect + rng.normal()))
    frame = DataFrame(rows, columns=["unit", "treated", "after", "y"])
    fit = smf.ols("y ~ treated * after", frame).fit(
        cov_type="cluster", cov_kwds={"groups": frame["unit"]}, use_t=True
    )
    result = diff_in_diff(frame["unit"], frame["treated"], frame["after"], frame["y"])
    name = "treated[T.True]:after[T.True]"
    assert result.estimate == pytest.approx(fit.params[name])
    assert result.se == pytest.approx(fit.bse[name])
    low, high = fit.conf_int().loc[name]
    assert (result.lower, result.upper) == pytest.approx((low, high))
    assert result.evidence == "clear"


def test_diff_in_diff_without_an_effect_claims_none():
    rng = np.random.default_rng(11)
    units = np.repeat(np.arange(8), 2)
    after = np.tile([0, 1], 8)
    treated = units < 4
    values = rng.normal(10, 3, len(units))
    result = diff_in_diff(units, treated, after, values)
    assert result.p_value >= 0.05
    assert result.evidence == "none"
    assert result.lower < result.estimate < result.upper


def test_diff_in_diff_needs_units_seen_before_and_after_on_both_sides():
    with pytest.raises(ValueError):
        diff_in_diff(["a", "a", "b", "c", "c"], [1, 1, 1, 0, 0], [0, 1, 0, 0, 1], [1, 2, 3, 4, 5])
    with pytest.raises(ValueError):
        diff_in_diff(["a", "a"], [1, 0], [0, 1], [1, 2])
