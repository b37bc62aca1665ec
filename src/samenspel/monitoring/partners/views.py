"""Pages for figures asked of partners: the team asks and follows up, a partner fills in what
its own organisation was asked."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from samenspel.core.access import programme_view, require
from samenspel.core.forms import add_service_errors
from samenspel.core.paging import paginate

from . import selectors, services
from .forms import FigureDeliverForm, FigureRequestFilterForm, FigureRequestForm


@programme_view("monitoring.view_figure_requests")
def figure_requests(request, programme):
    user = request.user
    is_team = user.has_perm("monitoring.request_figures", programme)
    sees_all = user.has_perm("monitoring.manage_indicators", programme)
    own = None if sees_all else selectors.organisations_of(user=user, programme=programme)
    filter_form = FigureRequestFilterForm(request.GET or None)
    status = filter_form.status_or_all()
    found = selectors.figure_requests_for(programme=programme, status=status, organisations=own)
    page = paginate(request, found)
    page["object_list"] = [(item, selectors.request_status(item)) for item in page["object_list"]]
    context = {
        "programme": programme,
        "filter_form": filter_form,
        "status": status,
        "is_team": is_team,
        "is_partner_view": own is not None,
        "own_organisations": list(own) if own is not None else [],
        "labels": selectors.STATUS_LABELS,
        **page,
    }
    return render(request, "monitoring/partners/request_list.html", context)


@programme_view("monitoring.request_figures")
def figure_request_create(request, programme):
    form = FigureRequestForm(request.POST or None, programme=programme)
    if request.method == "POST" and form.is_valid():
        try:
            services.figure_request_ask(by=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The organisation is asked for the figure."))
            return redirect("monitoring:figure-requests", programme.slug)
    return render(
        request, "monitoring/partners/request_form.html", {"programme": programme, "form": form}
    )


@programme_view("monitoring.request_figures")
def figure_request_withdraw(request, programme, pk: int):
    figure_request = selectors.figure_request_in(programme=programme, pk=pk)
    if request.method == "POST":
        try:
            services.figure_request_take_back(request=figure_request, by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("The request is withdrawn."))
        return redirect("monitoring:figure-requests", programme.slug)
    context = {"programme": programme, "figure_request": figure_request}
    return render(request, "monitoring/partners/request_withdraw.html", context)


@programme_view("monitoring.deliver_figures")
def figure_deliver(request, programme, pk: int):
    figure_request = selectors.figure_request_in(programme=programme, pk=pk)
    # Only what the partner's own organisation was asked: another's request is forbidden.
    require(request.user, "monitoring.deliver_figure", figure_request)
    indicator = figure_request.indicator
    form = None
    if figure_request.is_outstanding:
        form = FigureDeliverForm(request.POST or None, unit=indicator.unit)
        if request.method == "POST" and form.is_valid():
            try:
                services.figure_request_answer(
                    request=figure_request, by=request.user, **form.cleaned_data
                )
            except PermissionDenied:
                raise
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                messages.success(request, _("Thank you: the figure is delivered."))
                return redirect("monitoring:figure-deliver", programme.slug, figure_request.pk)
    elif request.method == "POST":
        messages.error(request, _("This figure has already been delivered."))
        return redirect("monitoring:figure-deliver", programme.slug, figure_request.pk)
    context = {
        "programme": programme,
        "figure_request": figure_request,
        "indicator": indicator,
        "form": form,
        "status": selectors.request_status(figure_request),
        "labels": selectors.STATUS_LABELS,
    }
    return render(request, "monitoring/partners/deliver.html", context)
