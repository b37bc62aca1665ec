"""Reminders to leads whose action is stalling, so the team can act before parties lose heart."""

from datetime import date

from django.core.mail import send_mail
from django.db.models import Max
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from samenspel.core.models import Programme

from .models import StallingReminder
from .selectors import stalling_actions


def stalling_reminders_send(
    *, programme: Programme, base_url: str, today: date | None = None
) -> int:
    """E-mail the lead of every stalling action that has not been reminded since it went quiet.
    Returns how many reminders were sent."""
    sent = 0
    mine = reverse("actions:mine", args=[programme.slug])
    actions = stalling_actions(programme=programme, today=today).annotate(
        last_reminder=Max("reminders__sent_at")
    )
    for action in actions:
        lead = action.lead
        if lead is None or not lead.email:
            continue
        if (
            action.last_reminder
            and timezone.localtime(action.last_reminder).date() >= action.last_activity
        ):
            continue
        with translation.override("nl"):
            context = {
                "action": action,
                "lead": lead,
                "programme": programme,
                "link": base_url.rstrip("/")
                + (
                    # A lead with an account goes straight to their own page, where the
                    # update is one short form.
                    f"{mine}#actie-{action.pk}"
                    if lead.user_id
                    else reverse("actions:detail", args=[programme.slug, action.pk])
                ),
            }
            send_mail(
                subject=_("Your action “%(title)s” has had no update for a while")
                % {"title": action.title},
                message=render_to_string("actions/stalling_reminder.txt", context),
                from_email=None,
                recipient_list=[lead.email],
            )
        StallingReminder.objects.create(action=action, sent_to=lead.email)
        sent += 1
    return sent
