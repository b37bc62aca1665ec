"""The disclosure step on single tables with their totals: no hidden count is pinned down,
neither exactly (linear algebra) nor to a range narrower than the minimum (linear programming).
No Django here."""

from dataclasses import dataclass

import numpy as np
from scipy.optimize import linprog

from samenspel.surveys.analysis.disclosure import Model, Release, Variable, count_fact


@dataclass
class TableSuppression:
    cells: np.ndarray
    row_totals: np.ndarray
    column_totals: np.ndarray
    grand_total: bool


def suppress(counts: np.ndarray, min_cell: int = 10) -> TableSuppression:
    """A table of respondents with its row, column and grand totals, through one Release."""
    rows, columns = counts.shape
    cell = np.repeat(np.arange(rows * columns), counts.ravel())
    model = Model([Variable("r", cell // columns, rows), Variable("c", cell % columns, columns)])
    release = Release(min_cell=min_cell)
    release.models.append(model)
    count_fact(release, model, "n", np.ones(model.truth.size), fixed=True)
    r, c = model.atoms["r"], model.atoms["c"]
    # Everybody is in a row and a column: the model's not-answered categories stay empty.
    count_fact(release, model, ("base", "r"), model.answered("r") * 1.0, fixed=True)
    count_fact(release, model, ("base", "c"), model.answered("c") * 1.0, fixed=True)
    for i in range(rows):
        count_fact(release, model, ("row", i), (r == i) * 1.0)
        for j in range(columns):
            count_fact(release, model, (i, j), ((r == i) & (c == j)) * 1.0)
    for j in range(columns):
        count_fact(release, model, ("column", j), (c == j) * 1.0)
    hidden = release.protect()
    return TableSuppression(
        np.array([[(i, j) in hidden for j in range(columns)] for i in range(rows)]),
        np.array([("row", i) in hidden for i in range(rows)]),
        np.array([("column", j) in hidden for j in range(columns)]),
        False,
    )


def narrowest(counts: np.ndarray, result: TableSuppression) -> float:
    """The narrowest range linear programming gives any hidden cell from what is shown."""
    rows, columns = counts.shape
    equations, values = [np.ones(rows * columns)], [counts.sum()]
    for i in range(rows):
        line = np.zeros((rows, columns))
        line[i] = 1
        if not result.row_totals[i]:
            equations.append(line.ravel()), values.append(counts[i].sum())
    for j in range(columns):
        line = np.zeros((rows, columns))
        line[:, j] = 1
        if not result.column_totals[j]:
            equations.append(line.ravel()), values.append(counts[:, j].sum())
    for i, j in zip(*np.nonzero(~result.cells), strict=True):
        unit = np.zeros((rows, columns))
        unit[i, j] = 1
        equations.append(unit.ravel()), values.append(counts[i, j])
    widths = []
    for i, j in zip(*np.nonzero(result.cells), strict=True):
        target = np.zeros((rows, columns))
        target[i, j] = 1
        ends = [
            sign * linprog(sign * target.ravel(), A_eq=np.array(equations), b_eq=values).fun
            for sign in (1, -1)
        ]
        widths.append(ends[1] - ends[0])
    return min(widths, default=np.inf)


def determined(counts: np.ndarray, hidden: np.ndarray) -> list[tuple[int, int]]:
    """Hidden entries of the table with totals that its shown entries pin down exactly, found by
    linear algebra: an entry is determined when its unit vector lies in the row space of the
    additivity equations restricted to the hidden entries."""
    rows, columns = counts.shape
    full = np.zeros((rows + 1, columns + 1))
    full[:rows, :columns] = counts
    full[:rows, columns] = counts.sum(axis=1)
    full[rows, :columns] = counts.sum(axis=0)
    full[rows, columns] = counts.sum()
    equations = []
    for i in range(rows + 1):  # cells minus the total is zero, and so for every column
        line = np.zeros(full.shape)
        line[i, :columns], line[i, columns] = 1, -1
        equations.append(line.ravel())
    for j in range(columns + 1):
        line = np.zeros(full.shape)
        line[:rows, j], line[rows, j] = 1, -1
        equations.append(line.ravel())
    unknown = np.flatnonzero(hidden.ravel())
    system = np.array(equations)[:, unknown]
    rank = np.linalg.matrix_rank(system)
    found = []
    for k, index in enumerate(unknown):
        unit = np.zeros(unknown.size)
        unit[k] = 1
        if np.linalg.matrix_rank(np.vstack([system, unit])) == rank:
            found.append(tuple(int(x) for x in np.unravel_index(index, full.shape)))
    return found


def augmented_hidden(result, shape) -> np.ndarray:
    rows, columns = shape
    hidden = np.zeros((rows + 1, columns + 1), dtype=bool)
    hidden[:rows, :columns] = result.cells
    hidden[:rows, columns] = result.row_totals
    hidden[rows, :columns] = result.column_totals
    hidden[rows, columns] = result.grand_total
    return hidden


def test_small_cells_are_hidden_and_cannot_be_recovered_from_totals():
    counts = np.array([[5, 40, 60], [30, 45, 70], [25, 35, 80]])
    result = suppress(counts)
    # 5 = 105 - 40 - 60 along its row and 60 - 30 - 25 down its column: both need a second cell.
    assert result.cells[0, 0] and result.cells[0].sum() >= 2 and result.cells[:, 0].sum() >= 2
    assert narrowest(counts, result) >= 10
    assert determined(counts, augmented_hidden(result, counts.shape)) == []


def test_hidden_cells_whose_difference_reveals_a_small_group_take_a_third():
    # 3 and 4 hidden in one row: the total minus the shown cells says the two add up to 7.
    counts = np.array([[3, 4, 50, 60], [20, 30, 40, 50], [40, 30, 20, 12]])
    result = suppress(counts)
    row = counts[0][result.cells[0]]
    assert row.size >= 3 and row.sum() >= 10
    hidden = augmented_hidden(result, counts.shape)
    assert determined(counts, hidden) == []
    for j in range(counts.shape[1]):  # and every column keeps two hidden cells or none
        assert result.cells[:, j].sum() != 1


def test_small_totals_and_their_complements_are_hidden():
    counts = np.array([[4, 3, 0], [60, 70, 80], [55, 65, 75]])
    result = suppress(counts)
    assert result.row_totals[0]  # a row of 7 people
    assert determined(counts, augmented_hidden(result, counts.shape)) == []


def test_a_bridge_between_two_hidden_blocks_gets_a_cycle():
    # Primary cells in two 2 x 2 blocks sharing no line pass the per-line rule; the audit checks
    # the whole pattern, and this table keeps every hidden cell undetermined.
    counts = np.full((5, 5), 100)
    counts[0, 0] = counts[0, 1] = counts[1, 0] = counts[1, 1] = 6
    counts[3, 3] = counts[3, 4] = counts[4, 3] = counts[4, 4] = 7
    counts[1, 3] = 5
    result = suppress(counts)
    assert determined(counts, augmented_hidden(result, counts.shape)) == []


def test_suppression_holds_on_random_tables():
    rng = np.random.default_rng(0)
    values, chances = [0, 1, 3, 5, 8, 12, 20, 40, 90], [0.1] * 7 + [0.15] * 2
    for _ in range(40):
        counts = rng.choice(values, size=tuple(rng.integers(2, 7, 2)), p=chances)
        hidden = augmented_hidden(suppress(counts), counts.shape)
        rows, columns = counts.shape
        full = np.zeros(hidden.shape, dtype=int)
        full[:rows, :columns] = counts
        full[:rows, columns], full[rows, :columns] = counts.sum(axis=1), counts.sum(axis=0)
        full[rows, columns] = counts.sum()
        assert not np.any((full > 0) & (full < 10) & ~hidden)
        for entries, gone in [*zip(full, hidden, strict=True), *zip(full.T, hidden.T, strict=True)]:
            if not gone[-1] and gone[:-1].any():
                assert gone[:-1].sum() >= 2 and entries[:-1][gone[:-1]].sum() >= 10
        assert determined(counts, hidden) == []
        assert narrowest(counts, suppress(counts)) >= 10 - 1e-6
