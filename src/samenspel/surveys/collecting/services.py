"""Collecting answers: waves opened and closed, invitations made and sent, responses imported,
and the respondent's side: start, save page by page, resume, finish. Nothing typed is lost:
every page is stored on the server before the next one is shown, and repeating a step
(a double click, a reload, a second tab) changes nothing."""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import F
from django.db.models.functions import Greatest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from samenspel.core.audit import AuditVerb, record
from samenspel.core.tabular import FileProblem, check_upload, read_upload

from ..answers import clean_answer, is_visible
from ..models import (
    Answer,
    Invitation,
    Response,
    ResponseImport,
    ResponseStatus,
    StartNonce,
    Wave,
)
from ..signals import results_changed
from . import selectors, tokens
from .invitations import INVITATION_TABLE, invitation_html, invitation_message
from .selectors import answers_by_code, wave_is_open


class SurveyClosed(Exception):
    """The wave does not take answers now."""


class AlreadyAnswered(Exception):
    """This invitation's questionnaire is complete: its link opens nothing any more."""


def response_start(
    *, wave: Wave, nonce: str, access_code: str = "", invitation_token: str = ""
) -> Response:
    """Start (or, for the same start form or invitation, resume) a response. The checks
    only read; the unique nonce and invitation keep two starts from making two responses.
    ``is_new`` on the response says whether this call made it."""
    if not wave_is_open(wave):
        raise SurveyClosed
    if wave.access_code and access_code.strip().lower() != wave.access_code.strip().lower():
        raise ValidationError({"access_code": _("This access code is not right.")})
    invitation_hash, invitation = None, None
    if wave.invitation_only or invitation_token:
        invitation = (
            Invitation.objects.filter(
                wave=wave, token_hash=tokens.invitation_key(invitation_token)
            ).first()
            if invitation_token
            else None
        )
        if invitation is None:
            raise ValidationError(_("This invitation link is not valid."))
        invitation_hash = tokens.response_key(invitation_token)
        existing = Response.objects.filter(invitation_hash=invitation_hash).first()
        if existing is not None:
            return existing  # one response per invitation; the link resumes it
        if invitation.started:
            raise AlreadyAnswered  # started, and its response forgot the link when complete
    try:
        with transaction.atomic():
            response = Response.objects.create(wave=wave, invitation_hash=invitation_hash)
            StartNonce.objects.create(wave=wave, nonce=nonce, response=response)
            if invitation is not None:
                # No time is kept: when the link was used says nothing about which answers.
                Invitation.objects.filter(pk=invitation.pk).update(started=True)
        response.is_new = True
    except IntegrityError:
        # This start form was sent before (a double click, a reload), or a simultaneous
        # request with the same invitation won: continue that response.
        started = StartNonce.objects.filter(nonce=nonce, wave=wave).select_related("response")
        if started:
            return started[0].response
        if invitation_hash:
            existing = Response.objects.filter(invitation_hash=invitation_hash).first()
            if existing is not None:
                return existing
        # A nonce that belongs to another wave: start afresh, with the same invitation.
        return response_start(
            wave=wave,
            nonce=secrets.token_urlsafe(16),
            access_code=access_code,
            invitation_token=invitation_token,
        )
    return response


class PageSaved(dict):
    """Problems per question code of a saved page; `revealed` names the follow-ups that the
    page's answers bring up but the respondent has not seen yet: the page comes back."""

    revealed: list[str]


