"""Changes in monitoring: areas, indicators and their values, figures asked of partners,
commitments and needs, evaluation texts and quotes. Each writes its audit event."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from samenspel.core.audit import AuditVerb, programme_behind, record
from samenspel.core.models import Programme

from .models import (
    Area,
    Commitment,
    EvaluationText,
    FigureRequest,
    Indicator,
    IndicatorValue,
    Quote,
    ResourceNeed,
    ValueSource,
)

INDICATOR_FIELDS = (
    "code",
    "name",
    "definition",
    "unit",
    "direction",
    "kind",
    "source",
    "level",
    "by_area",
    "by_target_group",
    "baseline_period",
    "target_value",
    "target_period",
    "feed",
    "feed_survey",
    "feed_question",
    "feed_option",
    "feed_aspect",
)


def _apply(instance, fields: dict, allowed) -> list[str]:
    unknown = set(fields) - set(allowed)
    if unknown:
        raise TypeError(f"unknown fields: {sorted(unknown)}")
    for name, value in fields.items():
        setattr(instance, name, value.strip() if isinstance(value, str) else value)
    return sorted(fields)


def _check_programme(programme: Programme, *objects) -> None:
    for obj in objects:
        if obj is not None and getattr(obj, "programme_id", programme.pk) != programme.pk:
            raise ValidationError(_("This belongs to another programme."))


# Areas ------------------------------------------------------------------------------------

AREA_FIELDS = ("code", "name", "level", "parent", "geometry")


def area_create(*, programme: Programme, by, **fields) -> Area:
    """Add an area (district, neighbourhood, the municipality or the country) to a programme."""
    area = Area(programme=programme)
    names = _apply(area, fields, AREA_FIELDS)
    _check_programme(programme, area.parent)
    if Area.objects.filter(programme=programme, code__iexact=area.code).exists():
        raise ValidationError({"code": _("There is already an area with this code.")})
    area.full_clean(exclude=["programme"])
    with transaction.atomic():
        area.save()
        record(by=by, verb=AuditVerb.CREATED, obj=area, fields=names)
    return area


def area_update(*, area: Area, by, **fields) -> Area:
    """Change an area's code, name, level, parent or shape."""
    names = _apply(area, fields, AREA_FIELDS)
    _check_programme(area.programme, area.parent)
    if area.parent_id == area.pk:
        raise ValidationError({"parent": _("An area cannot lie in itself.")})
    clash = Area.objects.filter(programme=area.programme, code__iexact=area.code).exclude(
        pk=area.pk
    )
    if clash.exists():
        raise ValidationError({"code": _("There is already an area with this code.")})
    area.full_clean(exclude=["programme"])
    with transaction.atomic():
        area.save()
        record(by=by, verb=AuditVerb.CHANGED, obj=area, fields=names)
    return area


def area_delete(*, area: Area, by) -> None:
    """Delete an area together with its figures (the page asks to confirm first)."""
    with transaction.atomic():
        record(by=by, verb=AuditVerb.DELETED, obj=area, count=area.values.count())
        area.delete()


# Indicators -------------------------------------------------------------------------------


def _check_indicator(indicator: Indicator) -> None:
    programme = indicator.programme
    clash = Indicator.objects.filter(programme=programme, code__iexact=indicator.code)
    if indicator.pk:
        clash = clash.exclude(pk=indicator.pk)
    if clash.exists():
        raise ValidationError({"code": _("There is already an indicator with this code.")})
    for survey_thing in (indicator.feed_survey, indicator.feed_question):
        if survey_thing is not None and programme_behind(survey_thing) != programme:
            raise ValidationError(_("This survey belongs to another programme."))


