"""Raking a wave's responses to population margins, through the statistics engine."""

import numpy as np
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from ..answers import choice_values
from ..models import (
    Answer,
    Margin,
    Question,
    QuestionKind,
    Response,
    ResponseStatus,
    Wave,
    Weighting,
)
from . import statistics


def margin_set(*, wave: Wave, question: Question, targets: dict[str, float]) -> Margin:
    """Store the population targets of one background question (counts or percentages)."""
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
        shares = shares / shares.sum() * (1 - observed_unknown)
        categories[margin.question.code] = codes
        targets[margin.question.code] = np.append(shares, observed_unknown)
    try:
        result = statistics.rake(categories, targets)
    except ValueError as exc:
        raise ValidationError(
            _(
                "The weights cannot be computed: a group with a population target has no respondents."
            )
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


def wave_unweight(*, wave: Wave) -> None:
    """Back to equal weights."""
    Response.objects.filter(wave=wave).update(weight=1.0)
    Weighting.objects.filter(wave=wave).delete()
