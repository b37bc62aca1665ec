from django.core.exceptions import ValidationError
from django.shortcuts import render

from samenspel.core.access import programme_view

from .. import analysis
from ..indicators.selectors import indicator_detail
from . import selectors
from .evidence import arm_rows, evidence_sentence, groups_sentence
from .forms import ImpactForm


@programme_view("monitoring.view_indicators")
def impact(request, programme, pk: int):
    indicator = indicator_detail(programme=programme, pk=pk)
    areas = selectors.unit_areas(indicator=indicator)
    form = ImpactForm(
        request.GET or None, areas=areas, periods=selectors.unit_periods(indicator=indicator)
    )
    context = {"programme": programme, "indicator": indicator, "form": form, "areas": areas}
    if form.is_bound and form.is_valid():
        question = {
            "indicator": indicator,
            "treated_codes": form.cleaned_data["behandeld"],
            "before": form.cleaned_data["voor"],
            "after": form.cleaned_data["na"],
        }
        try:
            result = analysis.indicator_impact(**question)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            groups = analysis.indicator_impact_by_group(**question)
            context.update(
                result=result,
                arms=arm_rows(result.estimate),
                sentence=evidence_sentence(indicator, result.estimate),
                groups=[group for group in groups if group.estimate is not None],
                groups_hidden=sum(1 for group in groups if group.estimate is None),
                groups_sentence=groups_sentence(indicator, groups),
            )
    return render(request, "monitoring/impact/impact.html", context)
