"""Disclosure control over everything one user can see of a wave, as one step.

Every count a results page shows (a cell of a table, a split's column base, a target group's
cell, a combination of options, a group's size beside its aspect score), and every mean with
its interval, is a linear function of how many respondents fall in each cell of a joint table of
the variables involved (an *atom*). Such a number is a *fact*. Shown facts constrain the atoms;
a reader who knows them all can bound any hidden count by linear programming, whichever table it
came from. So protection is not decided per table: all facts of a wave go in one ``Release``,
related to the atoms of one or more ``Model``s (a question with a split variable, say), and
``protect`` hides facts until every hidden count is left a range of at least ``min_cell``
respondents by everything that stays shown.

The steps: hide every count 0 < n < min_cell (primary); then, per model, bound every hidden
count by linear programming (HiGHS) on the shown facts of that model; where the range
is too narrow, hide the cheapest shown fact that binds the bound (a mean and its interval before
any count, small counts before large ones), and bound again. Hiding a fact only loosens the
constraints, so a count once found safe stays safe, and the loop ends. A fact shared by several
models (a question's own count beside each of its splits) is hidden in all of them at once.

No Django here: plain arrays in, keys of hidden facts out.
"""

from collections.abc import Callable, Hashable
from dataclasses import dataclass

import highspy
import numpy as np
from highspy import _core
from scipy.sparse import csr_matrix

Key = Hashable
# How many of the cheapest binding facts are tried, alone and in pairs, to widen a range.
LOOKAHEAD = 8
PAIRS = 2  # and with each, how many of the facts that bind once it is hidden


@dataclass
class Fact:
    """A published number: its true value, and what a reader learns from the shown (rounded)
    figure, lower <= value <= upper. Counts are protected; estimates are only withdrawn."""

    value: float
    lower: float
    upper: float
    count: bool = True
    fixed: bool = False  # always shown: the number of respondents of the wave
    weight: float = 1.0  # how dear hiding it is per respondent: a question's base hides it all
    follows: tuple = ()  # keys hidden together with this one: a mean's interval gives the mean


@dataclass
class Variable:
    """One coded variable of the respondents: codes 0..size-1, or -1 where not answered."""

    name: Hashable
    codes: np.ndarray
    size: int


class Model:
    """The joint table of some variables (not answering is a category of its own), whose cells
    are the atoms, and the coefficients that relate facts to them."""

    def __init__(self, variables: list[Variable]):
        self.variables = variables
        shape = tuple(variable.size + 1 for variable in variables)
        codes = [np.where(v.codes < 0, v.size, v.codes) for v in variables]
        cell = np.ravel_multi_index(codes, shape) if codes else np.zeros(0, dtype=np.intp)
        size = int(np.prod(shape))
        self.truth = np.bincount(cell, minlength=size).astype(float)
        # Each atom's code per variable (the not-answered category is ``size``).
        grid = np.indices(shape).reshape(len(shape), -1)
        self.atoms = {variable.name: grid[i] for i, variable in enumerate(variables)}
        self.sizes = {variable.name: variable.size for variable in variables}
        self.keys: list[Key] = []
        self.rows: list[np.ndarray] = []
        self.index: dict[Key, int] = {}
        self._solver = None
        self.relaxed: list[bool] = []

    def relate(self, key: Key, coefficients: np.ndarray) -> None:
        """The fact ``key`` is the sum of the atoms times these coefficients (once per model)."""
        if key in self.index:
            return
        if self._solver is not None:
            raise RuntimeError("facts are related before the first bounds are asked")
        self.index[key] = len(self.keys)
        self.keys.append(key)
        self.rows.append(np.asarray(coefficients, dtype=float))

    def solver(self):
        """One HiGHS model per table, kept between bounds: only row bounds and costs change."""
        if self._solver is None:
            matrix = csr_matrix(np.array(self.rows))
            lp = highspy.HighsLp()
            lp.num_col_, lp.num_row_ = matrix.shape[1], matrix.shape[0]
            lp.col_cost_ = np.zeros(matrix.shape[1])
            lp.col_lower_ = np.zeros(matrix.shape[1])
            lp.col_upper_ = np.full(matrix.shape[1], highspy.kHighsInf)
            lp.row_lower_ = np.full(matrix.shape[0], -highspy.kHighsInf)
            lp.row_upper_ = np.full(matrix.shape[0], highspy.kHighsInf)
            lp.a_matrix_.format_ = highspy.MatrixFormat.kRowwise
            lp.a_matrix_.start_ = matrix.indptr
            lp.a_matrix_.index_ = matrix.indices
            lp.a_matrix_.value_ = matrix.data
            # The bare solver: the wrapper adds callbacks (not needed) and prints a banner.
            self._solver = _core._Highs()
            self._solver.setOptionValue("output_flag", False)
            self._solver.passModel(lp)
            self.relaxed = [True] * len(self.rows)
        return self._solver

    def answered(self, name) -> np.ndarray:
        return self.atoms[name] < self.sizes[name]

    def value(self, key: Key) -> float:
        return float(self.rows[self.index[key]] @ self.truth)


