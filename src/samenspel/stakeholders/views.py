from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from samenspel.core.access import programme_view
from samenspel.core.audit import AuditVerb, record
from samenspel.core.forms import add_service_errors
from samenspel.core.history import history_for
from samenspel.core.paging import paginate

from . import imports, selectors, services, tabular
from .forms import (
    ImportForm,
    OrganisationFilterForm,
    OrganisationForm,
    PersonFilterForm,
    PersonForm,
    TargetGroupFilterForm,
    TargetGroupForm,
)
from .models import ImportBatch, Organisation, Person, TargetGroup


def _filters(form) -> dict:
    return form.cleaned_data if form.is_valid() else {}


@programme_view("stakeholders.view_register")
def organisation_list(request, programme):
    form = OrganisationFilterForm(request.GET or None, programme=programme)
    filters = _filters(form)
    organisations = selectors.organisations_for_register(
        programme=programme,
        query=filters.get("q", ""),
        kind=filters.get("kind", ""),
        municipality=filters.get("municipality", ""),
    )
    context = {"programme": programme, "filter_form": form, **paginate(request, organisations)}
    return render(request, "stakeholders/organisation_list.html", context)


@programme_view("stakeholders.view_register")
def person_list(request, programme):
    form = PersonFilterForm(request.GET or None, programme=programme)
    filters = _filters(form)
    people = selectors.people_for_register(
        programme=programme,
        query=filters.get("q", ""),
        organisation=filters.get("organisation", ""),
        ambassadors=filters.get("ambassadors", False),
        search_contact_details=request.user.has_perm(
            "stakeholders.view_contact_details", programme
        ),
    )
    context = {"programme": programme, "filter_form": form, **paginate(request, people)}
    return render(request, "stakeholders/person_list.html", context)


@programme_view("stakeholders.view_register")
def target_group_list(request, programme):
    form = TargetGroupFilterForm(request.GET or None)
    filters = _filters(form)
    groups = selectors.target_groups_for_register(
        programme=programme, query=filters.get("q", ""), dimension=filters.get("dimension", "")
    )
    context = {"programme": programme, "filter_form": form, **paginate(request, groups)}
    return render(request, "stakeholders/target_group_list.html", context)


@programme_view("stakeholders.view_register")
def organisation_detail(request, programme, pk: int):
    organisation = get_object_or_404(
        Organisation.objects.select_related("municipality"), programme=programme, pk=pk
    )
    context = {
        "programme": programme,
        "organisation": organisation,
        "people": organisation.people.all(),
        "history": history_for(organisation),
    }
    return render(request, "stakeholders/organisation_detail.html", context)


@programme_view("stakeholders.view_register")
def person_detail(request, programme, pk: int):
    person = get_object_or_404(
        Person.objects.select_related("organisation"), programme=programme, pk=pk
    )
    if request.user.has_perm("stakeholders.view_contact_details", programme):
        # The page shows this person's contact details: who looked is kept in the trail.
        record(by=request.user, verb=AuditVerb.VIEWED_PERSONAL, obj=person)
    context = {"programme": programme, "person": person, "history": history_for(person)}
    return render(request, "stakeholders/person_detail.html", context)


# The three registers share one edit flow: form, service, message, redirect.
REGISTERS = {
    "organisation": (
        Organisation,
        OrganisationForm,
        services.organisation_create,
        services.organisation_update,
        services.organisation_delete,
        "stakeholders:organisation-detail",
        "stakeholders:organisations",
    ),
    "person": (
        Person,
        PersonForm,
        services.person_create,
        services.person_update,
        services.person_delete,
        "stakeholders:person-detail",
        "stakeholders:people",
    ),
    "target_group": (
        TargetGroup,
        TargetGroupForm,
        services.target_group_create,
        services.target_group_update,
        services.target_group_delete,
        "stakeholders:target-groups",
        "stakeholders:target-groups",
    ),
}


def _form_for(form_class, programme, data, instance):
    if form_class is TargetGroupForm:
        return form_class(data, instance=instance)
    return form_class(data, instance=instance, programme=programme)


