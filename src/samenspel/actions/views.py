from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.backends.utils import csrf_input
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from samenspel.core.access import programme_view, require
from samenspel.core.caching import programme_fragment
from samenspel.core.forms import add_service_errors
from samenspel.core.history import history_for
from samenspel.core.ids import parse_id
from samenspel.core.paging import paginate
from samenspel.meetings import selectors as meeting_selectors

from . import selectors, services, suggestions, workbench
from .forms import (
    ActionFilterForm,
    ActionForm,
    ProgressForm,
    QuickProgressForm,
    RelationForm,
    SettingsForm,
    StatusForm,
)
from .models import NEXT_STATUSES, ActionRelation, status_move_label

BOOK_PAGE_SIZE = 50


def _filter_fields(request, programme) -> str:
    form = ActionFilterForm(
        request.GET or None, programme=programme, areas=selectors.area_choices(programme=programme)
    )
    form.is_valid()
    return render_to_string("actions/includes/filter_fields.html", {"filter_form": form})


def _results(request, programme) -> str:
    filters = selectors.ActionFilters.from_query(request.GET)
    actions = selectors.actions_for_list(programme=programme, filters=filters)
    page = paginate(request, actions, BOOK_PAGE_SIZE)
    page["object_list"] = selectors.book_rows(page["object_list"], programme=programme)
    context = {"programme": programme, **page, "csrf_slot": CSRF_SLOT}
    return render_to_string("actions/includes/book_results.html", context, request=request)


# The results are cached for everyone who may export, but a form's CSRF token is the user's
# own: the cached part holds this slot, and each response fills in its own token.
CSRF_SLOT = "<!-- csrf -->"


def _with_own_token(request, html: str) -> str:
    # Both parts are safe HTML already: the cached page and Django's own token field.
    return mark_safe(html.replace(CSRF_SLOT, str(csrf_input(request))))  # noqa: S308


@programme_view("actions.view_book")
def book(request, programme):
    # Both parts depend only on the programme's state and the query, so they are cached
    # per state: the filters' choice lists and 50 rows cost more than the rest of the page.
    parts = (request.GET.urlencode(), request.user.has_perm("actions.export", programme))
    results = _with_own_token(
        request,
        programme_fragment(programme, "action-book", parts, lambda: _results(request, programme)),
    )
    if request.htmx and not request.htmx.history_restore_request:
        response = HttpResponse(results)
        patch_vary_headers(response, ["HX-Request"])
        return response
    without_page = request.GET.copy()
    without_page.pop("page", None)
    filters = programme_fragment(
        programme,
        "action-filters",
        (without_page.urlencode(),),
        lambda: _filter_fields(request, programme),
    )
    context = {"programme": programme, "results": results, "filter_fields": filters}
    response = render(request, "actions/book.html", context)
    patch_vary_headers(response, ["HX-Request"])
    return response


@programme_view("actions.view_book")
def coverage(request, programme):
    rows = selectors.goal_coverage(programme=programme)
    context = {
        "programme": programme,
        "rows": rows,
        "statuses": [(status.value, status.label) for status in selectors.COUNTED_STATUSES],
        "without_actions": sum(1 for row in rows if row.total == 0),
        "only_proposed": sum(1 for row in rows if row.only_proposed),
    }
    return render(request, "actions/coverage.html", context)


@programme_view("actions.propose")
def action_create(request, programme):
    # The address names the meeting; the form sends it on, and only the form's counts then
    # (the address still holds a meeting that turned out not to be there).
    sent = request.method == "POST"
    meeting_id = request.POST.get("meeting") if sent else request.GET.get("bijeenkomst")
    meeting = meeting_selectors.meeting_for_action(programme=programme, pk=parse_id(meeting_id))
    # An address or form naming a meeting that is not (or no longer) here: say so, and let the
    # proposer send the form again without it rather than lose what they typed.
    meeting_missing = bool(meeting_id) and meeting is None
    initial = ActionForm.initial_from_meeting(meeting) if meeting else {}
    form = ActionForm(request.POST or None, programme=programme, initial=initial)
    if sent and not meeting_missing and form.is_valid():
        try:
            action = services.action_create(
                programme=programme, meeting=meeting, by=request.user, **form.service_arguments()
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, _("The action is proposed. The project team will look at it.")
            )
            return redirect("actions:detail", programme.slug, action.pk)
    context = {"programme": programme, "form": form, "meeting": meeting}
    context["meeting_missing"] = meeting_missing
    return render(request, "actions/action_form.html", context)


