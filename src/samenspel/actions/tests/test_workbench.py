"""A member's own corner of the action book: the actions a lead leads, with a short progress
form each ("My actions", also on the home), and the proposals a partner keeps until the
project team agrees them."""

from datetime import date, timedelta

import pytest
import time_machine
from django.urls import reverse

from samenspel.actions import selectors, services
from samenspel.actions.models import ActionStatus, ProgressUpdate
from samenspel.core.models import Role
from samenspel.goals.tests.factories import GoalFactory
from samenspel.stakeholders.tests.factories import PersonFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def goal(programme):
    return GoalFactory(programme=programme, title="Minder eenzaamheid")


@pytest.fixture
def lead_person(programme, members):
    return PersonFactory(programme=programme, name="Naima Achahbar", user=members[Role.LEAD])


def _action(programme, goal, title, status=ActionStatus.RUNNING, **fields):
    return services.action_create(
        programme=programme, title=title, goals=[goal], status=status, by=None, **fields
    )


def _proposal(programme, goal, partner, title="Rookvrije schoolpleinen"):
    return services.action_create(programme=programme, title=title, goals=[goal], by=partner)


# --- What a lead leads -------------------------------------------------------------------


def test_a_lead_sees_only_their_own_actions_stalling_first(programme, goal, lead_person):
    with time_machine.travel(date(2026, 1, 5), tick=False):
        quiet = _action(programme, goal, "Zwijgende wandelgroep", lead=lead_person)
        _action(programme, goal, "Afgerond project", ActionStatus.FINISHED, lead=lead_person)
        _action(programme, goal, "Van een ander", lead=PersonFactory(programme=programme))
    with time_machine.travel(date(2026, 3, 1), tick=False):
        busy = _action(programme, goal, "Actieve koffieochtend", lead=lead_person)
        services.progress_post(action=busy, text="Veertien bezoekers", percent_complete=30, by=None)
        led = selectors.actions_led_by(programme=programme, user=lead_person.user)
    assert [action.title for action in led] == [
        "Zwijgende wandelgroep",
        "Actieve koffieochtend",
        "Afgerond project",
    ]
    assert [action.is_stalling for action in led] == [True, False, False]
    assert led[1].latest_progress_text == "Veertien bezoekers" and led[1].latest_percent == 30
    assert quiet.pk == led[0].pk


def test_nobody_leads_anything_without_a_person_in_the_register(programme, goal, members):
    _action(programme, goal, "Zonder trekker")
    assert selectors.actions_led_by(programme=programme, user=members[Role.LEAD]) == []


def test_the_reminder_takes_a_lead_with_an_account_to_my_actions(
    programme, goal, lead_person, mailoutbox
):
    from samenspel.actions.reminders import stalling_reminders_send

    lead_person.email = "naima@example.nl"
    lead_person.save()
    with time_machine.travel(date(2026, 1, 5), tick=False):
        action = _action(programme, goal, "Maatjesproject", lead=lead_person)
    with time_machine.travel(date(2026, 3, 1), tick=False):
        assert stalling_reminders_send(programme=programme, base_url="https://s.example.nl/") == 1
    body = mailoutbox[0].body
    assert f"https://s.example.nl/p/{programme.slug}/acties/mijn/#actie-{action.pk}" in body
    assert "Mijn acties" in body or "My actions" in body


# --- What a partner proposed ----------------------------------------------------------------


def test_a_partner_sees_what_became_of_their_proposals(programme, goal, members):
    partner, team = members[Role.PARTNER], members[Role.PROJECT_TEAM]
    lead = PersonFactory(programme=programme, name="Fatma Yildiz")
    agreed = _proposal(programme, goal, partner, title="Gezonder eten op school")
    services.action_update(
        action=agreed, title="Gezonde schoolkantine op het Brinkcollege", lead=lead, by=team
    )
    services.action_set_status(
        action=agreed, status=ActionStatus.AGREED, note="Akkoord, eerst het Brinkcollege.", by=team
    )
    withdrawn = _proposal(programme, goal, partner, title="Rookvrije pleinen")
    services.proposal_withdraw(action=withdrawn, note="Loopt al landelijk.", by=partner)
    _proposal(programme, goal, members[Role.LEAD], title="Van de trekker")

    found = {a.title: a for a in selectors.proposals_of(programme=programme, user=partner)}
    assert set(found) == {"Gezonde schoolkantine op het Brinkcollege", "Rookvrije pleinen"}
    became = found["Gezonde schoolkantine op het Brinkcollege"]
    assert became.proposed_title == "Gezonder eten op school"
    assert became.team_note == "Akkoord, eerst het Brinkcollege."
    assert found["Rookvrije pleinen"].team_note is None, "their own note is no team note"


# --- Pages -------------------------------------------------------------------------------------


def _home(programme):
    return reverse("core:programme-home", args=[programme.slug])


def _mine(programme):
    return reverse("actions:mine", args=[programme.slug])


def _quick(programme, action):
    return reverse("actions:mine-progress", args=[programme.slug, action.pk])


def test_home_shows_my_actions_to_a_lead_only(client, programme, goal, members, lead_person):
    action = _action(programme, goal, "Koffieochtend Heggenrade", lead=lead_person)
    client.force_login(members[Role.LEAD])
    content = client.get(_home(programme)).content.decode()
    assert 'id="mijn-acties"' in content
    assert f'id="actie-{action.pk}"' in content
    assert f'action="{_quick(programme, action)}"' in content
    client.force_login(members[Role.VIEWER])
    assert 'id="mijn-acties"' not in client.get(_home(programme)).content.decode()


