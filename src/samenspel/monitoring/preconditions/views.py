"""Pages for preconditions in numbers: what organisations commit against what actions need."""

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from samenspel.core.access import programme_view, require
from samenspel.core.forms import add_service_errors
from samenspel.core.paging import paginate

from .. import services
from . import charts, selectors
from .forms import MEASURE_CHOICES, CommitmentForm, PreconditionFilterForm, ResourceNeedForm

MEASURE_TITLES = {
    "hours": gettext_lazy("Hours: needed and committed"),
    "euros": gettext_lazy("Euros: needed and committed"),
    "places": gettext_lazy("Places: needed and committed"),
}


@programme_view("monitoring.view_indicators")
def preconditions(request, programme):
    periods = selectors.commitment_periods(programme=programme)
    filter_form = PreconditionFilterForm(request.GET or None, periods=periods)
    period, measure = filter_form.chosen()
    overview = selectors.preconditions_overview(programme=programme, period=period)
    page = paginate(request, selectors.commitments_for(programme=programme, period=period))
    title = str(MEASURE_TITLES[measure])
    context = {
        "programme": programme,
        "filter_form": filter_form,
        "period": period,
        "measure": measure,
        "measure_label": dict(MEASURE_CHOICES)[measure],
        "overview": overview,
        "goal_chart": charts.need_chart(overview.goals, measure, "goals", title),
        "action_chart": charts.need_chart(overview.actions, measure, "actions", title),
        "goal_rows": charts.table_rows(overview.goals, measure),
        "action_rows": charts.table_rows(overview.actions, measure),
        "totals": charts.totals(overview.total),
        "without_need": selectors.actions_without_need(programme=programme),
        "can_record": request.user.has_perm("monitoring.record_commitments", programme),
        "can_set_needs": request.user.has_perm("monitoring.set_resource_need", programme),
        **page,
    }
    return render(request, "monitoring/preconditions/overview.html", context)


@programme_view("monitoring.record_commitments")
def commitment_create(request, programme):
    organisations = selectors.organisations_for_commitments(user=request.user, programme=programme)
    form = CommitmentForm(request.POST or None, programme=programme, organisations=organisations)
    if request.method == "POST" and form.is_valid():
        try:
            services.commitment_create(programme=programme, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The commitment is recorded."))
            return redirect("monitoring:preconditions", programme.slug)
    context = {"programme": programme, "form": form, "has_organisations": organisations.exists()}
    return render(request, "monitoring/preconditions/commitment_form.html", context)


@programme_view("monitoring.record_commitments")
def commitment_delete(request, programme, pk: int):
    commitment = selectors.commitment_in(programme=programme, pk=pk)
    require(request.user, "monitoring.delete_commitment", commitment)
    if request.method == "POST":
        services.commitment_delete(commitment=commitment, by=request.user)
        messages.success(request, _("The commitment is deleted."))
        return redirect("monitoring:preconditions", programme.slug)
    context = {"programme": programme, "commitment": commitment}
    return render(request, "monitoring/preconditions/commitment_delete.html", context)


@programme_view("monitoring.set_resource_need")
def resource_need(request, programme, pk: int):
    action = selectors.action_in(programme=programme, pk=pk)
    try:
        need = action.resource_need
        initial = {"hours": need.hours, "euros": need.euros, "places": need.places}
    except ObjectDoesNotExist:
        initial = {"hours": 0, "euros": 0, "places": 0}
    form = ResourceNeedForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.resource_need_set(action=action, by=request.user, **form.cleaned_data)
        messages.success(request, _("The needs of the action are saved."))
        return redirect("monitoring:preconditions", programme.slug)
    context = {"programme": programme, "action": action, "form": form}
    return render(request, "monitoring/preconditions/need_form.html", context)
