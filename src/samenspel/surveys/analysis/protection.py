"""What of a wave may be shown: every count, split, target group, combination, group size and
mean that any page or file shows of the wave, put through one disclosure step.

A user can open the results unsplit, split by each background question and by target group,
the aspect scores by each background question, the goal pages and the comparison with the
previous wave; a hidden count must stay hidden against all of them together, so the facts of
all these views are declared here at once, whichever view is asked for, and ``disclosure``
protects them together. The views then read ``WaveDisclosure.hidden`` instead of deciding per
table. The result is kept in the cache while the wave's state holds.
"""

from dataclasses import dataclass

import numpy as np
from django.core.cache import cache, caches
from scipy import stats as scipy_stats

from ..answers import choice_values
from ..models import Question, QuestionKind, Survey, TargetGroupMapping, Wave
from . import statistics
from .disclosure import Model, Release, Variable, count_fact, estimate_fact

GRID_OPTIONS = ["1", "2", "3", "4", "5"]
NUMERIC_KINDS = (QuestionKind.LIKERT, QuestionKind.SCALE, QuestionKind.GRID)
# Combinations of options are counted (and protected) up to this many options: 2^12 cells.
MAX_COMBINATION_OPTIONS = 12
DISCLOSURE_SECONDS = 24 * 3600
# A variable and all split variables are modelled as one table up to this many cells.
JOINT_ATOMS = 3000


def closed_codes(question: Question, values: list) -> tuple[np.ndarray, list[str]]:
    """Each respondent's answer as an option index (-1 where not answered), and the options."""
    options = GRID_OPTIONS if question.kind == QuestionKind.GRID else choice_values(question)
    index = {value: position for position, value in enumerate(options)}
    codes = np.array(
        [index.get(str(value), -1) if value is not None else -1 for value in values],
        dtype=np.int64,
    )
    return codes, options


def grid_values(values: list, item: str) -> list:
    return [value.get(item) if isinstance(value, dict) else None for value in values]


def variable_name(question: Question, item: str = "") -> tuple:
    return ("q", question.pk, item)


def cell_key(name, row: int) -> tuple:
    return ("cell", name, row)


def cross_key(name, row: int, by, column: int) -> tuple:
    """One key for a cell of two variables, whichever of them is split by the other."""
    first, second = sorted([(name, row), (by, column)], key=repr)
    return ("x", first, second)


@dataclass(frozen=True)
class Group:
    """A target group as the page shows it: a column of everyone with one of the answers."""

    pk: int
    label: str
    answers: tuple  # (variable name, option index) pairs; any of them places a respondent in it


@dataclass
class WaveDisclosure:
    """Which facts of the wave are hidden; ``withheld`` when the wave is too small to show."""

    hidden: frozenset
    withheld: bool
    complete: int

    def shows(self, key) -> bool:
        return not self.withheld and key not in self.hidden


class _Wave:
    """The coded variables of a wave's complete responses, read once."""

    def __init__(self, survey: Survey, weights: np.ndarray, answers: dict[int, list]):
        self.survey = survey
        self.weights = weights
        self.n = len(weights)
        self.unweighted = bool(np.all(weights == 1.0))
        self.closed: dict[tuple, tuple[Variable, Question]] = {}
        self.backgrounds: list[tuple] = []
        self.multiples: list[tuple[Question, np.ndarray, np.ndarray]] = []
        self.texts: list[tuple[Question, int]] = []
        self.questions = list(Question.objects.filter(section__survey=survey))
        empty = [None] * self.n
        for question in self.questions:
            values = answers.get(question.pk, empty)
            if question.kind == QuestionKind.GRID:
                for item in question.items:
                    item_value = str(item["value"])
                    self._add_closed(question, grid_values(values, item_value), item_value)
            elif question.kind in (QuestionKind.SINGLE, QuestionKind.LIKERT, QuestionKind.SCALE):
                self._add_closed(question, values, "")
                if question.kind == QuestionKind.SINGLE and question.background:
                    self.backgrounds.append(variable_name(question))
            elif question.kind == QuestionKind.MULTIPLE:
                options = choice_values(question)
                selected = np.array(
                    [[option in (value or []) for option in options] for value in values],
                    dtype=bool,
                ).reshape(-1, len(options))
                answered = np.array([value is not None for value in values], dtype=bool)
                self.multiples.append((question, selected, answered))
            else:
                self.texts.append((question, sum(1 for value in values if value)))
        self.groups = self._groups()
        self.models: dict[frozenset, Model] = {}

    def _add_closed(self, question, values, item) -> None:
        codes, options = closed_codes(question, values)
        name = variable_name(question, item)
        self.closed[name] = (Variable(name, codes, len(options)), question)

    def _groups(self) -> list[Group]:
        found: dict[int, tuple[str, list]] = {}
        for mapping in (
            TargetGroupMapping.objects.filter(question__section__survey=self.survey)
            .select_related("target_group", "question")
            .order_by("target_group__dimension", "target_group__name")
        ):
            name = variable_name(mapping.question)
            if name not in self.closed:
                continue
            options = choice_values(mapping.question)
            if mapping.value not in options:
                continue
            label, answers = found.setdefault(
                mapping.target_group_id, (mapping.target_group.name, [])
            )
            answers.append((name, options.index(mapping.value)))
        return [Group(pk, label, tuple(answers)) for pk, (label, answers) in found.items()]

    def numeric(self, name) -> np.ndarray | None:
        variable, question = self.closed[name]
        options = GRID_OPTIONS if question.kind == QuestionKind.GRID else choice_values(question)
        return numbers_of(question, variable.codes, options)


