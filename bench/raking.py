"""Raking 1,000,000 respondents to 3 margins (age band 6, gender 2, area 8): the median of 3 runs
against one weighted np.bincount pass over the same rows in the same run, and the weights against
the ipfn library's (a dev dependency) on the same rows. Target: under 1 s, and equal to 1e-9.

Run from the repository root: .venv/bin/python bench/raking.py [--respondents 1000000]
Exits non-zero when the target is missed or the weights differ.
"""

import argparse
import statistics
import sys
import time
import warnings

import numpy as np

from samenspel.surveys.analysis.statistics import rake

RUNS = 3
TARGET_SECONDS = 1.0
MAX_DIFFERENCE = 1e-9
POPULATION = 48_000  # a municipality like Voorst, counted from its register


def respondents(n: int, seed: int = 2026) -> dict[str, np.ndarray]:
    """Older residents answer more and live in some villages more than others, as in practice."""
    rng = np.random.default_rng(seed)
    age = rng.choice(6, n, p=[0.06, 0.1, 0.14, 0.2, 0.24, 0.26])
    gender = (rng.random(n) < 0.42 + 0.03 * age).astype(np.int64)
    area = np.minimum(7, rng.poisson(0.8 + 0.7 * age))
    return {"age": age, "gender": gender, "area": area}


def margins() -> dict[str, np.ndarray]:
    shares = {
        "age": [0.14, 0.16, 0.17, 0.19, 0.18, 0.16],
        "gender": [0.495, 0.505],
        "area": [0.2, 0.16, 0.14, 0.12, 0.1, 0.1, 0.09, 0.09],
    }
    return {name: np.array(share) * POPULATION for name, share in shares.items()}


def seconds(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def reference_weights(categories: dict, targets: dict, n: int) -> np.ndarray:
    """ipfn's raking of the same rows, fitted until its margins are off by at most 1e-15."""
    import pandas as pd
    from ipfn.ipfn import ipfn

    frame = pd.DataFrame({**categories, "row": np.arange(n), "total": np.ones(n)})
    aggregates = [pd.Series(target / target.sum() * n) for target in targets.values()]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # ipfn 1.4.4 uses pandas' deprecated inplace keyword
        fitted = ipfn(
            frame,
            aggregates,
            [[name] for name in targets],
            convergence_rate=1e-15,
            rate_tolerance=0,
            max_iteration=1000,
        ).iteration()
    return fitted.sort_values("row")["total"].to_numpy()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--respondents", type=int, default=1_000_000)
    args = parser.parse_args()
    n = args.respondents
    categories, targets = respondents(n), margins()

    rake(categories, targets)  # warm up
    figure = statistics.median(seconds(lambda: rake(categories, targets)) for _ in range(RUNS))
    result = rake(categories, targets)
    weights = np.ones(n)
    baseline = statistics.median(
        seconds(lambda: np.bincount(categories["area"], weights=weights, minlength=8))
        for _ in range(RUNS)
    )
    reference_seconds = time.perf_counter()
    reference = reference_weights(categories, targets, n)
    reference_seconds = time.perf_counter() - reference_seconds
    difference = float(np.max(np.abs(result.weights - reference)))

    fast, equal = figure < TARGET_SECONDS, difference <= MAX_DIFFERENCE
    print(
        f"raking {n:,} respondents on 3 margins: {figure:.3f} s (median of {RUNS}), "
        f"{result.iterations} iterations, design effect {result.design_effect:.3f}, "
        f"effective sample size {result.effective_sample_size:,.0f}"
    )
    print(
        f"baseline one weighted np.bincount pass over the same rows: {baseline:.4f} s, "
        f"ratio {figure / baseline:.1f}x"
    )
    print(
        f"reference ipfn 1.4.4 on the same {n:,} rows: {reference_seconds:.1f} s; "
        f"max absolute weight difference {difference:.2e} (limit {MAX_DIFFERENCE:.0e}): "
        f"{'OK' if equal else 'MISSED'}"
    )
    print(f"target < {TARGET_SECONDS:.0f} s: {'OK' if fast else 'MISSED'}")
    return 0 if fast and equal else 1


if __name__ == "__main__":
    sys.exit(main())
