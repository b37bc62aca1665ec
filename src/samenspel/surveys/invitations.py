"""Personal invitations: addresses from a list, one link each. The addresses stay in their
own table; a response keeps only a hash of its invitation token."""

from email.utils import formataddr

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import get_connection, send_mass_mail
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from samenspel.core.tabular import TableSpec

from .models import Invitation, Wave

INVITATION_TABLE = TableSpec("invitations", "Uitnodigingen", {"e-mail": "email"}, "e-mail")


@transaction.atomic
def invitations_create(*, wave: Wave, rows: list[tuple[int, dict]]) -> list[Invitation]:
    """Invitations for every address in the list, checked first: a wrong address anywhere
    creates none. Addresses invited before are skipped. Returns the new invitations."""
    problems, addresses = [], []
    for number, values in rows:
        address = values.get("email", "").strip().lower()
        try:
            validate_email(address)
        except ValidationError:
            problems.append(
                _("Row %(row)s: “%(value)s” is not a valid e-mail address.")
                % {"row": number, "value": address}
            )
            continue
        if address not in addresses:
            addresses.append(address)
    if problems:
        raise ValidationError(problems)
    known = set(
        Invitation.objects.filter(wave=wave, email__in=addresses).values_list("email", flat=True)
    )
    return Invitation.objects.bulk_create(
        Invitation(wave=wave, email=a) for a in addresses if a not in known
    )


SEND_BATCH = 200


def invitation_message(*, wave: Wave, link: str) -> tuple[str, str, str]:
    """Subject, text and sender of the invitation e-mail: the team's own words for this wave,
    then what the link does, until when, who asks and whom to ask."""
    survey = wave.survey
    subject = wave.invitation_subject.strip() or _("Your opinion counts: %(title)s") % {
        "title": survey.title
    }
    own = wave.invitation_text.strip() or _(
        "Hello,\n\nWe would like to know what you think. It takes a few minutes."
    )
    facts = [
        _(
            "Your own link:\n%(link)s\n\nThe link is for you alone and gives one set of answers. "
            "It opens your questionnaire; if you stop halfway, continue later on the same phone "
            "or computer. Your answers are not linked to your e-mail address."
        )
        % {"link": link}
    ]
    if wave.closes_at:
        closes = date_format(timezone.localtime(wave.closes_at), "j F Y")
        facts.append(_("You can answer until %(date)s.") % {"date": closes})
    facts.append(_("This survey is held by %(organiser)s.") % {"organiser": survey.programme.name})
    if survey.contact:
        facts.append(_("Questions? %(contact)s") % {"contact": survey.contact})
    sender = formataddr((wave.invitation_sender.strip(), settings.DEFAULT_FROM_EMAIL))
    return subject, "\n\n".join([own, *facts]), sender


def invitations_send(*, wave: Wave, base_url: str) -> int:
    """E-mail every invitation not sent yet, in batches that are marked sent one by one, so a
    failure halfway never sends anyone a second e-mail; returns how many were sent."""
    start = reverse("surveys:start", args=[wave.public_token])
    sent = 0
    connection = get_connection()
    while True:
        batch = list(Invitation.objects.filter(wave=wave, sent_at__isnull=True)[:SEND_BATCH])
        if not batch:
            return sent
        messages = [
            (
                *invitation_message(
                    wave=wave,
                    link=f"{base_url.rstrip('/')}{start}?uitnodiging={invitation.token}",
                ),
                [invitation.email],
            )
            for invitation in batch
        ]
        sent += send_mass_mail(messages, fail_silently=False, connection=connection)
        Invitation.objects.filter(pk__in=[i.pk for i in batch]).update(sent_at=timezone.now())


def wave_invitation_update(*, wave: Wave, by=None, **fields) -> Wave:
    """Change the invitation's subject, text and sender, and the wave's closing date."""
    for name in ("invitation_subject", "invitation_text", "invitation_sender", "closes_at"):
        if name in fields:
            setattr(wave, name, fields[name])
    wave.save(
        update_fields=["invitation_subject", "invitation_text", "invitation_sender", "closes_at"]
    )
    return wave
