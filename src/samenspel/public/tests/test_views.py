import pytest
from django.urls import reverse

from samenspel.actions import services
from samenspel.actions.models import ActionStatus
from samenspel.core.models import AuditEvent, AuditVerb

pytestmark = pytest.mark.django_db


def page_of(client, programme, **query):
    return client.get(reverse("public:programme", args=[programme.slug]), query)


def test_the_public_page_opens_with_a_summary_then_each_action_in_plain_lines(
    client, programme, villages
):
    response = page_of(client, programme)
    content = response.content.decode()
    assert response.status_code == 200
    assert "Er zijn 6 acties: 1 afgesproken, 4 lopen, 1 afgerond." in content
    assert "Acties per dorp of wijk" in content
    assert (
        content.index("In het kort") < content.index("Acties filteren") < content.index("Woonloket")
    )
    assert "(2 subdoelen)" in content and "(1 subdoel)" in content
    assert "Trekker: Bibliotheek Brinkeveld" in content
    assert "Anouk de Vries" not in content and "anouk@example.nl" not in content
    assert "Geheim plan" not in content and "Westerdorp" not in content
    assert "woord …" in content, "a long description is cut short"


def test_residents_filter_by_village_and_goal(client, programme, villages):
    content = page_of(client, programme, area="Oosterhoek").content.decode()
    assert "Huiswerkklas" in content and "Buurtsportcoach" in content
    assert "Taalcafé" not in content
    content = page_of(client, programme, goal=villages["A"].pk, area="Brinkeveld").content
    assert b"Taalcaf" in content and b"Leesclub" in content and b"Huiswerkklas" not in content
    content = page_of(client, programme, area="-").content.decode()
    assert "1 actie gevonden." in content and "Woonloket" in content


@pytest.mark.parametrize(
    "query, message",
    [
        (
            {"area": "Westerdorp"},
            "Dit dorp of deze wijk staat niet in de lijst. U ziet alle acties.",
        ),
        ({"area": "\x00"}, "Dit dorp of deze wijk staat niet in de lijst. U ziet alle acties."),
        ({"goal": "abc"}, "Dit doel staat niet in de lijst. U ziet alle acties."),
        ({"goal": "999999999999999999999"}, "Dit doel staat niet in de lijst. U ziet alle acties."),
        ({"goal": "Oosterhoek", "area": "Oosterhoek"}, "Dit doel staat niet in de lijst."),
    ],
)
def test_a_wrong_filter_value_says_so_and_lists_every_action(
    client, programme, villages, query, message
):
    response = page_of(client, programme, **query)
    content = response.content.decode()
    assert response.status_code == 400
    assert message in content
    assert "6 acties gevonden." in content and "Taalcafé" in content and "Woonloket" in content


def test_a_goal_of_another_programme_is_a_wrong_value(client, programme, villages, other_programme):
    from samenspel.goals.tests.factories import GoalFactory

    elsewhere = GoalFactory(programme=other_programme)
    response = page_of(client, programme, goal=elsewhere.pk)
    assert response.status_code == 400 and b"6 acties gevonden." in response.content


def test_long_lists_come_a_page_at_a_time(client, programme, villages, settings):
    from samenspel.public import selectors

    goal = villages["C"]
    for number in range(selectors.PAGE_SIZE):
        services.action_create(
            programme=programme,
            title=f"Extra {number:02}",
            goals=[goal],
            status=ActionStatus.RUNNING,
            by=None,
        )
    first = page_of(client, programme).content.decode()
    assert "26 acties gevonden." in first and "Pagina 1 van 2" in first
    second = page_of(client, programme, page=2).content.decode()
    assert "Woonloket" in second and "Extra 00" not in second
    assert page_of(client, programme, page="x").status_code == 200


def test_an_unpublished_programme_has_no_public_pages(client, programme, villages):
    services.settings_update(programme=programme, is_public=False, by=None)
    assert page_of(client, programme).status_code == 404
    assert page_of(client, programme, area="Brinkeveld").status_code == 404
    action = programme.actions.get(title="Taalcafé")
    url = reverse("public:action", args=[programme.slug, action.pk])
    assert client.get(url).status_code == 404


def test_actions_in_a_status_not_published_have_no_page(client, programme, villages):
    stopped = programme.actions.get(title="Gestopte moestuin")
    url = reverse("public:action", args=[programme.slug, stopped.pk])
    assert client.get(url).status_code == 404
    services.publication_update(
        programme=programme,
        public_statuses=[ActionStatus.RUNNING, ActionStatus.STOPPED],
        shows_area_summary=False,
        by=None,
    )
    assert client.get(url).status_code == 200
    content = page_of(client, programme).content.decode()
    assert "Gestopte moestuin" in content and "Buurtsportcoach" not in content
    assert "Acties per dorp of wijk" not in content, "the team left the table out"


def test_the_team_chooses_what_is_published_under_the_programme_settings(
    client, programme, members, villages
):
    client.force_login(members["project_team"])
    overview = client.get(reverse("core:programme-settings", args=[programme.slug])).content
    url = reverse("public:settings", args=[programme.slug])
    assert url.encode() in overview
    book_settings = client.get(reverse("actions:settings", args=[programme.slug])).content
    assert url.encode() in book_settings, "the action book's settings point to the new place"
    assert b'name="public_statuses"' not in book_settings
    page = client.get(url).content.decode()
    assert 'value="proposed"' not in page, "proposals are never offered"
    assert "Openbare pagina's uitzetten" in page

    refused = client.post(url, {"public_statuses": ["proposed"]})
    assert refused.status_code == 400
    assert client.post(url, {}).status_code == 400
    response = client.post(url, {"public_statuses": ["running"], "shows_area_summary": "on"})
    assert response.status_code == 302
    event = AuditEvent.objects.filter(verb=AuditVerb.PUBLISHED).latest("pk")
    assert event.actor == members["project_team"]
    assert event.details == {"public_statuses": ["running"]}
    client.logout()
    content = page_of(client, programme).content.decode()
    assert "Er zijn 4 acties: 4 lopen." in content and "Buurtsportcoach" not in content


@pytest.mark.parametrize("role", ["lead", "partner", "analyst", "viewer"])
def test_only_the_project_team_changes_the_publication(client, programme, members, villages, role):
    client.force_login(members[role])
    url = reverse("public:settings", args=[programme.slug])
    assert client.get(url).status_code == 403
    assert client.post(url, {"public_statuses": ["running"]}).status_code == 403
    assert client.get(reverse("core:programme-settings", args=[programme.slug])).status_code == 403
    assert not AuditEvent.objects.filter(verb=AuditVerb.PUBLISHED, actor=members[role])


def test_the_settings_of_another_programme_are_not_there(client, programme, outsider):
    client.force_login(outsider)
    assert client.get(reverse("public:settings", args=[programme.slug])).status_code == 404


def test_the_page_asks_the_database_as_often_for_many_actions_as_for_few(
    client, programme, villages
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert page_of(client, programme).status_code == 200
        return len(captured)

    queries()  # the first view fills the caches (the register's names for masking)
    few = queries()
    for number in range(10):
        services.action_create(
            programme=programme,
            title=f"Extra {number}",
            area=f"Dorp {number}",
            goals=[villages["B1"], villages["C"]],
            status=ActionStatus.RUNNING,
            by=None,
        )
    queries()  # a change of the programme refills those caches once
    assert queries() == few