@programme_view("actions.view_book")
def action_detail(request, programme, pk: int):
    action = selectors.action_detail(programme=programme, pk=pk)
    return render(
        request, "actions/action_detail.html", _detail_context(request, programme, action)
    )


def _detail_context(request, programme, action, progress_form=None) -> dict:
    user = request.user
    return {
        "programme": programme,
        "action": action,
        "timeline": selectors.action_timeline(action),
        "history": history_for(action),
        "can_change": user.has_perm("actions.change_action", action),
        "can_post": user.has_perm("actions.post_progress", action),
        "can_manage": user.has_perm("actions.manage", programme),
        "next_statuses": [
            (status, status_move_label(action.status, status))
            for status in NEXT_STATUSES.get(action.status, [])
            if services.may_set_status(user, action, status)
        ],
        "progress_form": progress_form or ProgressForm(initial={"date": timezone.localdate()}),
        "relation_form": RelationForm(action=action),
        "is_stalling": selectors.is_stalling(action),
    }


@programme_view("actions.view_book")
def action_edit(request, programme, pk: int):
    action = selectors.action_detail(programme=programme, pk=pk)
    require(request.user, "actions.change_action", action)
    form = ActionForm(request.POST or None, instance=action, programme=programme)
    if request.method == "POST" and form.is_valid():
        try:
            services.action_update(action=action, by=request.user, **form.service_arguments())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The action is saved."))
            return redirect("actions:detail", programme.slug, action.pk)
    return render(
        request,
        "actions/action_form.html",
        {"programme": programme, "form": form, "action": action},
    )


@require_POST
@programme_view("actions.view_book")
def action_set_status(request, programme, pk: int):
    action = selectors.action_detail(programme=programme, pk=pk)
    form = StatusForm(request.POST)
    if form.is_valid():
        try:
            services.action_set_status(
                action=action,
                status=form.cleaned_data["status"],
                note=form.cleaned_data["note"],
                by=request.user,
            )
            messages.success(request, _("The status is changed."))
        except PermissionDenied:
            raise
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
    return redirect("actions:detail", programme.slug, action.pk)


