"""Where an indicator finds its own figures (a survey or the action book), and bringing
those figures up to date. Each writes one audit event."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from samenspel.core.audit import AuditVerb, record
from samenspel.surveys.models import Aspect, Question, Survey

from ..models import Feed, Indicator, ValueSource
from ..selectors import home_area
from ..services import indicator_update, value_set
from .figures import (
    MEAN_KINDS,
    SHARE_KINDS,
    SURVEY_FEEDS,
    feed_figures,
    question_options,
)

FED_SOURCES = (ValueSource.SURVEY, ValueSource.ACTION_BOOK)


def _check_survey_feed(indicator, feed, survey, question, option, aspect) -> None:
    """Raise, per form field, what does not fit together in a survey feed."""
    if survey is None:
        raise ValidationError({"survey": _("Choose a survey.")})
    if survey.programme_id != indicator.programme_id:
        raise ValidationError({"survey": _("This survey belongs to another programme.")})
    if feed == Feed.SURVEY_ASPECT:
        if aspect not in Aspect.values or not aspect:
            raise ValidationError({"aspect": _("Choose one of the three aspects.")})
        if not Question.objects.filter(section__survey=survey, aspect=aspect).exists():
            raise ValidationError({"aspect": _("This survey has no statements on this aspect.")})
        return
    if question is None:
        raise ValidationError({"question": _("Choose a question.")})
    if question.survey_id != survey.pk:
        raise ValidationError({"question": _("This question is not part of the chosen survey.")})
    if feed == Feed.SURVEY_MEAN:
        if question.kind not in MEAN_KINDS:
            raise ValidationError(
                {
                    "question": _(
                        "This question has no mean: choose a statement (1-5) or a scale (0-10)."
                    )
                }
            )
        return
    if question.kind not in SHARE_KINDS:
        raise ValidationError(
            {"question": _("This question has no answers to count: choose a closed question.")}
        )
    if option is None:
        raise ValidationError({"option": _("Choose the answer that is counted.")})
    if option not in {index for index, _label in question_options(question)}:
        raise ValidationError({"option": _("This answer is not one of the question's answers.")})


def indicator_feed_set(
    *,
    indicator: Indicator,
    feed: str,
    survey: Survey | None = None,
    question: Question | None = None,
    option: int | None = None,
    aspect: str | None = None,
    by,
) -> Indicator:
    """Say where an indicator's figures come from: a survey question's mean or the share
    giving an answer, an aspect score of professionals, or a count in the action book. What
    the feed does not use is cleared."""
    if feed not in Feed.values:
        raise ValidationError({"feed": _("Choose where the figures come from.")})
    aspect = aspect or ""
    if feed in SURVEY_FEEDS:
        _check_survey_feed(indicator, feed, survey, question, option, aspect)
    fields = {
        "feed": feed,
        "feed_survey": survey if feed in SURVEY_FEEDS else None,
        "feed_question": question if feed in (Feed.SURVEY_MEAN, Feed.SURVEY_SHARE) else None,
        "feed_option": option if feed == Feed.SURVEY_SHARE else None,
        "feed_aspect": aspect if feed == Feed.SURVEY_ASPECT else "",
    }
    return indicator_update(indicator=indicator, by=by, **fields)


def indicator_feed_refresh(*, indicator: Indicator, by) -> int:
    """Compute an indicator's figures from its feed again and store them: figures the feed
    no longer gives (a wave removed, a group now too small) go; figures entered by hand, from
    a file or by a partner stay. Returns the number of figures stored."""
    if not indicator.feed:
        raise ValidationError(
            _("This indicator does not get its figures from a survey or the action book.")
        )
    if indicator.feed in SURVEY_FEEDS and indicator.feed_survey is None:
        raise ValidationError(_("The survey this indicator's figures came from is gone."))
    if indicator.feed in (Feed.SURVEY_MEAN, Feed.SURVEY_SHARE) and indicator.feed_question is None:
        raise ValidationError(_("The question this indicator's figures came from is gone."))
    home = home_area(programme=indicator.programme)
    if home is None:
        raise ValidationError(
            _(
                "Add the municipality as an area first: figures for the whole programme belong there."
            )
        )
    figures = feed_figures(indicator=indicator, home=home)
    source = ValueSource.SURVEY if indicator.feed in SURVEY_FEEDS else ValueSource.ACTION_BOOK
    with transaction.atomic():
        kept = [
            value_set(
                indicator=indicator,
                period=figure.period,
                value=figure.value,
                area=figure.area,
                target_group=figure.target_group,
                n=figure.n,
                lower=figure.lower,
                upper=figure.upper,
                effective_base=figure.effective_base,
                source=source,
                by=by,
                audit=False,
            ).pk
            for figure in figures
        ]
        gone = indicator.values.filter(source__in=FED_SOURCES).exclude(pk__in=kept).delete()[0]
        record(
            by=by,
            verb=AuditVerb.CHANGED,
            obj=indicator,
            fields=["values"],
            feed=indicator.feed,
            count=len(kept),
            removed=gone,
        )
    return len(kept)


def programme_feeds_refresh(*, programme, by) -> dict[str, int | str]:
    """Refresh every fed indicator of a programme: per code, the number of figures stored, or
    why the feed could not run."""
    done: dict[str, int | str] = {}
    for indicator in programme.indicators.exclude(feed="").order_by("code"):
        try:
            done[indicator.code] = indicator_feed_refresh(indicator=indicator, by=by)
        except ValidationError as error:
            done[indicator.code] = " ".join(error.messages)
    return done
