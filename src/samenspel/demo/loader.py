"""Loads the fictional demo programmes through the same services the product uses."""

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from samenspel.actions import services as action_services
from samenspel.actions.models import Action, StatusChange
from samenspel.core import services as core_services
from samenspel.core.models import Programme
from samenspel.goals import services as goal_services
from samenspel.goals.models import Challenge, Goal, Theme
from samenspel.meetings import services as meeting_services
from samenspel.stakeholders import services as register_services
from samenspel.stakeholders.models import Person

from .actions_data import ACTIONS, MEETINGS
from .data import MUNICIPALITIES, PROGRAMMES
from .monitoring import load_demo_monitoring
from .surveys import load_demo_surveys

DEMO_PASSWORD = "samenspel-demo"  # noqa: S105 - fictional accounts on a local demo only
ADMIN_USERNAME = "beheer"


def _users(programme_data: dict) -> dict:
    User = get_user_model()
    users = {}
    for member in programme_data["members"]:
        user, created = User.objects.get_or_create(
            username=member["username"],
            defaults={
                "first_name": member["first_name"],
                "last_name": member["last_name"],
                "email": member["email"],
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        users[member["username"]] = (user, member["role"])
    return users


def _goals(programme, image, goals_data, users, admin, parent=None) -> int:
    count = 0
    themes = {theme.code: theme for theme in Theme.objects.all()}
    challenges = {c.name: c for c in Challenge.objects.filter(programme=programme)}
    for data in goals_data:
        owner = users.get(data.get("owner", ""), (None, None))[0]
        goal = goal_services.goal_create(
            programme=programme,
            target_image=image,
            parent=parent,
            title=data["title"],
            description=data.get("description", ""),
            owner=owner,
            themes=[themes[code] for code in data.get("themes", [])],
            challenges=[challenges[name] for name in data.get("challenges", [])],
            by=admin,
        )
        count += 1 + _goals(programme, image, data.get("children", []), users, admin, goal)
    return count


def _logo(name: str) -> bytes:
    """A fictional logo for a demo programme: its initial on a coloured tile, and its name."""
    import io

    from PIL import Image, ImageDraw, ImageFont

    logo = Image.new("RGB", (360, 120), "white")
    draw = ImageDraw.Draw(logo)
    draw.rounded_rectangle((8, 8, 112, 112), radius=18, fill=(0, 105, 92))
    draw.text((60, 60), name[0], fill="white", anchor="mm", font=ImageFont.load_default(72))
    draw.text(
        (128, 60), name.split()[0], fill=(21, 66, 115), anchor="lm", font=ImageFont.load_default(34)
    )
    buffer = io.BytesIO()
    logo.save(buffer, format="PNG")
    return buffer.getvalue()


def _programme(data: dict, municipalities: dict, progress: Callable[[str], None]) -> Programme:
    users = _users(data)
    admin = users.get("demo", (None, None))[0]
    programme = core_services.programme_create(
        name=data["name"],
        slug=data["slug"],
        description=data["description"],
        municipalities=[municipalities[name] for name in data["municipalities"]],
        by=None,
    )
    programme.start_date = (
        date.fromisoformat(data["start_date"]) if data.get("start_date") else None
    )
    programme.save(update_fields=["start_date"])
    core_services.programme_logo_set(programme=programme, data=_logo(data["name"]), by=admin)
    for user, role in users.values():
        core_services.membership_add(programme=programme, user=user, role=role, by=None)
    goal_services.vision_update(programme=programme, text=data["vision"], by=admin)
    goal_count = 0
    for image_data in data["target_images"]:
        image = goal_services.target_image_create(
            programme=programme,
            title=image_data["title"],
            description=image_data.get("description", ""),
            by=admin,
        )
        goal_count += _goals(programme, image, image_data["goals"], users, admin)
    progress(f"  {programme.name}: {goal_count} doelen")
    organisations = {}
    for item in data["organisations"]:
        fields = dict(item)
        fields["municipality"] = municipalities.get(fields.get("municipality", ""))
        organisations[item["name"]] = register_services.organisation_create(
            programme=programme, by=admin, **fields
        )
    for item in data["people"]:
        fields = dict(item)
        fields["organisation"] = organisations.get(fields.get("organisation", ""))
        register_services.person_create(programme=programme, by=admin, **fields)
    for item in data["target_groups"]:
        register_services.target_group_create(programme=programme, by=admin, **item)
    _meetings_and_actions(programme, users, admin, progress)
    _link_people(programme, data, users, admin)
    progress(
        f"  {programme.name}: {len(organisations)} organisaties, {len(data['people'])} personen, "
        f"{len(data['target_groups'])} doelgroepen"
    )
    return programme


def _link_people(programme, data: dict, users: dict, admin) -> None:
    """Link each demo account that names a person to that person in the register: the
    'trekker' account then leads, and edits, the actions that person leads."""
    for member in data["members"]:
        user = users[member["username"]][0]
        person = programme.people.filter(name=member.get("person", "")).first()
        if person is not None and not Person.objects.filter(user=user).exists():
            register_services.person_update(person=person, user=user, by=admin)


def _moment(days_ago: int) -> datetime:
    day = timezone.localdate() - timedelta(days=days_ago)
    return timezone.make_aware(datetime.combine(day, time(10, 0)))


def _action(programme, data: dict, lookups: dict, admin, meeting=None) -> Action:
    today = timezone.localdate()
    history = data["status_history"]
    proposer = lookups["users"].get(data.get("proposed_by", ""), (admin, None))[0]
    action = action_services.action_create(
        programme=programme,
        title=data.get("proposed_title", data["title"]),
        description=data.get("description", ""),
        goals=[lookups["goals"][title] for title in data["goals"]],
        lead=lookups["people"].get(data.get("lead", "")),
        organisations={lookups["organisations"][n]: role for n, role in data["organisations"]},
        target_groups=[lookups["groups"][name] for name in data.get("target_groups", [])],
        area=data.get("area", ""),
        start_date=today - timedelta(days=data["start_days_ago"])
        if data.get("start_days_ago") is not None
        else None,
        end_date=today - timedelta(days=data["end_days_ago"])
        if data.get("end_days_ago") is not None
        else None,
        needs_time=data.get("needs_time", ""),
        needs_room=data.get("needs_room", ""),
        needs_money=data.get("needs_money", ""),
        expected_result=data.get("expected_result", ""),
        meeting=meeting,
        status=history[0][0],
        by=proposer,
    )
    if "proposed_title" in data:
        action = action_services.action_update(action=action, title=data["title"], by=admin)
    for status, _days, *note in history[1:]:
        note_text = note[0] if note else ""
        action_services.action_set_status(action=action, status=status, note=note_text, by=None)
    # Back-date what happened, so that the demo shows a believable history.
    changes = list(StatusChange.objects.filter(action=action).order_by("pk"))
    for change, (_status, days, *rest) in zip(changes, history, strict=True):
        actor = lookups["users"][rest[1]][0] if len(rest) > 1 else admin
        if change.from_status == "":
            actor = proposer
        StatusChange.objects.filter(pk=change.pk).update(changed_at=_moment(days), changed_by=actor)
    Action.objects.filter(pk=action.pk).update(
        created_at=_moment(history[0][1]), status_changed_at=_moment(history[-1][1])
    )
    for update in data.get("progress", []):
        action_services.progress_post(
            action=action,
            text=update["text"],
            by=admin,
            on=today - timedelta(days=update["days_ago"]),
            percent_complete=update.get("percent"),
            figure_value=update.get("figure"),
            figure_label=update.get("figure_label") or "",
        )
    return action


def _meetings_and_actions(programme, users, admin, progress: Callable[[str], None]) -> None:
    lookups = {
        "users": users,
        "goals": {goal.title: goal for goal in Goal.objects.filter(programme=programme)},
        "people": {person.name: person for person in programme.people.all()},
        "organisations": {org.name: org for org in programme.organisations.all()},
        "groups": {group.name: group for group in programme.target_groups.all()},
    }
    count = 0
    for data in MEETINGS.get(programme.slug, []):
        meeting = meeting_services.meeting_save(
            programme=programme,
            kind=data["kind"],
            title=data["title"],
            date=timezone.localdate() - timedelta(days=data["days_ago"]),
            place=data.get("place", ""),
            notes=data.get("notes", ""),
            decisions=data.get("decisions", ""),
            goals=[lookups["goals"][title] for title in data.get("goals", [])],
            participants=[lookups["people"][name] for name in data.get("participants", [])],
            by=admin,
        )
        for action_data in data.get("actions", []):
            _action(programme, action_data, lookups, admin, meeting)
            count += 1
    for action_data in ACTIONS.get(programme.slug, []):
        _action(programme, action_data, lookups, admin)
        count += 1
    progress(
        f"  {programme.name}: {len(MEETINGS.get(programme.slug, []))} bijeenkomsten, {count} acties"
    )


@transaction.atomic
def load_demo(progress: Callable[[str], None] = print) -> list[Programme]:
    """Create the demo programmes, their members and an admin account. Idempotent."""
    existing = Programme.objects.filter(slug__in=[p["slug"] for p in PROGRAMMES])
    if existing.exists():
        progress("Demodata staat er al.")
        return list(existing)
    municipalities = {
        name: core_services.municipality_get_or_create(name=name, cbs_code=code)
        for name, code in MUNICIPALITIES
    }
    programmes = [_programme(data, municipalities, progress) for data in PROGRAMMES]
    load_demo_surveys(programmes[0], progress)
    User = get_user_model()
    team = User.objects.filter(username="demo").first()
    for programme in programmes:
        load_demo_monitoring(programme, progress, by=team)
    if not User.objects.filter(username=ADMIN_USERNAME).exists():
        User.objects.create_superuser(ADMIN_USERNAME, "beheer@example.nl", DEMO_PASSWORD)
    return programmes
