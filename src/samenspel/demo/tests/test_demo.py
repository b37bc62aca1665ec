import pytest
from django.core.management import call_command

from samenspel.actions.models import Action, ActionStatus
from samenspel.actions.selectors import actions_led_by, proposals_of, stalling_actions
from samenspel.core.models import Programme
from samenspel.stakeholders.models import Person

pytestmark = pytest.mark.django_db


def test_demo_data_is_rich_enough_to_try_everything():
    call_command("demo", no_serve=True)
    local, regional = Programme.objects.order_by("start_date")
    assert local.municipalities.count() == 1 and regional.municipalities.count() >= 3
    assert local.target_images.count() == 6
    assert local.goals.filter(parent__isnull=False).exists()
    assert local.organisations.count() >= 30 and local.people.count() >= 60
    assert local.target_groups.count() >= 3
    actions = Action.objects.filter(programme=local)
    assert actions.count() >= 80
    assert set(actions.values_list("status", flat=True)) == set(ActionStatus.values)
    assert actions.filter(progress_updates__isnull=False).distinct().count() >= 40
    assert stalling_actions(programme=local).count() >= 3
    assert local.meetings.filter(proposed_actions__isnull=False).exists()
    assert Person.objects.filter(user__username="trekker").exists(), "the demo lead leads actions"
    lead = Person.objects.get(user__username="trekker")
    assert lead.user.get_full_name() == lead.name, "the account is the person in the register"
    led = actions_led_by(programme=local, user=lead.user)
    assert any(action.is_stalling for action in led)
    assert all(lead.user.has_perm("actions.change_action", action) for action in led)
    partner = lead.user.__class__.objects.get(username="partner")
    proposals = {a.status: a for a in proposals_of(programme=local, user=partner)}
    assert {"proposed", "agreed", "withdrawn"} <= set(proposals)
    assert proposals["agreed"].team_note and proposals["agreed"].proposed_title

    from samenspel.surveys.models import Response

    needs = local.surveys.get(audience="residents")
    assert needs.waves.count() == 2
    assert all(w.responses.count() >= 1400 for w in needs.waves.all())
    assert local.surveys.get(audience="professionals").waves.count() == 2
    assert Response.objects.filter(wave__survey__programme=local).count() > 3000

    from samenspel.monitoring.models import FigureRequest, ResourceNeed

    assert local.areas.filter(level="neighbourhood").count() >= 12
    assert local.indicators.filter(values__isnull=False).distinct().count() >= 8
    assert local.indicators.filter(feed="survey_mean", feed_question__isnull=False).exists()
    # The fed indicators carry the figures their waves and actions give, not an empty series.
    assert local.indicators.get(code="alleen-peiling").values.filter(source="survey").exists()
    assert local.indicators.get(code="acties-lopend").values.filter(source="action_book").exists()
    assert regional.indicators.exists() and regional.areas.filter(geometry__isnull=False).exists()
    asked = FigureRequest.objects.get(organisation__name="GGD Linderdal", delivered_at=None)
    assert partner.has_perm("monitoring.deliver_figure", asked), "the partner can deliver it"
    assert ResourceNeed.objects.filter(action__programme=local).count() >= 6
    assert local.commitments.count() >= 10 and local.quotes.count() >= 5

    call_command("demo", no_serve=True)  # loading twice changes nothing
    assert Action.objects.filter(programme=local).count() == actions.count()
