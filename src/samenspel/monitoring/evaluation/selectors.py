"""Reads for the evaluation: its narrative parts in the report's order, the chosen quotes,
and the preconditions in numbers (what organisations committed against what actions need)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Sum
from django.utils.translation import gettext_lazy as _

from samenspel.core.models import Programme

from ..models import Commitment, EvaluationSection, EvaluationText, Quote, ResourceNeed

# The report's chapters the narrative parts stand in, so that the page reads as the report.
CHAPTERS = {
    EvaluationSection.RESEARCH_WELL: _("Per phase"),
    EvaluationSection.RESEARCH_LESS: _("Per phase"),
    EvaluationSection.EXECUTION_WELL: _("Per phase"),
    EvaluationSection.EXECUTION_LESS: _("Per phase"),
    EvaluationSection.AWARENESS: _("Per aspect"),
    EvaluationSection.DEVELOPMENT: _("Per aspect"),
    EvaluationSection.PRECONDITIONS: _("Per aspect"),
    EvaluationSection.RESULTS: _("Results per goal"),
    EvaluationSection.MONEY: _("Money and effort"),
    EvaluationSection.EMBEDDING: _("Embedding"),
}


@dataclass
class SectionText:
    section: str
    label: str
    text: str
    updated_at: object = None
    updated_by: object = None
    chapter: str = ""


def evaluation_sections(*, programme: Programme) -> list[SectionText]:
    """Every narrative part of the report in its order, with the text written so far (or '')."""
    written = {
        item.section: item
        for item in EvaluationText.objects.filter(programme=programme).select_related("updated_by")
    }
    sections = []
    for value, label in EvaluationSection.choices:
        item = written.get(value)
        sections.append(
            SectionText(
                section=value,
                label=str(label),
                text=item.text if item else "",
                updated_at=item.updated_at if item else None,
                updated_by=item.updated_by if item else None,
                chapter=str(CHAPTERS[value]),
            )
        )
    return sections


def quotes_for_programme(*, programme: Programme):
    """The chosen quotes with their goal, newest first."""
    return Quote.objects.filter(programme=programme).select_related("goal")


@dataclass
class Resources:
    hours: Decimal = Decimal(0)
    euros: Decimal = Decimal(0)
    places: int = 0

    def add(self, hours, euros, places) -> None:
        self.hours += hours or 0
        self.euros += euros or 0
        self.places += places or 0


@dataclass
class Preconditions:
    committed: Resources = field(default_factory=Resources)
    needed: Resources = field(default_factory=Resources)
    committed_by_goal: dict[int, Resources] = field(default_factory=dict)
    needed_by_goal: dict[int, Resources] = field(default_factory=dict)
    by_organisation: list[tuple[str, Resources]] = field(default_factory=list)


def preconditions_in_numbers(*, programme: Programme, goals_of_action: dict[int, list[int]]):
    """Hours, euros and places committed (in total, per goal, per organisation) against what
    actions said they need. A commitment to an action counts for each goal the action serves
    (``goals_of_action``), in the totals once."""
    result = Preconditions()
    commitments = Commitment.objects.filter(programme=programme).values_list(
        "action_id", "goal_id", "hours", "euros", "places"
    )
    for action_id, goal_id, hours, euros, places in commitments:
        result.committed.add(hours, euros, places)
        goals = {goal_id} if goal_id else set(goals_of_action.get(action_id, []))
        for goal in goals:
            result.committed_by_goal.setdefault(goal, Resources()).add(hours, euros, places)
    needs = ResourceNeed.objects.filter(action__programme=programme).values_list(
        "action_id", "hours", "euros", "places"
    )
    for action_id, hours, euros, places in needs:
        result.needed.add(hours, euros, places)
        for goal in goals_of_action.get(action_id, []):
            result.needed_by_goal.setdefault(goal, Resources()).add(hours, euros, places)
    per_organisation = (
        Commitment.objects.filter(programme=programme)
        .values("organisation__name")
        .annotate(hours=Sum("hours"), euros=Sum("euros"), places=Sum("places"))
        .order_by("-euros", "organisation__name")
    )
    for row in per_organisation:
        resources = Resources()
        resources.add(row["hours"], row["euros"], row["places"])
        result.by_organisation.append((row["organisation__name"], resources))
    return result
