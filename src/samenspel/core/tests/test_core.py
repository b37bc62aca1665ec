import subprocess
import sys

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from samenspel.core import services
from samenspel.core.models import MemberInvitation, Membership, Role

pytestmark = pytest.mark.django_db


def test_the_last_project_team_member_cannot_leave(programme, members):
    membership = Membership.objects.get(programme=programme, user=members[Role.PROJECT_TEAM])
    with pytest.raises(ValidationError):
        services.membership_remove(membership=membership, by=None)
    with pytest.raises(ValidationError):
        services.membership_set_role(membership=membership, role=Role.VIEWER, by=None)


def test_inviting_an_unknown_address_creates_an_account_and_mails(
    team_client, programme, mailoutbox
):
    # The account joins only when its holder accepts (see test_member_invitations.py).
    response = team_client.post(
        reverse("core:members", args=[programme.slug]),
        {
            "email": "Nieuw@Example.nl",
            "first_name": "Noor",
            "last_name": "Visser",
            "role": Role.PARTNER,
        },
    )
    assert response.status_code == 302
    invitation = MemberInvitation.objects.get(programme=programme, email="nieuw@example.nl")
    assert invitation.role == Role.PARTNER
    assert not invitation.user.has_usable_password()
    assert not Membership.objects.filter(programme=programme, user=invitation.user).exists()
    assert len(mailoutbox) == 1 and mailoutbox[0].to == ["nieuw@example.nl"]


def test_member_of_two_programmes_picks_one(client, programme, other_programme, members):
    services.membership_add(
        programme=other_programme, user=members[Role.VIEWER], role=Role.ANALYST, by=None
    )
    client.force_login(members[Role.VIEWER])
    content = client.get(reverse("core:programme-list")).content.decode()
    assert programme.name in content and other_programme.name in content


def test_member_of_one_programme_goes_straight_home(client, programme, members):
    client.force_login(members[Role.VIEWER])
    response = client.get(reverse("core:programme-list"))
    assert response["Location"] == reverse("core:programme-home", args=[programme.slug])


def test_regional_programme_spans_municipalities(db):
    from samenspel.core.tests.factories import MunicipalityFactory

    towns = [MunicipalityFactory(name=n) for n in ("Oosterlinde", "Westerbroek", "Haverveld")]
    programme = services.programme_create(name="Regio", slug="regio", municipalities=towns, by=None)
    assert programme.is_regional
    with pytest.raises(ValidationError):
        services.programme_create(name="Leeg", slug="leeg", municipalities=[], by=None)


def test_accessibility_statement_is_linked_from_every_page(client):
    login_page = client.get(reverse("login")).content.decode()
    assert reverse("core:accessibility") in login_page
    statement = client.get(reverse("core:accessibility")).content.decode()
    assert "WCAG" in statement and "2.2" in statement


def test_english_is_available(client):
    client.post(reverse("set_language"), {"language": "en", "next": "/inloggen/"})
    assert "Log in to Samenspel" in client.get(reverse("login")).content.decode()


def test_login_locks_after_repeated_failures(client, members):
    for _attempt in range(3):
        client.post(reverse("login"), {"username": "viewer", "password": "fout"})
    response = client.post(
        reverse("login"), {"username": "viewer", "password": "een-goed-wachtwoord-42"}
    )
    assert response.status_code == 429


def test_production_settings_pass_django_deploy_checks():
    env = {
        "DJANGO_SETTINGS_MODULE": "samenspel.conf.production",
        "SAMENSPEL_SECRET_KEY": "x" * 20 + "-a-long-random-production-secret-key-1234567890",
        "SAMENSPEL_ALLOWED_HOSTS": "samenspel.example.nl",
        "PATH": "/usr/bin:/bin",
    }
    result = subprocess.run(
        [sys.executable, "-m", "django", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_samenspel_check_reports_unsafe_development_settings():
    with pytest.raises(Exception, match="not ready for production"):
        call_command("production_check")


def _samenspel_check(secret_key: str):
    env = {
        "DJANGO_SETTINGS_MODULE": "samenspel.conf.production",
        "SAMENSPEL_SECRET_KEY": secret_key,
        "SAMENSPEL_ALLOWED_HOSTS": "samenspel.example.nl",
        "DATABASE_URL": "postgres://samenspel@127.0.0.1:5432/samenspel",
        "SAMENSPEL_EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "PATH": "/usr/bin:/bin",
    }
    return subprocess.run(
        [sys.executable, "-m", "samenspel", "check"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_samenspel_check_agrees_with_djangos_deploy_checks():
    # Long enough for the product's own rule, but Django warns: too few distinct characters.
    weak = _samenspel_check("x" * 50)
    assert weak.returncode != 0 and "security.W009" in weak.stdout + weak.stderr
    good = _samenspel_check("x" * 20 + "-a-long-random-production-secret-key-1234567890")
    assert good.returncode == 0, good.stdout + good.stderr


def test_pages_carry_a_content_security_policy_without_inline_script(client):
    reply = client.get(reverse("login"))
    policy = reply["Content-Security-Policy"]
    script = next(part for part in policy.split(";") if part.strip().startswith("script-src"))
    assert script.split() == ["script-src", "'self'"]
    assert "frame-ancestors 'none'" in policy
    assert "camera=()" in reply["Permissions-Policy"]


def test_errors_are_dutch_pages_in_the_products_frame(client, rf):
    from django.views.defaults import server_error

    missing = client.get("/bestaat-niet/")
    assert missing.status_code == 404 and "Pagina niet gevonden" in missing.content.decode()
    assert "samenspel-theme" in missing.content.decode()
    failed = server_error(rf.get("/"))
    assert failed.status_code == 500 and "Er ging iets mis" in failed.content.decode()
    forged = Client(enforce_csrf_checks=True).post(reverse("login"), {"username": "x"})
    assert forged.status_code == 403 and "Het formulier is verlopen" in forged.content.decode()
