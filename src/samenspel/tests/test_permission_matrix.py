"""Every page and action, for every role: allowed or forbidden. Another programme's objects
are never shown: a member of another programme gets 404 for all of them."""

import pytest
from django.urls import reverse

from samenspel.actions.models import ActionRelation
from samenspel.actions.tests.factories import ActionFactory
from samenspel.core.models import Membership, Role
from samenspel.core.tests.factories import MemberInvitationFactory
from samenspel.goals.tests.factories import GoalFactory, TargetImageFactory
from samenspel.meetings.models import Meeting
from samenspel.monitoring.models import Quote
from samenspel.monitoring.tests.factories import (
    AreaFactory,
    IndicatorFactory,
    IndicatorValueFactory,
)
from samenspel.reports.models import GeneratedDocument
from samenspel.stakeholders.models import ImportBatch
from samenspel.stakeholders.tests.factories import (
    OrganisationFactory,
    PersonFactory,
    TargetGroupFactory,
)
from samenspel.surveys.models import ResponseImport, RowExportGrant

ALL = set(Role.values)
TEAM = {Role.PROJECT_TEAM}
READERS_ALL = {Role.PROJECT_TEAM, Role.ANALYST}
PROPOSERS = {Role.PROJECT_TEAM, Role.PARTNER, Role.LEAD}


@pytest.fixture
def objects(programme, members):
    team = members[Role.PROJECT_TEAM]
    image = TargetImageFactory(programme=programme)
    goal = GoalFactory(programme=programme, target_image=image, owner=members[Role.LEAD])
    other_goal = GoalFactory(programme=programme, target_image=image)
    organisation = OrganisationFactory(programme=programme)
    lead_person = PersonFactory(programme=programme, user=members[Role.LEAD])
    action = ActionFactory(programme=programme, goals=[goal], lead=lead_person)
    other_action = ActionFactory(programme=programme, goals=[goal])
    proposal = ActionFactory(
        programme=programme, goals=[goal], status="proposed", proposed_by=members[Role.PARTNER]
    )
    relation = ActionRelation.objects.create(
        programme=programme, source=action, target=other_action, kind="overlaps"
    )
    from samenspel.surveys.building import services as building
    from samenspel.surveys.collecting import services as collecting

    survey = building.survey_from_questionnaire(programme=programme, code="residents", by=None)
    wave = collecting.wave_create(survey=survey, name="Meting", by=None)
    meeting = Meeting.objects.create(
        programme=programme, kind="other", title="Tafel", date="2026-01-01"
    )
    return {
        "survey": survey,
        "wave": wave,
        "section": survey.sections.first(),
        "import": ResponseImport.objects.create(wave=wave, filename="papier.csv"),
        "question": survey.sections.first().questions.first(),
        "action": action,
        "other_action": other_action,
        "proposal": proposal,
        "relation": relation,
        "meeting": meeting,
        "image": image,
        "goal": goal,
        "other_goal": other_goal,
        "organisation": organisation,
        "person": PersonFactory(programme=programme, organisation=organisation),
        "group": TargetGroupFactory(programme=programme),
        "membership": Membership.objects.get(programme=programme, user=members[Role.VIEWER]),
        "invitation": MemberInvitationFactory(programme=programme, user=members[Role.VIEWER]),
        "challenge": programme.challenges.first(),
        # Previews of imports and documents belong to whoever asked for them.
        "register_batch": ImportBatch.objects.create(
            programme=programme, kind="register", filename="p.xlsx", created_by=team
        ),
        "action_batch": ImportBatch.objects.create(
            programme=programme, kind="actions", filename="a.xlsx", created_by=team
        ),
        "document": GeneratedDocument.objects.create(
            programme=programme, kind="action_book", file_format="pdf", created_by=team
        ),
        "grant": RowExportGrant.objects.create(
            programme=programme, user=members[Role.ANALYST], reason="Analyse per dorp"
        ),
        "feed_indicator": IndicatorFactory(programme=programme, code="bron"),
        "indicator_batch": ImportBatch.objects.create(
            programme=programme, kind="indicator_values", filename="w.csv", created_by=team
        ),
        "indicator": IndicatorFactory(programme=programme),
        "indicator_value": IndicatorValueFactory(indicator__programme=programme),
        **_monitoring_partner_objects(programme, members, goal, action, organisation),
        "area": AreaFactory(programme=programme),
        "shape_batch": ImportBatch.objects.create(
            programme=programme, kind="area_shapes", filename="wijken.geojson", created_by=team
        ),
    }


