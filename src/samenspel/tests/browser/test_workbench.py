"""The everyday workbench in a real browser: a lead posts progress from "My actions" on the
home (with htmx, and without JavaScript), and a partner changes, withdraws and proposes again
a proposal of their own. Every page is checked with axe-core, at desktop and phone width."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from samenspel.actions import services
from samenspel.actions.models import Action, ActionStatus, ProgressUpdate
from samenspel.conftest import PASSWORD
from samenspel.core.models import Role
from samenspel.goals.tests.factories import GoalFactory
from samenspel.stakeholders.tests.factories import PersonFactory

from .conftest import assert_accessible, log_in, screenshot

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def goal(programme):
    return GoalFactory(programme=programme, title="Minder eenzaamheid onder ouderen")


@pytest.fixture
def led_actions(programme, members, goal):
    lead = PersonFactory(programme=programme, name="Naima Achahbar", user=members[Role.LEAD])
    quiet = services.action_create(
        programme=programme,
        title="Vrijwillige chauffeursdienst Wildervoort",
        goals=[goal],
        lead=lead,
        status=ActionStatus.RUNNING,
        by=None,
    )
    # Quiet for ten weeks: past the programme's six.
    long_ago = timezone.now() - timedelta(weeks=10)
    Action.objects.filter(pk=quiet.pk).update(created_at=long_ago, status_changed_at=long_ago)
    busy = services.action_create(
        programme=programme,
        title="Koffieochtend in Heggenrade",
        goals=[goal],
        lead=lead,
        status=ActionStatus.AGREED,
        by=None,
    )
    return quiet, busy


def _card(page, action):
    return page.locator(f"#actie-{action.pk}")


def test_lead_updates_progress_from_mijn_acties(page, phone_page, programme, led_actions):
    quiet, busy = led_actions
    log_in(page, "lead", PASSWORD)
    page.wait_for_url("**/p/brinkeveld/")
    card = _card(page, quiet)
    assert card.locator(".samenspel-tag--warning").is_visible(), "stalling is said"
    assert_accessible(page, "home with my actions")
    screenshot(page, "my-actions-home")

    # With htmx: the card comes back with its thanks, focused, and no longer stalling.
    card.get_by_label("Wat er is gebeurd").fill("Twee nieuwe chauffeurs gevonden.")
    card.get_by_label("Percentage klaar", exact=False).fill("40")
    card.get_by_role("button", name=re.compile("Bericht plaatsen")).click()
    thanks = _card(page, quiet).locator(".samenspel-posted")
    thanks.wait_for()
    assert thanks.evaluate("element => element === document.activeElement")
    assert _card(page, quiet).locator(".samenspel-tag--warning").count() == 0
    assert "Twee nieuwe chauffeurs gevonden." in _card(page, quiet).inner_text()
    assert page.url.endswith("/p/brinkeveld/"), "no page load"
    update = ProgressUpdate.objects.get(action=quiet)
    assert (update.text, update.percent_complete) == ("Twee nieuwe chauffeurs gevonden.", 40)
    assert_accessible(page, "home after an update")
    screenshot(page, "my-actions-home-posted")

    # An empty update is refused in place, with the reason at its field.
    _card(page, busy).get_by_role("button", name=re.compile("Bericht plaatsen")).click()
    _card(page, busy).locator(".utrecht-form-field-error-message").wait_for()
    assert _card(page, busy).get_by_label("Wat er is gebeurd").get_attribute("aria-invalid") == (
        "true"
    )
    assert_accessible(page, "home with a refused update")

    # The page of its own, on a phone.
    log_in(phone_page, "lead", PASSWORD)
    phone_page.wait_for_url("**/p/brinkeveld/")
    phone_page.goto(f"/p/{programme.slug}/acties/mijn/")
    assert _card(phone_page, busy).is_visible()
    assert_accessible(phone_page, "my actions on a phone")
    screenshot(phone_page, "my-actions-phone")


def test_lead_updates_progress_without_javascript(browser, live_server, programme, led_actions):
    quiet, _busy = led_actions
    context = browser.new_context(
        base_url=live_server.url, locale="nl-NL", java_script_enabled=False
    )
    page = context.new_page()
    try:
        log_in(page, "lead", PASSWORD)
        page.wait_for_url("**/p/brinkeveld/")
        page.goto(f"/p/{programme.slug}/acties/mijn/")
        card = _card(page, quiet)
        card.get_by_label("Wat er is gebeurd").fill("Zonder JavaScript geplaatst.")
        card.get_by_role("button", name=re.compile("Bericht plaatsen")).click()
        page.wait_for_url(f"**/acties/mijn/#actie-{quiet.pk}")
        assert page.locator(".samenspel-messages").is_visible()
        assert "Zonder JavaScript geplaatst." in _card(page, quiet).inner_text()
        assert ProgressUpdate.objects.filter(action=quiet).count() == 1
    finally:
        context.close()


def test_partner_edits_a_proposal(page, phone_page, programme, members, goal):
    partner, team = members[Role.PARTNER], members[Role.PROJECT_TEAM]
    proposal = services.action_create(
        programme=programme, title="Rookvrije schoolpleinen", goals=[goal], by=partner
    )
    agreed = services.action_create(
        programme=programme, title="Gezonder eten op school", goals=[goal], by=partner
    )
    services.action_update(action=agreed, title="Gezonde schoolkantine Brinkcollege", by=team)
    services.action_set_status(
        action=agreed,
        status=ActionStatus.AGREED,
        note="Akkoord, eerst op het Brinkcollege.",
        by=team,
    )
    log_in(page, "partner", PASSWORD)
    page.wait_for_url("**/p/brinkeveld/")
    assert page.locator("#mijn-acties").is_visible()
    page.goto(f"/p/{programme.slug}/acties/mijn/")
    became = page.locator(f"#voorstel-{agreed.pk}")
    assert "Akkoord, eerst op het Brinkcollege." in became.inner_text()
    assert "Gezonder eten op school" in became.inner_text(), "the title they proposed"
    assert became.get_by_role("link", name="Gezonde schoolkantine Brinkcollege").is_visible()
    assert became.get_by_role("link", name=re.compile("Wijzigen")).count() == 0
    assert_accessible(page, "my proposals")
    screenshot(page, "my-proposals")

    mine = page.locator(f"#voorstel-{proposal.pk}")
    mine.get_by_role("link", name=re.compile("Wijzigen")).click()
    page.wait_for_url(f"**/acties/{proposal.pk}/bewerken/")
    page.get_by_label("Titel").fill("Rookvrije schoolpleinen in elk dorp")
    assert_accessible(page, "partner edits a proposal")
    page.get_by_role("button", name="Actie opslaan").click()
    page.wait_for_url(f"**/acties/{proposal.pk}/")
    proposal.refresh_from_db()
    assert proposal.title == "Rookvrije schoolpleinen in elk dorp"
    assert proposal.status == ActionStatus.PROPOSED

    page.goto(f"/p/{programme.slug}/acties/mijn/")
    page.locator(f"#voorstel-{proposal.pk}").get_by_role(
        "button", name=re.compile("Intrekken")
    ).click()
    page.wait_for_url(f"**/acties/mijn/#voorstel-{proposal.pk}")
    proposal.refresh_from_db()
    assert proposal.status == ActionStatus.WITHDRAWN
    assert page.locator(f"#voorstel-{proposal.pk} .samenspel-status--withdrawn").is_visible()
    assert_accessible(page, "a withdrawn proposal")
    screenshot(page, "my-proposals-withdrawn")
    page.locator(f'#voorstel-{proposal.pk} button[name="status"][value="proposed"]').click()
    page.wait_for_url(f"**/acties/{proposal.pk}/")
    proposal.refresh_from_db()
    assert proposal.status == ActionStatus.PROPOSED

    log_in(phone_page, "partner", PASSWORD)
    phone_page.wait_for_url("**/p/brinkeveld/")
    phone_page.goto(f"/p/{programme.slug}/acties/mijn/")
    assert_accessible(phone_page, "my proposals on a phone")
    screenshot(phone_page, "my-proposals-phone")
