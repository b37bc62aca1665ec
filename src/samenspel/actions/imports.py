"""Import of actions from Excel or CSV: every row is checked first, then all rows or none."""

from dataclasses import asdict, dataclass, field
from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from samenspel.core.models import Programme
from samenspel.core.tabular import TableSpec
from samenspel.goals.models import Goal
from samenspel.stakeholders.models import ImportBatch

from . import services
from .models import NEXT_STATUSES, Action, ActionStatus, OrganisationRole

ACTION_COLUMNS = {
    "titel": "title",
    "omschrijving": "description",
    "doelen": "goals",
    "trekker": "lead",
    "organisaties": "organisations",
    "doelgroepen": "target_groups",
    "gebied": "area",
    "start": "start_date",
    "eind": "end_date",
    "status": "status",
    "nodig: tijd": "needs_time",
    "nodig: ruimte": "needs_room",
    "nodig: geld": "needs_money",
    "verwacht resultaat": "expected_result",
    "laatste voortgang": "last_progress",  # written by the export, ignored on import
}
ACTION_TABLE = TableSpec("actions", "Acties", ACTION_COLUMNS, "titel")
TEXT_FIELDS = ("description", "area", "needs_time", "needs_room", "needs_money", "expected_result")


@dataclass
class ActionRow:
    row: int
    values: dict
    label: str = ""
    action: str = "create"  # create or update
    problems: list[str] = field(default_factory=list)