def _monitoring_partner_objects(programme, members, goal, action, organisation) -> dict:
    """A figure asked of the partner's own organisation and one asked of another; a
    commitment of each."""
    from samenspel.monitoring.models import Commitment, FigureRequest
    from samenspel.monitoring.tests.factories import IndicatorFactory

    own = OrganisationFactory(programme=programme, name="Eigen partner")
    PersonFactory(programme=programme, organisation=own, user=members[Role.PARTNER])
    indicator = IndicatorFactory(programme=programme)
    return {
        "figure_request": FigureRequest.objects.create(
            indicator=indicator, organisation=own, period=2025
        ),
        "other_figure_request": FigureRequest.objects.create(
            indicator=indicator, organisation=organisation, period=2025
        ),
        "commitment": Commitment.objects.create(
            programme=programme, organisation=own, action=action, period=2025, hours=4
        ),
        "other_commitment": Commitment.objects.create(
            programme=programme, organisation=organisation, goal=goal, period=2025, euros=50
        ),
        "quote": Quote.objects.create(programme=programme, goal=goal, text="Het dorp leeft."),
    }


# (name, args after the slug, method, roles allowed)
MATRIX = [
    ("core:programme-home", [], "get", ALL),
    ("core:members", [], "get", TEAM),
    ("core:member-role", ["membership"], "post", TEAM),
    ("core:member-remove", ["membership"], "get", TEAM),
    ("core:invitation-withdraw", ["invitation"], "post", TEAM),
    ("goals:book", [], "get", ALL),
    ("goals:vision-edit", [], "get", TEAM),
    ("goals:target-image-create", [], "get", TEAM),
    ("goals:target-image-edit", ["image"], "get", TEAM),
    ("goals:target-image-delete", ["image"], "get", TEAM),
    ("goals:goal-create", [], "get", TEAM),
    ("goals:goal-detail", ["goal"], "get", ALL),
    ("goals:goal-edit", ["goal"], "get", TEAM | {Role.LEAD}),  # the lead owns this goal
    ("goals:goal-edit", ["other_goal"], "get", TEAM),
    ("goals:goal-move", ["goal"], "post", TEAM),
    ("goals:goal-remove", ["goal"], "get", TEAM),
    ("goals:goal-restore", ["goal"], "post", TEAM),
    ("goals:challenges", [], "get", TEAM),
    ("goals:challenge-delete", ["challenge"], "get", TEAM),
    ("stakeholders:organisations", [], "get", ALL),
    ("stakeholders:people", [], "get", ALL),
    ("stakeholders:target-groups", [], "get", ALL),
    ("stakeholders:organisation-detail", ["organisation"], "get", ALL),
    ("stakeholders:person-detail", ["person"], "get", ALL),
    ("stakeholders:create", ["=organisation"], "get", TEAM),
    ("stakeholders:edit", ["=organisation", "organisation"], "get", TEAM),
    ("stakeholders:delete", ["=person", "person"], "get", TEAM),
    ("stakeholders:edit", ["=target_group", "group"], "get", TEAM),
    ("stakeholders:import", [], "get", TEAM),
    ("stakeholders:export", ["=xlsx"], "get", READERS_ALL),
    ("stakeholders:export", ["=csv"], "get", READERS_ALL),
    ("meetings:list", [], "get", ALL),
    ("meetings:detail", ["meeting"], "get", ALL),
    ("meetings:create", [], "get", TEAM),
    ("meetings:edit", ["meeting"], "get", TEAM),
    ("actions:book", [], "get", ALL),
    ("actions:coverage", [], "get", ALL),
    ("actions:create", [], "get", PROPOSERS),
    ("actions:detail", ["action"], "get", ALL),
    ("actions:edit", ["action"], "get", TEAM | {Role.LEAD}),  # the lead leads this action
    ("actions:edit", ["other_action"], "get", TEAM),
    ("actions:edit", ["proposal"], "get", TEAM | {Role.PARTNER}),  # the partner proposed it
    ("actions:withdraw", ["proposal"], "post", {Role.PARTNER}),
    ("actions:withdraw", ["action"], "post", set()),
    ("actions:mine", [], "get", ALL),
    ("actions:mine-progress", ["action"], "post", TEAM | {Role.LEAD}),
    ("actions:mine-progress", ["other_action"], "post", TEAM),
    ("actions:progress", ["action"], "post", TEAM | {Role.LEAD}),
    ("actions:progress", ["other_action"], "post", TEAM),
    ("actions:set-status", ["action"], "post", ALL),  # the service decides per move
    ("actions:relation-add", ["action"], "post", TEAM),
    ("actions:relation-delete", ["relation"], "post", TEAM),
    ("actions:suggestions", [], "get", TEAM),
    ("actions:suggestion-decide", [], "post", TEAM),
    ("actions:settings", [], "get", TEAM),
    ("public:settings", [], "get", TEAM),  # what is published, under the programme settings
    ("public:settings", [], "post", TEAM),
    ("public:publish", [], "get", TEAM),  # the preview before the public pages go on
    ("public:unpublish", [], "post", TEAM),
    ("actions:export-xlsx", [], "get", ALL),
    ("reports:action-book", ["=docx"], "post", ALL),
    # Anyone may ask for documents; another's document is not found (404), not forbidden.
    ("reports:document", ["document"], "get", TEAM, 404),
    ("reports:download", ["document"], "get", TEAM, 404),
    ("stakeholders:import-preview", ["register_batch"], "get", TEAM),
    ("actions:import", [], "get", TEAM),
    ("actions:import-preview", ["action_batch"], "get", TEAM),
    ("core:audit", [], "get", TEAM),
    ("core:programme-settings", [], "get", TEAM),
    ("surveys:list", [], "get", READERS_ALL),
    ("surveys:detail", ["survey"], "get", READERS_ALL),
    ("surveys:create", [], "get", TEAM),
    ("surveys:wave-toggle", ["wave"], "post", TEAM),
    ("surveys:results", ["wave"], "get", READERS_ALL),
    ("surveys:weighting", ["wave"], "get", READERS_ALL),  # the analyst weights too
    ("surveys:import", ["wave"], "get", TEAM),
    ("surveys:invitations", ["wave"], "get", TEAM),
    ("surveys:invitations-send", ["wave"], "post", TEAM),
    # Readers without the right to export answers per respondent are sent to ask for it.
    ("surveys:export", ["wave"], "get", READERS_ALL),
    ("surveys:import-layout", ["wave"], "get", TEAM),
    ("surveys:row-export-rights", [], "get", READERS_ALL),
    ("surveys:row-export-decide", ["grant"], "post", TEAM),
    ("surveys:preview", ["survey"], "get", READERS_ALL),
    ("surveys:import-status", ["wave", "import"], "get", TEAM),
    ("surveys:edit", ["survey"], "get", TEAM),
    ("surveys:section-create", ["survey"], "get", TEAM),
    ("surveys:section-edit", ["section"], "get", TEAM),
    ("surveys:section-move", ["section"], "post", TEAM),
    ("surveys:section-delete", ["section"], "get", TEAM),
    ("surveys:question-create", ["survey"], "get", TEAM),
    ("surveys:question-edit", ["question"], "get", TEAM),
    ("surveys:question-move", ["question"], "post", TEAM),
    ("surveys:question-delete", ["question"], "get", TEAM),
    ("surveys:question-target-groups", ["question"], "get", TEAM),
    ("monitoring:indicator-feed", ["feed_indicator"], "get", READERS_ALL),
    ("monitoring:indicator-feed", ["feed_indicator"], "post", READERS_ALL),
    # Figures asked of partners: a partner sees and fills in only its own organisation's.
    ("monitoring:figure-requests", [], "get", READERS_ALL | {Role.PARTNER}),
    ("monitoring:figure-request-create", [], "get", TEAM),
    ("monitoring:figure-request-create", [], "post", TEAM),
    ("monitoring:figure-request-withdraw", ["figure_request"], "get", TEAM),
    ("monitoring:figure-deliver", ["figure_request"], "get", {Role.PARTNER}),
    ("monitoring:figure-deliver", ["figure_request"], "post", {Role.PARTNER}),
    ("monitoring:figure-deliver", ["other_figure_request"], "get", set()),
    ("monitoring:figure-deliver", ["other_figure_request"], "post", set()),
    # Preconditions: everyone reads; the team records, a partner its own organisation's.
    ("monitoring:preconditions", [], "get", ALL),
    ("monitoring:commitment-create", [], "get", TEAM | {Role.PARTNER}),
    ("monitoring:commitment-delete", ["commitment"], "get", TEAM | {Role.PARTNER}),
    ("monitoring:commitment-delete", ["other_commitment"], "get", TEAM),
    ("monitoring:commitment-delete", ["other_commitment"], "post", TEAM),
    ("monitoring:resource-need", ["action"], "get", TEAM),
    ("monitoring:resource-need", ["action"], "post", TEAM),
    # Figures from a file or Statistics Netherlands: the team and the analysts keep them.
    ("monitoring:import", [], "get", READERS_ALL),
    ("monitoring:import", [], "post", READERS_ALL),
    ("monitoring:import-statline", [], "post", READERS_ALL),
    ("monitoring:import-example", [], "get", READERS_ALL),
    ("monitoring:import-preview", ["indicator_batch"], "get", TEAM, 404),
    ("monitoring:import-preview", ["indicator_batch"], "post", TEAM, 404),
    ("monitoring:dashboard", [], "get", ALL),
    ("monitoring:goal-dashboard", ["goal"], "get", ALL),
    ("monitoring:chart-svg", ["=acties"], "get", ALL),
    ("monitoring:chart-xlsx", ["=acties"], "get", ALL),
    ("monitoring:indicators", [], "get", ALL),
    ("monitoring:indicator-create", [], "get", READERS_ALL),
    ("monitoring:indicator", ["indicator"], "get", ALL),
    ("monitoring:indicator-edit", ["indicator"], "get", READERS_ALL),
    ("monitoring:indicator-delete", ["indicator"], "get", READERS_ALL),
    ("monitoring:indicator-delete", ["indicator"], "post", READERS_ALL),
    ("monitoring:value-create", ["indicator"], "get", READERS_ALL),
    ("monitoring:value-edit", ["indicator_value"], "get", READERS_ALL),
    ("monitoring:value-delete", ["indicator_value"], "get", READERS_ALL),
    ("monitoring:value-delete", ["indicator_value"], "post", READERS_ALL),
    ("monitoring:impact", ["indicator"], "get", ALL),
    ("monitoring:evaluation", [], "get", ALL),
    ("monitoring:evaluation-edit", ["=awareness"], "get", TEAM),
    ("monitoring:evaluation-edit", ["=awareness"], "post", TEAM),
    ("monitoring:quote-create", [], "get", TEAM),
    ("monitoring:quote-delete", ["quote"], "get", TEAM),
    ("monitoring:quote-delete", ["quote"], "post", TEAM),
    ("reports:evaluation", ["=docx"], "post", ALL),
    ("reports:goals-book", ["=docx"], "post", ALL),
    ("monitoring:areas", [], "get", ALL),
    ("monitoring:area-create", [], "get", READERS_ALL),
    ("monitoring:area-edit", ["area"], "get", READERS_ALL),
    ("monitoring:area-delete", ["area"], "get", READERS_ALL),
    ("monitoring:area-delete", ["area"], "post", READERS_ALL),
    ("monitoring:area-shapes", [], "get", READERS_ALL),
    # An uploaded shape file is its uploader's: to anyone else it is not found.
    ("monitoring:area-shapes-preview", ["shape_batch"], "get", TEAM, 404),
    ("monitoring:map", [], "get", ALL),
]


