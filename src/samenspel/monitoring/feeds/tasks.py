"""Indicators fed from a survey or the action book follow it in the background: a wave's
figures take seconds to compute (its disclosure control above all), which no response, import
or status change should wait for."""

import logging

from django.core.cache import caches
from django.core.exceptions import ValidationError
from django_tasks import task

from . import selectors, services

logger = logging.getLogger(__name__)

# A refresh asked for while one is waiting to run is not asked again: a wave that receives a
# hundred responses in a minute is computed once or twice, not a hundred times.
PENDING_SECONDS = 300


def _pending_key(kind: str, pk: int) -> str:
    return f"feeds-pending:{kind}:{pk}"


def _refresh_all(indicators) -> int:
    refreshed = 0
    for indicator in indicators:
        try:
            services.indicator_feed_refresh(indicator=indicator, by=None)
        except ValidationError as error:  # a feed that cannot run now (its question gone)
            logger.info("Feed of indicator %s not refreshed: %s", indicator.pk, error.messages)
        else:
            refreshed += 1
    return refreshed


@task()
def refresh_indicator(indicator_id: int, user_id: int | None = None) -> int:
    """Refresh one indicator's feed, on behalf of the user who asked for it."""
    from django.contrib.auth import get_user_model

    from ..models import Indicator

    indicator = Indicator.objects.select_related("programme").filter(pk=indicator_id).first()
    if indicator is None or not indicator.feed:  # removed, or its feed switched off meanwhile
        return 0
    by = get_user_model().objects.filter(pk=user_id).first() if user_id else None
    try:
        return services.indicator_feed_refresh(indicator=indicator, by=by)
    except ValidationError as error:  # the page says why (no municipality area, say)
        logger.info("Feed of indicator %s not refreshed: %s", indicator.pk, error.messages)
        return 0


@task()
def refresh_survey_indicators(survey_id: int) -> int:
    """Refresh every indicator fed from one survey, after its results changed."""
    caches["shared"].delete(_pending_key("survey", survey_id))
    return _refresh_all(selectors.indicators_fed_by_survey(survey_id=survey_id))


@task()
def refresh_action_book_indicators(programme_id: int) -> int:
    """Refresh every indicator of a programme fed from the action book."""
    caches["shared"].delete(_pending_key("actions", programme_id))
    return _refresh_all(selectors.indicators_fed_by_action_book(programme_id=programme_id))


def follow_survey(survey_id: int) -> None:
    """Have the indicators fed from a survey follow it, if any are."""
    if not selectors.indicators_fed_by_survey(survey_id=survey_id).exists():
        return
    if caches["shared"].add(_pending_key("survey", survey_id), True, PENDING_SECONDS):
        refresh_survey_indicators.enqueue(survey_id)


def follow_action_book(programme_id: int) -> None:
    """Have the indicators fed from a programme's action book follow it, if any are."""
    if not selectors.indicators_fed_by_action_book(programme_id=programme_id).exists():
        return
    if caches["shared"].add(_pending_key("actions", programme_id), True, PENDING_SECONDS):
        refresh_action_book_indicators.enqueue(programme_id)
