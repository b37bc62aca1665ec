from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from samenspel.core.access import programme_view, require
from samenspel.core.history import history_for
from samenspel.core.ids import parse_id

from . import selectors, services
from .forms import ChallengeForm, GoalForm, GoalRestoreForm, TargetImageForm, VisionForm
from .models import Challenge, Goal, TargetImage
from .panels import panels_for


@programme_view("goals.view_book")
def book(request, programme):
    show_archived = request.GET.get("archief") == "1"
    context = {
        "programme": programme,
        "vision": selectors.vision_of(programme=programme),
        "sections": selectors.goal_book(programme=programme, include_archived=show_archived),
        "show_archived": show_archived,
        "can_edit_book": request.user.has_perm("goals.edit_book", programme),
    }
    return render(request, "goals/book.html", context)


@programme_view("goals.edit_book")
def vision_edit(request, programme):
    vision = selectors.vision_of(programme=programme)
    form = VisionForm(request.POST or None, initial={"text": vision.text})
    if request.method == "POST" and form.is_valid():
        services.vision_update(programme=programme, text=form.cleaned_data["text"], by=request.user)
        messages.success(request, _("The vision is saved."))
        return redirect("goals:book", programme.slug)
    return render(request, "goals/vision_form.html", {"programme": programme, "form": form})


@programme_view("goals.edit_book")
def target_image_form(request, programme, pk: int | None = None):
    image = get_object_or_404(TargetImage, programme=programme, pk=pk) if pk else None
    form = TargetImageForm(request.POST or None, instance=image)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if image:
            services.target_image_update(target_image=image, by=request.user, **data)
        else:
            services.target_image_create(programme=programme, by=request.user, **data)
        messages.success(request, _("The target image is saved."))
        return redirect("goals:book", programme.slug)
    context = {"programme": programme, "form": form, "target_image": image}
    return render(request, "goals/target_image_form.html", context)


@programme_view("goals.edit_book")
def target_image_delete(request, programme, pk: int):
    image = get_object_or_404(TargetImage, programme=programme, pk=pk)
    if request.method == "POST":
        try:
            services.target_image_delete(target_image=image, by=request.user)
            messages.success(request, _("The target image is deleted."))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return redirect("goals:book", programme.slug)
    return render(request, "goals/confirm_delete.html", {"programme": programme, "object": image})


