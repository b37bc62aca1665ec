"""The evaluation's pages: the team writes the report's narrative parts and chooses quotes per
goal; every member reads them and may ask for the report; others see nothing."""

import pytest
from django.urls import reverse

from samenspel.core.models import AuditEvent, AuditVerb, Role
from samenspel.goals.tests.factories import GoalFactory
from samenspel.monitoring import services
from samenspel.monitoring.models import EvaluationSection, EvaluationText, Quote

pytestmark = pytest.mark.django_db

TEXT = "De bijeenkomsten in de dorpshuizen brachten partijen bij elkaar."


def overview(programme) -> str:
    return reverse("monitoring:evaluation", args=[programme.slug])


def edit(programme, section=EvaluationSection.EXECUTION_WELL) -> str:
    return reverse("monitoring:evaluation-edit", args=[programme.slug, section])


@pytest.fixture
def goal(programme):
    return GoalFactory(programme=programme, title="Levendige dorpen")


def test_the_overview_lists_every_part_with_its_text_and_the_downloads(
    team_client, programme, members
):
    services.evaluation_text_save(
        programme=programme,
        section=EvaluationSection.EXECUTION_WELL,
        text=TEXT,
        by=members[Role.PROJECT_TEAM],
    )
    html = team_client.get(overview(programme)).content.decode()
    for section in EvaluationSection.values:
        assert f'id="section-{section}"' in html
        assert edit(programme, section) in html
    assert TEXT in html
    assert reverse("reports:evaluation", args=[programme.slug, "pdf"]) in html
    assert reverse("reports:evaluation", args=[programme.slug, "docx"]) in html
    assert reverse("monitoring:quote-create", args=[programme.slug]) in html


def test_a_viewer_reads_but_gets_no_edit_links(client, programme, members):
    services.evaluation_text_save(
        programme=programme,
        section=EvaluationSection.MONEY,
        text=TEXT,
        by=members[Role.PROJECT_TEAM],
    )
    client.force_login(members[Role.VIEWER])
    response = client.get(overview(programme))
    html = response.content.decode()
    assert response.status_code == 200 and TEXT in html
    assert edit(programme, EvaluationSection.MONEY) not in html
    assert reverse("monitoring:quote-create", args=[programme.slug]) not in html
    # The viewer may still ask for the report itself.
    assert reverse("reports:evaluation", args=[programme.slug, "pdf"]) in html
    assert client.get(edit(programme)).status_code == 403
    assert client.post(edit(programme), {"text": "Niet van mij."}).status_code == 403
    assert not EvaluationText.objects.filter(text="Niet van mij.").exists()


def test_the_team_writes_a_part_through_the_service_with_its_event(team_client, programme):
    page = team_client.get(edit(programme))
    assert page.status_code == 200
    response = team_client.post(edit(programme), {"text": f"  {TEXT}\n\n"})
    assert response.status_code == 302
    assert response["Location"].endswith("#section-execution_well")
    saved = EvaluationText.objects.get(programme=programme, section="execution_well")
    assert saved.text == TEXT
    assert AuditEvent.objects.filter(verb=AuditVerb.CHANGED, object_id=str(saved.pk)).exists()
    # Shown again in the form to change it.
    assert TEXT in team_client.get(edit(programme)).content.decode()


def test_emptying_a_part_is_allowed_and_an_unknown_part_is_not_found(team_client, programme):
    assert team_client.post(edit(programme), {"text": ""}).status_code == 302
    assert EvaluationText.objects.get(section="execution_well").text == ""
    assert team_client.get(edit(programme, "bestaat-niet")).status_code == 404


def test_too_long_a_text_is_a_form_error(team_client, programme):
    response = team_client.post(edit(programme), {"text": "x" * 20_001})
    assert response.status_code == 200
    assert not EvaluationText.objects.exists()


def test_the_team_chooses_a_quote_for_a_goal(team_client, programme, goal):
    url = reverse("monitoring:quote-create", args=[programme.slug])
    assert goal.title in team_client.get(url).content.decode()
    response = team_client.post(
        url, {"text": "Het dorp leeft weer.", "attribution": "Inwoner", "goal": goal.pk}
    )
    assert response.status_code == 302
    quote = Quote.objects.get()
    assert (quote.text, quote.attribution, quote.goal) == ("Het dorp leeft weer.", "Inwoner", goal)
    html = team_client.get(overview(programme)).content.decode()
    assert "Het dorp leeft weer." in html and goal.title in html


def test_a_quote_needs_text_and_a_goal_of_this_programme(team_client, programme, other_programme):
    url = reverse("monitoring:quote-create", args=[programme.slug])
    assert team_client.post(url, {"text": "  "}).status_code == 200
    foreign = GoalFactory(programme=other_programme)
    assert team_client.post(url, {"text": "Iets", "goal": foreign.pk}).status_code == 200
    assert team_client.post(url, {"text": "Iets", "goal": "abc"}).status_code == 200
    assert not Quote.objects.exists()


def test_a_quote_is_removed_after_confirmation(team_client, programme, members, goal):
    quote = services.quote_create(
        programme=programme, text="Weg ermee.", goal=goal, by=members[Role.PROJECT_TEAM]
    )
    url = reverse("monitoring:quote-delete", args=[programme.slug, quote.pk])
    page = team_client.get(url)
    assert page.status_code == 200 and "Weg ermee." in page.content.decode()
    assert Quote.objects.exists(), "asking is not removing"
    assert team_client.post(url).status_code == 302
    assert not Quote.objects.exists()
    assert AuditEvent.objects.filter(verb=AuditVerb.DELETED).exists()


def test_another_programmes_quote_is_not_found(team_client, programme, other_programme):
    foreign = services.quote_create(programme=other_programme, text="Geheim", by=None)
    url = reverse("monitoring:quote-delete", args=[programme.slug, foreign.pk])
    assert team_client.get(url).status_code == 404
    assert team_client.post(url).status_code == 404
    assert Quote.objects.filter(pk=foreign.pk).exists()


def test_an_outsider_sees_nothing(client, programme, outsider):
    client.force_login(outsider)
    assert client.get(overview(programme)).status_code == 404
    assert client.get(edit(programme)).status_code == 404


def test_a_long_list_of_quotes_is_paged(team_client, programme, members, settings):
    for index in range(settings.SAMENSPEL_PAGE_SIZE + 1):
        services.quote_create(
            programme=programme, text=f"Citaat nummer {index}.", by=members[Role.PROJECT_TEAM]
        )
    pages = [team_client.get(overview(programme), {"page": n}).content.decode() for n in (1, 2)]
    count = settings.SAMENSPEL_PAGE_SIZE + 1
    # Each quote on exactly one of the two pages.
    assert [sum(f"Citaat nummer {i}." in page for page in pages) for i in range(count)] == [
        1
    ] * count
    assert "Citaat nummer" in pages[1]
    for page in ("abc", "0", "9" * 40):
        assert team_client.get(overview(programme), {"page": page}).status_code == 200


def test_a_quote_is_masked_in_its_remove_link_too(team_client, programme):
    services.quote_create(programme=programme, text="Mail jan@dorp.nl gerust", by=None)
    html = team_client.get(overview(programme)).content.decode()
    assert reverse("monitoring:quote-delete", args=[programme.slug, Quote.objects.get().pk]) in html
    assert "jan@dorp.nl" not in html
