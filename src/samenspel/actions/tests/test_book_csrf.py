"""The action book's results are cached for everyone who may export them, but the download
form carries each user's own CSRF token: a second user downloads from the cached page."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from samenspel.actions import services
from samenspel.core.models import Role
from samenspel.core.tests.factories import MembershipFactory, UserFactory
from samenspel.goals.tests.factories import GoalFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fragment_cache_on(settings):
    settings.SAMENSPEL_FRAGMENT_CACHE = True


def _client(user) -> Client:
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    return client


def test_a_second_user_downloads_from_the_cached_book(programme, members):
    goal = GoalFactory(programme=programme)
    services.action_create(programme=programme, title="Koffieochtend", goals=[goal], by=None)
    other = UserFactory(username="tweede")
    MembershipFactory(programme=programme, user=other, role=Role.PROJECT_TEAM)
    book = reverse("actions:book", args=[programme.slug])
    tokens = []
    for user in (members[Role.PROJECT_TEAM], other):
        client = _client(user)
        html = client.get(book).content.decode()
        form = re.search(r'<form method="post" action="([^"]+\.pdf)".*?</form>', html, re.S)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.group(0)).group(1)
        tokens.append(token)
        reply = client.post(form.group(1), {"csrfmiddlewaretoken": token})
        assert reply.status_code in (200, 302), reply.status_code
    assert tokens[0] != tokens[1]
