"""Import of organisations and people: check every row first, then apply all or nothing."""

from dataclasses import asdict, dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from samenspel.core.models import Programme

from .models import ImportBatch, Organisation, OrganisationKind, Person
from .tabular import Sheet

TRUE_WORDS = {"ja", "j", "yes", "y", "true", "waar", "1", "x"}
FALSE_WORDS = {"nee", "n", "no", "false", "onwaar", "0", ""}


@dataclass
class RowPlan:
    row: int
    values: dict
    action: str = "create"  # create, update or unchanged
    problems: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return self.values.get("name", "")


@dataclass
class ImportPlan:
    organisations: list[RowPlan] = field(default_factory=list)
    people: list[RowPlan] = field(default_factory=list)

    @property
    def problem_count(self) -> int:
        return sum(len(row.problems) for row in self.organisations + self.people)

    @property
    def is_valid(self) -> bool:
        return self.problem_count == 0

    def count(self, kind: str, action: str) -> int:
        return sum(1 for row in getattr(self, kind) if row.action == action and not row.problems)

    def as_json(self) -> dict:
        return {
            "organisations": [asdict(row) for row in self.organisations],
            "people": [asdict(row) for row in self.people],
        }

    @classmethod
    def from_json(cls, data: dict) -> "ImportPlan":
        return cls(
            organisations=[RowPlan(**row) for row in data.get("organisations", [])],
            people=[RowPlan(**row) for row in data.get("people", [])],
        )


def _kind_lookup() -> dict[str, str]:
    lookup = {}
    for language in ("nl", "en"):
        with translation.override(language):
            for value, label in OrganisationKind.choices:
                lookup[str(label).lower()] = value
    for value in OrganisationKind.values:
        lookup[value] = value
    return lookup


def _kind_labels() -> str:
    with translation.override("nl"):
        return ", ".join(str(label) for label in OrganisationKind.labels)


def _check_email(value: str, problems: list[str]) -> None:
    if value:
        try:
            validate_email(value)
        except ValidationError:
            problems.append(_("“%(value)s” is not a valid e-mail address.") % {"value": value})


def _check_lengths(model, values: dict, problems: list[str]) -> None:
    for name, value in values.items():
        fields = {field.name: field for field in model._meta.concrete_fields}
        limit = getattr(fields.get(name), "max_length", None)
        field = fields.get(name)
        if limit and isinstance(value, str) and len(value) > limit:
            _check_length(values, name, limit, str(field.verbose_name).capitalize(), problems)


def _check_length(values: dict, name: str, limit: int, label: str, problems: list[str]) -> None:
    if len(values.get(name, "")) > limit:
        problems.append(
            _("%(label)s is longer than %(limit)s characters.") % {"label": label, "limit": limit}
        )


def _check_organisation(programme, values: dict, kinds, municipalities, seen, existing) -> RowPlan:
    plan = RowPlan(row=0, values=dict(values))
    problems = plan.problems
    name = values.get("name", "")
    if not name:
        problems.append(_("The name is missing."))
    elif name.lower() in seen:
        problems.append(
            _("“%(name)s” already appears in row %(row)s.")
            % {"name": name, "row": seen[name.lower()]}
        )
    _check_lengths(Organisation, values, problems)
    kind = values.get("kind", "").lower()
    if kind and kind not in kinds:
        problems.append(
            _("Unknown kind “%(value)s”. Choose from: %(choices)s.")
            % {"value": values["kind"], "choices": _kind_labels()}
        )
    # Keep an unknown kind as written, so that checking the stored rows again finds it too.
    if "kind" in values:  # a column the file does not have leaves the field as it is
        plan.values["kind"] = kinds.get(kind, values.get("kind") or OrganisationKind.OTHER)
    municipality = values.get("municipality", "")
    if municipality and municipality.lower() not in municipalities:
        problems.append(
            _("Municipality “%(value)s” is not part of this programme (%(choices)s).")
            % {"value": municipality, "choices": ", ".join(sorted(municipalities.values()))}
        )
    _check_email(values.get("email", ""), problems)
    website = values.get("website", "")
    if website:
        if "://" not in website:
            website = f"https://{website}"
            plan.values["website"] = website
        try:
            URLValidator()(website)
        except ValidationError:
            problems.append(
                _("“%(value)s” is not a valid web address.") % {"value": values["website"]}
            )
    current = existing.get(name.lower())
    if current is not None:
        plan.action = (
            "unchanged" if _same_organisation(current, plan.values, municipalities) else "update"
        )
    return plan


def _same_organisation(organisation: Organisation, values: dict, municipalities) -> bool:
    """Whether the row would change nothing; columns missing from the file change nothing."""
    current = {
        "kind": organisation.kind,
        "municipality": organisation.municipality.name.lower() if organisation.municipality else "",
        **{
            name: getattr(organisation, name)
            for name in ("area", "email", "phone", "website", "description")
        },
    }
    wanted = dict(values)
    if "municipality" in wanted:
        wanted["municipality"] = wanted["municipality"].lower()
    return all(current[name] == wanted[name] for name in current if name in wanted)


