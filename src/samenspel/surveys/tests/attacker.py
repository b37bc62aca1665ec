"""An attacker of a wave's results, for the tests: it reads every number the results pages
show of a wave (unsplit, split by each background question and by target group, the aspect
scores by each background question, combinations of options) as a reader would, and bounds
every hidden count by linear programming (scipy) on the joint table of the variables it models.

It knows what any reader knows: the questionnaire, its options and which answers make up a
target group, and the rounding of the figures shown. It does not use the product's own
disclosure code.
"""

from dataclasses import dataclass, field

import numpy as np
from scipy import stats
from scipy.optimize import linprog

from samenspel.surveys.analysis import aspects, selectors
from samenspel.surveys.analysis.protection import closed_codes, grid_values
from samenspel.surveys.analysis.selectors import wave_answers
from samenspel.surveys.models import Question, QuestionKind, TargetGroupMapping


@dataclass
class Finding:
    what: str
    lower: float
    upper: float

    @property
    def width(self) -> float:
        return self.upper - self.lower


@dataclass
class Attack:
    """The joint table of some variables, the published facts about it, the hidden counts."""

    names: list
    sizes: list
    truth: np.ndarray
    equal: list = field(default_factory=list)  # (mask, value)
    ranged: list = field(default_factory=list)  # (coefficients, lower, upper)
    shares: list = field(default_factory=list)  # (cell mask, base mask, percent)
    targets: list = field(default_factory=list)  # (what, mask)

    def atoms(self, name) -> np.ndarray:
        grid = np.indices([size + 1 for size in self.sizes]).reshape(len(self.sizes), -1)
        return grid[self.names.index(name)]

    def answered(self, name) -> np.ndarray:
        return self.atoms(name) < self.sizes[self.names.index(name)]

    def bounds(self) -> list[Finding]:
        # Every view repeats the unsplit counts: each fact and each target once is enough.
        equal = {mask.tobytes(): (mask, value) for mask, value in self.equal}
        rows_eq = [mask for mask, _value in equal.values()]
        values_eq = [value for _mask, value in equal.values()]
        rows_ub, values_ub = [], []
        for coefficients, lower, upper in self.ranged:
            rows_ub += [coefficients, -coefficients]
            values_ub += [upper, -lower]
        for cell, base, percent in self.shares:
            # |100 * cell - percent * base| <= 0.05 * base: the percentage is rounded to 0.1.
            rows_ub += [100 * cell - (percent + 0.05) * base, (percent - 0.05) * base - 100 * cell]
            values_ub += [0.0, 0.0]
        found = []
        targets = {mask.tobytes(): (what, mask) for what, mask in reversed(self.targets)}
        for what, mask in targets.values():
            ends = []
            for sign in (1, -1):
                result = linprog(
                    sign * mask,
                    A_eq=np.array(rows_eq),
                    b_eq=np.array(values_eq),
                    A_ub=np.array(rows_ub) if rows_ub else None,
                    b_ub=np.array(values_ub) if rows_ub else None,
                    bounds=(0, None),
                    method="highs",
                )
                assert result.status == 0, (what, result.message)
                ends.append(sign * result.fun)
            found.append(Finding(what, ends[0], ends[1]))
        return found


