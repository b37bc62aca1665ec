"""The way back from a lockout and the way in through an invitation, in a real browser; each
page passes axe-core. Texts come from the catalogue, so the test reads them as a user does."""

import pytest
from django.core import mail
from django.utils import translation

from samenspel.conftest import PASSWORD
from samenspel.core.forms import InvitationPasswordForm
from samenspel.core.models import Membership

from .conftest import assert_accessible, log_in, screenshot

pytestmark = pytest.mark.django_db(transaction=True)


def _nl(text: str) -> str:
    with translation.override("nl"):
        return translation.gettext(text)


def test_a_locked_out_person_is_offered_a_new_password(page, members):
    for _attempt in range(3):
        log_in(page, "viewer", "fout-wachtwoord")
    assert_accessible(page, "locked out")
    screenshot(page, "locked-out")
    page.get_by_role("link", name=_nl("Choose a new password")).click()
    page.wait_for_url("**/password_reset/")
    assert_accessible(page, "password reset form")
    assert "samenspel-theme" in page.content()


def test_someone_new_is_invited_and_joins(page, browser, live_server, programme, members):
    mail.outbox = []
    log_in(page, "project_team", PASSWORD)
    page.wait_for_url("**/p/brinkeveld/")
    page.goto(f"/p/{programme.slug}/leden/")
    page.get_by_label(_nl("E-mail address")).fill("nieuw@example.nl")
    page.get_by_role("button", name=_nl("Send invitation")).click()
    page.get_by_text(
        _nl("Invitation sent to %(email)s.") % {"email": "nieuw@example.nl"}
    ).wait_for()
    assert_accessible(page, "members with a pending invitation")
    screenshot(page, "members-pending-invitation")

    link = next(line for line in mail.outbox[0].body.splitlines() if "/uitnodiging/" in line)
    invited = browser.new_page(base_url=live_server.url, locale="nl-NL")
    invited.goto(link.strip())
    assert_accessible(invited, "invitation for someone new")
    screenshot(invited, "invitation-new-account")
    with translation.override("nl"):  # Django's own labels, as the page shows them
        fields = InvitationPasswordForm.base_fields
        first, second = str(fields["new_password1"].label), str(fields["new_password2"].label)
    invited.get_by_label(first, exact=True).fill("een-eigen-wachtwoord-9")
    invited.get_by_label(second, exact=True).fill("een-eigen-wachtwoord-9")
    invited.get_by_role("button", name=_nl("Save password and accept")).click()
    invited.wait_for_url("**/p/brinkeveld/")
    assert Membership.objects.filter(programme=programme, user__email="nieuw@example.nl").exists()
    invited.close()
