"""Recording meetings: who came, what was discussed and decided."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from samenspel.core.audit import AuditVerb, record
from samenspel.core.models import Programme

from .models import Meeting

FIELDS = {"kind", "title", "date", "place", "notes", "decisions"}


def _check(programme: Programme, goals, participants, organisations) -> None:
    for item in [*goals, *participants, *organisations]:
        if item.programme_id != programme.pk:
            raise ValidationError(_("Everything linked to a meeting must belong to its programme."))


@transaction.atomic
def meeting_save(
    *,
    programme: Programme,
    meeting: Meeting | None = None,
    goals=(),
    participants=(),
    organisations=(),
    by,
    **fields,
) -> Meeting:
    """Create or change a meeting with its goals, participants and organisations present."""
    _check(programme, goals, participants, organisations)
    if set(fields) - FIELDS:
        raise TypeError(f"Unknown meeting fields: {set(fields) - FIELDS}")
    meeting = meeting or Meeting(programme=programme, created_by=by)
    for name, value in fields.items():
        setattr(meeting, name, value.strip() if isinstance(value, str) else value)
    if by is not None:
        meeting._history_user = by
    meeting.full_clean(exclude=["programme", "created_by"])
    verb = AuditVerb.CREATED if meeting.pk is None else AuditVerb.CHANGED
    meeting.save()
    record(by=by, verb=verb, obj=meeting)
    meeting.goals.set(goals)
    meeting.participants.set(participants)
    # Participants' organisations count as present too.
    present = {*organisations, *(p.organisation for p in participants if p.organisation_id)}
    meeting.organisations.set(present)
    return meeting
