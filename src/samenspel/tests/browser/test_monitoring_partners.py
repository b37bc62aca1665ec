"""Figures from partners and preconditions in a real browser: a partner finds what its
organisation was asked, makes a mistake, is told so, and delivers; the team sees it delivered
and reads the preconditions. Every page is checked with axe-core, at laptop and phone width."""

import datetime
import re

import pytest
from django.utils import timezone
from django.utils.translation import gettext as _

from samenspel.actions.tests.factories import ActionFactory
from samenspel.conftest import PASSWORD
from samenspel.core.models import Role
from samenspel.goals.tests.factories import GoalFactory
from samenspel.monitoring import services
from samenspel.monitoring.models import FigureRequest
from samenspel.monitoring.tests.factories import IndicatorFactory
from samenspel.stakeholders.tests.factories import OrganisationFactory, PersonFactory

from .conftest import assert_accessible, log_in, screenshot

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def asked(programme, members):
    team = members[Role.PROJECT_TEAM]
    library = OrganisationFactory(programme=programme, name="Bibliotheek Brinkeveld")
    club = OrganisationFactory(programme=programme, name="Sportvereniging De Eendracht")
    PersonFactory(
        programme=programme, name="Petra de Wit", organisation=library, user=members[Role.PARTNER]
    )
    visitors = IndicatorFactory(
        programme=programme,
        name="Bezoekers van de leesclub",
        unit="mensen",
        definition="Het aantal verschillende mensen dat in het jaar minstens één keer kwam.",
    )
    members_count = IndicatorFactory(programme=programme, name="Leden boven de 65", unit="leden")
    first = services.figure_request_create(
        indicator=visitors,
        organisation=library,
        period=2025,
        due_date=timezone.localdate() + datetime.timedelta(days=14),
        message="Graag uit jullie eigen registratie.",
        by=team,
    )
    second = services.figure_request_create(
        indicator=members_count,
        organisation=library,
        period=2025,
        due_date=timezone.localdate() - datetime.timedelta(days=3),
        by=team,
    )
    services.figure_request_create(indicator=members_count, organisation=club, period=2025, by=team)
    return first, second


def test_partner_delivers_a_figure(page, phone_page, programme, asked):
    first, second = asked
    log_in(page, "partner", PASSWORD)
    page.wait_for_url("**/p/brinkeveld/")
    page.goto("/p/brinkeveld/cijfers-gevraagd/")
    assert "Sportvereniging" not in page.inner_text("main"), "only its own organisation's"
    assert_accessible(page, "a partner's requests")
    screenshot(page, "partners-requests-partner")

    row = page.locator("tr", has_text="Bezoekers van de leesclub")
    row.get_by_role("link", name=re.compile(_("Fill in"))).click()
    page.wait_for_url(f"**/cijfers-gevraagd/{first.pk}/")
    assert "minstens één keer" in page.inner_text("main"), "the definition is shown"
    value = page.get_by_label(_("Value (%(unit)s)") % {"unit": "mensen"})
    value.fill("veel")
    page.get_by_role("button", name=_("Deliver")).click()
    page.locator(".utrecht-form-field-error-message").first.wait_for()
    assert _("Fill in a number, such as 12 or 12,5.") in page.inner_text("main")
    assert_accessible(page, "delivery with an error")
    screenshot(page, "partners-deliver-error")

    page.get_by_label(_("Value (%(unit)s)") % {"unit": "mensen"}).fill("148")
    page.get_by_label(_("Base (n)")).fill("148")
    page.get_by_label(_("Note")).fill("Geteld met de pasjes")
    page.get_by_role("button", name=_("Deliver")).click()
    page.get_by_text(_("Thank you: the figure is delivered.")).wait_for()
    assert page.locator("input[name=value]").count() == 0, "read only once delivered"
    first.refresh_from_db()
    assert first.delivered_value.value == 148 and first.delivered_value.n == 148
    assert_accessible(page, "delivered figure")
    screenshot(page, "partners-delivered")

    # On a phone: the overdue one.
    log_in(phone_page, "partner", PASSWORD)
    phone_page.wait_for_url("**/p/brinkeveld/")
    phone_page.goto("/p/brinkeveld/cijfers-gevraagd/")
    assert_accessible(phone_page, "a partner's requests on a phone")
    screenshot(phone_page, "partners-requests-phone")
    phone_page.goto(f"/p/brinkeveld/cijfers-gevraagd/{second.pk}/")
    assert_accessible(phone_page, "delivery on a phone")
    screenshot(phone_page, "partners-deliver-phone")
    assert FigureRequest.objects.filter(delivered_at__isnull=False).count() == 1


def test_team_sees_outstanding_and_preconditions(page, phone_page, programme, members, asked):
    team = members[Role.PROJECT_TEAM]
    goal = GoalFactory(programme=programme, title="Minder eenzaamheid onder ouderen")
    coffee = ActionFactory(programme=programme, goals=[goal], title="Koffieochtend in Heggenrade")
    walk = ActionFactory(programme=programme, goals=[goal], title="Wandelclub Wildervoort")
    services.resource_need_set(action=coffee, hours=120, euros=2500, places=1, by=team)
    services.resource_need_set(action=walk, hours=40, euros=0, places=0, by=team)
    library = asked[0].organisation
    for action, hours, euros in ((coffee, 80, 1500), (walk, 45, 0)):
        services.commitment_create(
            programme=programme,
            organisation=library,
            action=action,
            period=2025,
            hours=hours,
            euros=euros,
            by=team,
        )
    log_in(page, "project_team", PASSWORD)
    page.wait_for_url("**/p/brinkeveld/")
    assert _("Figures asked of partners") in page.inner_text("main"), "the home panel"
    page.goto("/p/brinkeveld/cijfers-gevraagd/")
    assert_accessible(page, "the team's requests")
    screenshot(page, "partners-requests-team")
    page.goto("/p/brinkeveld/randvoorwaarden/")
    assert page.locator("svg title").count() >= 2
    assert_accessible(page, "preconditions")
    screenshot(page, "preconditions")
    page.goto("/p/brinkeveld/randvoorwaarden/toezeggingen/nieuw/")
    assert_accessible(page, "record a commitment")
    screenshot(page, "preconditions-commitment-form")

    log_in(phone_page, "project_team", PASSWORD)
    phone_page.wait_for_url("**/p/brinkeveld/")
    phone_page.goto("/p/brinkeveld/randvoorwaarden/?measure=euros")
    assert_accessible(phone_page, "preconditions on a phone")
    screenshot(phone_page, "preconditions-phone")
