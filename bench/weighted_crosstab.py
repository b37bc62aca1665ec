"""A weighted crosstab of 1,000,000 answers (question with 5 options by 8 target groups, 3 %
missing) against DuckDB counting the same cells unweighted (GROUP BY over the same arrays in an
in-memory connection), median of 3 each. Target: under 1 s and within 3x of DuckDB.

Run from the repository root: .venv/bin/python bench/weighted_crosstab.py [--rows 1000000]
Exits non-zero when the target is missed or the counts differ from DuckDB's.
"""

import argparse
import statistics
import sys
import time

import numpy as np

from samenspel.surveys.analysis.statistics import crosstab

RUNS = 3
TARGET_SECONDS = 1.0
MAX_RATIO = 3.0
OPTIONS, GROUPS = 5, 8


def answers(n: int, seed: int = 2026) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    option = rng.integers(0, OPTIONS, n)
    group = rng.integers(0, GROUPS, n)
    option[rng.random(n) < 0.03] = -1  # skipped the question
    weights = rng.gamma(4.0, 0.25, n)  # mean 1, like raked weights
    return option, group, weights


def median_seconds(work) -> tuple[float, object]:
    work()  # warm up
    runs, result = [], None
    for _ in range(RUNS):
        start = time.perf_counter()
        result = work()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs), result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    import duckdb
    import pandas as pd

    option, group, weights = answers(args.rows)
    ours, table = median_seconds(lambda: crosstab(option, group, OPTIONS, GROUPS, weights))

    connection = duckdb.connect()
    connection.register("answers", pd.DataFrame({"option": option, "grp": group, "w": weights}))
    query = (
        "SELECT option, grp, count(*) FROM answers WHERE option >= 0 AND grp >= 0 "
        "GROUP BY option, grp"
    )
    duck, rows = median_seconds(lambda: connection.execute(query).fetchall())
    counts = np.zeros((OPTIONS, GROUPS), dtype=np.int64)
    for row_option, row_group, count in rows:
        counts[row_option, row_group] = count
    equal = np.array_equal(counts, table.counts)

    ratio = ours / duck
    ok = ours < TARGET_SECONDS and ratio <= MAX_RATIO and equal
    print(
        f"weighted crosstab, {args.rows:,} rows ({OPTIONS} x {GROUPS}): {ours:.4f} s "
        f"(median of {RUNS}); DuckDB {duckdb.__version__} unweighted GROUP BY: {duck:.4f} s; "
        f"ratio {ratio:.2f}x"
    )
    print(f"unweighted counts equal DuckDB's: {'yes' if equal else 'NO'}")
    print(f"target < 1 s and within 3x of DuckDB: {'OK' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