@programme_view("goals.edit_book")
def goal_create(request, programme):
    parent_id = request.GET.get("parent") or request.POST.get("parent")
    # A parent that is no id of this programme's goals is not found, whatever was sent.
    parent = (
        get_object_or_404(Goal, programme=programme, pk=parse_id(parent_id)) if parent_id else None
    )
    initial = {"target_image": parse_id(request.GET.get("streefbeeld"))}
    form = GoalForm(
        request.POST or None, programme=programme, with_target_image=parent is None, initial=initial
    )
    if request.method == "POST" and form.is_valid():
        try:
            goal = services.goal_create(
                programme=programme, parent=parent, by=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The goal “%(title)s” is added.") % {"title": goal.title})
            return redirect("goals:goal-detail", programme.slug, goal.pk)
    context = {"programme": programme, "form": form, "parent": parent}
    return render(request, "goals/goal_form.html", context)


@programme_view("goals.view_book")
def goal_detail(request, programme, pk: int):
    goal = selectors.goal_detail(programme=programme, pk=pk)
    context = {
        "programme": programme,
        "goal": goal,
        "ancestors": selectors.goal_ancestors(goal),
        "children": [child for child in goal.children.all() if not child.is_archived],
        "archived_sub_goals": selectors.archived_sub_goals(goal=goal) if goal.is_archived else [],
        "history": history_for(goal),
        "can_change": request.user.has_perm("goals.change_goal", goal),
        "can_edit_book": request.user.has_perm("goals.edit_book", programme),
        "panels": panels_for(goal, request.user),
    }
    return render(request, "goals/goal_detail.html", context)


@programme_view("goals.view_book")
def goal_edit(request, programme, pk: int):
    goal = selectors.goal_detail(programme=programme, pk=pk)
    require(request.user, "goals.change_goal", goal)
    form = GoalForm(
        request.POST or None, instance=goal, programme=programme, with_target_image=False
    )
    if request.method == "POST" and form.is_valid():
        services.goal_update(goal=goal, by=request.user, **form.cleaned_data)
        messages.success(request, _("The goal is saved."))
        return redirect("goals:goal-detail", programme.slug, goal.pk)
    context = {"programme": programme, "form": form, "goal": goal, "parent": goal.parent}
    return render(request, "goals/goal_form.html", context)


@require_POST
@programme_view("goals.edit_book")
def goal_move(request, programme, pk: int):
    goal = get_object_or_404(Goal, programme=programme, pk=pk)
    services.goal_move(goal=goal, direction=request.POST.get("direction", "up"), by=request.user)
    return redirect(reverse("goals:book", args=[programme.slug]) + f"#goal-{goal.pk}")


@programme_view("goals.edit_book")
def goal_remove(request, programme, pk: int):
    goal = get_object_or_404(Goal, programme=programme, pk=pk)
    references = services.goal_references(goal)
    if request.method == "POST":
        outcome = services.goal_remove(goal=goal, by=request.user)
        if outcome == "archived":
            messages.success(
                request,
                _(
                    "The goal is archived, because other items refer to it. You can restore it from the archive."
                ),
            )
        else:
            messages.success(request, _("The goal is deleted."))
        return redirect("goals:book", programme.slug)
    context = {"programme": programme, "goal": goal, "references": references}
    return render(request, "goals/goal_remove.html", context)


@programme_view("goals.edit_book")
def goal_restore(request, programme, pk: int):
    goal = get_object_or_404(Goal.objects.select_related("parent"), programme=programme, pk=pk)
    if not goal.is_archived:
        return redirect("goals:goal-detail", programme.slug, goal.pk)
    sub_goals = selectors.archived_sub_goals(goal=goal)
    data = request.POST if request.method == "POST" else None
    form = GoalRestoreForm(data, sub_goals=sub_goals)
    if form.is_bound and form.is_valid():
        restored = services.goal_restore(
            goal=goal, sub_goals=form.chosen_sub_goals(), by=request.user
        )
        others = len(restored) - 1
        message = (
            ngettext(
                "The goal is back in the goals book, with %(count)s other goal.",
                "The goal is back in the goals book, with %(count)s other goals.",
                others,
            )
            % {"count": others}
            if others
            else _("The goal is back in the goals book.")
        )
        messages.success(request, message)
        return redirect("goals:goal-detail", programme.slug, goal.pk)
    context = {
        "programme": programme,
        "goal": goal,
        "form": form,
        "archived_parents": [g for g in selectors.goal_ancestors(goal) if g.is_archived],
    }
    return render(request, "goals/goal_restore.html", context)


@programme_view("goals.edit_book")
def challenge_list(request, programme):
    form = ChallengeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.challenge_create(programme=programme, **form.cleaned_data)
        except ValidationError as error:
            form.add_error("name", error)
        else:
            messages.success(request, _("The challenge is added."))
            return redirect("goals:challenges", programme.slug)
    context = {
        "programme": programme,
        "form": form,
        "challenges": selectors.challenges_with_use(programme=programme),
    }
    return render(request, "goals/challenge_list.html", context)


@programme_view("goals.edit_book")
def challenge_delete(request, programme, pk: int):
    challenge = get_object_or_404(Challenge, programme=programme, pk=pk)
    if request.method == "POST":
        try:
            services.challenge_delete(challenge=challenge)
            messages.success(request, _("The challenge is removed from the list."))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return redirect("goals:challenges", programme.slug)
    return render(
        request, "goals/confirm_delete.html", {"programme": programme, "object": challenge}
    )
