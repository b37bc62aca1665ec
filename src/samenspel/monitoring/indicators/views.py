from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from samenspel.core.access import programme_view
from samenspel.core.forms import add_service_errors
from samenspel.core.paging import paginate

from .. import services as monitoring_services
from ..selectors import small_group_threshold
from . import selectors, services
from .forms import IndicatorFilterForm, IndicatorForm, TrendAreaForm, ValueForm
from .trend import trend_view

VALUES_PAGE_SIZE = 25


@programme_view("monitoring.view_indicators")
def indicator_list(request, programme):
    filter_form = IndicatorFilterForm(request.GET or None, programme=programme)
    filters = filter_form.filters()
    indicators = selectors.indicator_list(programme=programme, **filters)
    page = paginate(request, indicators)
    page["object_list"] = selectors.with_latest_values(page["object_list"], programme=programme)
    context = {"programme": programme, "filter_form": filter_form, **page}
    context["filtered"] = bool(filters["goal"] or filters["kind"])
    return render(request, "monitoring/indicators/indicator_list.html", context)


@programme_view("monitoring.manage_indicators")
def indicator_create(request, programme):
    form = IndicatorForm(request.POST or None, programme=programme)
    if request.method == "POST" and form.is_valid():
        try:
            indicator = monitoring_services.indicator_create(
                programme=programme, by=request.user, **form.service_arguments()
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The indicator is added."))
            return redirect("monitoring:indicator", programme.slug, indicator.pk)
    return render(
        request, "monitoring/indicators/indicator_form.html", {"programme": programme, "form": form}
    )


@programme_view("monitoring.manage_indicators")
def indicator_edit(request, programme, pk: int):
    indicator = selectors.indicator_detail(programme=programme, pk=pk)
    form = IndicatorForm(request.POST or None, instance=indicator, programme=programme)
    if request.method == "POST" and form.is_valid():
        try:
            monitoring_services.indicator_update(
                indicator=indicator, by=request.user, **form.service_arguments()
            )
        except ValidationError as error:
            indicator.refresh_from_db()
            add_service_errors(form, error)
        else:
            messages.success(request, _("The indicator is saved."))
            return redirect("monitoring:indicator", programme.slug, indicator.pk)
    context = {"programme": programme, "form": form, "indicator": indicator}
    return render(request, "monitoring/indicators/indicator_form.html", context)


@programme_view("monitoring.manage_indicators")
def indicator_delete(request, programme, pk: int):
    indicator = selectors.indicator_detail(programme=programme, pk=pk)
    if request.method == "POST":
        monitoring_services.indicator_delete(indicator=indicator, by=request.user)
        messages.success(request, _("The indicator is deleted."))
        return redirect("monitoring:indicators", programme.slug)
    context = {"programme": programme, "indicator": indicator, "count": indicator.values.count()}
    return render(request, "monitoring/indicators/indicator_delete.html", context)


@programme_view("monitoring.view_indicators")
def indicator_detail(request, programme, pk: int):
    indicator = selectors.indicator_detail(programme=programme, pk=pk)
    area_form = TrendAreaForm(request.GET or None, areas=selectors.trend_areas(indicator=indicator))
    threshold = small_group_threshold(programme=programme)
    trend = trend_view(indicator=indicator, area=area_form.area(), threshold=threshold)
    rows = selectors.value_rows(indicator=indicator, user=request.user)
    page = paginate(request, rows, VALUES_PAGE_SIZE)
    page["object_list"] = selectors.mark_small(page["object_list"], threshold=threshold)
    context = {
        "programme": programme,
        "indicator": indicator,
        "area_form": area_form,
        "trend": trend,
        "min_group": threshold,
        **page,
    }
    return render(request, "monitoring/indicators/indicator_detail.html", context)


@programme_view("monitoring.manage_indicators")
def value_create(request, programme, pk: int):
    indicator = selectors.indicator_detail(programme=programme, pk=pk)
    form = ValueForm(request.POST or None, indicator=indicator)
    if request.method == "POST" and form.is_valid():
        try:
            services.value_add(indicator=indicator, by=request.user, **form.service_arguments())
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The figure is added."))
            return redirect("monitoring:indicator", programme.slug, indicator.pk)
    context = {"programme": programme, "indicator": indicator, "form": form}
    return render(request, "monitoring/indicators/value_form.html", context)


@programme_view("monitoring.manage_indicators")
def value_edit(request, programme, pk: int):
    figure = selectors.value_detail(programme=programme, pk=pk)
    indicator = figure.indicator
    initial = {
        "period": figure.period,
        "area": figure.area_id,
        "organisation": figure.organisation_id,
        "target_group": figure.target_group_id,
        "value": figure.value,
        "n": figure.n,
        "note": figure.note,
    }
    form = ValueForm(request.POST or None, indicator=indicator, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.value_change(figure=figure, by=request.user, **form.service_arguments())
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The figure is saved."))
            return redirect("monitoring:indicator", programme.slug, indicator.pk)
    context = {"programme": programme, "indicator": indicator, "form": form, "figure": figure}
    return render(request, "monitoring/indicators/value_form.html", context)


@programme_view("monitoring.manage_indicators")
def value_delete(request, programme, pk: int):
    figure = selectors.value_detail(programme=programme, pk=pk)
    indicator = figure.indicator
    if request.method == "POST":
        monitoring_services.value_delete(value=figure, by=request.user)
        messages.success(request, _("The figure is deleted."))
        return redirect("monitoring:indicator", programme.slug, indicator.pk)
    context = {"programme": programme, "indicator": indicator, "figure": figure}
    return render(request, "monitoring/indicators/value_delete.html", context)