def numbers_of(question: Question, codes: np.ndarray, options: list[str]) -> np.ndarray | None:
    """The answers of a Likert, scale or grid question as numbers (NaN where missing)."""
    if question.kind not in NUMERIC_KINDS:
        return None
    scores = np.array([float(option) for option in options] + [np.nan])
    return scores[np.where(codes < 0, len(options), codes)]


def displayed_mean(values: np.ndarray, weights: np.ndarray, *, min_base: int):
    """The mean and interval as the page shows them (rounded), or None where it shows none."""
    estimate = statistics.weighted_mean(values, weights)
    if not statistics.may_show_estimate(estimate.effective_base, min_base=min_base):
        return None
    if np.isnan(estimate.mean):
        return None
    return estimate


def _mean_facts(release: Release, model: Model, wave: _Wave, name, variable: Variable) -> None:
    """A shown mean gives the sum of the answers, its interval the sum of their squares: both
    linear in the counts per option, within the rounding of the figures shown."""
    numbers = wave.numeric(name)
    if numbers is None:
        return
    estimate = displayed_mean(numbers, wave.weights, min_base=wave.survey.min_base)
    if estimate is None:
        return
    keys = (("mean", name), ("spread", name))
    if not wave.unweighted:
        # Weighted means are not linear in the counts; they are withdrawn by rule instead.
        release.fact(keys[0], estimate.mean, count=False, follows=(keys[1],))
        release.fact(keys[1], estimate.sd, count=False)
        return
    per_atom = np.array([_option_score(wave, name, code) for code in range(variable.size)] + [0.0])
    values = per_atom[model.atoms[name]]
    base = int((variable.codes >= 0).sum())
    mean = round(estimate.mean, 2)
    estimate_fact(
        release,
        model,
        keys[0],
        values,
        lower=base * (mean - 0.005),
        upper=base * (mean + 0.005),
        follows=(keys[1],),
    )
    if np.isnan(estimate.lower) or base < 2:
        return
    half = (round(estimate.upper, 2) - round(estimate.lower, 2)) / 2
    quantile = scipy_stats.t.ppf(0.975, base - 1)
    spreads = [max(0.0, half + shift) * np.sqrt(base) / quantile for shift in (-0.005, 0.005)]
    squares = [
        (base - 1) * spread**2 + base * max(0.0, mean + shift) ** 2
        for spread, shift in zip(spreads, (-0.005, 0.005), strict=True)
    ]
    estimate_fact(release, model, keys[1], values**2, lower=squares[0], upper=squares[1])


def _option_score(wave: _Wave, name, code: int) -> float:
    _variable, question = wave.closed[name]
    options = GRID_OPTIONS if question.kind == QuestionKind.GRID else choice_values(question)
    return float(options[code])


def _one_way(release: Release, model: Model, wave: _Wave, name) -> None:
    variable, _question = wave.closed[name]
    answered = model.answered(name)
    count_fact(release, model, ("base", name), answered.astype(float), weight=4.0)
    for row in range(variable.size):
        count_fact(release, model, cell_key(name, row), (model.atoms[name] == row).astype(float))
    _mean_facts(release, model, wave, name, variable)


def _split(release: Release, model: Model, wave: _Wave, name, by) -> None:
    rows, columns = model.atoms[name], model.atoms[by]
    answered = model.answered(name)
    for column in range(wave.closed[by][0].size):
        in_column = columns == column
        count_fact(release, model, ("xbase", name, by, column), (answered & in_column) * 1.0)
        for row in range(wave.closed[name][0].size):
            key = cross_key(name, row, by, column)
            count_fact(release, model, key, ((rows == row) & in_column) * 1.0)


def _membership(model: Model, group: Group) -> np.ndarray:
    member = np.zeros(model.truth.size, dtype=bool)
    for name, option in group.answers:
        member |= model.atoms[name] == option
    return member


