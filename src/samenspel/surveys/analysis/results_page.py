"""Everything a wave's results page shows, computed once per state of the wave and kept in
the cache: reading and tabulating 1,500 responses takes about a second, and the answer is
the same until a response is added, the wave is weighted again or the survey is edited."""

import hashlib

from django.core.cache import cache
from django.db.models import Count, Max, Sum
from django.utils.translation import get_language

from ..models import Response, ResponseStatus, Wave, Weighting
from . import aspects, charts, protection, selectors

RESULTS_SECONDS = 24 * 3600


def _wave_state(wave: Wave) -> str:
    """A stamp that changes with every completed response and every new weighting."""
    complete = Response.objects.filter(wave=wave, status=ResponseStatus.COMPLETE).aggregate(
        n=Count("pk"), last=Max("completed_at"), weights=Sum("weight")
    )
    weighted = Weighting.objects.filter(wave=wave).values_list("weighted_at", flat=True).first()
    return f"{complete['n']}:{complete['last']}:{complete['weights']}:{weighted}"


def wave_state_key(wave: Wave) -> str:
    """A key that changes with the wave's answers, weights, questionnaire and limits."""
    survey = wave.survey
    parts = [
        str(wave.pk),
        survey.revision,
        f"{survey.min_cell}-{survey.min_base}",
        _wave_state(wave),
    ]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def results_key(*, wave: Wave, by_code: str, earlier: Wave | None) -> str:
    survey = wave.survey
    parts = [
        str(wave.pk),
        by_code,
        get_language() or "",
        # The questionnaire's revision covers pages, questions and target groups; the limits
        # decide what is hidden.
        survey.revision,
        f"{survey.min_cell}-{survey.min_base}",
        _wave_state(wave),
        _wave_state(earlier) if earlier is not None else "-",
    ]
    # Hashed: timestamps hold spaces, which some cache servers refuse in keys.
    return "wave-results:" + hashlib.sha256("|".join(parts).encode()).hexdigest()


def _compute(*, wave: Wave, by_code: str, earlier: Wave | None) -> dict:
    results = selectors.wave_results(wave=wave, by_code=by_code)
    if earlier is not None:
        changes = selectors.wave_changes(wave=wave, earlier=earlier)
        for result in results:
            result.change = changes.get((result.question.pk, result.item_value))
    for number, result in enumerate(results):
        draw = charts.split_chart if result.table else charts.bar_chart
        result.chart = draw(result, f"r{number}")
    return {
        "results": results,
        "background_questions": list(selectors.background_questions(survey=wave.survey)),
        "has_target_groups": selectors.survey_has_target_groups(survey=wave.survey),
        "aspects": aspects.aspect_scores_by_group(wave=wave, by_code=by_code),
        "complete": wave.responses.filter(status=ResponseStatus.COMPLETE).count(),
        "withheld": protection.wave_disclosure(wave=wave).withheld,
        "weighting": Weighting.objects.filter(wave=wave).first(),
        "earlier": earlier,
    }


def wave_results_page(*, wave: Wave, by_code: str = "") -> dict:
    """The results, changes since the previous wave, charts and aspect scores of a wave, split
    by a background question or by target group, from the cache while the wave's state holds."""
    earlier = selectors.previous_wave(wave)
    key = results_key(wave=wave, by_code=by_code, earlier=earlier)
    page = cache.get(key)
    if page is None:
        page = _compute(wave=wave, by_code=by_code, earlier=earlier)
        cache.set(key, page, RESULTS_SECONDS)
    return page
