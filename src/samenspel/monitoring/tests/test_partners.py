"""Figures asked of partners: the team asks and withdraws, a partner delivers only what its
own organisation was asked for, overdue requests stand out, and every input is checked."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from samenspel.core.models import Role
from samenspel.core.tests.factories import UserFactory
from samenspel.monitoring import services
from samenspel.monitoring.models import FigureRequest, IndicatorValue, ValueSource
from samenspel.monitoring.partners import selectors
from samenspel.monitoring.partners.forms import parse_number
from samenspel.stakeholders.tests.factories import OrganisationFactory, PersonFactory

from .factories import IndicatorFactory


@pytest.fixture
def setting(programme, members):
    """Two organisations, the partner belonging to the first; one request to each."""
    own = OrganisationFactory(programme=programme, name="Bibliotheek")
    other = OrganisationFactory(programme=programme, name="Sportclub")
    PersonFactory(programme=programme, organisation=own, user=members[Role.PARTNER])
    indicator = IndicatorFactory(
        programme=programme, name="Bezoekers", unit="mensen", definition="Unieke bezoekers."
    )
    asked = FigureRequest.objects.create(
        indicator=indicator, organisation=own, period=2025, message="Graag voor 1 maart."
    )
    not_asked = FigureRequest.objects.create(indicator=indicator, organisation=other, period=2025)
    return {
        "own": own,
        "other": other,
        "indicator": indicator,
        "asked": asked,
        "other_request": not_asked,
    }


def _deliver_url(programme, request):
    return reverse("monitoring:figure-deliver", args=[programme.slug, request.pk])


def test_partner_delivers_what_it_was_asked(client, programme, members, setting):
    client.force_login(members[Role.PARTNER])
    url = _deliver_url(programme, setting["asked"])
    page = client.get(url)
    assert page.status_code == 200
    assert b"Unieke bezoekers." in page.content
    response = client.post(url, {"value": "123,5", "n": "40", "note": "Uit de kassa"}, follow=True)
    assert response.status_code == 200
    setting["asked"].refresh_from_db()
    figure = setting["asked"].delivered_value
    assert figure.value == 123.5 and figure.n == 40 and figure.source == ValueSource.PARTNER
    assert figure.organisation == setting["own"]
    assert setting["asked"].delivered_by == members[Role.PARTNER]
    # Now read only: no form, and a second delivery changes nothing.
    assert b'name="value"' not in response.content
    client.post(url, {"value": "1"})
    figure.refresh_from_db()
    assert figure.value == 123.5


def test_partner_may_not_deliver_for_another_organisation(client, programme, members, setting):
    client.force_login(members[Role.PARTNER])
    url = _deliver_url(programme, setting["other_request"])
    assert client.get(url).status_code == 403
    assert client.post(url, {"value": "5"}).status_code == 403
    assert not IndicatorValue.objects.exists()


def test_partner_of_no_organisation_may_deliver_nothing(client, programme, setting):
    stranger = UserFactory()
    programme.memberships.create(user=stranger, role=Role.PARTNER)
    client.force_login(stranger)
    assert client.get(_deliver_url(programme, setting["asked"])).status_code == 403
    page = client.get(reverse("monitoring:figure-requests", args=[programme.slug]))
    assert b"Bibliotheek" not in page.content


@pytest.mark.parametrize("role", [Role.PROJECT_TEAM, Role.ANALYST, Role.LEAD, Role.VIEWER])
def test_other_roles_do_not_deliver(client, programme, members, setting, role):
    """The team enters figures by hand elsewhere; this page is the partner's own."""
    client.force_login(members[role])
    assert client.post(_deliver_url(programme, setting["asked"]), {"value": "5"}).status_code == 403


def test_request_of_another_programme_is_not_found(client, programme, other_programme, members):
    foreign = FigureRequest.objects.create(
        indicator=IndicatorFactory(programme=other_programme),
        organisation=OrganisationFactory(programme=other_programme),
        period=2025,
    )
    client.force_login(members[Role.PARTNER])
    assert client.get(_deliver_url(programme, foreign)).status_code == 404
    client.force_login(members[Role.PROJECT_TEAM])
    withdraw = reverse("monitoring:figure-request-withdraw", args=[programme.slug, foreign.pk])
    assert client.post(withdraw).status_code == 404
    assert FigureRequest.objects.filter(pk=foreign.pk).exists()