def _by_groups(release: Release, model: Model, wave: _Wave, name, cluster: set) -> None:
    rows, answered = model.atoms[name], model.answered(name)
    for group in wave.groups:
        if not {question for question, _option in group.answers} <= cluster:
            continue
        member = _membership(model, group)
        count_fact(release, model, ("gbase", name, group.pk), (answered & member) * 1.0)
        for row in range(wave.closed[name][0].size):
            count_fact(release, model, ("g", name, group.pk, row), ((rows == row) & member) * 1.0)


def _add_model(release: Release, wave: _Wave, variables: list[Variable]) -> Model:
    """The model of these variables; one per set, whichever view asks for it first."""
    names = frozenset(variable.name for variable in variables)
    model = wave.models.get(names)
    if model is None:
        model = wave.models[names] = Model(variables)
        count_fact(release, model, ("n",), np.ones(model.truth.size), fixed=True)
        release.models.append(model)
    return model


def _clusters(wave: _Wave) -> list[list]:
    """Split variables that must be modelled jointly: each background question on its own,
    joined where a target group takes answers of several questions, or where everyone in one
    group of a question is also in a group of another (the difference is a group too)."""
    names = list(
        dict.fromkeys([*wave.backgrounds, *(n for g in wave.groups for n, _o in g.answers)])
    )
    parent = {name: name for name in names}

    def root(name):
        while parent[name] != name:
            name = parent[name]
        return name

    def join(first, second):
        parent[root(first)] = root(second)

    members = []
    for group in wave.groups:
        questions = [name for name, _option in group.answers]
        for name in questions[1:]:
            join(questions[0], name)
        member = np.zeros(wave.n, dtype=bool)
        for name, option in group.answers:
            member |= wave.closed[name][0].codes == option
        members.append((questions, member))
    for inner_questions, inner in members:
        for outer_questions, outer in members:
            if inner is not outer and inner.any() and not (inner & ~outer).any():
                join(inner_questions[0], outer_questions[0])
    clusters: dict = {}
    for name in names:
        clusters.setdefault(root(name), []).append(name)
    return list(clusters.values())


def _joint_or_clusters(wave: _Wave, name) -> list[list]:
    """The split variables to model with a variable: all of them in one joint table where it
    stays small, since two-way tables of three variables bound each other; otherwise the
    clusters, which hold every table that is shown."""
    splits = list(
        dict.fromkeys([*wave.backgrounds, *(n for g in wave.groups for n, _o in g.answers)])
    )
    cells = wave.closed[name][0].size + 1
    for by in splits:
        if by != name:
            cells *= wave.closed[by][0].size + 1
    if cells <= JOINT_ATOMS:
        return [splits] if splits else []
    return _clusters(wave)


def _closed_models(release: Release, wave: _Wave) -> None:
    for name in wave.closed:
        clusters = _joint_or_clusters(wave, name)
        if not clusters:
            _one_way(release, _add_model(release, wave, [wave.closed[name][0]]), wave, name)
        for cluster in clusters:
            others = [by for by in cluster if by != name]
            variables = [wave.closed[name][0]] + [wave.closed[by][0] for by in others]
            model = _add_model(release, wave, variables)
            for first in [name, *others]:
                _one_way(release, model, wave, first)
                for second in [name, *others]:
                    if second != first and second in wave.backgrounds:
                        _split(release, model, wave, first, second)
                _by_groups(release, model, wave, first, set(cluster) | {name})


def pattern_codes(selected: np.ndarray, answered: np.ndarray) -> np.ndarray:
    """Each respondent's set of chosen options as one number (bit i: option i), -1 if none given."""
    bits = (selected.astype(np.int64) << np.arange(selected.shape[1], dtype=np.int64)).sum(axis=1)
    return np.where(answered, bits, -1)


def _multiple_models(release: Release, wave: _Wave) -> None:
    for question, selected, answered in wave.multiples:
        k = selected.shape[1]
        if k > MAX_COMBINATION_OPTIONS:
            for option in range(k):
                codes = np.where(answered, selected[:, option].astype(np.int64), -1)
                variable = Variable(("m", question.pk, option), codes, 2)
                model = _add_model(release, wave, [variable])
                chosen = model.atoms[variable.name]
                count_fact(release, model, ("mbase", question.pk), (chosen < 2) * 1.0, weight=4.0)
                count_fact(release, model, ("m", question.pk, option), (chosen == 1) * 1.0)
                count_fact(release, model, ("mnot", question.pk, option), (chosen == 0) * 1.0)
            continue
        variable = Variable(("m", question.pk), pattern_codes(selected, answered), 1 << k)
        model = _add_model(release, wave, [variable])
        patterns = model.atoms[variable.name]
        given = patterns < (1 << k)
        count_fact(release, model, ("mbase", question.pk), given * 1.0, weight=4.0)
        for option in range(k):
            chosen = given & ((patterns >> option) & 1).astype(bool)
            count_fact(release, model, ("m", question.pk, option), chosen * 1.0)
            # Not displayed, but base minus the count gives it: it must not be small either.
            count_fact(release, model, ("mnot", question.pk, option), (given & ~chosen) * 1.0)
        if question.count_combinations:
            count_fact(release, model, ("many", question.pk), (given & (patterns > 0)) * 1.0)
            for pattern in np.unique(variable.codes[variable.codes > 0]):
                key = ("combo", question.pk, int(pattern))
                count_fact(release, model, key, (patterns == pattern) * 1.0)


