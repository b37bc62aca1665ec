"""Personal invitations: addresses from a list, one link each. The addresses stay in their
own table; a response keeps only a hash of its invitation token."""

from email.utils import formataddr

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from samenspel.core.tabular import TableSpec

from ..models import Wave

INVITATION_TABLE = TableSpec("invitations", "Uitnodigingen", {"e-mail": "email"}, "e-mail")


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


def invitation_html(*, wave: Wave, text: str, link: str, logo_url: str) -> str:
    """The same invitation as HTML beside the plain text: the programme's logo and name above
    it, and the link as a link. A mail program that shows no images still shows the name."""
    return render_to_string(
        "surveys/invitation_email.html",
        {"wave": wave, "text": text, "link": link, "logo_url": logo_url},
    )
