"""Synthetic programmes for benchmarks: many goals, parties and actions with progress."""

import random
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

WORDS = [
    "ontmoeting",
    "dorpshuis",
    "jongeren",
    "ouderen",
    "eenzaamheid",
    "schulden",
    "voorlichting",
    "sport",
    "beweging",
    "vrijwilligers",
    "mantelzorg",
    "school",
    "ouders",
    "opvoeding",
    "buurt",
    "preventie",
    "gezondheid",
    "voeding",
    "verslaving",
    "alcohol",
    "huisarts",
    "wijkteam",
    "bibliotheek",
    "taal",
    "werk",
    "armoede",
    "participatie",
    "dorpsraad",
    "veiligheid",
    "respect",
    "verbinding",
    "netwerk",
    "training",
    "bewustwording",
    "koffieochtend",
]


def sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


@transaction.atomic
def seed_programme(*, slug: str, actions: int, seed: int = 7):
    """A programme with 6 target images, 48 goals, 120 organisations, 300 people and
    ``actions`` actions with goals, organisations, target groups and progress updates."""
    from samenspel.actions.models import (
        Action,
        ActionOrganisation,
        ActionStatus,
        ProgressUpdate,
        StatusChange,
    )
    from samenspel.core.models import Membership, Municipality, Programme, Role
    from samenspel.goals.models import Goal, TargetImage
    from samenspel.stakeholders.models import Organisation, Person, TargetGroup

    rng = random.Random(seed)
    municipality, _created = Municipality.objects.get_or_create(name=f"Benchmarkdorp {slug}")
    programme = Programme.objects.create(name=f"Benchmark {slug}", slug=slug)
    programme.municipalities.set([municipality])
    user, _created = get_user_model().objects.get_or_create(username=f"bench-{slug}")
    user.set_password("bench-password-123")
    user.save()
    Membership.objects.create(programme=programme, user=user, role=Role.PROJECT_TEAM)

    goals = []
    for i in range(6):
        image = TargetImage.objects.create(
            programme=programme, title=f"Streefbeeld {i}", position=i
        )
        for j in range(4):
            parent = Goal.objects.create(
                programme=programme, target_image=image, title=sentence(rng, 5), position=j
            )
            goals.append(parent)
            goals.append(
                Goal.objects.create(
                    programme=programme,
                    target_image=image,
                    parent=parent,
                    depth=1,
                    title=sentence(rng, 6),
                    position=0,
                )
            )
    organisations = Organisation.objects.bulk_create(
        Organisation(programme=programme, name=f"Organisatie {i}", kind="welfare")
        for i in range(120)
    )
    people = Person.objects.bulk_create(
        Person(
            programme=programme,
            name=f"Persoon {i}",
            organisation=rng.choice(organisations),
            email=f"p{i}@bench.example.nl",
        )
        for i in range(300)
    )
    groups = TargetGroup.objects.bulk_create(
        TargetGroup(programme=programme, name=f"Doelgroep {i}", dimension="demographic")
        for i in range(8)
    )
    areas = ["Brinkhoven", "Oosterlinde", "Wildervoort", "Klaverdonk", "Heggenrade", ""]
    now = timezone.now()
    statuses = list(ActionStatus.values)
    new_actions = Action.objects.bulk_create(
        Action(
            programme=programme,
            title=f"{sentence(rng, 4)[:-1]} {i}",
            description=sentence(rng, rng.randint(12, 40)),
            lead=rng.choice(people),
            area=rng.choice(areas),
            status=rng.choice(statuses),
            status_changed_at=now - timedelta(days=rng.randint(0, 400)),
            last_progress_at=(now - timedelta(days=rng.randint(0, 120))).date(),
            expected_result=sentence(rng, 10),
        )
        for i in range(actions)
    )
    Through = Action.goals.through
    Through.objects.bulk_create(
        Through(action=a, goal=g) for a in new_actions for g in rng.sample(goals, rng.randint(1, 3))
    )
    GroupThrough = Action.target_groups.through
    GroupThrough.objects.bulk_create(
        GroupThrough(action=a, targetgroup=g) for a in new_actions for g in rng.sample(groups, 2)
    )
    ActionOrganisation.objects.bulk_create(
        ActionOrganisation(action=a, organisation=o, role="contributes")
        for a in new_actions
        for o in rng.sample(organisations, rng.randint(1, 3))
    )
    StatusChange.objects.bulk_create(
        StatusChange(action=a, to_status=a.status, changed_at=a.status_changed_at, changed_by=user)
        for a in new_actions
    )
    ProgressUpdate.objects.bulk_create(
        ProgressUpdate(
            action=a,
            date=a.last_progress_at,
            text=sentence(rng, 15),
            percent_complete=rng.randint(0, 100),
            author=user,
        )
        for a in new_actions
    )
    return programme, user


def residents_wave(*, name: str):
    """A programme of its own with the shipped residents' survey and one open wave."""
    import time

    from samenspel.core.services import municipality_get_or_create, programme_create
    from samenspel.surveys.building import services as building
    from samenspel.surveys.collecting import services as collecting

    town = municipality_get_or_create(name="Benchmarkdorp")
    programme = programme_create(
        name=name, slug=f"bench-{time.time_ns()}", municipalities=[town], by=None
    )
    survey = building.survey_from_questionnaire(programme=programme, code="residents", by=None)
    return collecting.wave_create(survey=survey, name="Bench", by=None)
