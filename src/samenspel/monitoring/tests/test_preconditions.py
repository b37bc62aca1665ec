"""Preconditions in numbers: sums of commitments per action and goal against the actions'
needs, the gap, the year filter, the forms' checks and who may record and delete."""

from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils.html import escape
from django.utils.translation import gettext as _

from samenspel.actions.tests.factories import ActionFactory
from samenspel.core.models import Role
from samenspel.goals.tests.factories import GoalFactory
from samenspel.monitoring import services
from samenspel.monitoring.models import Commitment, ResourceNeed
from samenspel.monitoring.preconditions import charts, selectors
from samenspel.stakeholders.tests.factories import OrganisationFactory, PersonFactory


@pytest.fixture
def plan(programme, members):
    """A goal with two actions, one needing 40 hours, € 1000 and 2 places; commitments of two
    organisations over two years, and one straight to the goal."""
    team = members[Role.PROJECT_TEAM]
    goal = GoalFactory(programme=programme, title="Minder eenzaamheid")
    other_goal = GoalFactory(programme=programme, title="Meer bewegen")
    action = ActionFactory(programme=programme, goals=[goal], title="Koffieochtend")
    second = ActionFactory(programme=programme, goals=[goal, other_goal], title="Wandelclub")
    library = OrganisationFactory(programme=programme, name="Bibliotheek")
    club = OrganisationFactory(programme=programme, name="Sportclub")
    PersonFactory(programme=programme, organisation=library, user=members[Role.PARTNER])
    services.resource_need_set(action=action, hours=40, euros=1000, places=2, by=team)

    def commit(organisation, period, **fields):
        return services.commitment_create(
            programme=programme, organisation=organisation, period=period, by=team, **fields
        )

    own = commit(library, 2025, action=action, hours=Decimal("12.5"), euros=250)
    commit(club, 2025, action=action, hours=10, places=1)
    commit(club, 2026, action=action, euros=1000)
    commit(club, 2025, action=second, hours=5)
    theirs = commit(club, 2025, goal=goal, euros=100)
    return {
        "goal": goal,
        "other_goal": other_goal,
        "action": action,
        "second": second,
        "library": library,
        "club": club,
        "own": own,
        "theirs": theirs,
    }


def _rows(overview):
    return {row.obj.title: row for row in [*overview.goals, *overview.actions]}


def test_sums_and_gaps_over_all_years(programme, plan):
    overview = selectors.preconditions_overview(programme=programme)
    rows = _rows(overview)
    koffie = rows["Koffieochtend"]
    assert koffie.need.hours == 40 and koffie.committed.hours == Decimal("22.5")
    assert koffie.gap.hours == Decimal("17.5")
    assert koffie.committed.euros == 1250 and koffie.gap.euros == -250  # more than needed
    assert koffie.committed.places == 1 and koffie.gap.places == 1
    # The goal counts its actions and what was committed to it directly.
    goal = rows["Minder eenzaamheid"]
    assert goal.need.hours == 40 and goal.committed.hours == Decimal("27.5")
    assert goal.committed.euros == 1350
    # An action serving two goals counts in both; the total counts it once.
    assert rows["Meer bewegen"].committed.hours == 5
    assert overview.total.committed.hours == Decimal("27.5")
    assert overview.total.committed.euros == 1350


def test_a_year_filters_the_commitments_not_the_need(programme, plan):
    rows = _rows(selectors.preconditions_overview(programme=programme, period=2026))
    assert rows["Koffieochtend"].committed.euros == 1000
    assert rows["Koffieochtend"].committed.hours == 0
    assert rows["Koffieochtend"].need.hours == 40
    assert "Wandelclub" not in rows  # no need, nothing committed in 2026


def test_nothing_of_another_programme_counts(programme, other_programme, members, plan):
    foreign = ActionFactory(
        programme=other_programme, goals=[GoalFactory(programme=other_programme)]
    )
    services.commitment_create(
        programme=other_programme,
        organisation=OrganisationFactory(programme=other_programme),
        action=foreign,
        period=2025,
        hours=999,
        by=None,
    )
    overview = selectors.preconditions_overview(programme=programme)
    assert overview.total.committed.hours == Decimal("27.5")


def test_chart_and_table_show_the_same_figures(programme, plan):
    overview = selectors.preconditions_overview(programme=programme)
    chart = charts.need_chart(overview.actions, "hours", "a", "Uren")
    texts = [bar["text"] for group in chart["groups"] for bar in group["bars"]]
    table = charts.table_rows(overview.actions, "hours")
    assert any(row["committed"] in text for row in table for text in texts)
    assert charts.need_chart([], "hours", "a", "Uren") is None
    # The largest amount takes the whole scale.
    assert max(bar["width"] for group in chart["groups"] for bar in group["bars"]) == charts.SCALE


def test_page_for_every_member_with_chart_and_table(client, programme, members, plan):
    url = reverse("monitoring:preconditions", args=[programme.slug])
    for role in Role.values:
        client.force_login(members[role])
        response = client.get(url)
        assert response.status_code == 200
        content = response.content.decode()
        assert "<svg" in content and "<title" in content and "Koffieochtend" in content
    assert client.get(url, {"period": "1999", "measure": "x"}).status_code == 200
    assert client.get(url, {"period": "2026", "measure": "euros"}).status_code == 200


def test_empty_page(client, programme, members):
    client.force_login(members[Role.VIEWER])
    content = client.get(reverse("monitoring:preconditions", args=[programme.slug])).content
    assert _("No commitments recorded yet.").encode() in content


