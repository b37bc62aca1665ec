"""Raking a wave's responses to population margins, through the statistics engine; the right
to export answers per respondent, and the exports made with it."""

import numpy as np
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from samenspel.core.audit import AuditVerb, record
from samenspel.core.models import Programme

from ..answers import choice_values
from ..models import (
    Answer,
    Margin,
    Question,
    QuestionKind,
    Response,
    ResponseStatus,
    RowExportGrant,
    RowExportStatus,
    Wave,
    Weighting,
)
from ..rules import forget_row_export_grants
from ..signals import results_changed
from . import exports, statistics


@transaction.atomic
def wave_weight(*, wave: Wave, margins: list[tuple[Question, dict[str, float]]], by) -> Weighting:
    """Weight a wave to the given margins at once: they replace the wave's earlier margins,
    and nothing is stored when the weights cannot be computed."""
    kept = [question.pk for question, _targets in margins]
    Margin.objects.filter(wave=wave).exclude(question_id__in=kept).delete()
    for question, targets in margins:
        margin_set(wave=wave, question=question, targets=targets)
    weighting = wave_rake(wave=wave)
    record(
        by=by,
        verb=AuditVerb.WEIGHTED,
        obj=wave,
        margins=[question.code for question, _targets in margins],
        design_effect=round(weighting.design_effect, 3),
    )
    results_changed(wave)
    return weighting


def margin_set(*, wave: Wave, question: Question, targets: dict[str, float]) -> Margin:
    """Store the population targets of one background question (counts, percentages or
    shares: only their proportions count)."""
    if question.section.survey_id != wave.survey_id or question.kind != QuestionKind.SINGLE:
        raise ValidationError(_("Only single-choice questions of this survey can be a margin."))
    values = choice_values(question)
    if set(targets) != set(values):
        raise ValidationError(_("Give a number for every answer."))
    if any(target < 0 for target in targets.values()) or sum(targets.values()) <= 0:
        raise ValidationError(_("Targets are numbers of at least 0, and not all 0."))
    margin, _created = Margin.objects.update_or_create(
        wave=wave, question=question, defaults={"targets": targets}
    )
    return margin


