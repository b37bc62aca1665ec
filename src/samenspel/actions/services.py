"""Changes to the action book. Every status move and progress update records who and when."""

import re
from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from samenspel.core.audit import AuditVerb, record
from samenspel.core.models import Programme
from samenspel.core.services import programme_touch

from .models import (
    NEXT_STATUSES,
    PUBLISHABLE_STATUSES,
    Action,
    ActionBookSettings,
    ActionOrganisation,
    ActionRelation,
    ActionStatus,
    DismissedSuggestion,
    ProgressUpdate,
    RelationKind,
    StatusChange,
)

ACTION_FIELDS = {
    "title",
    "description",
    "lead",
    "area",
    "start_date",
    "end_date",
    "needs_time",
    "needs_room",
    "needs_money",
    "expected_result",
    "meeting",
}


def _check_same_programme(
    programme: Programme, *, goals=(), lead=None, organisations=(), target_groups=(), meeting=None
) -> None:
    items = [*goals, *organisations, *target_groups]
    items += [item for item in (lead, meeting) if item is not None]
    if any(item.programme_id != programme.pk for item in items):
        raise ValidationError(_("Everything linked to an action must belong to its programme."))


def _set_links(action: Action, goals, organisations, target_groups) -> None:
    if goals is not None:
        action.goals.set(goals)
    if target_groups is not None:
        action.target_groups.set(target_groups)
    if organisations is not None:
        # organisations: {organisation: role}
        action.involvements.exclude(organisation__in=list(organisations)).delete()
        for organisation, role in organisations.items():
            ActionOrganisation.objects.update_or_create(
                action=action, organisation=organisation, defaults={"role": role}
            )


@transaction.atomic
def action_create(
    *,
    programme: Programme,
    title: str,
    goals,
    by,
    status: str = ActionStatus.PROPOSED,
    organisations: dict | None = None,
    target_groups=(),
    **fields,
) -> Action:
    """Add an action; a partner's action starts as proposed until the project team agrees it."""
    if not goals:
        raise ValidationError({"goals": _("Choose at least one goal this action serves.")})
    organisations = organisations or {}
    _check_same_programme(
        programme,
        goals=goals,
        organisations=organisations,
        target_groups=target_groups,
        lead=fields.get("lead"),
        meeting=fields.get("meeting"),
    )
    unknown = set(fields) - ACTION_FIELDS
    if unknown:
        raise TypeError(f"Unknown action fields: {unknown}")
    action = Action(
        programme=programme,
        title=title.strip(),
        status=status,
        proposed_by=by,
        status_changed_at=timezone.now(),
        **fields,
    )
    if by is not None:
        action._history_user = by
    action.full_clean(exclude=["programme", "goals", "proposed_by"])
    action.save()
    _set_links(action, goals, organisations, target_groups)
    StatusChange.objects.create(
        action=action,
        from_status="",
        to_status=status,
        changed_at=action.status_changed_at,
        changed_by=by,
    )
    # From a meeting, the trail says which meeting and which organisations it brought along.
    origin = {}
    if action.meeting is not None:
        origin["meeting"] = action.meeting.title
        origin["organisations"] = sorted(organisation.name for organisation in organisations)
    record(by=by, verb=AuditVerb.CREATED, obj=action, status=status, **origin)
    return action


@transaction.atomic
def action_update(
    *, action: Action, by, goals=None, organisations=None, target_groups=None, **fields
) -> Action:
    """Change an action's content and links; its status moves only through action_set_status."""
    if goals is not None and not goals:
        raise ValidationError({"goals": _("Choose at least one goal this action serves.")})
    _check_same_programme(
        action.programme,
        goals=goals or (),
        organisations=organisations or {},
        target_groups=target_groups or (),
        lead=fields.get("lead"),
        meeting=fields.get("meeting"),
    )
    for name, value in fields.items():
        if name not in ACTION_FIELDS:
            raise TypeError(f"Unknown action field: {name}")
        setattr(action, name, value.strip() if isinstance(value, str) else value)
    if by is not None:
        action._history_user = by
    action.full_clean(exclude=["programme", "goals", "proposed_by"])
    action.save()
    _set_links(action, goals, organisations, target_groups)
    record(by=by, verb=AuditVerb.CHANGED, obj=action, fields=sorted(fields))
    return action