@programme_view("stakeholders.edit_register")
def register_form(request, programme, register: str, pk: int | None = None):
    model, form_class, create, update, _delete, detail_url, list_url = REGISTERS[register]
    instance = get_object_or_404(model, programme=programme, pk=pk) if pk else None
    form = _form_for(form_class, programme, request.POST or None, instance)
    if request.method == "POST" and form.is_valid():
        try:
            if instance:
                saved = update(**{register: instance}, by=request.user, **form.cleaned_data)
            else:
                saved = create(programme=programme, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("“%(name)s” is saved.") % {"name": saved})
            if detail_url == list_url:
                return redirect(list_url, programme.slug)
            return redirect(detail_url, programme.slug, saved.pk)
    context = {
        "programme": programme,
        "form": form,
        "object": instance,
        "verbose_name": model._meta.verbose_name,
        "cancel_url": list_url,
    }
    return render(request, "stakeholders/register_form.html", context)


@programme_view("stakeholders.edit_register")
def register_delete(request, programme, register: str, pk: int):
    model, *_rest, delete, _detail, list_url = REGISTERS[register]
    instance = get_object_or_404(model, programme=programme, pk=pk)
    if request.method == "POST":
        delete(**{register: instance}, by=request.user)
        messages.success(
            request, _("“%(name)s” is removed from the register.") % {"name": instance}
        )
        return redirect(list_url, programme.slug)
    context = {"programme": programme, "object": instance, "cancel_url": list_url}
    return render(request, "stakeholders/register_delete.html", context)


@programme_view("stakeholders.edit_register")
def import_upload(request, programme):
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            sheets = tabular.read_upload(
                upload, kind_hint=form.cleaned_data["kind"], max_rows=_max_rows()
            )
        except tabular.FileProblem as problem:
            form.add_error("file", str(problem))
        else:
            batch, _plan = imports.import_prepare(
                programme=programme, sheets=sheets, filename=upload.name, by=request.user
            )
            return redirect("stakeholders:import-preview", programme.slug, batch.pk)
    return render(
        request, "stakeholders/import_upload.html", {"programme": programme, "form": form}
    )


def _max_rows() -> int:
    from django.conf import settings

    return settings.SAMENSPEL_IMPORT_MAX_ROWS


@programme_view("stakeholders.edit_register")
def import_preview(request, programme, pk: int):
    batch = get_object_or_404(
        ImportBatch, programme=programme, pk=pk, created_by=request.user, kind="register"
    )
    plan = imports.ImportPlan.from_json(batch.rows)
    if request.method == "POST" and batch.applied_at is None:
        try:
            applied = imports.import_apply(batch=batch, by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("stakeholders:import-preview", programme.slug, batch.pk)
        messages.success(
            request,
            _("Import done: %(organisations)s organisations and %(people)s people processed.")
            % {"organisations": len(applied.organisations), "people": len(applied.people)},
        )
        return redirect("stakeholders:organisations", programme.slug)
    context = {"programme": programme, "batch": batch, "plan": plan}
    return render(request, "stakeholders/import_preview.html", context)


@programme_view("stakeholders.export_register")
def register_export(request, programme, file_format: str):
    sheets = selectors.register_export_rows(programme=programme)
    stamp = timezone.localdate().strftime("%Y-%m-%d")
    if file_format == "xlsx":
        response = HttpResponse(
            tabular.write_xlsx(sheets),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        filename = f"partijen-{programme.slug}-{stamp}.xlsx"
    else:
        kind = request.GET.get("soort", "organisaties")
        title = tabular.SHEET_NAMES["people" if kind == "personen" else "organisations"]
        headers, rows = sheets[title]
        response = HttpResponse(
            tabular.write_csv(headers, rows), content_type="text/csv; charset=utf-8"
        )
        filename = f"{title.lower()}-{programme.slug}-{stamp}.csv"
    record(
        by=request.user,
        verb=AuditVerb.EXPORTED_PERSONAL,
        obj=programme,
        file=filename,
        contents=_("register of parties"),
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