def indicator_create(*, programme: Programme, goals=(), by, **fields) -> Indicator:
    """Add an indicator to the programme, serving the given goals."""
    indicator = Indicator(programme=programme)
    names = _apply(indicator, fields, INDICATOR_FIELDS)
    goals = list(goals)
    _check_programme(programme, *goals)
    _check_indicator(indicator)
    indicator.full_clean(exclude=["programme"])
    with transaction.atomic():
        indicator.position = programme.indicators.count() + 1
        indicator.save()
        indicator.goals.set(goals)
        record(by=by, verb=AuditVerb.CREATED, obj=indicator, fields=names)
    return indicator


def indicator_update(*, indicator: Indicator, goals=None, by, **fields) -> Indicator:
    """Change an indicator's description, target or feed (and, if given, its goals)."""
    names = _apply(indicator, fields, INDICATOR_FIELDS)
    _check_indicator(indicator)
    indicator.full_clean(exclude=["programme"])
    with transaction.atomic():
        indicator.save()
        if goals is not None:
            goals = list(goals)
            _check_programme(indicator.programme, *goals)
            indicator.goals.set(goals)
            names.append("goals")
        record(by=by, verb=AuditVerb.CHANGED, obj=indicator, fields=names)
    return indicator


def indicator_delete(*, indicator: Indicator, by) -> None:
    """Delete an indicator with all its figures (the page asks to confirm first)."""
    with transaction.atomic():
        record(by=by, verb=AuditVerb.DELETED, obj=indicator, count=indicator.values.count())
        indicator.delete()


# Values -----------------------------------------------------------------------------------


def _cell(indicator: Indicator, *, period, area, organisation, target_group) -> dict:
    if area is None and organisation is None:
        raise ValidationError(_("A figure belongs to an area or an organisation."))
    if organisation is not None and target_group is not None:
        raise ValidationError(_("A figure of an organisation has no target group."))
    _check_programme(indicator.programme, area, organisation, target_group)
    return {
        "indicator": indicator,
        "period": period,
        "area": area,
        "organisation": organisation,
        "target_group": target_group,
    }


def value_set(
    *,
    indicator: Indicator,
    period: int,
    value: float,
    area: Area | None = None,
    organisation=None,
    target_group=None,
    n: int | None = None,
    lower: float | None = None,
    upper: float | None = None,
    effective_base: float | None = None,
    source: str = ValueSource.MANUAL,
    note: str = "",
    by,
    audit: bool = True,
) -> IndicatorValue:
    """Set an indicator's figure for one year and area (or organisation), for everyone or one
    target group, replacing the figure that was there."""
    cell = _cell(
        indicator, period=period, area=area, organisation=organisation, target_group=target_group
    )
    with transaction.atomic():
        figure, created = IndicatorValue.objects.update_or_create(
            **cell,
            defaults={
                "value": float(value),
                "n": n,
                "lower": lower,
                "upper": upper,
                "effective_base": effective_base,
                "source": source,
                "note": note.strip(),
            },
        )
        if audit:
            record(
                by=by,
                verb=AuditVerb.CREATED if created else AuditVerb.CHANGED,
                obj=indicator,
                fields=["values"],
                count=1,
            )
    return figure


def value_delete(*, value: IndicatorValue, by) -> None:
    """Remove one figure."""
    with transaction.atomic():
        record(by=by, verb=AuditVerb.CHANGED, obj=value.indicator, removed=str(value.period))
        value.delete()


# Figures asked of partners ---------------------------------------------------------------


def figure_request_create(
    *, indicator: Indicator, organisation, period: int, due_date=None, message: str = "", by
) -> FigureRequest:
    """Ask an organisation for an indicator's figure for a year."""
    _check_programme(indicator.programme, organisation)
    if FigureRequest.objects.filter(
        indicator=indicator, organisation=organisation, period=period
    ).exists():
        raise ValidationError(_("This organisation has already been asked for this figure."))
    with transaction.atomic():
        request = FigureRequest.objects.create(
            indicator=indicator,
            organisation=organisation,
            period=period,
            due_date=due_date,
            message=message.strip(),
            requested_by=by,
        )
        record(by=by, verb=AuditVerb.REQUESTED, obj=request)
    return request