def _commitment_data(plan, **changes):
    data = {
        "organisation": plan["library"].pk,
        "action": plan["action"].pk,
        "goal": "",
        "period": "2026",
        "hours": "3,5",
        "euros": "",
        "places": "",
        "note": "Vrijwilligers",
    }
    data.update(changes)
    return data


def test_team_records_a_commitment(client, programme, members, plan):
    client.force_login(members[Role.PROJECT_TEAM])
    url = reverse("monitoring:commitment-create", args=[programme.slug])
    assert client.post(url, _commitment_data(plan, organisation=plan["club"].pk)).status_code == 302
    made = Commitment.objects.get(note="Vrijwilligers")
    assert made.hours == Decimal("3.5") and made.euros == 0 and made.created_by


def test_partner_records_only_for_its_own_organisation(client, programme, members, plan):
    client.force_login(members[Role.PARTNER])
    url = reverse("monitoring:commitment-create", args=[programme.slug])
    page = client.get(url).content.decode()
    assert "Bibliotheek" in page and "Sportclub" not in page
    assert client.post(url, _commitment_data(plan)).status_code == 302
    response = client.post(url, _commitment_data(plan, organisation=plan["club"].pk, note="X"))
    assert response.status_code == 200
    assert not Commitment.objects.filter(note="X").exists()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"action": ""}, "Choose an action or a goal."),
        ({"goal": "GOAL"}, "Choose an action or a goal, not both."),
        ({"hours": ""}, "Fill in at least hours, euros or places."),
        ({"hours": "-1"}, "Fill in 0 or more."),
        ({"hours": "1,25"}, "Hours take at most one decimal."),
        ({"euros": "veel"}, "Fill in an amount, such as 1500 or 1500,50."),
        ({"period": "3000"}, "Fill in a year from 1900 to 2100."),
    ],
)
def test_commitment_form_says_what_is_wrong(client, programme, members, plan, changes, message):
    if changes.get("goal") == "GOAL":
        changes["goal"] = plan["goal"].pk
    client.force_login(members[Role.PROJECT_TEAM])
    url = reverse("monitoring:commitment-create", args=[programme.slug])
    before = Commitment.objects.count()
    response = client.post(url, _commitment_data(plan, **changes))
    assert response.status_code == 200
    assert escape(_(message)) in response.content.decode()
    assert Commitment.objects.count() == before


@pytest.mark.parametrize(("role", "allowed"), [(Role.PROJECT_TEAM, True), (Role.PARTNER, True)])
def test_delete_asks_first(client, programme, members, plan, role, allowed):
    client.force_login(members[role])
    url = reverse("monitoring:commitment-delete", args=[programme.slug, plan["own"].pk])
    assert client.get(url).status_code == 200
    assert Commitment.objects.filter(pk=plan["own"].pk).exists()
    assert client.post(url).status_code == 302
    assert not Commitment.objects.filter(pk=plan["own"].pk).exists()


def test_partner_may_not_delete_another_organisations_commitment(client, programme, members, plan):
    client.force_login(members[Role.PARTNER])
    url = reverse("monitoring:commitment-delete", args=[programme.slug, plan["theirs"].pk])
    assert client.get(url).status_code == 403
    assert client.post(url).status_code == 403
    assert Commitment.objects.filter(pk=plan["theirs"].pk).exists()


@pytest.mark.parametrize("role", [Role.LEAD, Role.VIEWER, Role.ANALYST])
def test_other_roles_record_nothing(client, programme, members, plan, role):
    client.force_login(members[role])
    assert (
        client.post(
            reverse("monitoring:commitment-create", args=[programme.slug]), _commitment_data(plan)
        ).status_code
        == 403
    )
    delete = reverse("monitoring:commitment-delete", args=[programme.slug, plan["own"].pk])
    assert client.post(delete).status_code == 403
    need = reverse("monitoring:resource-need", args=[programme.slug, plan["action"].pk])
    assert client.post(need, {"hours": "1", "euros": "0", "places": "0"}).status_code == 403


def test_commitment_of_another_programme_is_not_found(client, programme, other_programme, members):
    foreign = services.commitment_create(
        programme=other_programme,
        organisation=OrganisationFactory(programme=other_programme),
        goal=GoalFactory(programme=other_programme),
        period=2025,
        hours=1,
        by=None,
    )
    client.force_login(members[Role.PROJECT_TEAM])
    url = reverse("monitoring:commitment-delete", args=[programme.slug, foreign.pk])
    assert client.post(url).status_code == 404
    assert Commitment.objects.filter(pk=foreign.pk).exists()


def test_team_sets_an_actions_needs(client, programme, members, plan):
    client.force_login(members[Role.PROJECT_TEAM])
    url = reverse("monitoring:resource-need", args=[programme.slug, plan["second"].pk])
    assert client.get(url).status_code == 200
    data = {"hours": "8", "euros": "1.500,50", "places": "0"}
    response = client.post(url, {**data, "euros": "1500,50"})
    assert response.status_code == 302
    need = ResourceNeed.objects.get(action=plan["second"])
    assert need.hours == 8 and need.euros == Decimal("1500.50")
    wrong = client.post(url, {"hours": "", "euros": "0", "places": "-2"})
    assert _("Fill in 0 if nothing is needed.") in wrong.content.decode()
    assert _("Fill in 0 or more.") in wrong.content.decode()


def test_needs_of_an_action_of_another_programme_are_not_found(
    client, programme, other_programme, members
):
    foreign = ActionFactory(
        programme=other_programme, goals=[GoalFactory(programme=other_programme)]
    )
    client.force_login(members[Role.PROJECT_TEAM])
    url = reverse("monitoring:resource-need", args=[programme.slug, foreign.pk])
    assert client.get(url).status_code == 404
