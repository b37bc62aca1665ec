"""Changes to the register of parties: organisations, people and target groups."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from samenspel.core.audit import AuditVerb, record
from samenspel.core.models import Programme

from .models import Organisation, Person, TargetGroup


def _save(instance, by, fields: dict):
    for name, value in fields.items():
        setattr(instance, name, value.strip() if isinstance(value, str) else value)
    if by is not None:
        instance._history_user = by  # read by django-simple-history
    verb = AuditVerb.CREATED if instance.pk is None else AuditVerb.CHANGED
    try:
        with transaction.atomic():
            instance.full_clean(exclude=["programme"])
            instance.save()
            record(by=by, verb=verb, obj=instance, fields=sorted(fields))
    except IntegrityError as exc:
        raise ValidationError(_("This name or e-mail address is already in the register.")) from exc
    return instance


def _check_unique_name(model, programme, name: str, exclude_pk=None) -> None:
    clash = model.objects.filter(programme=programme, name__iexact=name.strip())
    if exclude_pk:
        clash = clash.exclude(pk=exclude_pk)
    if clash.exists():
        raise ValidationError({"name": _("There is already one with this name.")})


def organisation_create(*, programme: Programme, by, **fields) -> Organisation:
    """Add an organisation to the register."""
    _check_unique_name(Organisation, programme, fields.get("name", ""))
    return _save(Organisation(programme=programme), by, fields)


def organisation_update(*, organisation: Organisation, by, **fields) -> Organisation:
    """Change an organisation's details."""
    _check_unique_name(
        Organisation, organisation.programme, fields.get("name", ""), organisation.pk
    )
    return _save(organisation, by, fields)


def organisation_delete(*, organisation: Organisation, by) -> None:
    """Remove an organisation; its people stay in the register without it."""
    if by is not None:
        organisation._history_user = by
    record(by=by, verb=AuditVerb.DELETED, obj=organisation)
    organisation.delete()


def _check_unique_email(programme, email: str, exclude_pk=None) -> None:
    if not email:
        return
    clash = Person.objects.filter(programme=programme, email__iexact=email.strip())
    if exclude_pk:
        clash = clash.exclude(pk=exclude_pk)
    if clash.exists():
        raise ValidationError(
            {"email": _("Someone in the register already has this e-mail address.")}
        )


def _check_organisation(programme, organisation) -> None:
    if organisation is not None and organisation.programme_id != programme.pk:
        raise ValidationError(
            {"organisation": _("This organisation belongs to another programme.")}
        )


def person_create(*, programme: Programme, by, **fields) -> Person:
    """Add a person to the register."""
    _check_unique_email(programme, fields.get("email", ""))
    _check_organisation(programme, fields.get("organisation"))
    return _save(Person(programme=programme), by, fields)


def person_update(*, person: Person, by, **fields) -> Person:
    """Change a person's details."""
    _check_unique_email(person.programme, fields.get("email", ""), person.pk)
    _check_organisation(person.programme, fields.get("organisation"))
    return _save(person, by, fields)


def person_delete(*, person: Person, by) -> None:
    """Remove a person from the register."""
    if by is not None:
        person._history_user = by
    record(by=by, verb=AuditVerb.DELETED, obj=person)
    person.delete()


def target_group_create(*, programme: Programme, by, **fields) -> TargetGroup:
    """Add a target group."""
    _check_unique_name(TargetGroup, programme, fields.get("name", ""))
    return _save(TargetGroup(programme=programme), by, fields)


def target_group_update(*, target_group: TargetGroup, by, **fields) -> TargetGroup:
    """Change a target group."""
    _check_unique_name(TargetGroup, target_group.programme, fields.get("name", ""), target_group.pk)
    return _save(target_group, by, fields)


def target_group_delete(*, target_group: TargetGroup, by) -> None:
    """Remove a target group."""
    if by is not None:
        target_group._history_user = by
    record(by=by, verb=AuditVerb.DELETED, obj=target_group)
    target_group.delete()