def test_a_lead_posts_progress_from_the_home_without_javascript(
    client, programme, goal, members, lead_person
):
    with time_machine.travel(date.today() - timedelta(weeks=10), tick=False):
        action = _action(programme, goal, "Koffieochtend Heggenrade", lead=lead_person)
    client.force_login(members[Role.LEAD])
    assert "stilgevallen" in client.get(_mine(programme)).content.decode()
    response = client.post(
        _quick(programme, action),
        {"text": "Veertien bezoekers.", "percent_complete": "20", "from": "home"},
    )
    assert response.status_code == 302
    assert response["Location"] == f"{_home(programme)}#actie-{action.pk}"
    update = ProgressUpdate.objects.get(action=action)
    assert (update.text, update.percent_complete, update.author) == (
        "Veertien bezoekers.",
        20,
        members[Role.LEAD],
    )
    assert update.date == date.today()
    content = client.get(_mine(programme)).content.decode()
    assert "Veertien bezoekers." in content and "stilgevallen" not in content


def test_the_short_form_answers_htmx_with_the_card_alone(
    client, programme, goal, members, lead_person
):
    action = _action(programme, goal, "Koffieochtend Heggenrade", lead=lead_person)
    client.force_login(members[Role.LEAD])
    response = client.post(
        _quick(programme, action), {"text": "Tweede ochtend."}, HTTP_HX_REQUEST="true"
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert content.lstrip().startswith(
        f'<li class="samenspel-card samenspel-own-action" id="actie-{action.pk}"'
    )
    assert "Tweede ochtend." in content and "autofocus" in content
    assert "<html" not in content


def test_an_empty_update_is_refused_with_what_was_typed_kept(
    client, programme, goal, members, lead_person
):
    action = _action(programme, goal, "Koffieochtend Heggenrade", lead=lead_person)
    client.force_login(members[Role.LEAD])
    response = client.post(_quick(programme, action), {"text": " ", "percent_complete": "140"})
    assert response.status_code == 400
    content = response.content.decode()
    assert "Dit veld is verplicht." in content
    assert f'id="id_actie{action.pk}_text_error"' in content
    assert f'aria-describedby="id_actie{action.pk}_percent_complete_error"' in content
    htmx = client.post(_quick(programme, action), {"text": ""}, HTTP_HX_REQUEST="true")
    assert htmx.status_code == 200 and "Dit veld is verplicht." in htmx.content.decode()
    assert not ProgressUpdate.objects.exists()


def test_a_partner_edits_their_proposal_until_it_is_agreed(client, programme, goal, members):
    partner = members[Role.PARTNER]
    proposal = _proposal(programme, goal, partner)
    client.force_login(partner)
    edit = reverse("actions:edit", args=[programme.slug, proposal.pk])
    response = client.post(
        edit, {"title": "Rookvrije schoolpleinen in elk dorp", "goals": [goal.pk]}
    )
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.title == "Rookvrije schoolpleinen in elk dorp"
    services.action_set_status(
        action=proposal, status=ActionStatus.AGREED, by=members[Role.PROJECT_TEAM]
    )
    assert client.get(edit).status_code == 403


def test_a_partner_withdraws_from_my_actions_and_sees_it_there(client, programme, goal, members):
    partner, team = members[Role.PARTNER], members[Role.PROJECT_TEAM]
    proposal = _proposal(programme, goal, partner)
    agreed = _proposal(programme, goal, partner, title="Gezonde schoolkantine")
    services.action_set_status(
        action=agreed, status=ActionStatus.AGREED, note="Fijn voorstel, we starten in mei.", by=team
    )
    client.force_login(partner)
    content = client.get(_mine(programme)).content.decode()
    assert reverse("actions:withdraw", args=[programme.slug, proposal.pk]) in content
    assert reverse("actions:withdraw", args=[programme.slug, agreed.pk]) not in content
    assert "Fijn voorstel, we starten in mei." in content
    assert reverse("actions:detail", args=[programme.slug, agreed.pk]) in content

    response = client.post(reverse("actions:withdraw", args=[programme.slug, proposal.pk]))
    assert response["Location"] == f"{_mine(programme)}#voorstel-{proposal.pk}"
    proposal.refresh_from_db()
    assert proposal.status == ActionStatus.WITHDRAWN
    content = client.get(_mine(programme)).content.decode()
    assert 'name="status" value="proposed"' in content, "and propose it again from there"
    assert (
        client.post(reverse("actions:withdraw", args=[programme.slug, agreed.pk])).status_code
        == 403
    )


def test_the_action_page_offers_withdrawing_to_the_proposer_only(client, programme, goal, members):
    proposal = _proposal(programme, goal, members[Role.PARTNER])
    url = reverse("actions:detail", args=[programme.slug, proposal.pk])
    client.force_login(members[Role.PARTNER])
    assert 'value="withdrawn"' in client.get(url).content.decode()
    client.force_login(members[Role.PROJECT_TEAM])
    content = client.get(url).content.decode()
    assert 'value="withdrawn"' not in content and 'value="agreed"' in content
