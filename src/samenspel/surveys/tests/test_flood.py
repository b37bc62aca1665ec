"""Flood protection that never closes a wave for a town: behind a trusted proxy, in a cache
all workers share, counting starts that answer nothing and wrong access codes per client."""

import re

import pytest
from django.core.cache import caches
from django.core.cache.backends.db import DatabaseCache
from django.test import Client
from django.urls import reverse

from samenspel.surveys.building import services as building
from samenspel.surveys.collecting import services as collecting
from samenspel.surveys.models import Response

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.5"


@pytest.fixture(autouse=True)
def _limits(settings):
    settings.SAMENSPEL_TRUSTED_PROXIES = ["10.0.0.0/24"]
    settings.SAMENSPEL_SURVEY_STARTS_PER_HOUR = 3
    settings.SAMENSPEL_ACCESS_CODE_ATTEMPTS = 2
    caches["shared"].clear()


@pytest.fixture
def wave(programme):
    survey = building.survey_from_questionnaire(programme=programme, code="residents", by=None)
    return collecting.wave_create(survey=survey, name="Meting 2026", by=None)


def visitor(address: str, via_proxy: bool = True) -> Client:
    """A browser of its own (no cookies shared), as each worker would see it."""
    if via_proxy:
        return Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=f"203.0.113.9, {address}")
    return Client(REMOTE_ADDR=address, HTTP_X_FORWARDED_FOR="198.51.100.1")


def start(client: Client, wave, **extra):
    url = reverse("surveys:start", args=[wave.public_token])
    page = client.get(url).content.decode()
    nonce = re.search(r'name="nonce" value="([^"]+)"', page).group(1)
    return client.post(url, {"nonce": nonce, **extra})


ABOUT_YOU = {"leeftijd": "2", "geslacht": "2", "woonplaats": "1", "huishouden": "3", "inkomen": "2"}


def test_the_limits_live_in_the_cache_every_worker_shares():
    assert isinstance(caches["shared"], DatabaseCache)


def test_a_library_on_one_address_takes_part_while_empty_starts_are_limited(wave):
    # Forty residents at the library computers: each answers, none is refused.
    for _person in range(40):
        reply = start(visitor("192.0.2.10"), wave)
        assert reply.status_code == 302
        assert visitor("192.0.2.10").post(reply["Location"], ABOUT_YOU).status_code == 302
    # A script that only starts is stopped after the limit...
    for _attempt in range(3):
        assert start(visitor("192.0.2.66"), wave).status_code == 302
    refused = start(visitor("192.0.2.66"), wave)
    assert refused.status_code == 429 and "zonder dat er antwoorden" in refused.content.decode()
    # ...and nobody else behind the same proxy notices.
    assert start(visitor("192.0.2.10"), wave).status_code == 302
    assert Response.objects.count() == 44


def test_the_forwarded_address_counts_only_from_a_trusted_proxy(wave):
    # Not from a trusted proxy: the header is ignored and the sender's own address counts,
    # whatever it claims.
    for _attempt in range(3):
        assert start(visitor("198.51.100.7", via_proxy=False), wave).status_code == 302
    assert start(visitor("198.51.100.7", via_proxy=False), wave).status_code == 429


def test_wrong_access_codes_are_limited_per_client_not_for_others(wave):
    wave.access_code = "BRINK26"
    wave.save()
    for _attempt in range(2):
        assert start(visitor("192.0.2.66"), wave, access_code="raden").status_code == 400
    blocked = start(visitor("192.0.2.66"), wave, access_code="BRINK26")
    assert blocked.status_code == 429 and "kwartier" in blocked.content.decode()
    # A neighbour behind the same proxy with the right code is let in.
    assert start(visitor("192.0.2.10"), wave, access_code="brink26").status_code == 302


def test_the_limits_work_the_same_in_redis(settings, wave):
    import redis

    location = "redis://127.0.0.1:6379/15"
    try:
        redis.Redis.from_url(location, socket_connect_timeout=0.5).ping()
    except redis.exceptions.ConnectionError:
        pytest.skip("no Redis server on 127.0.0.1:6379")
    settings.CACHES = {
        **settings.CACHES,
        "shared": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": location},
    }
    caches["shared"].clear()
    for _attempt in range(3):
        assert start(visitor("192.0.2.77"), wave).status_code == 302
    assert start(visitor("192.0.2.77"), wave).status_code == 429
    assert start(visitor("192.0.2.78"), wave).status_code == 302
    caches["shared"].clear()
