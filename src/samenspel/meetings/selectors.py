from django.db.models import Count, QuerySet
from django.shortcuts import get_object_or_404

from samenspel.core.models import Programme

from .models import Meeting


def meetings_for_programme(*, programme: Programme, kind: str = "") -> QuerySet[Meeting]:
    """Meetings newest first, with how many came and how many actions were proposed."""
    meetings = Meeting.objects.filter(programme=programme)
    if kind:
        meetings = meetings.filter(kind=kind)
    return meetings.annotate(
        participant_count=Count("participants", distinct=True),
        action_count=Count("proposed_actions", distinct=True),
    ).order_by("-date", "-pk")


def meeting_detail(*, programme: Programme, pk: int) -> Meeting:
    """One meeting with its goals, participants and proposed actions."""
    return get_object_or_404(
        Meeting.objects.prefetch_related(
            "goals", "participants__organisation", "organisations", "proposed_actions__lead"
        ),
        programme=programme,
        pk=pk,
    )


def meeting_for_action(*, programme: Programme, pk: int | None) -> Meeting | None:
    """The meeting an action is proposed from, with what it carries over (goals discussed and
    organisations present), or None when the programme has no such meeting."""
    if pk is None:
        return None
    return (
        Meeting.objects.prefetch_related("goals", "organisations")
        .filter(programme=programme, pk=pk)
        .first()
    )