def response_save_section(
    *, response: Response, section, raw: dict, finish: bool = False, seen: set | None = None
) -> PageSaved:
    """Check and store the answers of one page. Returns problems per question code. Valid
    answers are stored (replacing earlier ones) even when another has a problem; when there
    are none and no follow-up question appeared that the respondent has not seen (``seen``:
    the codes shown to them; None: all), the response moves on, or is complete after the last
    page."""
    if not wave_is_open(response.wave):
        raise SurveyClosed
    conditional = any(question.show_if_code for question in section.questions.all())
    # Without conditions on the page, other answers do not matter: one query less per page.
    known = answers_by_code(response) if conditional else {}
    stored = set(known)
    problems, cleaned, revealed = PageSaved(), {}, []
    # Conditions may depend on answers on this same page: evaluate in order.
    for question in section.questions.all():
        if not is_visible(question, known):
            cleaned[question] = None
            continue
        if seen is not None and question.show_if_code and question.code not in seen:
            # Asked for the first time: its answer is not in this form.
            revealed.append(question.code)
            continue
        try:
            value = clean_answer(question, raw.get(question.code))
        except ValidationError as error:
            problems[question.code] = " ".join(error.messages)
            continue
        cleaned[question] = value
        known[question.code] = value
    saved = _answers_store(
        response=response,
        values={question.pk: value for question, value in cleaned.items() if value is not None},
        emptied=[
            question.pk
            for question, value in cleaned.items()
            if value is None and (question.code in stored or not conditional)
        ],
        progress=_progress(section=section, problems=problems or revealed, finish=finish),
    )
    if saved and finish and not (problems or revealed):
        results_changed(response.wave)
    # Finished meanwhile (a second tab, a double click): nothing changed, nothing to correct.
    result = problems if saved else PageSaved()
    result.revealed = revealed if saved else []
    return result


def _progress(*, section, problems, finish: bool) -> dict:
    """How the response moves on after a page: not at all while answers have problems (or
    a follow-up is still to be asked), to the page after this one, or to complete."""
    if problems:
        # An update that changes nothing still locks the row and checks the status.
        return {"current_section": F("current_section")}
    if finish:
        # A complete response forgets the invitation link that started it.
        return {
            "status": ResponseStatus.COMPLETE,
            "completed_at": timezone.now(),
            "invitation_hash": None,
        }
    return {"current_section": Greatest(F("current_section"), section.position + 1)}


def _answers_store(*, response: Response, values: dict, emptied: list, progress: dict) -> bool:
    """Write a page's answers and move the response on, in one short transaction. The first
    statement is a conditional update: only a response still in progress is changed, and it
    stays locked until the answers are written. False when it was finished (nothing changes)."""
    with transaction.atomic():
        moved = Response.objects.filter(pk=response.pk, status=ResponseStatus.IN_PROGRESS).update(
            **progress
        )
        if not moved:
            return False
        if emptied:
            Answer.objects.filter(response=response, question_id__in=emptied).delete()
        if values:
            Answer.objects.bulk_create(
                [
                    Answer(response=response, question_id=question_id, value=value)
                    for question_id, value in values.items()
                ],
                update_conflicts=True,
                unique_fields=["response", "question"],
                update_fields=["value"],
            )
    return True


def wave_create(
    *, survey, name: str, access_code: str = "", invitation_only: bool = False, by
) -> Wave:
    """Open a new wave of a survey: the same questions again, comparable with earlier waves."""
    wave = Wave.objects.create(
        survey=survey,
        name=name.strip(),
        access_code=access_code.strip(),
        invitation_only=invitation_only,
    )
    record(by=by, verb=AuditVerb.CREATED, obj=wave)
    return wave


def wave_set_open(*, wave: Wave, is_open: bool, by) -> Wave:
    """Open or close a wave; answers given so far stay."""
    wave.is_open = is_open
    wave.save(update_fields=["is_open"])
    record(by=by, verb=AuditVerb.CHANGED, obj=wave, is_open=is_open)
    results_changed(wave)
    return wave


def response_import_start(*, wave: Wave, uploaded, by):
    """Queue an uploaded file of responses for a background import. Only its name and size are
    checked here; reading a large workbook takes longer than a web request should."""
    from .tasks import import_responses  # the task module imports these services

    check_upload(uploaded, max_bytes=settings.SAMENSPEL_IMPORT_MAX_BYTES)
    data = uploaded.read()
    if not data.strip():
        raise FileProblem(_("The file is empty."))
    job = ResponseImport.objects.create(
        wave=wave, filename=uploaded.name[:200], content=data, created_by=by
    )
    import_responses.enqueue(job.pk)
    record(by=by, verb=AuditVerb.IMPORTED, obj=wave, file=job.filename)
    return job