@dataclass
class Bounds:
    lower: float
    upper: float
    binding: list  # keys of shown facts whose constraint holds either bound in place


class Release:
    """All facts of a wave that one user can see, the models that relate them, and what to hide."""

    def __init__(self, *, min_cell: int):
        self.min_cell = min_cell
        self.facts: dict[Key, Fact] = {}
        self.models: list[Model] = []
        self.hidden: set[Key] = set()

    def fact(self, key: Key, value: float, **options) -> Fact:
        """Declare a fact once; declaring it again (from another model) keeps the first."""
        if key not in self.facts:
            options.setdefault("lower", value)
            options.setdefault("upper", value)
            self.facts[key] = Fact(value=value, **options)
        return self.facts[key]

    def hide(self, key: Key) -> set:
        """Hide a fact and what follows it; returns the facts that were shown until now."""
        pending, newly = [key], set()
        while pending:
            key = pending.pop()
            if key not in self.hidden:
                self.hidden.add(key)
                newly.add(key)
                pending.extend(self.facts[key].follows)
        return newly

    def shown(self, key: Key) -> bool:
        return key in self.facts and key not in self.hidden

    def bounds(self, model: Model, key: Key) -> Bounds:
        """The tightest range a reader of every shown fact of the model can give a count."""
        solver = model.solver()
        for row, fact_key in enumerate(model.keys):
            fact = self.facts[fact_key]
            relaxed = fact_key in self.hidden
            if relaxed != model.relaxed[row]:
                lower, upper = (
                    (-highspy.kHighsInf, highspy.kHighsInf)
                    if relaxed
                    else (
                        fact.lower,
                        fact.upper,
                    )
                )
                solver.changeRowBounds(row, lower, upper)
                model.relaxed[row] = relaxed
        target = model.rows[model.index[key]]
        solver.changeColsCost(target.size, np.arange(target.size, dtype=np.int32), target)
        found, binding = [], set()
        for sense in (highspy.ObjSense.kMinimize, highspy.ObjSense.kMaximize):
            solver.changeObjectiveSense(sense)
            solver.run()
            if solver.getModelStatus() != highspy.HighsModelStatus.kOptimal:
                # The shown facts hold for the true table, so this is numerical trouble: assume
                # the worst, that the count is known, and let the caller hide more.
                value = model.value(key)
                return Bounds(value, value, [k for k in model.keys if k not in self.hidden])
            found.append(solver.getInfo().objective_function_value)
            duals = solver.getSolution().row_dual
            binding.update(
                fact_key
                for fact_key, dual, relaxed in zip(model.keys, duals, model.relaxed, strict=True)
                if not relaxed and abs(dual) > 1e-9
            )
        return Bounds(found[0], found[1], sorted(binding, key=str))

    def _cost(self, key: Key) -> float:
        fact = self.facts[key]
        if fact.fixed:
            return np.inf
        # Withdraw an estimate before any count, a zero or a small count before a large one.
        return (fact.value + 1.0) * fact.weight if fact.count else 0.5

    def _protect_in(self, model: Model, safe: set) -> bool:
        """Hide facts until every hidden count of the model is safe; True if anything changed."""
        changed = False
        for key in model.keys:
            if key in safe or key not in self.hidden or not self.facts[key].count:
                continue
            found = self.bounds(model, key)
            while found.upper - found.lower < self.min_cell - 1e-6:
                hidden = self._widen(model, key, found)
                if hidden is None:
                    break  # only the fixed facts are left: nothing more can be hidden
                found = hidden
                changed = True
            safe.add(key)
        return changed

    def _hideable(self, model: Model, found: Bounds) -> list:
        hideable = [k for k in found.binding if np.isfinite(self._cost(k))]
        if not hideable:
            # Degenerate duals name nothing: any shown fact of the model may be the one.
            hideable = [k for k in model.keys if self.shown(k) and np.isfinite(self._cost(k))]
        return sorted(hideable, key=self._cost)[:LOOKAHEAD]

    def _widen(self, model: Model, key: Key, found: Bounds) -> Bounds | None:
        """Hide what widens the count's range at the least cost: one shown fact that binds
        its bounds, or two where one alone cannot (a respondent moved out of a hidden cell
        must land in another hidden cell of the same table and of its margin). Returns the
        new bounds, or None if nothing may be hidden."""
        first = self._hideable(model, found)
        if not first:
            return None
        width = found.upper - found.lower
        best, best_cost = [first[0]], np.inf
        after: dict = {}
        for candidate in first:
            newly = self.hide(candidate)
            bounds = self.bounds(model, key)
            self.hidden -= newly
            if bounds.upper - bounds.lower > width + 1e-6:
                best, best_cost = [candidate], self._cost(candidate)
                break  # the cheapest that widens alone: pairs below only if cheaper still
            after[candidate] = bounds
        for candidate, bounds in after.items():
            if self._cost(candidate) >= best_cost:
                break
            newly = self.hide(candidate)
            for second in self._hideable(model, bounds)[:PAIRS]:
                cost = self._cost(candidate) + self._cost(second)
                if cost >= best_cost:
                    break
                also = self.hide(second)
                wider = self.bounds(model, key)
                self.hidden -= also
                if wider.upper - wider.lower > width + 1e-6:
                    best, best_cost = [candidate, second], cost
                    break
            self.hidden -= newly
        for candidate in best:
            self.hide(candidate)
        return self.bounds(model, key)

    def protect(self) -> set[Key]:
        """Primary and secondary suppression over all models; returns the hidden keys."""
        for key, fact in self.facts.items():
            if fact.count and not fact.fixed and 0 < fact.value < self.min_cell:
                self.hide(key)
        safe: list[set] = [set() for _ in self.models]
        changed = True
        while changed:
            changed = False
            for model, model_safe in zip(self.models, safe, strict=True):
                changed |= self._protect_in(model, model_safe)
        return self.hidden


def count_fact(release: Release, model: Model, key: Key, mask: np.ndarray, **options) -> None:
    """A count of the atoms in ``mask``, declared and related to the model."""
    release.fact(key, float(mask @ model.truth), **options)
    model.relate(key, mask)


def estimate_fact(
    release: Release, model: Model, key: Key, coefficients: np.ndarray, lower, upper, **options
) -> None:
    release.fact(
        key, float(coefficients @ model.truth), lower=lower, upper=upper, count=False, **options
    )
    model.relate(key, coefficients)


Builder = Callable[[Release, Model], None]
