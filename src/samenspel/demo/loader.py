"""Loads the fictional demo programmes through the same services the product uses."""

from collections.abc import Callable
from datetime import date

from django.contrib.auth import get_user_model
from django.db import transaction

from samenspel.core import services as core_services
from samenspel.core.models import Programme
from samenspel.goals import services as goal_services
from samenspel.goals.models import Challenge, Theme
from samenspel.stakeholders import services as register_services

from .data import MUNICIPALITIES, PROGRAMMES

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


def _programme(data: dict, municipalities: dict, progress: Callable[[str], None]) -> Programme:
    users = _users(data)
    admin = users.get("demo", (None, None))[0]
    programme = core_services.programme_create(
        name=data["name"],
        slug=data["slug"],
        description=data["description"],
        municipalities=[municipalities[name] for name in data["municipalities"]],
    )
    programme.start_date = (
        date.fromisoformat(data["start_date"]) if data.get("start_date") else None
    )
    programme.save(update_fields=["start_date"])
    for user, role in users.values():
        core_services.membership_add(programme=programme, user=user, role=role)
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
    progress(
        f"  {programme.name}: {len(organisations)} organisaties, {len(data['people'])} personen, "
        f"{len(data['target_groups'])} doelgroepen"
    )
    return programme


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
    User = get_user_model()
    if not User.objects.filter(username=ADMIN_USERNAME).exists():
        User.objects.create_superuser(ADMIN_USERNAME, "beheer@example.nl", DEMO_PASSWORD)
    return programmes