def test_partner_sees_only_its_own_requests(client, programme, members, setting):
    client.force_login(members[Role.PARTNER])
    content = client.get(reverse("monitoring:figure-requests", args=[programme.slug])).content
    assert b"Bibliotheek" in content and b"Sportclub" not in content
    assert _("Fill in").encode() in content


def test_team_sees_all_requests_and_filters_by_status(client, programme, members, setting):
    asked = setting["asked"]
    asked.due_date = timezone.localdate() - datetime.timedelta(days=1)
    asked.save()
    client.force_login(members[Role.PROJECT_TEAM])
    url = reverse("monitoring:figure-requests", args=[programme.slug])
    content = client.get(url).content.decode()
    assert "Bibliotheek" in content and "Sportclub" in content and _("Overdue") in content
    overdue = client.get(url, {"status": "overdue"}).content.decode()
    assert "Bibliotheek" in overdue and "Sportclub" not in overdue
    assert "Sportclub" in client.get(url, {"status": "outstanding"}).content.decode()
    delivered = client.get(url, {"status": "delivered"}).content.decode()
    assert _("No requests with this status.") in delivered
    # A status that is not one: the whole list, no error.
    assert client.get(url, {"status": "x\x00"}).status_code == 200


def test_overdue_logic():
    today = datetime.date(2026, 3, 1)
    request = FigureRequest(due_date=datetime.date(2026, 2, 28))
    assert selectors.request_status(request, today) == selectors.OVERDUE
    request.due_date = today
    assert selectors.request_status(request, today) == selectors.OUTSTANDING
    request.due_date = None
    assert selectors.request_status(request, today) == selectors.OUTSTANDING
    request.due_date = datetime.date(2020, 1, 1)
    request.delivered_at = timezone.now()
    assert selectors.request_status(request, today) == selectors.DELIVERED


def test_team_asks_and_a_second_ask_is_refused(client, programme, members, setting):
    client.force_login(members[Role.PROJECT_TEAM])
    url = reverse("monitoring:figure-request-create", args=[programme.slug])
    data = {
        "indicator": setting["indicator"].pk,
        "organisation": setting["other"].pk,
        "period": "2026",
        "due_date": "2026-04-01",
        "message": "Het aantal leden.",
    }
    assert client.post(url, data).status_code == 302
    created = FigureRequest.objects.get(organisation=setting["other"], period=2026)
    assert created.requested_by == members[Role.PROJECT_TEAM]
    again = client.post(url, data)
    assert again.status_code == 200
    assert _("This organisation has already been asked for this figure.") in again.content.decode()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("period", "twintig", "Fill in a year, such as 2026."),
        ("period", "1800", "Fill in a year from 1900 to 2100."),
        ("due_date", "morgen", "Fill in a date, such as 24-11-2026."),
        ("indicator", "999999", "Choose an indicator from the list."),
    ],
)
def test_ask_form_says_what_is_wrong(client, programme, members, setting, field, value, message):
    client.force_login(members[Role.PROJECT_TEAM])
    data = {
        "indicator": setting["indicator"].pk,
        "organisation": setting["other"].pk,
        "period": "2027",
        field: value,
    }
    response = client.post(reverse("monitoring:figure-request-create", args=[programme.slug]), data)
    assert response.status_code == 200
    assert _(message) in response.content.decode()


def test_ask_form_offers_nothing_of_another_programme(
    client, programme, other_programme, members, setting
):
    foreign = OrganisationFactory(programme=other_programme, name="Geheim")
    client.force_login(members[Role.PROJECT_TEAM])
    url = reverse("monitoring:figure-request-create", args=[programme.slug])
    assert b"Geheim" not in client.get(url).content
    data = {"indicator": setting["indicator"].pk, "organisation": foreign.pk, "period": "2026"}
    client.post(url, data)
    assert not FigureRequest.objects.filter(organisation=foreign).exists()


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "Fill in the figure."),
        ("veel", "Fill in a number, such as 12 or 12,5."),
        ("nan", "Fill in a number, such as 12 or 12,5."),
        ("1e400", "Fill in a number, such as 12 or 12,5."),
    ],
)
def test_delivery_form_says_what_is_wrong(client, programme, members, setting, value, message):
    client.force_login(members[Role.PARTNER])
    response = client.post(_deliver_url(programme, setting["asked"]), {"value": value, "n": "0"})
    assert response.status_code == 200
    content = response.content.decode()
    assert _(message) in content and _("The base is at least 1.") in content
    assert not IndicatorValue.objects.exists()