@require_POST
@programme_view("actions.view_book")
def progress_post(request, programme, pk: int):
    action = selectors.action_detail(programme=programme, pk=pk)
    require(request.user, "actions.post_progress", action)
    form = ProgressForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            services.progress_post(
                action=action,
                by=request.user,
                on=data["date"],
                text=data["text"],
                percent_complete=data["percent_complete"],
                figure_value=data["figure_value"],
                figure_label=data["figure_label"],
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The progress update is posted."))
            return redirect("actions:detail", programme.slug, action.pk)
    # Show the form again with what was typed, so nothing is lost.
    context = _detail_context(request, programme, action, progress_form=form)
    return render(request, "actions/action_detail.html", context, status=400)


@programme_view("actions.view_book")
def mine(request, programme):
    context = workbench.workbench(programme=programme, user=request.user)
    return render(request, "actions/mine.html", context)


@require_POST
@programme_view("actions.view_book")
def mine_progress(request, programme, pk: int):
    """The short update from "My actions" or the home: the card again (htmx), or back there."""
    action = selectors.action_detail(programme=programme, pk=pk)
    require(request.user, "actions.post_progress", action)
    form = QuickProgressForm(request.POST, action=action)
    posted = form.is_valid()
    if posted:
        try:
            services.progress_post(action=action, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
            posted = False
    came_from = "home" if request.POST.get("from") == "home" else "mine"
    if posted and not request.htmx:
        messages.success(
            request, _("Your update on “%(title)s” is posted.") % {"title": action.title}
        )
        back = "core:programme-home" if came_from == "home" else "actions:mine"
        return redirect(f"{reverse(back, args=[programme.slug])}#actie-{action.pk}")
    context = workbench.workbench(
        programme=programme,
        user=request.user,
        bound=None if posted else form,
        posted=action.pk if posted else None,
    )
    card = next((item for item in context["led"] if item.pk == action.pk), None)
    if request.htmx and card is not None:
        context.update(action=card, came_from=came_from)
        return render(request, "actions/includes/own_action.html", context)
    if request.htmx:  # posted for an action they do not lead: its own page shows it
        response = HttpResponse(status=204)
        response["HX-Redirect"] = reverse("actions:detail", args=[programme.slug, action.pk])
        return response
    return render(request, "actions/mine.html", context, status=400)


@require_POST
@programme_view("actions.view_book")
def proposal_withdraw(request, programme, pk: int):
    action = selectors.action_detail(programme=programme, pk=pk)
    require(request.user, "actions.withdraw", action)
    try:
        services.proposal_withdraw(action=action, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("You withdrew “%(title)s”. You can propose it again here.") % {"title": action.title},
        )
    return redirect(f"{reverse('actions:mine', args=[programme.slug])}#voorstel-{action.pk}")


@require_POST
@programme_view("actions.manage")
def relation_add(request, programme, pk: int):
    action = selectors.action_detail(programme=programme, pk=pk)
    form = RelationForm(request.POST, action=action)
    if form.is_valid():
        try:
            services.relation_create(
                source=action,
                target=form.cleaned_data["target"],
                kind=form.cleaned_data["kind"],
                by=request.user,
            )
            messages.success(request, _("The actions are related."))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
    return redirect("actions:detail", programme.slug, action.pk)


@require_POST
@programme_view("actions.manage")
def relation_delete(request, programme, pk: int):
    relation = get_object_or_404(ActionRelation, programme=programme, pk=pk)
    source = relation.source_id
    services.relation_delete(relation=relation, by=request.user)
    messages.success(request, _("The relation is removed."))
    return redirect("actions:detail", programme.slug, source)


@programme_view("actions.manage")
def suggestion_list(request, programme):
    context = {
        "programme": programme,
        "action_suggestions": suggestions.action_suggestions(programme=programme),
        "organisation_suggestions": suggestions.organisation_suggestions(programme=programme),
        "relation_kinds": ActionRelation._meta.get_field("kind").choices,
    }
    return render(request, "actions/suggestions.html", context)


@require_POST
@programme_view("actions.manage")
def suggestion_decide(request, programme):
    key = request.POST.get("key", "")
    decision = request.POST.get("decision")
    try:
        if decision == "accept":
            services.suggestion_accept(
                programme=programme, key=key, kind=request.POST.get("kind", ""), by=request.user
            )
        else:
            services.suggestion_dismiss(programme=programme, key=key, by=request.user)
    except ValidationError as error:
        if request.htmx:
            return HttpResponse(" ".join(error.messages), status=400)
        messages.error(request, " ".join(error.messages))
    if request.htmx:
        return render(request, "actions/includes/suggestion_done.html", {"decision": decision})
    return redirect("actions:suggestions", programme.slug)


@programme_view("actions.manage")
def book_settings(request, programme):
    form = SettingsForm(request.POST or None, instance=services.settings_for(programme))
    if request.method == "POST" and form.is_valid():
        services.settings_update(programme=programme, by=request.user, **form.cleaned_data)
        messages.success(request, _("The settings are saved."))
        return redirect("actions:book", programme.slug)
    return render(request, "actions/settings.html", {"programme": programme, "form": form})
