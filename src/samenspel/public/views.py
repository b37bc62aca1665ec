from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from samenspel.actions.services import settings_for, settings_update
from samenspel.core.access import programme_view

from . import selectors
from .forms import PublishForm


def index(request):
    return render(request, "public/index.html", {"programmes": selectors.published_programmes()})


def programme_page(request, slug: str):
    programme = selectors.published_programme(slug=slug)
    context = {"public_programme": programme, **selectors.public_book(programme=programme)}
    return render(request, "public/programme.html", context)


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
        **selectors.publish_preview(programme=programme),
    }
    return render(request, "public/publish.html", context, status=400 if form.errors else 200)


@require_POST
@programme_view("actions.manage")
def unpublish(request, programme):
    settings_update(programme=programme, is_public=False, by=request.user)
    messages.success(request, _("The public pages are off."))
    return redirect("actions:settings", programme.slug)