def _names(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


def _date(value: str, label: str, problems: list[str]) -> str | None:
    if not value:
        return None
    for pattern in ("%Y-%m-%d", "%d-%m-%Y", "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.strptime(value, pattern).date().isoformat()
        except ValueError:
            continue
    problems.append(
        _("%(label)s “%(value)s” is not a date (use 24-11-2026).")
        % {"label": label, "value": value}
    )
    return None


def _statuses() -> dict[str, str]:
    lookup = {value: value for value in ActionStatus.values}
    for language in ("nl", "en"):
        with translation.override(language):
            lookup.update({str(label).lower(): value for value, label in ActionStatus.choices})
    return lookup


def _lookup(names: list[str], known: dict, what: str, problems: list[str]) -> list[int]:
    found = []
    for name in names:
        if name.lower() in known:
            found.append(known[name.lower()])
        else:
            problems.append(
                _("%(what)s “%(name)s” is not known in this programme.")
                % {"what": what, "name": name}
            )
    return found


def import_check(*, programme: Programme, rows: list[tuple[int, dict]]) -> list[ActionRow]:
    """Check every row against the programme; write nothing."""
    goals = {
        g.title.lower(): g.pk
        for g in Goal.objects.filter(programme=programme, archived_at__isnull=True)
    }
    people = {p.name.lower(): p.pk for p in programme.people.all()}
    organisations = {o.name.lower(): o.pk for o in programme.organisations.all()}
    groups = {g.name.lower(): g.pk for g in programme.target_groups.all()}
    existing = {a.title.lower(): a for a in programme.actions.all()}
    statuses = _statuses()
    seen: dict[str, int] = {}
    checked = []
    for number, values in rows:
        problems: list[str] = []
        title = values.get("title", "").strip()
        if not title:
            problems.append(_("The title is missing."))
        elif title.lower() in seen:
            problems.append(
                _("“%(name)s” already appears in row %(row)s.")
                % {"name": title, "row": seen[title.lower()]}
            )
        seen.setdefault(title.lower(), number)
        goal_ids = _lookup(_names(values.get("goals", "")), goals, _("Goal"), problems)
        if not _names(values.get("goals", "")):
            problems.append(_("Name at least one goal (column “doelen”, separated by ;)."))
        lead_ids = _lookup(_names(values.get("lead", "")), people, _("Person"), problems)
        status_text = values.get("status", "").strip().lower()
        status = statuses.get(status_text or "proposed")
        if status is None:
            problems.append(_("Unknown status “%(value)s”.") % {"value": values["status"]})
        current = existing.get(title.lower())
        if (
            current
            and status
            and status != current.status
            and status not in NEXT_STATUSES[current.status]
        ):
            problems.append(
                _("An action that is %(current)s cannot become %(new)s.")
                % {
                    "current": current.get_status_display().lower(),
                    "new": ActionStatus(status).label.lower(),
                }
            )
        start = _date(values.get("start_date", ""), _("Start"), problems)
        end = _date(values.get("end_date", ""), _("End"), problems)
        if start and end and end < start:
            problems.append(_("The end cannot be before the start."))
        clean = {
            "title": title,
            "goals": goal_ids,
            "lead": lead_ids[0] if lead_ids else None,
            "organisations": _lookup(
                _names(values.get("organisations", "")), organisations, _("Organisation"), problems
            ),
            "target_groups": _lookup(
                _names(values.get("target_groups", "")), groups, _("Target group"), problems
            ),
            "start_date": start,
            "end_date": end,
            "status": status,
            **{name: values.get(name, "") for name in TEXT_FIELDS},
        }
        problems += _model_problems(clean)
        checked.append(ActionRow(number, clean, title, "update" if current else "create", problems))
    return checked


# The fields an import writes, checked in the preview as the model checks them when the
# import is applied (action_create and action_update call full_clean): lengths, choices.
MODEL_FIELDS = ("title", *TEXT_FIELDS, "status", "start_date", "end_date")


def _model_problems(values: dict) -> list[str]:
    """What applying would refuse in a row's fields, in the model's own words."""
    given = {name: values[name] for name in MODEL_FIELDS if values.get(name) not in (None, "")}
    action = Action(**given)
    others = [field.name for field in Action._meta.fields if field.name not in given]
    try:
        action.clean_fields(exclude=others)
    except ValidationError as error:
        return [
            f"{str(Action._meta.get_field(name).verbose_name).capitalize()}: {message}"
            for name, messages in error.message_dict.items()
            for message in messages
        ]
    return []


def import_prepare(
    *, programme: Programme, rows, filename: str, by, fields: set[str] | None = None
) -> tuple[ImportBatch, list[ActionRow]]:
    """Check an upload and keep it until the user applies it."""
    checked = import_check(programme=programme, rows=rows)
    batch = ImportBatch.objects.create(
        programme=programme,
        filename=filename[:255],
        created_by=by,
        kind="actions",
        rows={
            "actions": [asdict(row) for row in checked],
            "raw": [[n, v] for n, v in rows],
            "fields": sorted(fields or set(ACTION_COLUMNS.values())),
        },
    )
    return batch, checked


@transaction.atomic
def import_apply(*, batch: ImportBatch, by) -> int:
    """Apply a checked import in one transaction, after checking it again. Returns the count."""
    batch = ImportBatch.objects.select_for_update().get(pk=batch.pk)
    if batch.applied_at is not None:
        raise ValidationError(_("This import has already been applied."))
    programme = batch.programme
    checked = import_check(programme=programme, rows=[(n, v) for n, v in batch.rows.get("raw", [])])
    if not checked or any(row.problems for row in checked):
        raise ValidationError(_("The file has problems; nothing has been imported."))
    existing = {a.title.lower(): a for a in programme.actions.all()}
    people = programme.people.in_bulk()
    organisations = programme.organisations.in_bulk()
    groups = programme.target_groups.in_bulk()
    goals = Goal.objects.filter(programme=programme).in_bulk()
    # Columns the file does not have leave an existing action's fields as they are.
    present = set(batch.rows.get("fields") or ACTION_COLUMNS.values())
    for row in checked:
        values = row.values
        fields = {name: values[name] for name in TEXT_FIELDS}
        fields["lead"] = people.get(values["lead"])
        fields["start_date"] = (
            date.fromisoformat(values["start_date"]) if values["start_date"] else None
        )
        fields["end_date"] = date.fromisoformat(values["end_date"]) if values["end_date"] else None
        links = {
            "goals": [goals[pk] for pk in values["goals"]],
            "organisations": {
                organisations[pk]: OrganisationRole.CONTRIBUTES for pk in values["organisations"]
            },
            "target_groups": [groups[pk] for pk in values["target_groups"]],
        }
        current = existing.get(values["title"].lower())
        if current is None:
            services.action_create(
                programme=programme,
                title=values["title"],
                status=values["status"],
                by=by,
                **links,
                **fields,
            )
            continue
        # Keep the roles organisations already have on an existing action.
        roles = {i.organisation_id: i.role for i in current.involvements.all()}
        links["organisations"] = {
            org: roles.get(org.pk, role) for org, role in links["organisations"].items()
        }
        links = {name: value for name, value in links.items() if name in present}
        fields = {name: value for name, value in fields.items() if name in present}
        services.action_update(action=current, by=by, **links, **fields)
        if "status" in present and values["status"] != current.status:
            services.action_set_status(
                action=current, status=values["status"], by=by, note=_("Import")
            )
    batch.applied_at = timezone.now()
    batch.save(update_fields=["applied_at"])
    return len(checked)
