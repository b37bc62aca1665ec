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
