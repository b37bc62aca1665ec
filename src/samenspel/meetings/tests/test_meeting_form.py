"""The meeting form without Ctrl-click: people, organisations and goals are lists of
checkboxes (with a search field once the script runs), goals as their tree."""

import re

import pytest
from django.urls import reverse

from samenspel.goals.tests.factories import goal_tree
from samenspel.meetings.models import Meeting
from samenspel.stakeholders.tests.factories import OrganisationFactory, PersonFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def parties(programme):
    welfare = OrganisationFactory(programme=programme, name="Welzijn Brinkeveld")
    school = OrganisationFactory(programme=programme, name="Basisschool De Linde")
    anouk = PersonFactory(programme=programme, name="Anouk de Vries", organisation=welfare)
    piet = PersonFactory(programme=programme, name="Piet Jansen", organisation=None)
    return {"welfare": welfare, "school": school, "anouk": anouk, "piet": piet}


def _checkbox_labels(html: str, name: str) -> list[str]:
    """The visible labels of the checkboxes named ``name``, in order."""
    return re.findall(rf'<input type="checkbox" name="{name}"[^>]*>\s*<span>([^<]+)</span>', html)


def test_people_organisations_and_goals_are_checkboxes_not_a_select(
    team_client, programme, parties
):
    goals = goal_tree(programme)
    html = team_client.get(reverse("meetings:create", args=[programme.slug])).content.decode()
    assert "<select multiple" not in html and "Ctrl" not in html
    assert _checkbox_labels(html, "participants") == [
        "Anouk de Vries (Welzijn Brinkeveld)",
        "Piet Jansen",
    ]
    assert sorted(_checkbox_labels(html, "organisations")) == [
        "Basisschool De Linde",
        "Welzijn Brinkeveld",
    ]
    for legend in ("Deelnemers", "Aanwezige organisaties", "Besproken doelen"):
        assert re.search(rf"<legend[^>]*>{legend}", html), legend
    # Goals as the tree: a sub-goal indented under its parent, which its name says.
    sub_goal = re.search(
        r'<div class="samenspel-multi-select__option samenspel-multi-select__option--depth-2"'
        r' data-choice><label[^>]*><input[^>]*aria-label="Mentoren in groep 8, subdoel van'
        r' Mentoren op school"[^>]*data-parent="(\d+)"',
        html,
    ) or re.search(
        r'<div class="samenspel-multi-select__option samenspel-multi-select__option--depth-2"'
        r' data-choice><label[^>]*><input[^>]*data-parent="(\d+)"[^>]*aria-label="Mentoren in'
        r" groep 8, subdoel van Mentoren op school\"",
        html,
    )
    assert sub_goal and int(sub_goal.group(1)) == goals["A1"].pk
    # Each list gets the shared search script; the goals' own script is not needed here.
    assert html.count("samenspel/multi-select.js") == 1 and "goal-choices.js" not in html
    assert len(re.findall(r"data-multi-select", html)) == 3


def test_ticked_boxes_are_saved_and_ticked_again_on_editing(team_client, programme, parties):
    goals = goal_tree(programme)
    reply = team_client.post(
        reverse("meetings:create", args=[programme.slug]),
        {
            "kind": "stakeholder_table",
            "title": "Tafel jeugd",
            "date": "2026-04-01",
            "goals": [goals["A1a"].pk],
            "participants": [parties["anouk"].pk, parties["piet"].pk],
            "organisations": [parties["school"].pk],
        },
    )
    assert reply.status_code == 302
    meeting = Meeting.objects.get()
    assert set(meeting.participants.all()) == {parties["anouk"], parties["piet"]}
    assert set(meeting.organisations.all()) == {parties["school"], parties["welfare"]}
    html = team_client.get(reverse("meetings:edit", args=[programme.slug, meeting.pk])).content
    html = html.decode()
    checked = re.findall(r'<input type="checkbox" name="(\w+)" value="(\d+)"[^>]*checked', html)
    assert sorted(checked) == sorted(
        [
            ("goals", str(goals["A1a"].pk)),
            ("participants", str(parties["anouk"].pk)),
            ("participants", str(parties["piet"].pk)),
            ("organisations", str(parties["school"].pk)),
            ("organisations", str(parties["welfare"].pk)),
        ]
    )


def test_a_choice_of_another_programme_is_a_form_error(team_client, programme, other_programme):
    stranger = OrganisationFactory(programme=other_programme, name="Elders BV")
    reply = team_client.post(
        reverse("meetings:create", args=[programme.slug]),
        {"kind": "other", "title": "Tafel", "date": "2026-04-01", "organisations": [stranger.pk]},
    )
    assert reply.status_code == 200 and not Meeting.objects.exists()
    assert "is geen beschikbare keuze" in reply.content.decode()
