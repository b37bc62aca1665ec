"""The statistics engine on plain arrays: no database needed."""

import numpy as np
import pytest
from scipy import stats

from samenspel.surveys.analysis.statistics import (
    combine_codes,
    compare_means,
    compare_shares,
    crosstab,
    frequencies,
    kish,
    multiple_choice,
    rake,
    weighted_mean,
    wilson_interval,
)

Z = 1.959963984540054  # the 97.5 % point of the standard normal distribution


def sample(n: int = 500, seed: int = 7) -> tuple[dict, dict, np.ndarray]:
    """Respondents skewed against the population: older people answer more, areas follow age."""
    rng = np.random.default_rng(seed)
    age = rng.choice(6, n, p=[0.05, 0.1, 0.15, 0.2, 0.25, 0.25])
    gender = (rng.random(n) < 0.4 + 0.04 * age).astype(np.int64)
    area = np.minimum(7, rng.poisson(1 + 0.6 * age))
    margins = {
        "age": np.array([0.12, 0.15, 0.18, 0.2, 0.18, 0.17]) * 30_000,
        "gender": np.array([14_800.0, 15_200.0]),
        "area": np.array([3000, 4000, 5000, 4000, 4000, 3500, 3500, 3000], dtype=float),
    }
    design_weights = rng.choice([1.0, 1.5, 3.0], n)
    return {"age": age, "gender": gender, "area": area}, margins, design_weights


# ipfn 1.4.4 uses pandas' inplace keyword, which pandas 3.1 deprecates.
@pytest.mark.filterwarnings("ignore:The inplace keyword")
def test_raking_equals_ipfn_to_1e_9():
    import pandas as pd
    from ipfn.ipfn import ipfn

    categories, margins, design_weights = sample()
    result = rake(categories, margins, design_weights)

    n = design_weights.size
    frame = pd.DataFrame({**categories, "row": np.arange(n), "total": design_weights})
    # Our targets are scaled to n; give the reference the same targets, fitted to 1e-15.
    targets = [pd.Series(margin / margin.sum() * n) for margin in margins.values()]
    reference = ipfn(
        frame,
        targets,
        [[name] for name in margins],
        convergence_rate=1e-15,
        rate_tolerance=0,
        max_iteration=1000,
    ).iteration()
    expected = reference.sort_values("row")["total"].to_numpy()

    assert result.converged
    assert np.max(np.abs(result.weights - expected)) <= 1e-9
    for name, margin in margins.items():
        totals = np.bincount(categories[name], weights=result.weights)
        np.testing.assert_allclose(totals, margin / margin.sum() * n, rtol=1e-9)


def test_raking_reports_kish_design_effect_and_effective_sample_size():
    categories, margins, _design_weights = sample()
    result = rake(categories, margins)
    weights = result.weights
    n = weights.size
    assert result.design_effect == pytest.approx(n * np.sum(weights**2) / np.sum(weights) ** 2)
    assert result.effective_sample_size == pytest.approx(np.sum(weights) ** 2 / np.sum(weights**2))
    # By hand: weights 1, 2, 3, 4 add up to 10, their squares to 30.
    assert kish(np.array([1.0, 2.0, 3.0, 4.0])) == pytest.approx((4 * 30 / 100, 100 / 30))


def test_raking_to_a_crossed_margin_with_shares():
    categories, _margins, _design_weights = sample()
    age_gender = combine_codes(categories["age"], 6, categories["gender"], 2)
    crossed = np.array([[6, 6], [7, 8], [9, 9], [10, 10], [9, 9], [8, 9]], dtype=float) / 100
    area = np.full(8, 1 / 8)
    result = rake(
        {"age_gender": age_gender, "area": categories["area"]},
        {
            "age_gender": crossed.ravel(),
            "area": area,
        },
    )
    n = age_gender.size
    table = np.bincount(age_gender, weights=result.weights, minlength=12).reshape(6, 2)
    np.testing.assert_allclose(table, crossed * n, rtol=1e-9)


def test_raking_refuses_an_empty_category_with_a_positive_target():
    categories, margins, _design_weights = sample()
    categories["area"] = np.where(categories["area"] == 0, 1, categories["area"])
    with pytest.raises(ValueError, match="'area': category 0 has a positive target but no resp"):
        rake(categories, margins)


def test_raking_gives_weight_zero_to_a_category_with_a_zero_target():
    categories, margins, _design_weights = sample()
    margins["area"][7] = 0
    margins["area"][0] += 3000
    result = rake(categories, margins)
    assert np.all(result.weights[categories["area"] == 7] == 0)
    assert result.weights.sum() == pytest.approx(result.weights.size)


def test_raking_refuses_margins_that_disagree_or_cannot_be_met():
    categories, margins, _design_weights = sample()
    margins["gender"] = margins["gender"] * 1.01
    with pytest.raises(ValueError, match="same total"):
        rake(categories, margins)
    # Everyone in a's category 0 is in b's category 0: 30 % and 70 % cannot both hold.
    a = np.array([0, 0, 1, 1, 1])
    with pytest.raises(ValueError, match="did not converge"):
        rake({"a": a, "b": a}, {"a": np.array([30.0, 70.0]), "b": np.array([70.0, 30.0])})