def _aspect_models(release: Release, wave: _Wave, scores: dict) -> None:
    for aspect, values in scores.items():
        answered = Variable(("aspect", aspect), np.where(np.isnan(values), -1, 0), 1)
        alone = _add_model(release, wave, [answered])
        count_fact(release, alone, ("abase", aspect), alone.answered(answered.name) * 1.0)
        for by in wave.backgrounds:
            model = _add_model(release, wave, [answered, wave.closed[by][0]])
            _one_way(release, model, wave, by)
            given = model.answered(answered.name)
            count_fact(release, model, ("abase", aspect), given * 1.0)
            for column in range(wave.closed[by][0].size):
                mask = given & (model.atoms[by] == column)
                count_fact(release, model, ("a", aspect, by, column), mask * 1.0)


def _text_models(release: Release, wave: _Wave) -> None:
    for question, written in wave.texts:
        codes = np.array([0] * written + [-1] * (wave.n - written), dtype=np.int64)
        model = _add_model(release, wave, [Variable(("text", question.pk), codes, 1)])
        count_fact(
            release, model, ("text", question.pk), model.answered(("text", question.pk)) * 1.0
        )


def _weighted_means_rule(release: Release, wave: _Wave) -> None:
    """A weighted mean is withdrawn where any count of its question is hidden."""
    for name, (variable, _question) in wave.closed.items():
        if ("mean", name) in release.facts and any(
            cell_key(name, row) in release.hidden for row in range(variable.size)
        ):
            release.hide(("mean", name))


def protect_wave(survey: Survey, weights: np.ndarray, answers: dict[int, list]) -> WaveDisclosure:
    """Declare every fact the wave's pages show and protect them together."""
    n = len(weights)
    if n < survey.min_base:
        return WaveDisclosure(frozenset(), True, n)
    from .aspects import respondent_aspect_scores

    wave = _Wave(survey, weights, answers)
    release = Release(min_cell=survey.min_cell)
    _closed_models(release, wave)
    _multiple_models(release, wave)
    _aspect_models(release, wave, respondent_aspect_scores(survey, answers, n))
    _text_models(release, wave)
    release.protect()
    if not wave.unweighted:
        _weighted_means_rule(release, wave)
    return WaveDisclosure(frozenset(release.hidden), False, n)


def _disclosure_key(wave: Wave) -> str:
    from .results_page import wave_state_key

    return "wave-disclosure:" + wave_state_key(wave)


def _cached_disclosure(key: str) -> WaveDisclosure | None:
    # This process's cache first, then the one every server process and the worker share:
    # a disclosure computed once (seconds of work) serves them all.
    found = cache.get(key)
    if found is None:
        found = caches["shared"].get(key)
        if found is not None:
            cache.set(key, found, DISCLOSURE_SECONDS)
    return found


def wave_disclosure(*, wave: Wave) -> WaveDisclosure:
    """The wave's disclosure, from the cache while the wave's state holds."""
    from .selectors import wave_answers

    key = _disclosure_key(wave)
    found = _cached_disclosure(key)
    if found is None:
        weights, answers = wave_answers(wave)
        found = protect_wave(wave.survey, weights, answers)
        cache.set(key, found, DISCLOSURE_SECONDS)
        caches["shared"].set(key, found, DISCLOSURE_SECONDS)
    return found


PENDING_SECONDS = 120  # a disclosure asked of the worker is not asked again meanwhile


def disclosure_ready(*, wave: Wave) -> bool:
    """Whether the wave's disclosure for its present state is computed; if not, the worker
    is asked to compute it (once), so that a page can say so instead of waiting seconds."""
    from .tasks import compute_wave_disclosure

    key = _disclosure_key(wave)
    if _cached_disclosure(key) is not None:
        return True
    if caches["shared"].add("pending:" + key, True, PENDING_SECONDS):
        compute_wave_disclosure.enqueue(wave.pk)
    # With tasks run at once (tests, development) it is ready now.
    return _cached_disclosure(key) is not None
