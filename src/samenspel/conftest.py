"""Fixtures shared by all apps: a programme with one member per role, and another programme."""

import pytest
from django.core.cache import cache

from samenspel.core import masking
from samenspel.core.models import Role
from samenspel.core.tests.factories import MembershipFactory, ProgrammeFactory, UserFactory

PASSWORD = "een-goed-wachtwoord-42"


@pytest.fixture(autouse=True)
def _dutch(settings):
    settings.LANGUAGE_CODE = "nl"


@pytest.fixture(autouse=True)
def _fresh_process_caches():
    """Every test starts with the process's own caches empty. A test's database is rolled back,
    so the next test gets the same ids again, and what was kept by id (a survey's organiser by
    programme id, a programme's name matcher by id and change stamp, which a frozen clock
    repeats) would be another test's: whether a test passed depended on which ran before it."""
    cache.clear()
    with masking._lock:
        masking._matchers.clear()


@pytest.fixture
def programme(db):
    return ProgrammeFactory(name="Brinkeveld onder de Loep", slug="brinkeveld")


@pytest.fixture
def other_programme(db):
    return ProgrammeFactory(name="Ander programma", slug="ander")


@pytest.fixture
def members(programme):
    """One user per role in ``programme``, keyed by role value."""
    users = {}
    for role in Role.values:
        user = UserFactory(username=role, password=PASSWORD)
        MembershipFactory(programme=programme, user=user, role=role)
        users[role] = user
    return users


@pytest.fixture
def outsider(other_programme):
    """A project team member of another programme only."""
    user = UserFactory(username="buitenstaander", password=PASSWORD)
    MembershipFactory(programme=other_programme, user=user, role=Role.PROJECT_TEAM)
    return user


@pytest.fixture
def team_client(client, members):
    client.force_login(members[Role.PROJECT_TEAM])
    return client
