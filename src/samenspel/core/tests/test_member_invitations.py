"""A project team adds people only by invitation: whether an address has an account or not, the
team sees the same and never the account's name; the account joins when its holder accepts."""

from datetime import timedelta

import pytest
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from samenspel.conftest import PASSWORD
from samenspel.core.models import AuditEvent, AuditVerb, MemberInvitation, Membership, Role
from samenspel.core.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def invitee():
    """The invited person's own browser, apart from the team's."""
    return Client()


@pytest.fixture
def existing(db):
    """Someone with an account, not in the programme, whose name the team must not learn."""
    return UserFactory(
        username="zwijgerhof", first_name="Quirijn", last_name="Zwijgerhof", email="q@example.nl"
    )


def _invite(client, programme, email: str, role: str = Role.PARTNER, **names):
    return client.post(
        reverse("core:members", args=[programme.slug]), {"email": email, "role": role, **names}
    )


def _link(mail) -> str:
    line = next(line for line in mail.body.splitlines() if "/uitnodiging/" in line)
    return line.strip().removeprefix("http://testserver")


def test_an_existing_account_is_invited_without_its_name_and_without_joining(
    team_client, programme, existing, mailoutbox
):
    reply = _invite(team_client, programme, "Q@Example.nl")
    assert reply.status_code == 302
    said = [str(message) for message in get_messages(reply.wsgi_request)]
    assert said == [gettext("Invitation sent to %(email)s.") % {"email": "q@example.nl"}]
    page = team_client.get(reverse("core:members", args=[programme.slug])).content.decode()
    assert "q@example.nl" in page  # as a pending invitation
    for secret in ("Quirijn", "Zwijgerhof"):
        assert secret not in page
    assert not Membership.objects.filter(programme=programme, user=existing).exists()
    assert len(mailoutbox) == 1 and mailoutbox[0].to == ["q@example.nl"]
    trail = team_client.get(reverse("core:audit", args=[programme.slug])).content.decode()
    assert "Zwijgerhof" not in trail and "q@example.nl" in trail


def test_an_address_without_an_account_looks_the_same_to_the_team(
    team_client, programme, existing, mailoutbox
):
    known = _invite(team_client, programme, "q@example.nl")
    new = _invite(team_client, programme, "nieuw@example.nl", first_name="Noor")
    said = [[str(m) for m in get_messages(reply.wsgi_request)][-1] for reply in (known, new)]
    assert said[1] == said[0].replace("q@example.nl", "nieuw@example.nl")
    account = MemberInvitation.objects.get(email="nieuw@example.nl").user
    assert account.first_name == "Noor" and not account.has_usable_password()
    assert not Membership.objects.filter(programme=programme, user=account).exists()
    assert len(mailoutbox) == 2


def test_the_names_typed_do_not_change_an_existing_account(team_client, programme, existing):
    _invite(team_client, programme, "q@example.nl", first_name="Iemand", last_name="Anders")
    existing.refresh_from_db()
    assert (existing.first_name, existing.last_name) == ("Quirijn", "Zwijgerhof")


def test_the_invited_account_accepts_and_joins_with_the_role(
    invitee, team_client, programme, existing, mailoutbox
):
    _invite(team_client, programme, "q@example.nl", role=Role.ANALYST)
    link = _link(mailoutbox[0])
    # Not logged in: first log in, then back to the invitation.
    to_login = invitee.get(link)
    assert to_login.status_code == 302 and reverse("login") in to_login["Location"]
    invitee.force_login(existing)
    assert invitee.get(link).status_code == 200
    assert not Membership.objects.filter(programme=programme, user=existing).exists()
    joined = invitee.post(link)
    assert joined["Location"] == reverse("core:programme-home", args=[programme.slug])
    assert Membership.objects.get(programme=programme, user=existing).role == Role.ANALYST
    assert not MemberInvitation.objects.exists()
    assert AuditEvent.objects.filter(verb=AuditVerb.INVITATION_ACCEPTED, actor=existing).exists()
    assert invitee.get(link).status_code == 404  # used up


