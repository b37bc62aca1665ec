"""Reading a wave's results: the tables and charts, weighting, and the answers as files."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.formats import number_format
from django.utils.text import slugify
from django.utils.translation import gettext as _

from samenspel.core.access import programme_view
from samenspel.core.audit import AuditVerb, record
from samenspel.core.forms import add_service_errors

from ..models import Wave
from . import exports, results_page, selectors, services
from .forms import WeightingForm


@programme_view("surveys.view_results")
def wave_results(request, programme, pk: int):
    wave = get_object_or_404(
        Wave.objects.select_related("survey"), survey__programme=programme, pk=pk
    )
    # An unknown split shows the results unsplit; the length keeps cache keys short.
    by_code = request.GET.get("naar", "")[:60]
    context = {
        "programme": programme,
        "wave": wave,
        "survey": wave.survey,
        "by_code": by_code,
        "by_target_group": selectors.BY_TARGET_GROUP,
        **results_page.wave_results_page(wave=wave, by_code=by_code),
    }
    return render(request, "surveys/wave_results.html", context)


@programme_view("surveys.weight")
def wave_weighting(request, programme, pk: int):
    wave = get_object_or_404(
        Wave.objects.select_related("survey"), survey__programme=programme, pk=pk
    )
    if request.method == "POST" and "ongewogen" in request.POST:
        services.wave_unweight(wave=wave, by=request.user)
        messages.success(request, _("The wave is unweighted again."))
        return redirect("surveys:results", programme.slug, wave.pk)
    form = WeightingForm(
        request.POST or None,
        questions=selectors.background_questions(survey=wave.survey),
        existing=selectors.margins_of(wave=wave),
    )
    if request.method == "POST" and form.is_valid():
        try:
            result = services.wave_weight(wave=wave, margins=form.margins, by=request.user)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _weighted_message(result))
            return redirect("surveys:results", programme.slug, wave.pk)
    context = {"programme": programme, "wave": wave, "form": form, "groups": form.groups()}
    return render(
        request, "surveys/wave_weighting.html", context, status=400 if form.errors else 200
    )


def _weighted_message(result) -> str:
    return _("Weighted: design effect %(deff)s, effective number of respondents %(neff)s.") % {
        "deff": number_format(result.design_effect, 2),
        "neff": number_format(result.effective_sample_size, 0),
    }


@programme_view("surveys.view_results")
def wave_export(request, programme, pk: int, file_format: str):
    wave = get_object_or_404(
        Wave.objects.select_related("survey"), survey__programme=programme, pk=pk
    )
    content, content_type = exports.export_file(wave=wave, file_format=file_format)
    # One row per respondent: who took the answers out is kept in the trail.
    record(by=request.user, verb=AuditVerb.EXPORTED_PERSONAL, obj=wave, format=file_format)
    stamp = slugify(f"{wave.survey.title}-{wave.name}")
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{stamp}.{file_format}"'
    return response