def _url(programme, name, args, objects):
    values = [a[1:] if a.startswith("=") else objects[a].pk for a in args]
    return reverse(name, args=[programme.slug, *values])


# Valid input for actions whose allowed outcome is a redirect.
POST_DATA = {
    "actions:progress": {"date": "2026-01-05", "text": "Eerste bijeenkomst gehouden."},
    "actions:mine-progress": {"text": "Tweede bijeenkomst gehouden."},
    "public:settings": {"public_statuses": ["running"], "shows_area_summary": "on"},
}

CASES = [(role, *row[:4], (row[4:] or [403])[0]) for row in MATRIX for role in Role.values]


@pytest.mark.parametrize(("role", "name", "args", "method", "allowed", "refused"), CASES)
def test_role_may_or_may_not(
    client, programme, members, objects, role, name, args, method, allowed, refused
):
    client.force_login(members[role])
    response = getattr(client, method)(
        _url(programme, name, args, objects), POST_DATA.get(name, {})
    )
    if role in allowed:
        assert response.status_code in (200, 302), response.status_code
    else:
        assert response.status_code == refused


@pytest.mark.parametrize(("name", "args", "method", "allowed"), [row[:4] for row in MATRIX])
def test_other_programme_sees_nothing(
    client, programme, objects, outsider, name, args, method, allowed
):
    client.force_login(outsider)
    response = getattr(client, method)(_url(programme, name, args, objects))
    assert response.status_code == 404


