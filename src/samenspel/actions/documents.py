"""The action book as a spreadsheet, with the filters of the screen."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone, translation
from django.utils.translation import ngettext

from samenspel.core.access import programme_view
from samenspel.core.forms import FileUploadForm
from samenspel.core.tabular import FileProblem, read_upload, write_xlsx
from samenspel.stakeholders.models import ImportBatch

from . import imports, selectors

ACTION_COLUMNS = list(imports.ACTION_COLUMNS)


def action_rows(actions) -> list[list]:
    with translation.override("nl"):
        return [
            [
                action.title,
                action.description,
                "; ".join(goal.title for goal in action.goals.all()),
                action.lead.name if action.lead else "",
                "; ".join(i.organisation.name for i in action.involvements.all()),
                "; ".join(group.name for group in action.target_groups.all()),
                action.area,
                action.start_date,
                action.end_date,
                str(action.get_status_display()),
                action.needs_time,
                action.needs_room,
                action.needs_money,
                action.expected_result,
                action.last_progress_at,
            ]
            for action in actions
        ]


@programme_view("actions.export")
def export_xlsx(request, programme):
    filters = selectors.ActionFilters.from_query(request.GET)
    actions = selectors.actions_for_book(programme=programme, filters=filters).prefetch_related(
        "involvements__organisation", "target_groups"
    )
    content = write_xlsx({"Acties": (ACTION_COLUMNS, action_rows(actions))})
    stamp = timezone.localdate().strftime("%Y-%m-%d")
    response = HttpResponse(
        content, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response["Content-Disposition"] = f'attachment; filename="acties-{programme.slug}-{stamp}.xlsx"'
    return response


@programme_view("actions.manage")
def import_upload(request, programme):
    form = FileUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            sheets = read_upload(
                upload,
                specs=(imports.ACTION_TABLE,),
                kind_hint="actions",
                max_rows=settings.SAMENSPEL_IMPORT_MAX_ROWS,
            )
        except FileProblem as problem:
            form.add_error("file", str(problem))
        else:
            rows = [row for sheet in sheets for row in sheet.rows]
            fields = {imports.ACTION_COLUMNS[h] for sheet in sheets for h in sheet.headers}
            batch, _checked = imports.import_prepare(
                programme=programme, rows=rows, fields=fields, filename=upload.name, by=request.user
            )
            return redirect("actions:import-preview", programme.slug, batch.pk)
    context = {"programme": programme, "form": form, "columns": ", ".join(imports.ACTION_COLUMNS)}
    return render(request, "actions/import_upload.html", context)


@programme_view("actions.manage")
def import_preview(request, programme, pk: int):
    batch = get_object_or_404(
        ImportBatch, programme=programme, pk=pk, created_by=request.user, kind="actions"
    )
    rows = [imports.ActionRow(**row) for row in batch.rows.get("actions", [])]
    if request.method == "POST" and batch.applied_at is None:
        try:
            count = imports.import_apply(batch=batch, by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("actions:import-preview", programme.slug, batch.pk)
        messages.success(
            request,
            ngettext(
                "Import done: %(count)s action processed.",
                "Import done: %(count)s actions processed.",
                count,
            )
            % {"count": count},
        )
        return redirect("actions:book", programme.slug)
    problems = sum(len(row.problems) for row in rows)
    context = {"programme": programme, "batch": batch, "rows": rows, "problem_count": problems}
    return render(request, "actions/import_preview.html", context)
