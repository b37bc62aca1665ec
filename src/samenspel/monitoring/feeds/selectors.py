"""Reads for feeds: which indicators a survey or the action book feeds, what a feed form may
offer, and when a feed last ran."""

from __future__ import annotations

from django.db.models import QuerySet

from samenspel.core.models import AuditEvent
from samenspel.surveys.models import Question, Survey

from ..models import Indicator
from .figures import ACTION_FEEDS, SHARE_KINDS, SURVEY_FEEDS


def indicators_fed_by_survey(*, survey_id: int) -> QuerySet[Indicator]:
    return Indicator.objects.filter(feed__in=SURVEY_FEEDS, feed_survey_id=survey_id).select_related(
        "programme", "feed_survey", "feed_question"
    )


def indicators_fed_by_action_book(*, programme_id: int) -> QuerySet[Indicator]:
    return Indicator.objects.filter(feed__in=ACTION_FEEDS, programme_id=programme_id)


def feed_indicator(*, programme, pk: int) -> Indicator | None:
    return programme.indicators.select_related("feed_survey", "feed_question").filter(pk=pk).first()


def surveys_for_feeds(*, programme) -> QuerySet[Survey]:
    return programme.surveys.order_by("title", "pk")


def questions_for_feeds(*, programme, survey: Survey | None = None) -> QuerySet[Question]:
    """The closed questions a feed can count or average, of one survey or all the programme's."""
    questions = Question.objects.filter(section__survey__programme=programme, kind__in=SHARE_KINDS)
    if survey is not None:
        questions = questions.filter(section__survey=survey)
    return questions.select_related("section__survey").order_by(
        "section__survey__title", "section__position", "position", "pk"
    )


def last_refresh(*, indicator: Indicator) -> AuditEvent | None:
    """The audit event of the feed's latest run: when, by whom, and how many figures."""
    return (
        AuditEvent.objects.filter(
            object_type=indicator._meta.label_lower,
            object_id=str(indicator.pk),
            details__has_key="feed",
        )
        .order_by("-at", "-pk")
        .first()
    )
