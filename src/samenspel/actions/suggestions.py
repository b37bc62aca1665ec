"""Connections the product suggests: actions that should know about each other, and
organisations that work on the same goal but share no action. Dismissed ones never return;
withdrawn proposals take no part."""

import heapq
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations, islice
from operator import itemgetter

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from samenspel.core.models import Programme
from samenspel.stakeholders.models import Organisation

from .models import Action, ActionOrganisation, ActionRelation, DismissedSuggestion
from .selectors import COUNTED_STATUSES

TEXT_SIMILARITY_THRESHOLD = 0.35
NEIGHBOURS = 10
SIMILARITY_BLOCK = 500
# Features shared by very many actions (a goal every action serves) say little; cap the fan-out.
MAX_GROUP_SIZE = 400
WEIGHTS = {"goal": 2.0, "organisation": 1.5, "target_group": 1.0, "area": 1.0, "text": 3.0}


@dataclass
class Suggestion:
    key: str
    kind: str  # "actions" or "organisations"
    first: object
    second: object
    score: float
    reasons: list[str] = field(default_factory=list)


def action_pair_key(a: int, b: int) -> str:
    low, high = sorted((a, b))
    return f"actions:{low}:{high}"


def organisation_pair_key(a: int, b: int) -> str:
    low, high = sorted((a, b))
    return f"organisations:{low}:{high}"


def _pairs_sharing(groups: dict) -> Counter:
    shared: Counter = Counter()
    for members in groups.values():
        members = sorted(set(members))
        if 1 < len(members) <= MAX_GROUP_SIZE:
            shared.update(combinations(members, 2))
    return shared


def _similar_texts(actions: list[tuple[int, str]]) -> dict[tuple[int, int], float]:
    """Pairs of actions whose descriptions are alike (TF-IDF on character n-grams, which copes
    with Dutch compounds and inflections without a stemmer)."""
    texts = [(pk, text) for pk, text in actions if len(text.strip()) > 20]
    if len(texts) < 2:
        return {}
    import numpy
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=(4, 5),
        sublinear_tf=True,
        min_df=1,
        max_df=0.9,
        strip_accents="unicode",
        lowercase=True,
        dtype=numpy.float32,
    )
    try:
        matrix = vectorizer.fit_transform(text for _pk, text in texts)
    except ValueError:  # every n-gram filtered out: nothing alike
        return {}
    ids = numpy.array([pk for pk, _text in texts])
    pairs: dict[tuple[int, int], float] = {}
    # Row blocks against all: memory stays bounded, and each action keeps only its nearest
    # neighbours, which is what a person can act on.
    neighbours = min(NEIGHBOURS, matrix.shape[0] - 1)
    for start in range(0, matrix.shape[0], SIMILARITY_BLOCK):
        block = (matrix[start : start + SIMILARITY_BLOCK] @ matrix.T).toarray()
        for offset, row in enumerate(block):
            index = start + offset
            row[index] = 0.0
            nearest = numpy.argpartition(row, -neighbours)[-neighbours:]
            for other in nearest[row[nearest] >= TEXT_SIMILARITY_THRESHOLD]:
                low, high = sorted((int(ids[index]), int(ids[other])))
                pairs[(low, high)] = float(row[other])
    return pairs


def _reason(feature: str, count: int) -> str:
    if feature == "area":
        return _("same area")
    texts = {
        "goal": ngettext("%(n)s shared goal", "%(n)s shared goals", count),
        "organisation": ngettext("%(n)s shared organisation", "%(n)s shared organisations", count),
        "target_group": ngettext("%(n)s shared target group", "%(n)s shared target groups", count),
    }
    return texts[feature] % {"n": count}


