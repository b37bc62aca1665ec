from django.shortcuts import render

from samenspel.goals.selectors import goal_book, vision_of

from . import selectors


def index(request):
    return render(request, "public/index.html", {"programmes": selectors.published_programmes()})


def programme_page(request, slug: str):
    programme = selectors.published_programme(slug=slug)
    actions = list(selectors.public_actions(programme=programme))
    by_goal: dict[int, list] = {}
    for action in actions:
        action.public_lead = selectors.public_lead_name(action)
        for goal in action.goals.all():
            by_goal.setdefault(goal.pk, []).append(action)
    context = {
        "public_programme": programme,
        "vision": vision_of(programme=programme),
        "sections": goal_book(programme=programme),
        "actions_by_goal": by_goal,
        "action_count": len(actions),
    }
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
