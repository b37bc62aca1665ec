"""The programme's areas, their shapes from a GeoJSON file, and an indicator as a map."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from samenspel.core.access import programme_view, require
from samenspel.core.forms import add_service_errors
from samenspel.core.paging import paginate

from .. import services as monitoring_services
from ..models import Area
from . import drawing, selectors, services
from .forms import AreaForm, CodePropertyForm, MapForm, ShapeUploadForm
from .geojson import ShapeProblem

AREAS_PAGE_SIZE = 100  # a municipality's districts and neighbourhoods on one or two pages


@programme_view("monitoring.view_indicators")
def areas(request, programme):
    rows = selectors.area_tree(programme=programme)
    context = {
        "programme": programme,
        **paginate(request, rows, AREAS_PAGE_SIZE),
        "area_count": len(rows),
        "shape_count": sum(1 for row in rows if row.area.geometry),
        "can_manage": request.user.has_perm("monitoring.manage_areas", programme),
    }
    return render(request, "monitoring/maps/areas.html", context)


@programme_view("monitoring.manage_areas")
def area_create(request, programme):
    form = AreaForm(request.POST or None, programme=programme)
    if request.method == "POST" and form.is_valid():
        try:
            area = monitoring_services.area_create(
                programme=programme, by=request.user, **form.service_arguments()
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The area %(name)s is added.") % {"name": area.name})
            return redirect("monitoring:areas", programme.slug)
    return render(request, "monitoring/maps/area_form.html", {"programme": programme, "form": form})


@programme_view("monitoring.manage_areas")
def area_edit(request, programme, pk: int):
    area = get_object_or_404(Area, programme=programme, pk=pk)
    form = AreaForm(request.POST or None, instance=area, programme=programme)
    if request.method == "POST" and form.is_valid():
        try:
            monitoring_services.area_update(area=area, by=request.user, **form.service_arguments())
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The area is saved."))
            return redirect("monitoring:areas", programme.slug)
    context = {"programme": programme, "form": form, "area": area}
    return render(request, "monitoring/maps/area_form.html", context)


@programme_view("monitoring.manage_areas")
def area_delete(request, programme, pk: int):
    area = get_object_or_404(Area, programme=programme, pk=pk)
    if request.method == "POST":
        monitoring_services.area_delete(area=area, by=request.user)
        messages.success(request, _("The area %(name)s is deleted.") % {"name": area.name})
        return redirect("monitoring:areas", programme.slug)
    context = {
        "programme": programme,
        "area": area,
        "value_count": area.values.count(),
        "child_count": area.children.count(),
    }
    return render(request, "monitoring/maps/area_delete.html", context)


@programme_view("monitoring.manage_areas")
def area_shapes(request, programme):
    form = ShapeUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            batch = services.area_shapes_prepare(
                programme=programme, content=upload.read(), filename=upload.name, by=request.user
            )
        except ShapeProblem as problem:
            form.add_error("file", str(problem))
        else:
            return redirect("monitoring:area-shapes-preview", programme.slug, batch.pk)
    status = 400 if form.errors else 200
    context = {"programme": programme, "form": form}
    return render(request, "monitoring/maps/shapes_upload.html", context, status=status)


@programme_view("monitoring.view_indicators")
def area_shapes_preview(request, programme, pk: int):
    # An upload is its uploader's alone: anyone else finds nothing here, not a refusal.
    batch = selectors.shape_batch(programme=programme, pk=pk, user=request.user)
    if batch is None:
        raise Http404
    require(request.user, "monitoring.manage_areas", programme)
    data = request.POST if request.method == "POST" else request.GET
    chooser = CodePropertyForm(data or None, properties=batch.rows.get("properties", []))
    code = chooser.cleaned_data["code"] if chooser.is_valid() else None
    if request.method == "POST" and batch.applied_at is None:
        try:
            counts = services.area_shapes_apply(batch=batch, code_property=code, by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("monitoring:area-shapes-preview", programme.slug, batch.pk)
        given = ngettext(
            "%(count)s area was given its shape",
            "%(count)s areas were given their shape",
            counts["matched"],
        ) % {"count": counts["matched"]}
        added = ngettext(
            "%(count)s area was added", "%(count)s areas were added", counts["created"]
        ) % {"count": counts["created"]}
        messages.success(
            request, _("Shapes saved: %(given)s, %(added)s.") % {"given": given, "added": added}
        )
        return redirect("monitoring:areas", programme.slug)
    plan = selectors.shape_plan(batch=batch, code_property=code)
    if not chooser.is_bound:
        chooser = CodePropertyForm(initial={"code": plan.code_property}, properties=plan.properties)
    context = {"programme": programme, "batch": batch, "plan": plan, "chooser": chooser}
    return render(request, "monitoring/maps/shapes_preview.html", context)


@programme_view("monitoring.view_indicators")
def area_map(request, programme):
    form = MapForm(request.GET, programme=programme)
    choice = form.choice()
    can_manage = request.user.has_perm("monitoring.manage_areas", programme)
    context = {"programme": programme, "form": form, "can_manage": can_manage}
    if choice is not None:
        indicator, period, group = choice
        data = selectors.map_data(indicator=indicator, period=period, target_group=group)
        chart = drawing.choropleth(data)
        decimals = (
            chart["decimals"] if chart else drawing.decimals_for([row.value for row in data.shown])
        )
        context.update(
            data=data,
            chart=chart,
            rows=drawing.table_rows(data, decimals),
            municipality_value=drawing.value_text(
                data.municipality_value, indicator.unit, decimals
            ),
            country_value=drawing.value_text(data.country_value, indicator.unit, decimals),
            title=drawing.map_title(data),
        )
    return render(request, "monitoring/maps/map.html", context)