def action_suggestions(*, programme: Programme, limit: int = 50) -> list[Suggestion]:
    """Pairs of actions that share goals, organisations, target groups, an area or alike
    descriptions, best first; related and dismissed pairs are left out."""
    actions = Action.objects.filter(programme=programme, status__in=COUNTED_STATUSES)
    goals, organisations, target_groups, areas = (
        defaultdict(list),
        defaultdict(list),
        defaultdict(list),
        defaultdict(list),
    )
    for action_id, goal_id in Action.goals.through.objects.filter(
        action__programme=programme, action__status__in=COUNTED_STATUSES
    ).values_list("action_id", "goal_id"):
        goals[goal_id].append(action_id)
    for action_id, organisation_id in ActionOrganisation.objects.filter(
        action__programme=programme, action__status__in=COUNTED_STATUSES
    ).values_list("action_id", "organisation_id"):
        organisations[organisation_id].append(action_id)
    for action_id, group_id in Action.target_groups.through.objects.filter(
        action__programme=programme, action__status__in=COUNTED_STATUSES
    ).values_list("action_id", "targetgroup_id"):
        target_groups[group_id].append(action_id)
    texts = []
    for pk, area, title, description in actions.values_list("pk", "area", "title", "description"):
        if area:
            areas[area.lower()].append(pk)
        texts.append((pk, f"{title}. {description}"))

    shared = {
        "goal": _pairs_sharing(goals),
        "organisation": _pairs_sharing(organisations),
        "target_group": _pairs_sharing(target_groups),
        "area": _pairs_sharing(areas),
    }
    similar = _similar_texts(texts)
    scores: Counter = Counter()
    for feature, pairs in shared.items():
        for pair, count in pairs.items():
            scores[pair] += WEIGHTS[feature] * count
    for pair, value in similar.items():
        scores[pair] += WEIGHTS["text"] * value

    related = {
        (min(a, b), max(a, b))
        for a, b in ActionRelation.objects.filter(programme=programme).values_list(
            "source_id", "target_id"
        )
    }
    dismissed = set(
        DismissedSuggestion.objects.filter(
            programme=programme, key__startswith="actions:"
        ).values_list("key", flat=True)
    )
    # Only pairs with more in common than a single shared goal or area are worth a look.
    best = heapq.nlargest(limit + len(related) + len(dismissed), scores.items(), key=itemgetter(1))
    candidates = [
        (pair, score)
        for pair, score in best
        if score >= 3.0 and pair not in related and action_pair_key(*pair) not in dismissed
    ][:limit]
    by_id = Action.objects.in_bulk({pk for pair, _score in candidates for pk in pair})
    result = []
    for (a, b), score in candidates:
        reasons = []
        for feature, pairs in shared.items():
            if (a, b) in pairs:
                reasons.append(_reason(feature, pairs[(a, b)]))
        if (a, b) in similar:
            reasons.append(
                _("alike descriptions (%(percent)s%%)") % {"percent": round(100 * similar[(a, b)])}
            )
        result.append(
            Suggestion(
                action_pair_key(a, b), "actions", by_id[a], by_id[b], round(score, 2), reasons
            )
        )
    return result


def organisation_suggestions(*, programme: Programme, limit: int = 50) -> list[Suggestion]:
    """Organisations that work on the same goal through different actions but share none."""
    rows = ActionOrganisation.objects.filter(
        action__programme=programme, action__status__in=COUNTED_STATUSES
    ).values_list("organisation_id", "action_id")
    actions_of: dict[int, set[int]] = defaultdict(set)
    for organisation_id, action_id in rows:
        actions_of[organisation_id].add(action_id)
    goals_of_action: dict[int, set[int]] = defaultdict(set)
    for action_id, goal_id in Action.goals.through.objects.filter(
        action__programme=programme, action__status__in=COUNTED_STATUSES
    ).values_list("action_id", "goal_id"):
        goals_of_action[action_id].add(goal_id)
    organisations_per_goal: dict[int, set[int]] = defaultdict(set)
    for organisation_id, action_ids in actions_of.items():
        for action_id in action_ids:
            for goal_id in goals_of_action[action_id]:
                organisations_per_goal[goal_id].add(organisation_id)
    shared_goals = _pairs_sharing(organisations_per_goal)
    dismissed = set(
        DismissedSuggestion.objects.filter(
            programme=programme, key__startswith="organisations:"
        ).values_list("key", flat=True)
    )
    candidates = list(
        islice(
            (
                (pair, count)
                for pair, count in shared_goals.most_common()
                if not (actions_of[pair[0]] & actions_of[pair[1]])
                and organisation_pair_key(*pair) not in dismissed
            ),
            limit,
        )
    )
    by_id = Organisation.objects.in_bulk({pk for pair, _count in candidates for pk in pair})
    return [
        Suggestion(
            organisation_pair_key(a, b),
            "organisations",
            by_id[a],
            by_id[b],
            float(count),
            [
                ngettext(
                    "work on %(n)s same goal without a shared action",
                    "work on %(n)s same goals without a shared action",
                    count,
                )
                % {"n": count}
            ],
        )
        for (a, b), count in candidates
    ]
