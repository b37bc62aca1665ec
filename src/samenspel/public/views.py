from django.shortcuts import render

from . import selectors


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
