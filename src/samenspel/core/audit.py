"""Writing the audit trail: services call ``record`` next to the change they make, and the
few views that show or export personal data call it for the look."""

from django.db import models

from .models import AuditEvent, AuditVerb, Programme
from .rules import programme_of

__all__ = ["AuditVerb", "programme_behind", "record"]


def programme_behind(obj) -> Programme | None:
    """The programme an object belongs to: directly (as the permission layer finds it), or
    through its survey, wave or page."""
    found = programme_of(obj)
    if found is not None or obj is None:
        return found
    for path in (
        "survey.programme",
        "wave.survey.programme",
        "section.survey.programme",
    ):
        found = obj
        for name in path.split("."):
            found = getattr(found, name, None)
            if found is None:
                break
        if isinstance(found, Programme):
            return found
    return None


def record(
    *, by, verb: str, obj: models.Model | None = None, programme: Programme | None = None, **details
) -> AuditEvent:
    """Write one event: ``by`` acted (None: the system, or a respondent without an account),
    ``verb`` (an AuditVerb) on ``obj``, within ``programme`` (found from the object when not
    given), with a few details that a reader of the trail needs (never answers themselves)."""
    actor = by if getattr(by, "is_authenticated", False) else None
    return AuditEvent.objects.create(
        actor=actor,
        actor_name=(actor.get_full_name() or actor.get_username())[:150] if actor else "",
        verb=verb,
        programme=programme or programme_behind(obj),
        object_type=obj._meta.label_lower if obj is not None else "",
        object_id=str(obj.pk) if obj is not None else "",
        object_label=str(obj)[:200] if obj is not None else "",
        details=details,
    )
