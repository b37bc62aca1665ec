"""Every page and action, for every role: allowed or forbidden. Another programme's objects
are never shown: a member of another programme gets 404 for all of them."""

import pytest
from django.urls import reverse

from samenspel.core.models import Membership, Role
from samenspel.goals.tests.factories import GoalFactory, TargetImageFactory
from samenspel.stakeholders.tests.factories import (
    OrganisationFactory,
    PersonFactory,
    TargetGroupFactory,
)

ALL = set(Role.values)
TEAM = {Role.PROJECT_TEAM}
READERS_ALL = {Role.PROJECT_TEAM, Role.ANALYST}


@pytest.fixture
def objects(programme, members):
    image = TargetImageFactory(programme=programme)
    goal = GoalFactory(programme=programme, target_image=image, owner=members[Role.LEAD])
    other_goal = GoalFactory(programme=programme, target_image=image)
    organisation = OrganisationFactory(programme=programme)
    return {
        "image": image,
        "goal": goal,
        "other_goal": other_goal,
        "organisation": organisation,
        "person": PersonFactory(programme=programme, organisation=organisation),
        "group": TargetGroupFactory(programme=programme),
        "membership": Membership.objects.get(programme=programme, user=members[Role.VIEWER]),
        "challenge": programme.challenges.first(),
    }


# (name, args after the slug, method, roles allowed)
MATRIX = [
    ("core:programme-home", [], "get", ALL),
    ("core:members", [], "get", TEAM),
    ("core:member-role", ["membership"], "post", TEAM),
    ("core:member-remove", ["membership"], "get", TEAM),
    ("goals:book", [], "get", ALL),
    ("goals:vision-edit", [], "get", TEAM),
    ("goals:target-image-create", [], "get", TEAM),
    ("goals:target-image-edit", ["image"], "get", TEAM),
    ("goals:target-image-delete", ["image"], "get", TEAM),
    ("goals:goal-create", [], "get", TEAM),
    ("goals:goal-detail", ["goal"], "get", ALL),
    ("goals:goal-edit", ["goal"], "get", TEAM | {Role.LEAD}),  # the lead owns this goal
    ("goals:goal-edit", ["other_goal"], "get", TEAM),
    ("goals:goal-move", ["goal"], "post", TEAM),
    ("goals:goal-remove", ["goal"], "get", TEAM),
    ("goals:goal-restore", ["goal"], "post", TEAM),
    ("goals:challenges", [], "get", TEAM),
    ("goals:challenge-delete", ["challenge"], "get", TEAM),
    ("stakeholders:organisations", [], "get", ALL),
    ("stakeholders:people", [], "get", ALL),
    ("stakeholders:target-groups", [], "get", ALL),
    ("stakeholders:organisation-detail", ["organisation"], "get", ALL),
    ("stakeholders:person-detail", ["person"], "get", ALL),
    ("stakeholders:create", ["=organisation"], "get", TEAM),
    ("stakeholders:edit", ["=organisation", "organisation"], "get", TEAM),
    ("stakeholders:delete", ["=person", "person"], "get", TEAM),
    ("stakeholders:edit", ["=target_group", "group"], "get", TEAM),
    ("stakeholders:import", [], "get", TEAM),
    ("stakeholders:export", ["=xlsx"], "get", READERS_ALL),
    ("stakeholders:export", ["=csv"], "get", READERS_ALL),
]


def _url(programme, name, args, objects):
    values = [a[1:] if a.startswith("=") else objects[a].pk for a in args]
    return reverse(name, args=[programme.slug, *values])


CASES = [(role, *row) for row in MATRIX for role in Role.values]


@pytest.mark.parametrize(("role", "name", "args", "method", "allowed"), CASES)
def test_role_may_or_may_not(
    client, programme, members, objects, role, name, args, method, allowed
):
    client.force_login(members[role])
    response = getattr(client, method)(_url(programme, name, args, objects))
    if role in allowed:
        assert response.status_code in (200, 302), response.status_code
    else:
        assert response.status_code == 403


@pytest.mark.parametrize(("name", "args", "method", "allowed"), MATRIX)
def test_other_programme_sees_nothing(
    client, programme, objects, outsider, name, args, method, allowed
):
    client.force_login(outsider)
    response = getattr(client, method)(_url(programme, name, args, objects))
    assert response.status_code == 404


def test_object_of_another_programme_through_own_slug_is_404(
    client, programme, members, other_programme
):
    foreign_goal = GoalFactory(programme=other_programme)
    foreign_org = OrganisationFactory(programme=other_programme, name="Geheim")
    client.force_login(members[Role.PROJECT_TEAM])
    for url in (
        reverse("goals:goal-detail", args=[programme.slug, foreign_goal.pk]),
        reverse("goals:goal-edit", args=[programme.slug, foreign_goal.pk]),
        reverse("stakeholders:organisation-detail", args=[programme.slug, foreign_org.pk]),
        reverse("stakeholders:edit", args=[programme.slug, "organisation", foreign_org.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 404
        assert b"Geheim" not in response.content


def test_anonymous_is_sent_to_login(client, programme):
    response = client.get(reverse("goals:book", args=[programme.slug]))
    assert response.status_code == 302
    assert reverse("login") in response["Location"]


def test_register_lists_only_own_programme(client, programme, members, other_programme):
    OrganisationFactory(programme=programme, name="Eigen Stichting")
    OrganisationFactory(programme=other_programme, name="Vreemde Stichting")
    client.force_login(members[Role.VIEWER])
    content = client.get(reverse("stakeholders:organisations", args=[programme.slug])).content
    assert b"Eigen Stichting" in content
    assert b"Vreemde Stichting" not in content


def test_viewer_does_not_see_contact_details(client, programme, members):
    PersonFactory(programme=programme, name="Sanne Bakker", email="sanne@example.nl")
    client.force_login(members[Role.VIEWER])
    content = client.get(reverse("stakeholders:people", args=[programme.slug])).content
    assert b"Sanne Bakker" in content
    assert b"sanne@example.nl" not in content
    client.force_login(members[Role.PARTNER])
    content = client.get(reverse("stakeholders:people", args=[programme.slug])).content
    assert b"sanne@example.nl" in content
