"""Logins that hold against spraying: locks per user name and address, per user name across
addresses and per address across user names; the way back through a password reset."""

import pytest
from django.urls import reverse
from django.utils.translation import gettext

from samenspel.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def _log_in(client, username: str, password: str, address: str = "127.0.0.1", **extra):
    return client.post(
        reverse("login"), {"username": username, "password": password}, REMOTE_ADDR=address, **extra
    )


def test_one_password_sprayed_over_many_names_locks_the_address(client, settings, members):
    limit = settings.SAMENSPEL_LOGIN_ADDRESS_FAILURE_LIMIT
    for number in range(limit - 1):
        reply = _log_in(client, f"naam{number}", "Welkom2026!", address="192.0.2.7")
        assert reply.status_code == 200  # the form again, with its error
    assert _log_in(client, "naam-laatste", "Welkom2026!", address="192.0.2.7").status_code == 429
    # Every name from that address is locked now, also one with the right password ...
    assert _log_in(client, "viewer", PASSWORD, address="192.0.2.7").status_code == 429
    # ... but not the same name elsewhere.
    assert _log_in(client, "viewer", PASSWORD, address="192.0.2.8").status_code == 302


def test_one_name_tried_from_many_addresses_locks_the_name(client, settings, members):
    for number in range(settings.SAMENSPEL_LOGIN_USER_FAILURE_LIMIT):
        _log_in(client, "viewer", f"gok-{number}", address=f"198.51.100.{number + 1}")
    assert _log_in(client, "viewer", PASSWORD, address="203.0.113.9").status_code == 429
    assert _log_in(client, "partner", PASSWORD, address="203.0.113.9").status_code == 302


def test_a_few_mistakes_under_the_other_limits_lock_only_that_name_on_that_address(
    client, settings, members
):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        _log_in(client, "viewer", "fout")
    assert _log_in(client, "viewer", PASSWORD).status_code == 429
    assert _log_in(client, "viewer", PASSWORD, address="192.0.2.50").status_code == 302
    assert _log_in(client, "partner", PASSWORD).status_code == 302


def test_the_address_behind_a_trusted_proxy_is_the_clients(client, settings, members):
    settings.SAMENSPEL_TRUSTED_PROXIES = ["10.0.0.1"]
    for number in range(settings.SAMENSPEL_LOGIN_ADDRESS_FAILURE_LIMIT):
        _log_in(client, f"naam{number}", "x", address="10.0.0.1", HTTP_X_FORWARDED_FOR="192.0.2.66")
    locked = _log_in(
        client, "viewer", PASSWORD, address="10.0.0.1", HTTP_X_FORWARDED_FOR="192.0.2.66"
    )
    assert locked.status_code == 429
    # Another client through the same proxy is not locked out with the sprayer.
    other = _log_in(
        client, "viewer", PASSWORD, address="10.0.0.1", HTTP_X_FORWARDED_FOR="192.0.2.67"
    )
    assert other.status_code == 302


def test_logging_in_with_an_account_of_ones_own_does_not_clear_the_address(
    client, settings, members
):
    limit = settings.SAMENSPEL_LOGIN_ADDRESS_FAILURE_LIMIT
    for number in range(limit - 1):
        _log_in(client, f"naam{number}", "x")
    assert _log_in(client, "analyst", PASSWORD).status_code == 302
    client.logout()
    _log_in(client, "nog-een-naam", "x")
    assert _log_in(client, "analyst", PASSWORD).status_code == 429


def test_a_locked_out_person_gets_back_in_through_a_password_reset(
    client, settings, members, mailoutbox
):
    from samenspel.core.models import AuditEvent, AuditVerb

    for number in range(settings.SAMENSPEL_LOGIN_USER_FAILURE_LIMIT):
        _log_in(client, "viewer", f"gok-{number}", address=f"198.51.100.{number + 1}")
    locked = _log_in(client, "viewer", PASSWORD)
    assert locked.status_code == 429
    assert reverse("password_reset") in locked.content.decode()

    client.post(reverse("password_reset"), {"email": members["viewer"].email})
    assert len(mailoutbox) == 1 and mailoutbox[0].to == [members["viewer"].email]
    assert mailoutbox[0].subject == gettext("Choose a new password for Samenspel")
    link = next(line for line in mailoutbox[0].body.splitlines() if "/reset/" in line)
    form = client.get(link.removeprefix("http://testserver"), follow=True)
    assert form.status_code == 200 and form.context["validlink"]
    chosen = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": "een-nieuw-wachtwoord-77", "new_password2": "een-nieuw-wachtwoord-77"},
    )
    assert chosen.status_code == 302

    assert _log_in(client, "viewer", "een-nieuw-wachtwoord-77").status_code == 302
    event = AuditEvent.objects.get(verb=AuditVerb.PASSWORD_SET)
    assert event.actor == members["viewer"] and event.details == {"lockout_lifted": True}


def test_a_reset_link_that_is_wrong_says_so(client, members):
    reply = client.get(reverse("password_reset_confirm", args=["MQ", "niet-echt"]))
    assert reply.status_code == 200 and not reply.context["validlink"]
    page = reply.content.decode()
    assert reverse("password_reset") in page and "samenspel-theme" in page  # the product's frame
    gone = "This link no longer works: it was used before or is too old. Ask for a new one."
    assert gettext(gone) in page and gettext(gone) != gone  # in Dutch
