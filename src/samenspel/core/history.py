"""Readable change history for models tracked by django-simple-history."""

from dataclasses import dataclass
from datetime import datetime

from django.utils.translation import gettext as _
from simple_history.models import HistoricalRecords


@dataclass
class HistoryEntry:
    when: datetime
    who: str
    summary: str


def _verbose(model, field_name: str) -> str:
    try:
        return str(model._meta.get_field(field_name).verbose_name)
    except Exception:  # noqa: BLE001 - a field that no longer exists keeps its raw name
        return field_name


def history_for(obj, *, limit: int = 20) -> list[HistoryEntry]:
    """The latest changes to one object: who changed which fields, and when."""
    records = list(
        obj.history.select_related("history_user").order_by("-history_date")[: limit + 1]
    )
    entries = []
    for index, record in enumerate(records[:limit]):
        user = record.history_user
        who = (user.get_full_name() or user.username) if user else ""
        if record.history_type == "+":
            summary = _("Created")
        elif record.history_type == "-":
            summary = _("Deleted")
        else:
            previous = records[index + 1] if index + 1 < len(records) else record.prev_record
            # m2m history would cost queries per record; field changes are what people read.
            m2m = [field.name for field in type(obj)._meta.many_to_many]
            changed = (
                record.diff_against(previous, excluded_fields=m2m).changed_fields
                if previous
                else []
            )
            names = ", ".join(_verbose(type(obj), name) for name in changed)
            summary = _("Changed: %(fields)s") % {"fields": names} if names else _("Saved")
        entries.append(HistoryEntry(when=record.history_date, who=who, summary=summary))
    return entries


class HistoricalRecordsWithRelations(HistoricalRecords):
    """django-simple-history for a model whose many-to-many fields it tracks, able to write a
    save and the relations set after it as one record (``save_with_relations``). On its own it
    writes a record for the save and another for every relation set, so that a new goal with
    themes showed its creation twice: created, then saved."""

    def finalize(self, sender, **kwargs):
        super().finalize(sender, **kwargs)
        if sender is self.cls:
            sender._history_records = self


def save_with_relations(instance, **relations) -> None:
    """Save ``instance`` and set its many-to-many ``relations`` (name: objects; None leaves a
    relation as it is), recorded in its history as one creation or one change."""
    history_type = "~" if instance.pk is not None and not instance._state.adding else "+"
    instance.skip_history_when_saving = True
    try:
        instance.save()
        for name, objects in relations.items():
            if objects is not None:
                getattr(instance, name).set(objects)
    finally:
        del instance.skip_history_when_saving
    type(instance)._history_records.create_historical_record(instance, history_type)