def _check_person(values: dict, organisations: set[str], seen_emails, existing) -> RowPlan:
    plan = RowPlan(row=0, values=dict(values))
    problems = plan.problems
    if not values.get("name"):
        problems.append(_("The name is missing."))
    _check_lengths(Person, values, problems)
    organisation = values.get("organisation", "")
    if organisation and organisation.lower() not in organisations:
        problems.append(
            _("Organisation “%(value)s” is not in the register or in this file.")
            % {"value": organisation}
        )
    email = values.get("email", "").lower()
    _check_email(email, problems)
    if email and email in seen_emails:
        problems.append(
            _("E-mail address %(email)s already appears in row %(row)s.")
            % {"email": email, "row": seen_emails[email]}
        )
    ambassador = values.get("is_ambassador", "").lower()
    if ambassador not in TRUE_WORDS | FALSE_WORDS:
        problems.append(
            _("Ambassador must be “ja” or “nee”, not “%(value)s”.")
            % {"value": values["is_ambassador"]}
        )
    if "is_ambassador" in values:
        plan.values["is_ambassador"] = ambassador in TRUE_WORDS
    key = email or f"{values.get('name', '').lower()}|{organisation.lower()}"
    if key in existing:
        plan.action = "update"
    return plan


def _person_key(person: Person) -> str:
    if person.email:
        return person.email.lower()
    organisation = person.organisation.name.lower() if person.organisation else ""
    return f"{person.name.lower()}|{organisation}"


def import_check(*, programme: Programme, sheets: list[Sheet]) -> ImportPlan:
    """Check every row against the register and the file itself; write nothing."""
    plan = ImportPlan()
    kinds = _kind_lookup()
    municipalities = {m.name.lower(): m.name for m in programme.municipalities.all()}
    existing = {o.name.lower(): o for o in programme.organisations.select_related("municipality")}
    organisation_names = set(existing)
    seen: dict[str, int] = {}
    for sheet in (s for s in sheets if s.kind == "organisations"):
        for row_number, values in sheet.rows:
            row = _check_organisation(programme, values, kinds, municipalities, seen, existing)
            row.row = row_number
            if values.get("name"):
                seen.setdefault(values["name"].lower(), row_number)
                organisation_names.add(values["name"].lower())
            plan.organisations.append(row)
    people = {_person_key(p): p for p in programme.people.select_related("organisation")}
    seen_emails: dict[str, int] = {}
    for sheet in (s for s in sheets if s.kind == "people"):
        for row_number, values in sheet.rows:
            row = _check_person(values, organisation_names, seen_emails, people)
            row.row = row_number
            if values.get("email"):
                seen_emails.setdefault(values["email"].lower(), row_number)
            plan.people.append(row)
    return plan


def import_prepare(
    *, programme: Programme, sheets: list[Sheet], filename: str, by
) -> tuple[ImportBatch, ImportPlan]:
    """Check an upload and keep it until the user applies it."""
    plan = import_check(programme=programme, sheets=sheets)
    batch = ImportBatch.objects.create(
        programme=programme, filename=filename[:255], rows=plan.as_json(), created_by=by
    )
    return batch, plan


def _sheets_from_plan(plan: ImportPlan) -> list[Sheet]:
    return [
        Sheet("organisations", [], [(row.row, _raw(row.values)) for row in plan.organisations]),
        Sheet("people", [], [(row.row, _raw(row.values)) for row in plan.people]),
    ]


def _raw(values: dict) -> dict:
    raw = dict(values)
    if isinstance(raw.get("is_ambassador"), bool):
        raw["is_ambassador"] = "ja" if raw["is_ambassador"] else "nee"
    return raw


@transaction.atomic
def import_apply(*, batch: ImportBatch, by) -> ImportPlan:
    """Apply a checked import in one transaction. Checks again first: the register may have
    changed since the preview. Raises ValidationError and writes nothing if any row fails."""
    batch = ImportBatch.objects.select_for_update().get(pk=batch.pk)
    if batch.applied_at is not None:
        raise ValidationError(_("This import has already been applied."))
    programme = batch.programme
    plan = import_check(
        programme=programme, sheets=_sheets_from_plan(ImportPlan.from_json(batch.rows))
    )
    if not plan.is_valid:
        raise ValidationError(_("The file has problems; nothing has been imported."))
    municipalities = {m.name.lower(): m for m in programme.municipalities.all()}
    organisations = {o.name.lower(): o for o in programme.organisations.all()}
    for row in plan.organisations:
        values = dict(row.values)
        if "municipality" in values:
            values["municipality"] = municipalities.get(values["municipality"].lower())
        current = organisations.get(values["name"].lower())
        if current is None:
            organisation = Organisation(programme=programme)
        elif row.action == "unchanged":
            continue
        else:
            organisation = current
        for name, value in values.items():
            setattr(organisation, name, value)
        organisation._history_user = by
        organisation.save()
        organisations[organisation.name.lower()] = organisation
    people = {_person_key(p): p for p in programme.people.select_related("organisation")}
    for row in plan.people:
        values = dict(row.values)
        has_organisation = "organisation" in values
        organisation_name = values.pop("organisation", "")
        organisation = organisations.get(organisation_name.lower()) if organisation_name else None
        key = (
            values.get("email", "").lower()
            or f"{values['name'].lower()}|{organisation_name.lower()}"
        )
        person = people.get(key) or Person(programme=programme)
        for name, value in values.items():
            setattr(person, name, value)
        if has_organisation or person.pk is None:
            person.organisation = organisation
        person._history_user = by
        person.save()
    batch.applied_at = timezone.now()
    batch.save(update_fields=["applied_at"])
    return plan
