import pytest
from django.urls import reverse

from samenspel.actions import services
from samenspel.actions.models import ActionStatus
from samenspel.goals.tests.factories import GoalFactory
from samenspel.stakeholders.tests.factories import OrganisationFactory, PersonFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(programme):
    goal = GoalFactory(programme=programme, title="Iedereen doet mee")
    library = OrganisationFactory(programme=programme, name="Bibliotheek Brinkeveld")
    shy = PersonFactory(
        programme=programme,
        name="Verlegen Trekker",
        organisation=library,
        email="verlegen@example.nl",
        phone="0570 00 11 22",
        shows_name_publicly=False,
    )
    open_lead = PersonFactory(programme=programme, name="Open Trekker", shows_name_publicly=True)
    services.action_create(
        programme=programme,
        title="Taalcafé",
        goals=[goal],
        lead=shy,
        status=ActionStatus.RUNNING,
        by=None,
    )
    services.action_create(
        programme=programme,
        title="Leesclub",
        goals=[goal],
        lead=open_lead,
        status=ActionStatus.AGREED,
        by=None,
    )
    services.action_create(programme=programme, title="Nog maar een idee", goals=[goal], by=None)
    services.settings_update(programme=programme, stalling_after_weeks=6, is_public=True, by=None)
    return programme


def test_unpublished_programme_is_not_public(client, programme):
    assert client.get(reverse("public:programme", args=[programme.slug])).status_code == 404


def test_residents_see_goals_actions_and_only_consented_names(client, published):
    content = client.get(reverse("public:programme", args=[published.slug])).content.decode()
    assert "Iedereen doet mee" in content
    assert "Taalcafé" in content and "Leesclub" in content
    assert "Nog maar een idee" not in content, "proposals are not public"
    assert "Open Trekker" not in content, "the list names organisations, never people"
    assert "Verlegen Trekker" not in content
    assert "Bibliotheek Brinkeveld" in content, "the lead's organisation"
    assert "verlegen@example.nl" not in content and "0570 00 11 22" not in content
    leesclub = published.actions.get(title="Leesclub")
    page = client.get(reverse("public:action", args=[published.slug, leesclub.pk])).content
    assert b"Open Trekker" in page, "an action's own page names a lead who agreed to it"


def test_public_action_page_hides_contact_details(client, published):
    action = published.actions.get(title="Taalcafé")
    content = client.get(
        reverse("public:action", args=[published.slug, action.pk])
    ).content.decode()
    assert "Taalcafé" in content
    assert "Verlegen Trekker" not in content and "verlegen@example.nl" not in content
    proposal = published.actions.get(title="Nog maar een idee")
    assert (
        client.get(reverse("public:action", args=[published.slug, proposal.pk])).status_code == 404
    )


@pytest.fixture
def talkative(published, members):
    """Texts that name people of the register, with and without their consent, and leave a
    phone number and an address behind."""
    from samenspel.goals import services as goals

    team = members["project_team"]
    goals.vision_update(
        programme=published, text="Samen met Verlegen Trekker en Open Trekker.", by=team
    )
    action = published.actions.get(title="Taalcafé")
    services.action_update(
        action=action,
        description="Elke dinsdag; bel Verlegen Trekker op 06-12345678.",
        expected_result="Tien deelnemers bij mevrouw Trekker thuis, 7383 AB 12.",
        by=team,
    )
    services.progress_post(
        action=action,
        text="Open Trekker en V. Trekker hielden de eerste avond (info@taalcafe.example.nl).",
        by=team,
    )
    published.refresh_from_db()
    return action


def test_public_texts_mask_names_without_consent_and_contact_details(client, published, talkative):
    from django.utils.translation import gettext

    name, phone = gettext("[name]"), gettext("[phone number]")
    book = client.get(reverse("public:programme", args=[published.slug])).content.decode()
    assert f"Samen met {name} en Open Trekker." in book
    assert "Verlegen" not in book
    page = client.get(
        reverse("public:action", args=[published.slug, talkative.pk])
    ).content.decode()
    assert "Verlegen" not in page and "V. Trekker" not in page and "mevrouw Trekker" not in page
    assert f"bel {name} op {phone}." in page
    assert "Open Trekker en" in page, "a name shown with consent"
    assert "06-12345678" not in page and "7383 AB 12" not in page
    assert "info@taalcafe" not in page


def test_the_product_pages_keep_names_and_mask_contact_details(
    client, published, members, talkative
):
    client.force_login(members["viewer"])
    page = client.get(
        reverse("actions:detail", args=[published.slug, talkative.pk])
    ).content.decode()
    assert "V. Trekker hielden" in page, "members read the register's names"
    assert "06-12345678" not in page and "info@taalcafe" not in page


def test_the_forms_say_which_texts_are_public(client, published, members, talkative):
    client.force_login(members["project_team"])
    page = client.get(reverse("actions:edit", args=[published.slug, talkative.pk])).content
    note = "id_description_helptext"
    assert note.encode() in page
    from samenspel.actions.forms import ActionForm, ProgressForm
    from samenspel.core.public_texts import PUBLIC_NOTE

    form = ActionForm(programme=published)
    assert str(PUBLIC_NOTE) in str(form.fields["description"].help_text)
    assert str(PUBLIC_NOTE) not in str(form.fields["needs_money"].help_text)
    assert str(PUBLIC_NOTE) in str(ProgressForm().fields["text"].help_text)


def test_switching_public_pages_on_shows_a_preview_and_asks_for_confirmation(
    client, programme, members
):
    from samenspel.core.models import AuditEvent, AuditVerb

    goal = GoalFactory(programme=programme, title="Iedereen doet mee")
    shy = PersonFactory(programme=programme, name="Verlegen Trekker")
    PersonFactory(programme=programme, name="Open Trekker", shows_name_publicly=True)
    services.action_create(
        programme=programme,
        title="Taalcafé",
        goals=[goal],
        lead=shy,
        description="Met Verlegen Trekker en Open Trekker.",
        status=ActionStatus.RUNNING,
        by=None,
    )
    client.force_login(members["project_team"])
    settings_page = client.get(reverse("actions:settings", args=[programme.slug])).content
    assert b'name="is_public"' not in settings_page, "not switched on without the preview"
    url = reverse("public:publish", args=[programme.slug])
    preview = client.get(url).content.decode()
    assert "Taalcafé" in preview and "Iedereen doet mee" in preview
    assert "Met [" in preview and "] en Open Trekker." in preview
    assert "Open Trekker" in preview
    assert client.get(reverse("public:programme", args=[programme.slug])).status_code == 404

    unconfirmed = client.post(url, {})
    assert unconfirmed.status_code == 400
    assert client.get(reverse("public:programme", args=[programme.slug])).status_code == 404

    confirmed = client.post(url, {"confirm": "on"})
    assert confirmed.status_code == 302
    client.logout()
    assert client.get(reverse("public:programme", args=[programme.slug])).status_code == 200
    event = AuditEvent.objects.get(verb=AuditVerb.PUBLISHED)
    assert event.details == {"is_public": True} and event.actor == members["project_team"]

    client.force_login(members["project_team"])
    client.post(reverse("public:unpublish", args=[programme.slug]))
    assert client.get(reverse("public:programme", args=[programme.slug])).status_code == 404


def test_only_the_project_team_previews_and_switches(client, programme, members):
    url = reverse("public:publish", args=[programme.slug])
    for role in ("lead", "partner", "analyst", "viewer"):
        client.force_login(members[role])
        assert client.get(url).status_code == 403
        assert client.post(url, {"confirm": "on"}).status_code == 403