class Reader:
    """Everything the results pages show of a wave, read once per view."""

    def __init__(self, wave):
        self.wave = wave
        self.survey = wave.survey
        self.weights, self.answers = wave_answers(wave)
        self.n = len(self.weights)
        self.questions = list(Question.objects.filter(section__survey=self.survey))
        self.backgrounds = [q for q in selectors.background_questions(survey=self.survey)]
        self.views = {"": selectors.wave_results(wave=wave)}
        for question in self.backgrounds:
            self.views[question.code] = selectors.wave_results(wave=wave, by_code=question.code)
        self.groups = self._groups()
        if self.groups:
            by = selectors.BY_TARGET_GROUP
            self.views[by] = selectors.wave_results(wave=wave, by_code=by)
        self.aspects = {
            question.code: aspects.aspect_scores_by_group(wave=wave, by_code=question.code)
            for question in self.backgrounds
        }
        self.codes = self._codes()

    def _groups(self) -> dict[str, list]:
        groups: dict[str, list] = {}
        for mapping in TargetGroupMapping.objects.filter(
            question__section__survey=self.survey
        ).select_related("target_group", "question"):
            codes, options = closed_codes(mapping.question, [None])
            groups.setdefault(mapping.target_group.name, []).append(
                (mapping.question.code, options.index(mapping.value))
            )
        return groups

    def _codes(self) -> dict:
        """Each closed variable's codes and number of options, by (question code, grid item)."""
        found = {}
        for question in self.questions:
            values = self.answers.get(question.pk, [None] * self.n)
            if question.kind == QuestionKind.GRID:
                for item in question.items:
                    item_value = str(item["value"])
                    found[(question.code, item_value)] = closed_codes(
                        question, grid_values(values, item_value)
                    )
            elif question.kind in (QuestionKind.SINGLE, QuestionKind.LIKERT, QuestionKind.SCALE):
                found[(question.code, "")] = closed_codes(question, values)
        return {name: (codes, len(options)) for name, (codes, options) in found.items()}

    def aspect_answered(self) -> dict:
        scores = aspects.respondent_aspect_scores(self.survey, self.answers, self.n)
        return {aspect: ~np.isnan(values) for aspect, values in scores.items()}

    def attack(self, names: list) -> Attack:
        """Model the joint table of these variables (closed variables by (code, item), aspect
        answered-indicators by ("aspect", name)) with every fact the pages show about it."""
        answered_aspects = self.aspect_answered()
        sizes, codes = [], []
        for name in names:
            if name[0] == "aspect":
                sizes.append(1)
                codes.append(np.where(answered_aspects[name[1]], 0, 1))
            else:
                variable_codes, size = self.codes[name]
                sizes.append(size)
                codes.append(np.where(variable_codes < 0, size, variable_codes))
        shape = [size + 1 for size in sizes]
        truth = np.bincount(np.ravel_multi_index(codes, shape), minlength=int(np.prod(shape)))
        attack = Attack(list(names), sizes, truth.astype(float))
        attack.equal.append((np.ones(truth.size), float(self.n)))
        for view, results in self.views.items():
            for result in results:
                self._read_result(attack, view, result)
        for by_code, table in self.aspects.items():
            if table is not None:
                self._read_aspects(attack, by_code, table)
        return attack

    def _member(self, attack: Attack, group: str) -> np.ndarray | None:
        member = np.zeros(attack.truth.size, dtype=bool)
        for code, option in self.groups[group]:
            if (code, "") not in attack.names:
                return None
            member |= attack.atoms((code, "")) == option
        return member

    def _fact(self, attack, what, mask, count) -> None:
        if count is None:
            attack.targets.append((what, mask.astype(float)))
        else:
            attack.equal.append((mask.astype(float), float(count)))

    def _read_result(self, attack: Attack, view: str, result) -> None:
        name = (result.question.code, result.item_value)
        if name not in attack.names or result.text_answers:
            return
        rows, answered = attack.atoms(name), attack.answered(name)
        if result.withheld:
            attack.targets.append((f"{name} base", answered * 1.0))
            return
        attack.equal.append((answered * 1.0, float(result.base)))
        for index, row in enumerate(result.rows):
            self._fact(attack, f"{name}={index}", rows == index, row.count)
            if row.percent is not None and self._unweighted():
                attack.shares.append(((rows == index) * 1.0, answered * 1.0, row.percent))
        if view == "" and result.mean is not None and self._unweighted():
            self._read_mean(attack, name, result)
        if not result.table:
            return
        columns = self._columns(attack, view, result)
        if columns is None:
            return
        for label, member in columns:
            if member is None:
                continue
            base_mask = answered & member
            self._fact(
                attack, f"{name} base in {view}:{label}", base_mask, self._base(result, label)
            )
            if label not in result.columns:
                continue
            position = result.columns.index(label)
            for index, (_row_label, cells) in enumerate(result.table):
                cell = cells[position]
                self._fact(
                    attack,
                    f"{name}={index} in {view}:{label}",
                    (rows == index) & member,
                    cell.count,
                )
                if cell.percent is not None and self._unweighted():
                    attack.shares.append(
                        (((rows == index) & member) * 1.0, base_mask * 1.0, cell.percent)
                    )

    def _base(self, result, label):
        if label not in result.columns:
            return 0  # a column nobody is in is left out: its base is zero
        return result.column_bases[result.columns.index(label)]

    def _columns(self, attack, view, result):
        if view == selectors.BY_TARGET_GROUP:
            return [(label, self._member(attack, label)) for label in self.groups]
        by = (view, "")
        if by not in attack.names:
            return None
        question = next(q for q in self.backgrounds if q.code == view)
        labels = [choice["label"] for choice in question.choices]
        return [(label, attack.atoms(by) == index) for index, label in enumerate(labels)]

    def _unweighted(self) -> bool:
        return bool(np.all(self.weights == 1.0))

    def _read_mean(self, attack: Attack, name, result) -> None:
        question = result.question
        _codes, options = closed_codes(question, [None])
        scores = np.array([float(option) for option in options] + [0.0])
        values = scores[attack.atoms(name)]
        base, mean = result.base, result.mean
        attack.ranged.append((values, base * (mean - 0.005), base * (mean + 0.005)))
        if result.mean_lower is None:
            return
        half = (result.mean_upper - result.mean_lower) / 2
        quantile = stats.t.ppf(0.975, base - 1)
        ends = []
        for shift in (-0.005, 0.005):
            spread = max(0.0, half + shift) * np.sqrt(base) / quantile
            ends.append((base - 1) * spread**2 + base * max(0.0, mean + shift) ** 2)
        attack.ranged.append((values**2, ends[0] - 1e-6, ends[1] + 1e-6))

    def _read_aspects(self, attack: Attack, by_code: str, table) -> None:
        by = (by_code, "")
        order = {str(label): aspect for aspect, label in _aspect_labels().items()}
        for position, label in enumerate(table.aspects):
            aspect = order[label]
            if ("aspect", aspect) not in attack.names:
                continue
            given = attack.answered(("aspect", aspect))
            for index, (group, cells) in enumerate(table.rows):
                count = cells[position][0]
                if index == len(table.rows) - 1:
                    self._fact(attack, f"aspect {aspect} all", given, count)
                elif by in attack.names:
                    self._fact(
                        attack,
                        f"aspect {aspect} {by_code}={group}",
                        given & (attack.atoms(by) == index),
                        count,
                    )

    def combination_attack(self, question: Question) -> Attack:
        """The patterns of options chosen in a multiple-choice question, and what is shown."""
        options = [str(choice["value"]) for choice in question.choices]
        values = self.answers.get(question.pk, [None] * self.n)
        k = len(options)
        patterns = np.array(
            [
                sum(1 << i for i, option in enumerate(options) if option in value)
                if value is not None
                else 1 << k
                for value in values
            ]
        )
        truth = np.bincount(patterns, minlength=(1 << k) + 1).astype(float)
        attack = Attack([question.code], [1 << k], truth)
        atoms = np.arange(truth.size)
        given = atoms < (1 << k)
        attack.equal.append((np.ones(truth.size), float(self.n)))
        result = next(r for r in self.views[""] if r.question.pk == question.pk)
        if result.withheld:
            attack.targets.append(("base", given * 1.0))
            return attack
        attack.equal.append((given * 1.0, float(result.base)))
        for index, row in enumerate(result.rows):
            self._fact(attack, f"option {index}", given & ((atoms >> index) & 1 == 1), row.count)
        labels = [choice["label"] for choice in question.choices]
        listed = {}
        for text, count in result.combinations:
            chosen = text.split(" + ")
            listed[sum(1 << labels.index(label) for label in chosen)] = count
        for pattern in range(1, 1 << k):
            if pattern in listed:
                attack.equal.append(((atoms == pattern) * 1.0, float(listed[pattern])))
            elif question.count_combinations and truth[pattern] > 0:
                attack.targets.append((f"combination {pattern}", (atoms == pattern) * 1.0))
        if question.count_combinations and result.other_combinations is not None:
            some = given & (atoms > 0)
            attack.equal.append(
                (some * 1.0, float(result.other_combinations + sum(listed.values())))
            )
        return attack


def _aspect_labels() -> dict:
    from samenspel.surveys.models import Aspect

    return {aspect: Aspect(aspect).label for aspect in Aspect.values}


def narrowest(findings: list[Finding]) -> Finding | None:
    return min(findings, key=lambda finding: finding.width, default=None)
