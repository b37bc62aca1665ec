from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from samenspel.actions.services import publication_update, settings_for, settings_update
from samenspel.core.access import programme_view
from samenspel.core.paging import paginate
from samenspel.goals.selectors import vision_of

from . import selectors
from .forms import PublicationForm, PublicFilterForm, PublishForm


def index(request):
    return render(request, "public/index.html", {"programmes": selectors.published_programmes()})


def programme_page(request, slug: str):
    """Summary first, then the actions a resident filtered by village and goal, a page at a
    time. A wrong filter value is said above the list, which then shows every action."""
    programme = selectors.published_programme(slug=slug)
    form = PublicFilterForm(
        request.GET or None,
        programme=programme,
        areas=selectors.public_areas(programme=programme),
    )
    actions = selectors.public_action_list(programme=programme, filters=form.filters())
    context = {
        "public_programme": programme,
        "filter_form": form,
        "summary": selectors.public_summary(programme=programme),
        "vision": vision_of(programme=programme),
        **paginate(request, actions, selectors.PAGE_SIZE),
    }
    return render(request, "public/programme.html", context, status=400 if form.errors else 200)


def action_page(request, slug: str, pk: int):
    programme = selectors.published_programme(slug=slug)
    action = selectors.public_action(programme=programme, pk=pk)
    context = {
        "public_programme": programme,
        "action": action,
        "lead_name": selectors.public_lead_name(action),
        "updates": list(action.progress_updates.all()),
    }
    return render(request, "public/action.html", context)


@programme_view("core.manage_settings")
def publication_settings(request, programme):
    """Under the programme's settings: whether the pages are on, and what residents read."""
    book_settings = settings_for(programme)
    initial = {
        "public_statuses": selectors.shown_statuses(programme=programme),
        "shows_area_summary": book_settings.shows_area_summary,
    }
    form = PublicationForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            publication_update(programme=programme, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The choices for the public pages are saved."))
            return redirect("public:settings", programme.slug)
    context = {"programme": programme, "form": form, "is_public": book_settings.is_public}
    return render(request, "public/settings.html", context, status=400 if form.errors else 200)


@programme_view("actions.manage")
def publish(request, programme):
    """The public pages as residents would read them; switched on only once confirmed."""
    form = PublishForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        settings_update(programme=programme, is_public=True, by=request.user)
        messages.success(request, _("The public pages are on. This is what residents read."))
        return redirect("public:programme", programme.slug)
    context = {
        "programme": programme,
        "public_programme": programme,
        "is_public": settings_for(programme).is_public,
        "form": form,
        "summary": selectors.public_summary(programme=programme),
        **selectors.publish_preview(programme=programme),
    }
    return render(request, "public/publish.html", context, status=400 if form.errors else 200)


@require_POST
@programme_view("actions.manage")
def unpublish(request, programme):
    settings_update(programme=programme, is_public=False, by=request.user)
    messages.success(request, _("The public pages are off."))
    return redirect("public:settings", programme.slug)