@transaction.atomic
def wave_rake(*, wave: Wave) -> Weighting:
    """Rake the complete responses' weights to the wave's margins. Respondents who did not
    answer a margin question form their own group there, kept at its observed share."""
    margins = list(Margin.objects.filter(wave=wave).select_related("question"))
    if not margins:
        raise ValidationError(_("Enter population figures for at least one background question."))
    responses = list(
        Response.objects.filter(wave=wave, status=ResponseStatus.COMPLETE)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    if not responses:
        raise ValidationError(_("There are no complete responses to weight yet."))
    position = {pk: index for index, pk in enumerate(responses)}
    categories, targets = {}, {}
    for margin in margins:
        values = choice_values(margin.question)
        unknown = len(values)
        codes = np.full(len(responses), unknown, dtype=np.int64)
        for response_id, value in Answer.objects.filter(
            response_id__in=position, question=margin.question
        ).values_list("response_id", "value"):
            if str(value) in values:
                codes[position[response_id]] = values.index(str(value))
        observed_unknown = float(np.mean(codes == unknown))
        shares = np.array([float(margin.targets[value]) for value in values])
        _check_reachable(margin.question, values, codes, shares)
        shares = shares / shares.sum() * (1 - observed_unknown)
        categories[margin.question.code] = codes
        targets[margin.question.code] = np.append(shares, observed_unknown)
    try:
        result = statistics.rake(categories, targets)
    except ValueError as exc:
        # Every category with a target has respondents, so the margins contradict each other.
        raise ValidationError(
            _(
                "The targets of %(questions)s cannot all be met at once: the respondents of a "
                "group with a target on one question all have an answer with target 0 on "
                "another. Weight by fewer questions, or give those answers a target."
            )
            % {"questions": ", ".join(f"“{margin.question.text}”" for margin in margins)}
        ) from exc
    objects = [
        Response(pk=pk, weight=float(weight))
        for pk, weight in zip(responses, result.weights, strict=True)
    ]
    Response.objects.bulk_update(objects, ["weight"], batch_size=2000)
    weighting, _created = Weighting.objects.update_or_create(
        wave=wave,
        defaults={
            "design_effect": result.design_effect,
            "effective_sample_size": result.effective_sample_size,
            "respondents": len(responses),
        },
    )
    return weighting


def _check_reachable(question: Question, values: list[str], codes, shares) -> None:
    """A target on an answer nobody gave can never be met: say which one."""
    counts = np.bincount(codes, minlength=len(values) + 1)
    labels = dict((str(choice["value"]), choice["label"]) for choice in question.choices)
    for index, value in enumerate(values):
        if shares[index] > 0 and counts[index] == 0:
            raise ValidationError(
                _(
                    "%(question)s: nobody answered “%(answer)s”, so its target cannot be met. "
                    "Give it 0, or weight without this question."
                )
                % {"question": question.text, "answer": labels.get(value, value)}
            )


def wave_unweight(*, wave: Wave, by) -> None:
    """Back to equal weights."""
    Response.objects.filter(wave=wave).update(weight=1.0)
    Weighting.objects.filter(wave=wave).delete()
    record(by=by, verb=AuditVerb.UNWEIGHTED, obj=wave)
    results_changed(wave)


REASON_MIN_LENGTH = 10


def _clean_reason(reason: str) -> str:
    reason = " ".join(reason.split())
    if len(reason) < REASON_MIN_LENGTH:
        raise ValidationError(
            {"reason": _("Say in a sentence what you need the answers per respondent for.")}
        )
    return reason


def row_export_request(*, programme: Programme, reason: str, by) -> RowExportGrant:
    """Ask the project team for the right to export this programme's answers per respondent,
    saying what for."""
    if not by.has_perm("surveys.request_row_export", programme):
        raise PermissionDenied
    reason = _clean_reason(reason)
    with transaction.atomic():
        if RowExportGrant.objects.filter(
            programme=programme,
            user=by,
            status__in=[RowExportStatus.REQUESTED, RowExportStatus.GRANTED],
        ).exists():
            raise ValidationError(_("You have asked for this right already, or you have it."))
        grant = RowExportGrant.objects.create(programme=programme, user=by, reason=reason)
        record(by=by, verb=AuditVerb.CREATED, obj=grant, reason=reason)
    return grant


@transaction.atomic
def row_export_decide(
    *, grant: RowExportGrant, granted: bool, by, note: str = ""
) -> RowExportGrant:
    """Grant or refuse a request, by someone of the project team other than who asked."""
    if not by.has_perm("surveys.decide_row_export", grant.programme):
        raise PermissionDenied
    grant = RowExportGrant.objects.select_for_update().get(pk=grant.pk)
    if grant.status != RowExportStatus.REQUESTED:
        raise ValidationError(_("This request has been decided already."))
    if grant.user_id == by.pk:
        raise ValidationError(_("Someone else of the project team decides on your own request."))
    grant.status = RowExportStatus.GRANTED if granted else RowExportStatus.REFUSED
    return _decided(grant, by=by, note=note)


@transaction.atomic
def row_export_withdraw(*, grant: RowExportGrant, by, note: str = "") -> RowExportGrant:
    """End a right that the project team gave."""
    if not by.has_perm("surveys.decide_row_export", grant.programme):
        raise PermissionDenied
    grant = RowExportGrant.objects.select_for_update().get(pk=grant.pk)
    if grant.status != RowExportStatus.GRANTED:
        raise ValidationError(_("Only a right that was granted can be withdrawn."))
    grant.status = RowExportStatus.WITHDRAWN
    return _decided(grant, by=by, note=note)


def _decided(grant: RowExportGrant, *, by, note: str) -> RowExportGrant:
    grant.decided_by, grant.decided_at, grant.note = by, timezone.now(), note.strip()[:300]
    grant.save(update_fields=["status", "decided_by", "decided_at", "note"])
    record(by=by, verb=AuditVerb.STATUS_CHANGED, obj=grant, status=grant.status, note=grant.note)
    forget_row_export_grants(grant.user)
    forget_row_export_grants(by)
    return grant


def wave_export_rows(
    *, wave: Wave, file_format: str, reason: str, free_text: bool, by
) -> tuple[bytes | str, str]:
    """A wave's answers one row per respondent as a file and its content type, for a member
    with the right; each export is kept in the trail with its reason, format and whether open
    answers (masked) are in it."""
    if not by.has_perm("surveys.export_rows", wave.survey.programme):
        raise PermissionDenied
    reason = _clean_reason(reason)
    content, content_type = exports.export_file(
        wave=wave, file_format=file_format, free_text=free_text
    )
    record(
        by=by,
        verb=AuditVerb.EXPORTED_PERSONAL,
        obj=wave,
        format=file_format,
        reason=reason,
        free_text=free_text,
    )
    return content, content_type