@transaction.atomic
def invitations_create(*, wave: Wave, rows: list[tuple[int, dict]]) -> list[Invitation]:
    """Invitations for every address in the list, checked first: a wrong address anywhere
    creates none. Addresses invited before are skipped. Returns the new invitations."""
    problems, addresses = [], []
    longest = Invitation._meta.get_field("email").max_length
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
        if len(address) > longest:
            # Valid by the RFC (up to 320 characters), but longer than the column holds.
            problems.append(
                _("Row %(row)s: the e-mail address is longer than %(limit)s characters.")
                % {"row": number, "limit": longest}
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


def invitations_import(*, wave: Wave, uploaded, by) -> list[Invitation]:
    """Invitations from an uploaded list (Excel or CSV with a column “e-mail”): all or none."""
    sheets = read_upload(
        uploaded,
        specs=(INVITATION_TABLE,),
        kind_hint="invitations",
        max_rows=settings.SAMENSPEL_IMPORT_MAX_ROWS,
    )
    created = invitations_create(wave=wave, rows=[row for sheet in sheets for row in sheet.rows])
    record(by=by, verb=AuditVerb.INVITED, obj=wave, count=len(created))
    return created


def invitation_token_issue(*, invitation: Invitation) -> str:
    """A new token for an invitation's link, of which only a keyed hash is kept: the token
    itself exists only in the mail it is put in (a new mail, a new token)."""
    token = _new_token(invitation)
    invitation.save(update_fields=["token_hash"])
    return token


def _new_token(invitation: Invitation) -> str:
    token = tokens.new_invitation_token()
    invitation.token_hash = tokens.invitation_key(token)
    return token


def invitations_send(*, wave: Wave, base_url: str, by) -> int:
    """E-mail every invitation not sent yet, in batches that are marked sent one by one, so a
    failure halfway never sends anyone a second e-mail; returns how many were sent."""
    base = base_url.rstrip("/")
    start = reverse("surveys:start", args=[wave.public_token])
    logo = selectors.organiser(programme_id=wave.survey.programme_id)["logo_url"]
    sent = 0
    connection = get_connection()
    while True:
        batch = list(Invitation.objects.filter(wave=wave, sent_at__isnull=True)[:SEND_BATCH])
        if not batch:
            record(by=by, verb=AuditVerb.SENT, obj=wave, count=sent)
            return sent
        messages = []
        for invitation in batch:
            token = _new_token(invitation)
            link = f"{base}{start}?uitnodiging={token}"
            subject, text, sender = invitation_message(wave=wave, link=link)
            mail = EmailMultiAlternatives(subject, text, sender, [invitation.email])
            html = invitation_html(
                wave=wave, text=text, link=link, logo_url=f"{base}{logo}" if logo else ""
            )
            mail.attach_alternative(html, "text/html")
            messages.append(mail)
        # One write for the batch's new hashes, before any of its mails goes out.
        Invitation.objects.bulk_update(batch, ["token_hash"])
        sent += connection.send_messages(messages) or 0
        Invitation.objects.filter(pk__in=[i.pk for i in batch]).update(sent_at=timezone.now())


def wave_invitation_update(*, wave: Wave, by, **fields) -> Wave:
    """Change the invitation's subject, text and sender, and the wave's closing date."""
    for name in ("invitation_subject", "invitation_text", "invitation_sender", "closes_at"):
        if name in fields:
            setattr(wave, name, fields[name])
    wave.save(
        update_fields=["invitation_subject", "invitation_text", "invitation_sender", "closes_at"]
    )
    record(by=by, verb=AuditVerb.CHANGED, obj=wave, fields=sorted(fields))
    return wave


SEND_BATCH = 200