def may_set_status(user, action: Action, status: str) -> bool:
    """Agreeing, un-agreeing and reviving a stopped action are the project team's; running,
    finishing and stopping an agreed action also its lead's; withdrawing a proposal and
    proposing it again only its proposer's."""
    if ActionStatus.WITHDRAWN in (status, action.status):
        return user.has_perm("actions.withdraw", action)
    team_only = status in (ActionStatus.AGREED, ActionStatus.PROPOSED) or action.status in (
        ActionStatus.PROPOSED,
        ActionStatus.STOPPED,
    )
    if team_only:
        return user.has_perm("actions.manage", action)
    return user.has_perm("actions.change_action", action)


@transaction.atomic
def action_set_status(*, action: Action, status: str, by, note: str = "") -> Action:
    """Move an action to another status, if that move is allowed, and record it."""
    action = Action.objects.select_for_update().get(pk=action.pk)
    if status == action.status:
        return action
    if status not in NEXT_STATUSES.get(action.status, []):
        raise ValidationError(
            _("An action that is %(current)s cannot become %(new)s.")
            % {
                "current": action.get_status_display().lower(),
                "new": ActionStatus(status).label.lower(),
            }
        )
    if by is not None and not may_set_status(by, action, status):
        raise PermissionDenied
    previous = action.status
    action.status = status
    action.status_changed_at = timezone.now()
    if by is not None:
        action._history_user = by
    action.save(update_fields=["status", "status_changed_at"])
    StatusChange.objects.create(
        action=action,
        from_status=previous,
        to_status=status,
        changed_at=action.status_changed_at,
        changed_by=by,
        note=note.strip()[:300],
    )
    record(by=by, verb=AuditVerb.STATUS_CHANGED, obj=action, status=status, earlier=previous)
    return action


def proposal_withdraw(*, action: Action, by, note: str = "") -> Action:
    """The proposer takes back a proposal the project team has not agreed yet; it stays, as
    withdrawn, and they may propose it again."""
    if action.status != ActionStatus.PROPOSED:
        raise ValidationError(_("Only a proposal that is not agreed yet can be withdrawn."))
    if by is not None and not by.has_perm("actions.withdraw", action):
        raise PermissionDenied
    return action_set_status(action=action, status=ActionStatus.WITHDRAWN, note=note, by=by)


@transaction.atomic
def progress_post(
    *,
    action: Action,
    text: str,
    by,
    on: date | None = None,
    percent_complete: int | None = None,
    figure_value=None,
    figure_label: str = "",
) -> ProgressUpdate:
    """Post a progress update; the action's 'latest progress' date follows the newest one."""
    on = on or timezone.localdate()
    if on > timezone.localdate():
        raise ValidationError({"date": _("A progress update cannot be dated in the future.")})
    if not text.strip():
        raise ValidationError({"text": _("Describe what happened.")})
    if figure_value is not None and not figure_label.strip():
        raise ValidationError({"figure_label": _("Say what the figure counts.")})
    update = ProgressUpdate(
        action=action,
        date=on,
        text=text.strip(),
        percent_complete=percent_complete,
        figure_value=figure_value,
        figure_label=figure_label.strip(),
        author=by,
    )
    update.full_clean(exclude=["author"])
    update.save()
    newest = action.progress_updates.aggregate(newest=Max("date"))["newest"]
    Action.objects.filter(pk=action.pk).update(last_progress_at=newest)
    programme_touch(programme_id=action.programme_id)
    action.last_progress_at = newest
    record(by=by, verb=AuditVerb.CHANGED, obj=action, progress_update=update.pk)
    return update


def relation_create(*, source: Action, target: Action, kind: str, by) -> ActionRelation:
    """Relate two actions of the same programme (builds on, strengthens, overlaps)."""
    if kind not in RelationKind.values:
        raise ValidationError(_("Unknown kind of relation."))
    if source.pk == target.pk:
        raise ValidationError(_("An action cannot be related to itself."))
    if source.programme_id != target.programme_id:
        raise ValidationError(_("Both actions must belong to the same programme."))
    if ActionRelation.objects.filter(
        source__in=[source, target], target__in=[source, target]
    ).exists():
        raise ValidationError(_("These actions are already related."))
    try:
        with transaction.atomic():
            return ActionRelation.objects.create(
                programme=source.programme, source=source, target=target, kind=kind, created_by=by
            )
    except IntegrityError as exc:  # a simultaneous request related them first
        raise ValidationError(_("These actions are already related.")) from exc


