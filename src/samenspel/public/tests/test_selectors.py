import pytest
from django.core.exceptions import ValidationError

from samenspel.actions import services
from samenspel.actions.models import ActionStatus
from samenspel.core.models import AuditEvent, AuditVerb
from samenspel.public import selectors
from samenspel.public.selectors import PublicFilters

pytestmark = pytest.mark.django_db


def titles(actions) -> set[str]:
    return {action.title for action in actions}


def test_the_summary_counts_the_published_actions_per_status_and_per_village(programme, villages):
    summary = selectors.public_summary(programme=programme)
    # By default agreed, running and finished: no proposal, nothing stopped.
    assert summary["statuses"] == ["Afgesproken", "Loopt", "Afgerond"]
    assert summary["status_counts"] == [1, 4, 1]
    assert summary["total"] == 6
    assert summary["status_words"] == "1 afgesproken, 4 lopen, 1 afgerond"
    rows = {row["label"]: (row["counts"], row["total"]) for row in summary["areas"]}
    assert rows == {
        "Brinkeveld": ([0, 2, 1], 3),
        "Oosterhoek": ([1, 1, 0], 2),
        "De hele gemeente": ([0, 1, 0], 1),
    }
    assert summary["areas"][-1]["filter"] == selectors.WHOLE_MUNICIPALITY, "no village last"
    assert "Westerdorp" not in rows, "a village with only a proposal is not public"
    goals = {item["goal"].title: item["sub_goals"] for item in summary["goals"]}
    assert goals == {"Minder schooluitval": 2, "Gezond opgroeien": 1, "Betaalbaar wonen": 0}


def test_the_summary_follows_the_statuses_the_team_publishes(programme, villages):
    services.publication_update(
        programme=programme,
        public_statuses=[ActionStatus.RUNNING, ActionStatus.STOPPED],
        shows_area_summary=False,
        by=None,
    )
    summary = selectors.public_summary(programme=programme)
    assert summary["status_words"] == "4 lopen, 1 gestopt"
    assert summary["shows_area_summary"] is False
    assert titles(selectors.public_actions(programme=programme)) == {
        "Taalcafé",
        "Leesclub",
        "Huiswerkklas",
        "Woonloket",
        "Gestopte moestuin",
    }


def test_filters_by_village_whole_municipality_and_goal_with_its_sub_goals(programme, villages):
    def listed(**filters):
        return titles(
            selectors.public_action_list(programme=programme, filters=PublicFilters(**filters))
        )

    assert listed(area="Oosterhoek") == {"Huiswerkklas", "Buurtsportcoach"}
    assert listed(area="") == {"Woonloket"}
    assert listed(goal=villages["A"].pk) == {"Taalcafé", "Leesclub", "Huiswerkklas"}
    assert listed(goal=villages["A"].pk, area="Brinkeveld") == {"Taalcafé", "Leesclub"}
    assert listed(goal=villages["C"].pk) == {"Woonloket"}, "not the proposal"
    assert len(listed()) == 6
    assert selectors.public_areas(programme=programme) == ["Brinkeveld", "Oosterhoek"]


def test_publication_choices_are_audited_and_never_publish_proposals(programme, villages):
    with pytest.raises(ValidationError):
        services.publication_update(
            programme=programme,
            public_statuses=[ActionStatus.PROPOSED, ActionStatus.RUNNING],
            shows_area_summary=True,
            by=None,
        )
    with pytest.raises(ValidationError):
        services.publication_update(
            programme=programme, public_statuses=[], shows_area_summary=True, by=None
        )
    assert not AuditEvent.objects.filter(verb=AuditVerb.PUBLISHED).exclude(
        details__has_key="is_public"
    )
    services.publication_update(
        programme=programme,
        public_statuses=[ActionStatus.FINISHED, ActionStatus.RUNNING],
        shows_area_summary=False,
        by=None,
    )
    event = AuditEvent.objects.filter(verb=AuditVerb.PUBLISHED).latest("pk")
    assert event.details == {"public_statuses": ["running", "finished"], "area_summary": False}
    # Saving the same choices again changes nothing, so it writes no event.
    services.publication_update(
        programme=programme,
        public_statuses=[ActionStatus.RUNNING, ActionStatus.FINISHED],
        shows_area_summary=False,
        by=None,
    )
    assert AuditEvent.objects.filter(verb=AuditVerb.PUBLISHED).latest("pk") == event
