"""The import page: upload a long table or a Statistics Netherlands table, see what it would
do, then apply it, all rows or none."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import ngettext

from samenspel.core.access import programme_view, require
from samenspel.core.paging import paginate
from samenspel.core.tabular import FileProblem
from samenspel.monitoring.models import ValueSource
from samenspel.stakeholders.models import ImportBatch

from . import services, statline, tables
from .forms import StatlineForm, ValuesFileForm

PERMISSION = "monitoring.manage_indicators"


def _page(request, programme, *, file_form=None, statline_form=None, status=200):
    context = {
        "programme": programme,
        "file_form": file_form or ValuesFileForm(),
        "statline_form": statline_form or StatlineForm(prefix="statline"),
        "columns": ", ".join(tables.EXAMPLE_HEADERS),
        "max_rows": tables.max_rows(),
    }
    return render(request, "monitoring/imports/upload.html", context, status=status)


@programme_view(PERMISSION)
def import_upload(request, programme):
    form = ValuesFileForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            rows, headers = tables.read_values_file(upload)
        except FileProblem as problem:
            form.add_error("file", str(problem))
        else:
            batch, _plan = services.values_prepare(
                programme=programme,
                rows=rows,
                headers=headers,
                filename=upload.name,
                by=request.user,
            )
            return redirect("monitoring:import-preview", programme.slug, batch.pk)
    return _page(request, programme, file_form=form)


@programme_view(PERMISSION)
def import_statline(request, programme):
    if request.method != "POST":
        return redirect("monitoring:import", programme.slug)
    form = StatlineForm(request.POST, request.FILES, prefix="statline")
    if form.is_valid():
        upload, measures = form.cleaned_data["archive"], form.cleaned_data["measures"]
        try:
            table = statline.read_statline(upload, measures=measures)
            found = statline.statline_rows(
                table, programme=programme, measures=measures, period=form.cleaned_data["period"]
            )
        except FileProblem as problem:
            form.add_error("archive", str(problem))
        else:
            batch, _plan = services.values_prepare(
                programme=programme,
                rows=found.rows,
                headers=found.headers,
                filename=upload.name,
                source=ValueSource.STATLINE,
                by=request.user,
            )
            return redirect("monitoring:import-preview", programme.slug, batch.pk)
    return _page(request, programme, statline_form=form)


@programme_view(PERMISSION)
def import_example(request, programme):
    response = HttpResponse(
        tables.example_workbook(programme),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = 'attachment; filename="indicatorwaarden-voorbeeld.xlsx"'
    return response


@programme_view()
def import_preview(request, programme, pk: int):
    # Another's preview is not found (404), as another's document; then the right to import.
    batch = get_object_or_404(
        ImportBatch,
        programme=programme,
        pk=pk,
        created_by=request.user,
        kind=services.BATCH_KIND,
    )
    require(request.user, PERMISSION, programme)
    if request.method == "POST" and batch.applied_at is None:
        try:
            plan = services.values_apply(batch=batch, by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("monitoring:import-preview", programme.slug, batch.pk)
        count = plan.count("create") + plan.count("update")
        messages.success(
            request,
            ngettext(
                "Import done: %(count)s figure saved.",
                "Import done: %(count)s figures saved.",
                count,
            )
            % {"count": count},
        )
        return redirect("monitoring:import", programme.slug)
    data = batch.rows
    summary = data.get("summary") or {}
    context = {
        "programme": programme,
        "batch": batch,
        "summary": summary,
        "per_indicator": sorted((summary.get("per_indicator") or {}).items()),
        "first_rows": data.get("first") or [],
        "problem_count": len(data.get("problems") or []),
        "is_statline": data.get("source") == ValueSource.STATLINE,
        "source_label": dict(ValueSource.choices).get(data.get("source"), ""),
        **paginate(request, data.get("problems") or [], per_page=100),
    }
    return render(request, "monitoring/imports/preview.html", context)