def figure_request_withdraw(*, request: FigureRequest, by) -> None:
    """Withdraw a request that has not been answered."""
    if not request.is_outstanding:
        raise ValidationError(_("This figure has already been delivered."))
    with transaction.atomic():
        record(by=by, verb=AuditVerb.DELETED, obj=request)
        request.delete()


def figure_deliver(
    *, request: FigureRequest, value: float, n: int | None = None, note: str = "", by
) -> IndicatorValue:
    """A partner fills in the figure it was asked for; it becomes the organisation's value."""
    with transaction.atomic():
        figure = value_set(
            indicator=request.indicator,
            period=request.period,
            value=value,
            organisation=request.organisation,
            n=n,
            note=note,
            source=ValueSource.PARTNER,
            by=by,
            audit=False,
        )
        request.delivered_value = figure
        request.delivered_at = timezone.now()
        request.delivered_by = by
        request.save(update_fields=["delivered_value", "delivered_at", "delivered_by"])
        record(by=by, verb=AuditVerb.DELIVERED, obj=request)
    return figure


# Preconditions: needs and commitments ------------------------------------------------------


def resource_need_set(*, action, hours=0, euros=0, places=0, by) -> ResourceNeed:
    """Record in numbers what an action said it needs."""
    with transaction.atomic():
        need, _created = ResourceNeed.objects.update_or_create(
            action=action, defaults={"hours": hours, "euros": euros, "places": places}
        )
        record(by=by, verb=AuditVerb.CHANGED, obj=action, fields=["needs"])
    return need


COMMITMENT_FIELDS = ("organisation", "action", "goal", "period", "hours", "euros", "places", "note")


def commitment_create(*, programme: Programme, by, **fields) -> Commitment:
    """Record the time, room or money an organisation commits to an action or goal."""
    commitment = Commitment(programme=programme, created_by=by)
    names = _apply(commitment, fields, COMMITMENT_FIELDS)
    _check_programme(programme, commitment.organisation, commitment.action, commitment.goal)
    commitment.full_clean(exclude=["programme", "created_by"])
    if not (commitment.hours or commitment.euros or commitment.places):
        raise ValidationError(_("Fill in at least hours, euros or places."))
    with transaction.atomic():
        commitment.save()
        record(by=by, verb=AuditVerb.CREATED, obj=commitment, fields=names)
    return commitment


def commitment_delete(*, commitment: Commitment, by) -> None:
    """Remove a commitment."""
    with transaction.atomic():
        record(by=by, verb=AuditVerb.DELETED, obj=commitment)
        commitment.delete()


# The evaluation report's texts and chosen quotes ------------------------------------------


def evaluation_text_save(*, programme: Programme, section: str, text: str, by) -> EvaluationText:
    """Write one narrative part of the evaluation report."""
    with transaction.atomic():
        item, _created = EvaluationText.objects.update_or_create(
            programme=programme, section=section, defaults={"text": text.strip(), "updated_by": by}
        )
        record(by=by, verb=AuditVerb.CHANGED, obj=item, fields=[section])
    return item


def quote_create(*, programme: Programme, text: str, attribution: str = "", goal=None, by) -> Quote:
    """Choose a quote for dashboards and the report, attributed by role or group only."""
    _check_programme(programme, goal)
    if not text.strip():
        raise ValidationError({"text": _("Fill in the quote.")})
    with transaction.atomic():
        quote = Quote.objects.create(
            programme=programme,
            text=text.strip(),
            attribution=attribution.strip(),
            goal=goal,
            created_by=by,
        )
        record(by=by, verb=AuditVerb.CREATED, obj=quote)
    return quote


def quote_delete(*, quote: Quote, by) -> None:
    """Remove a chosen quote."""
    with transaction.atomic():
        record(by=by, verb=AuditVerb.DELETED, obj=quote)
        quote.delete()