def test_someone_new_chooses_a_password_and_joins(invitee, team_client, programme, mailoutbox):
    _invite(team_client, programme, "nieuw@example.nl", role=Role.VIEWER)
    link = _link(mailoutbox[0])
    assert "/uitnodiging/" in link and mailoutbox[0].body.startswith("Hallo")
    form = invitee.get(link)
    assert form.status_code == 200 and "new_password1" in form.content.decode()
    joined = invitee.post(
        link, {"new_password1": "een-eigen-wachtwoord-9", "new_password2": "een-eigen-wachtwoord-9"}
    )
    assert joined["Location"] == reverse("core:programme-home", args=[programme.slug])
    account = Membership.objects.get(programme=programme, user__email="nieuw@example.nl").user
    assert account.check_password("een-eigen-wachtwoord-9")
    assert invitee.get(joined["Location"]).status_code == 200  # logged in
    assert AuditEvent.objects.filter(verb=AuditVerb.PASSWORD_SET, actor=account).exists()


def test_a_weak_first_password_is_refused_on_the_page(invitee, team_client, programme, mailoutbox):
    _invite(team_client, programme, "nieuw@example.nl")
    reply = invitee.post(_link(mailoutbox[0]), {"new_password1": "123", "new_password2": "123"})
    assert reply.status_code == 200 and reply.context["form"].errors
    assert not Membership.objects.filter(user__email="nieuw@example.nl").exists()


@pytest.mark.parametrize("token", ["verkeerd", "x" * 500, "%00", "a.b-c_d"])
def test_a_wrong_link_is_a_clear_dutch_page(client, members, token):
    reply = client.get(f"/uitnodiging/{token}/")
    assert reply.status_code == 404
    words = (
        "This invitation link does not work: it was used already, withdrawn, or not copied "
        "whole. Ask the project team for a new invitation."
    )
    assert gettext(words) in reply.content.decode()
    assert "samenspel-theme" in reply.content.decode()


def test_an_expired_link_says_so(invitee, team_client, programme, existing, mailoutbox):
    _invite(team_client, programme, "q@example.nl")
    MemberInvitation.objects.update(expires_at=timezone.now() - timedelta(minutes=1))
    invitee.force_login(existing)
    reply = invitee.get(_link(mailoutbox[0]))
    assert reply.status_code == 410
    words = "This invitation has expired. Ask the project team for a new invitation."
    assert gettext(words) in reply.content.decode()
    assert invitee.post(_link(mailoutbox[0])).status_code == 410
    assert not Membership.objects.filter(programme=programme, user=existing).exists()
    team_page = team_client.get(reverse("core:members", args=[programme.slug]))
    assert gettext("expired") in team_page.content.decode()


def test_another_account_cannot_accept(
    invitee, team_client, programme, existing, members, mailoutbox
):
    _invite(team_client, programme, "q@example.nl")
    link = _link(mailoutbox[0])
    invitee.force_login(members[Role.VIEWER])
    assert invitee.post(link).status_code == 403
    assert not Membership.objects.filter(programme=programme, user=existing).exists()
    assert MemberInvitation.objects.exists()


def test_a_withdrawn_invitation_no_longer_works(
    invitee, team_client, programme, existing, mailoutbox
):
    _invite(team_client, programme, "q@example.nl")
    invitation = MemberInvitation.objects.get()
    reply = team_client.post(
        reverse("core:invitation-withdraw", args=[programme.slug, invitation.pk])
    )
    assert reply.status_code == 302 and not MemberInvitation.objects.exists()
    invitee.force_login(existing)
    assert invitee.get(_link(mailoutbox[0])).status_code == 404


def test_inviting_again_replaces_the_earlier_link(
    invitee, team_client, programme, existing, mailoutbox
):
    _invite(team_client, programme, "q@example.nl", role=Role.VIEWER)
    _invite(team_client, programme, "q@example.nl", role=Role.LEAD)
    assert MemberInvitation.objects.get().role == Role.LEAD
    invitee.force_login(existing)
    assert invitee.get(_link(mailoutbox[0])).status_code == 404
    invitee.post(_link(mailoutbox[1]))
    assert Membership.objects.get(programme=programme, user=existing).role == Role.LEAD


def test_a_member_already_is_not_invited_again(team_client, programme, members, mailoutbox):
    reply = _invite(team_client, programme, members[Role.VIEWER].email)
    assert reply.status_code == 200 and reply.context["form"].non_field_errors()
    assert mailoutbox == [] and not MemberInvitation.objects.exists()


def test_the_existing_login_still_works_after_accepting(
    invitee, team_client, programme, existing, mailoutbox
):
    _invite(team_client, programme, "q@example.nl")
    invitee.force_login(existing)
    invitee.post(_link(mailoutbox[0]))
    reply = invitee.post(reverse("login"), {"username": "zwijgerhof", "password": PASSWORD})
    assert reply.status_code == 302