def relation_delete(*, relation: ActionRelation, by) -> None:
    """Remove a relation between two actions."""
    record(by=by, verb=AuditVerb.DELETED, obj=relation)
    relation.delete()


SUGGESTION_KEY = re.compile(r"^(actions|organisations):(\d+):(\d+)$")


def suggestion_accept(*, programme: Programme, key: str, kind: str, by) -> ActionRelation:
    """Relate the two actions of a suggestion."""
    match = SUGGESTION_KEY.match(key)
    if match is None or match.group(1) != "actions":
        raise ValidationError(_("This suggestion cannot be accepted."))
    actions = Action.objects.filter(programme=programme, pk__in=[match.group(2), match.group(3)])
    by_id = {action.pk: action for action in actions}
    source, target = by_id.get(int(match.group(2))), by_id.get(int(match.group(3)))
    if source is None or target is None:
        raise ValidationError(_("This suggestion cannot be accepted."))
    return relation_create(source=source, target=target, kind=kind, by=by)


def suggestion_dismiss(*, programme: Programme, key: str, by) -> DismissedSuggestion:
    """Dismiss a suggestion for good: it will not be suggested again."""
    if not SUGGESTION_KEY.match(key):
        raise ValidationError(_("This suggestion cannot be dismissed."))
    dismissed, _created = DismissedSuggestion.objects.get_or_create(
        programme=programme, key=key[:120], defaults={"dismissed_by": by}
    )
    return dismissed


def settings_for(programme: Programme) -> ActionBookSettings:
    """The programme's action book settings (created with defaults when first asked)."""
    # Read-only: defaults (unsaved) until the project team changes them.
    found = ActionBookSettings.objects.filter(programme=programme).first()
    return found or ActionBookSettings(programme=programme)


def settings_update(
    *,
    programme: Programme,
    stalling_after_weeks: int | None = None,
    is_public: bool | None = None,
    by,
) -> ActionBookSettings:
    """Change when actions count as stalling and whether the book is public (None: as it is).
    The product switches the public pages on only after the team saw their preview."""
    book_settings, _created = ActionBookSettings.objects.get_or_create(programme=programme)
    if stalling_after_weeks is None:
        stalling_after_weeks = book_settings.stalling_after_weeks
    if is_public is None:
        is_public = book_settings.is_public
    if book_settings.is_public != is_public:
        record(by=by, verb=AuditVerb.PUBLISHED, obj=programme, is_public=is_public)
    book_settings.stalling_after_weeks = stalling_after_weeks
    book_settings.is_public = is_public
    book_settings.full_clean()
    book_settings.save()
    programme_touch(programme_id=programme.pk)
    return book_settings


def publication_update(
    *, programme: Programme, public_statuses: list[str], shows_area_summary: bool, by
) -> ActionBookSettings:
    """Choose which actions residents read (by status) and whether the public page shows the
    summary per village. Switching the pages on or off is settings_update's, after a preview."""
    chosen = [status for status in PUBLISHABLE_STATUSES if status in set(public_statuses)]
    if not chosen or len(chosen) != len(set(public_statuses)):
        raise ValidationError(_("Choose at least one status, of those offered."))
    with transaction.atomic():
        book_settings, _created = ActionBookSettings.objects.select_for_update().get_or_create(
            programme=programme
        )
        changed = {}
        if book_settings.public_statuses != chosen:
            changed["public_statuses"] = chosen
        if book_settings.shows_area_summary != shows_area_summary:
            changed["area_summary"] = shows_area_summary
        if not changed:
            return book_settings
        book_settings.public_statuses = chosen
        book_settings.shows_area_summary = shows_area_summary
        book_settings.save(update_fields=["public_statuses", "shows_area_summary"])
        record(by=by, verb=AuditVerb.PUBLISHED, obj=programme, **changed)
    programme_touch(programme_id=programme.pk)
    return book_settings