def test_parse_number_takes_comma_and_point():
    assert parse_number("12,5") == 12.5
    assert parse_number(" 12.5 ") == 12.5
    assert parse_number("-3") == -3


def test_withdraw_asks_first_and_refuses_a_delivered_one(client, programme, members, setting):
    client.force_login(members[Role.PROJECT_TEAM])
    url = reverse("monitoring:figure-request-withdraw", args=[programme.slug, setting["asked"].pk])
    assert _("Yes, withdraw") in client.get(url).content.decode()
    assert FigureRequest.objects.filter(pk=setting["asked"].pk).exists()
    assert client.post(url).status_code == 302
    assert not FigureRequest.objects.filter(pk=setting["asked"].pk).exists()
    other = setting["other_request"]
    other.delivered_at = timezone.now()
    other.save()
    url = reverse("monitoring:figure-request-withdraw", args=[programme.slug, other.pk])
    client.post(url)
    assert FigureRequest.objects.filter(pk=other.pk).exists()


def test_list_pages(client, programme, members, setting, settings):
    settings.SAMENSPEL_PAGE_SIZE = 1
    client.force_login(members[Role.PROJECT_TEAM])
    url = reverse("monitoring:figure-requests", args=[programme.slug])
    first = client.get(url).content.decode()
    assert "Pagina 1 van 2" in first
    assert client.get(url, {"page": "999"}).status_code == 200


def test_empty_list_for_the_team(client, programme, members):
    client.force_login(members[Role.PROJECT_TEAM])
    content = client.get(reverse("monitoring:figure-requests", args=[programme.slug])).content
    assert (
        _(
            "No figures asked yet. Ask an organisation for a figure it keeps itself, such as the number of people it reached."
        ).encode()
        in content
    )


def test_home_panel_shows_what_is_outstanding_to_the_team(client, programme, members, setting):
    setting["asked"].due_date = timezone.localdate() - datetime.timedelta(days=3)
    setting["asked"].save()
    home = reverse("core:programme-home", args=[programme.slug])
    client.force_login(members[Role.PROJECT_TEAM])
    content = client.get(home).content.decode()
    assert _("Figures asked of partners") in content and "?status=overdue" in content
    client.force_login(members[Role.VIEWER])
    assert _("Figures asked of partners") not in client.get(home).content.decode()


def test_outstanding_summary(programme, setting):
    setting["asked"].due_date = timezone.localdate() - datetime.timedelta(days=3)
    setting["asked"].save()
    summary = selectors.outstanding_summary(programme=programme)
    assert summary == {"total": 2, "delivered": 0, "overdue": 1, "outstanding": 1, "waiting": 2}


def test_partner_home_says_what_to_fill_in(client, programme, members, setting):
    home = reverse("core:programme-home", args=[programme.slug])
    client.force_login(members[Role.PARTNER])
    content = client.get(home).content.decode()
    assert _("Figures asked of you") in content and _("Fill in the figures") in content
    setting["asked"].delivered_at = timezone.now()
    setting["asked"].save()
    assert _("Figures asked of you") not in client.get(home).content.decode()


def test_a_figure_delivered_without_an_account_is_listed_and_shown(
    client, programme, members, setting
):
    """A figure delivered by the system (an import, or an account since removed) has no one
    to name: the list and the figure's page say so instead of failing."""
    services.figure_deliver(request=setting["asked"], value=12, by=None)
    client.force_login(members[Role.PROJECT_TEAM])
    listing = client.get(reverse("monitoring:figure-requests", args=[programme.slug]))
    assert listing.status_code == 200
    assert _("someone who left") in listing.content.decode()
    client.force_login(members[Role.PARTNER])
    assert client.get(_deliver_url(programme, setting["asked"])).status_code == 200