def test_object_of_another_programme_through_own_slug_is_404(
    client, programme, members, other_programme
):
    foreign_goal = GoalFactory(programme=other_programme)
    foreign_org = OrganisationFactory(programme=other_programme, name="Geheim")
    client.force_login(members[Role.PROJECT_TEAM])
    for url in (
        reverse("goals:goal-detail", args=[programme.slug, foreign_goal.pk]),
        reverse("goals:goal-edit", args=[programme.slug, foreign_goal.pk]),
        reverse("stakeholders:organisation-detail", args=[programme.slug, foreign_org.pk]),
        reverse("stakeholders:edit", args=[programme.slug, "organisation", foreign_org.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 404
        assert b"Geheim" not in response.content


def test_anonymous_is_sent_to_login(client, programme):
    response = client.get(reverse("goals:book", args=[programme.slug]))
    assert response.status_code == 302
    assert reverse("login") in response["Location"]


def test_register_lists_only_own_programme(client, programme, members, other_programme):
    OrganisationFactory(programme=programme, name="Eigen Stichting")
    OrganisationFactory(programme=other_programme, name="Vreemde Stichting")
    client.force_login(members[Role.VIEWER])
    content = client.get(reverse("stakeholders:organisations", args=[programme.slug])).content
    assert b"Eigen Stichting" in content
    assert b"Vreemde Stichting" not in content


def test_viewer_does_not_see_contact_details(client, programme, members):
    PersonFactory(programme=programme, name="Sanne Bakker", email="sanne@example.nl")
    client.force_login(members[Role.VIEWER])
    content = client.get(reverse("stakeholders:people", args=[programme.slug])).content
    assert b"Sanne Bakker" in content
    assert b"sanne@example.nl" not in content
    client.force_login(members[Role.PARTNER])
    content = client.get(reverse("stakeholders:people", args=[programme.slug])).content
    assert b"sanne@example.nl" in content


def test_status_moves_per_role(client, programme, members, objects):
    """Only the project team agrees a proposed action; the lead runs and finishes their own."""
    from samenspel.actions.models import ActionStatus

    action = objects["action"]
    action.status = ActionStatus.PROPOSED
    action.save()
    url = reverse("actions:set-status", args=[programme.slug, action.pk])
    for role in (Role.LEAD, Role.PARTNER, Role.VIEWER, Role.ANALYST):
        client.force_login(members[role])
        assert client.post(url, {"status": "agreed"}).status_code == 403
    client.force_login(members[Role.PROJECT_TEAM])
    client.post(url, {"status": "agreed"})
    client.force_login(members[Role.LEAD])
    client.post(url, {"status": "running"})
    action.refresh_from_db()
    assert action.status == ActionStatus.RUNNING
    other = objects["other_action"]
    response = client.post(
        reverse("actions:set-status", args=[programme.slug, other.pk]), {"status": "finished"}
    )
    assert response.status_code == 403


def test_a_viewer_cannot_find_people_by_e_mail(client, programme, members):
    # A name no generated member can have: "Jan" also matched a member called Jansen.
    PersonFactory(programme=programme, name="Quirijn Zwijgerhof", email="geheim@example.nl")
    client.force_login(members[Role.VIEWER])
    url = reverse("stakeholders:people", args=[programme.slug])
    assert b"Zwijgerhof" not in client.get(url, {"q": "geheim@"}).content
    client.force_login(members[Role.PARTNER])
    assert b"Zwijgerhof" in client.get(url, {"q": "geheim@"}).content


# Named pages outside a programme: open to anyone (respondents, public pages, login) or to the
# back office, whose own permissions Django's admin checks.
OUTSIDE_PROGRAMMES = {
    "surveys:language",
    "surveys:start",
    "surveys:thanks",
    "surveys:page",
    "core:programme-list",
    "core:accessibility",
    "core:privacy",
    "core:health",
    "core:programme-logo",
    "core:theme-font",  # a theme's font and logo: shown on the login and survey pages too
    "core:theme-logo",
    "core:invitation",  # an invitation's link: the view checks the account (test_member_invitations)
    "public:index",
    "public:programme",
    "public:action",
    "set_language",
}


def _named_urls(resolver=None, namespace=""):
    from django.urls import get_resolver
    from django.urls.resolvers import URLResolver

    for pattern in (resolver or get_resolver()).url_patterns:
        if isinstance(pattern, URLResolver):
            inner = ":".join(filter(None, [namespace, pattern.namespace]))
            yield from _named_urls(pattern, inner)
        elif pattern.name:
            yield ":".join(filter(None, [namespace, pattern.name]))


def test_every_named_url_is_in_the_matrix():
    """A new page cannot go without its rule per role: it must be in the matrix, or named as
    one that lives outside programmes."""
    from django.contrib.auth import urls as auth_urls

    accounts = {pattern.name for pattern in auth_urls.urlpatterns} | {"login"}
    known = {row[0] for row in MATRIX} | OUTSIDE_PROGRAMMES | accounts
    missing = {
        name for name in _named_urls() if not name.startswith("admin:") and name not in known
    }
    assert not missing, f"not in the permission matrix: {sorted(missing)}"