def test_frequencies_have_wilson_intervals_on_the_effective_base():
    codes = np.array([0] * 30 + [1] * 70 + [-1] * 5)  # five did not answer
    result = frequencies(codes, 2)
    assert result.base == 100
    assert list(result.counts) == [30, 70]
    p, n = 0.3, 100
    centre = (p + Z**2 / (2 * n)) / (1 + Z**2 / n)
    half = Z / (1 + Z**2 / n) * np.sqrt(p * (1 - p) / n + Z**2 / (4 * n**2))
    assert result.shares[0] == pytest.approx(0.3)
    assert result.lower[0] == pytest.approx(centre - half, abs=1e-12)
    assert result.upper[0] == pytest.approx(centre + half, abs=1e-12)

    weights = np.where(np.arange(codes.size) % 2 == 0, 2.0, 1.0)
    weighted = frequencies(codes, 2, weights)
    answered = weights[codes >= 0]
    n_eff = answered.sum() ** 2 / np.sum(answered**2)
    share = weights[codes == 0].sum() / answered.sum()
    assert weighted.effective_base == pytest.approx(n_eff)
    assert weighted.shares[0] == pytest.approx(share)
    lower, upper = wilson_interval(np.array([share]), n_eff)
    assert (weighted.lower[0], weighted.upper[0]) == (lower[0], upper[0])


def test_weighted_mean_with_equal_weights_is_the_classic_t_interval():
    values = np.array([1, 2, 2, 3, 4, 4, 4, 5, np.nan, 3, 2, 5])
    result = weighted_mean(values, np.full(values.size, 2.5))
    answered = values[~np.isnan(values)]
    lower, upper = stats.t.interval(
        0.95, answered.size - 1, loc=answered.mean(), scale=stats.sem(answered)
    )
    assert result.base == 11
    assert result.mean == pytest.approx(answered.mean())
    assert result.sd == pytest.approx(answered.std(ddof=1))
    assert (result.lower, result.upper) == pytest.approx((lower, upper))


def test_multiple_choice_is_counted_per_option_on_those_who_answered():
    selected = np.array(
        [
            [True, False, True],
            [True, True, False],
            [False, False, False],  # skipped the question
            [False, False, True],
        ]
    )
    result = multiple_choice(selected)
    assert result.base == 3
    assert list(result.counts) == [2, 1, 2]
    np.testing.assert_allclose(result.shares, [2 / 3, 1 / 3, 2 / 3])
    # Someone who answered "none of these" still counts in the base.
    answered = np.array([True, True, True, True])
    assert multiple_choice(selected, answered).shares[0] == pytest.approx(0.5)


def test_crosstab_counts_and_weighted_column_shares():
    rows = np.array([0, 0, 1, 1, 1, -1, 2])
    columns = np.array([0, 1, 0, 1, 1, 1, -1])
    weights = np.array([1.0, 2.0, 3.0, 1.0, 1.0, 9.0, 9.0])
    table = crosstab(rows, columns, 3, 2, weights)
    assert table.counts.tolist() == [[1, 1], [1, 2], [0, 0]]
    assert table.weighted.tolist() == [[1.0, 2.0], [3.0, 2.0], [0.0, 0.0]]
    np.testing.assert_allclose(table.column_shares, [[0.25, 0.5], [0.75, 0.5], [0, 0]])
    assert table.column_bases.tolist() == [2, 3]


def test_change_in_a_share_matches_pearson_chi_square():
    first, second = np.array([120, 280]), np.array([150, 250])
    wave_1 = frequencies(np.repeat([0, 1], first), 2)
    wave_2 = frequencies(np.repeat([0, 1, -1], [*second, 12]), 2)
    change = compare_shares(wave_1, wave_2, 0)
    _chi2, p_value, _dof, _expected = stats.chi2_contingency([first, second], correction=False)
    assert change.difference == pytest.approx(0.075)
    assert change.p_value == pytest.approx(p_value, rel=1e-9)
    assert change.significant == (p_value < 0.05)
    half = Z * np.sqrt(0.3 * 0.7 / 400 + 0.375 * 0.625 / 400)
    assert (change.lower, change.upper) == pytest.approx((0.075 - half, 0.075 + half))


def test_change_in_a_mean_matches_welch():
    rng = np.random.default_rng(3)
    first, second = rng.normal(6.5, 1.5, 120), rng.normal(7.0, 2.0, 90)
    change = compare_means(weighted_mean(first), weighted_mean(second))
    reference = stats.ttest_ind(second, first, equal_var=False)
    assert change.p_value == pytest.approx(reference.pvalue, rel=1e-9)
    assert change.statistic == pytest.approx(reference.statistic, rel=1e-9)
    interval = reference.confidence_interval(0.95)
    assert (change.lower, change.upper) == pytest.approx((interval.low, interval.high))
    assert change.significant == (reference.pvalue < 0.05)
