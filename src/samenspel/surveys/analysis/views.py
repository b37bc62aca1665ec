"""Reading a wave's results: the tables and charts, weighting, and the answers as files."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.formats import number_format
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from samenspel.core.access import programme_view
from samenspel.core.forms import add_service_errors

from ..models import RowExportGrant, Wave
from . import exports, grants, results_page, selectors, services
from .forms import (
    RowExportDecisionForm,
    RowExportRequestForm,
    WaveExportForm,
    WeightingForm,
)


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
def wave_export(request, programme, pk: int):
    wave = get_object_or_404(
        Wave.objects.select_related("survey"), survey__programme=programme, pk=pk
    )
    if not request.user.has_perm("surveys.export_rows", programme):
        messages.error(
            request,
            _(
                "Answers per respondent are a right of their own. Ask the project team for it "
                "here, with your reason."
            ),
        )
        return redirect("surveys:row-export-rights", programme.slug)
    form = WaveExportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        file_format = form.cleaned_data["file_format"]
        try:
            content, content_type = services.wave_export_rows(
                wave=wave, by=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            stamp = slugify(f"{wave.survey.title}-{wave.name}")
            response = HttpResponse(content, content_type=content_type)
            response["Content-Disposition"] = f'attachment; filename="{stamp}.{file_format}"'
            return response
    context = {"programme": programme, "wave": wave, "form": form}
    return render(request, "surveys/wave_export.html", context, status=400 if form.errors else 200)


@programme_view("surveys.manage")
def wave_import_layout(request, programme, pk: int):
    """The columns and codebook for answers collected on paper; holds no answers."""
    wave = get_object_or_404(
        Wave.objects.select_related("survey"), survey__programme=programme, pk=pk
    )
    response = HttpResponse(exports.import_layout(wave=wave), content_type=exports.XLSX)
    stamp = slugify(f"{wave.survey.title}-{wave.name}-indeling")
    response["Content-Disposition"] = f'attachment; filename="{stamp}.xlsx"'
    return response


@programme_view("surveys.request_row_export")
def row_export_rights(request, programme):
    form = RowExportRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.row_export_request(
                programme=programme, reason=form.cleaned_data["reason"], by=request.user
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Your request is with the project team."))
            return redirect("surveys:row-export-rights", programme.slug)
    deciding = request.user.has_perm("surveys.decide_row_export", programme)
    context = {
        "programme": programme,
        "form": form,
        "own": grants.own_row_export_grants(programme=programme, user=request.user),
        "may_ask": not grants.has_open_request_or_right(programme=programme, user=request.user),
        "all_grants": grants.row_export_grants(programme=programme) if deciding else None,
    }
    return render(
        request, "surveys/row_export_rights.html", context, status=400 if form.errors else 200
    )


@require_POST
@programme_view("surveys.decide_row_export")
def row_export_decide(request, programme, pk: int):
    grant = get_object_or_404(RowExportGrant, programme=programme, pk=pk)
    form = RowExportDecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose to grant, refuse or withdraw."))
        return redirect("surveys:row-export-rights", programme.slug)
    decision, note = form.cleaned_data["decision"], form.cleaned_data["note"]
    try:
        if decision == "withdraw":
            services.row_export_withdraw(grant=grant, note=note, by=request.user)
        else:
            services.row_export_decide(
                grant=grant, granted=decision == "grant", note=note, by=request.user
            )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The decision is saved and written in the audit trail."))
    return redirect("surveys:row-export-rights", programme.slug)
