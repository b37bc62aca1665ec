"""The respondent's side: start, save page by page, resume, finish. Nothing typed is lost:
every page is stored on the server before the next one is shown, and repeating a step
(a double click, a reload, a second tab) changes nothing."""

import hashlib
import secrets

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.db.models.functions import Greatest
from django.utils import timezone
from django.utils.translation import gettext as _

from . import structure
from .answers import clean_answer, is_visible
from .models import Answer, Invitation, Question, Response, ResponseStatus, StartNonce, Wave


class SurveyClosed(Exception):
    """The wave does not take answers now."""


def wave_is_open(wave: Wave) -> bool:
    now = timezone.now()
    if not wave.is_open:
        return False
    if wave.opens_at and now < wave.opens_at:
        return False
    return not (wave.closes_at and now > wave.closes_at)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


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
    invitation_hash = None
    if wave.invitation_only or invitation_token:
        invitation = Invitation.objects.filter(wave=wave, token=invitation_token).first()
        if invitation is None:
            raise ValidationError(_("This invitation link is not valid."))
        invitation_hash = _hash(invitation.token)
        existing = Response.objects.filter(invitation_hash=invitation_hash).first()
        if existing is not None:
            return existing  # one response per invitation; the link resumes it
    try:
        with transaction.atomic():
            response = Response.objects.create(wave=wave, invitation_hash=invitation_hash)
            StartNonce.objects.create(wave=wave, nonce=nonce, response=response)
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


def sections_of(wave: Wave) -> list:
    """The wave's pages in order with their questions (a shared copy: do not change it)."""
    return structure.sections_of(wave.survey)


def answers_by_code(response: Response) -> dict:
    """The response's stored answers by question code."""
    codes = structure.codes_by_question_id(response.wave.survey)
    return {
        codes[question_id]: value
        for question_id, value in Answer.objects.filter(response=response).values_list(
            "question_id", "value"
        )
        if question_id in codes
    }


def visible_questions(response: Response, section, known: dict | None = None) -> list[Question]:
    known = answers_by_code(response) if known is None else known
    return [question for question in section.questions.all() if is_visible(question, known)]


def follow_ups(section) -> list[Question]:
    """The page's questions shown after an answer on the same page: a browser with
    JavaScript shows them as soon as the answer is chosen, one without sees the page again."""
    codes = {question.code for question in section.questions.all()}
    return [question for question in section.questions.all() if question.show_if_code in codes]


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
        return {"status": ResponseStatus.COMPLETE, "completed_at": timezone.now()}
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


@transaction.atomic
def survey_from_questionnaire(*, programme, code: str, title: str = ""):
    """A new survey built from one of the shipped questionnaires, ready to edit."""
    from .models import Section, Survey
    from .questionnaires import QUESTIONNAIRES

    data = QUESTIONNAIRES[code]
    survey = Survey.objects.create(
        programme=programme,
        title=title or data["title"],
        audience=data["audience"],
        introduction=data["introduction"],
        thanks=data["thanks"],
    )
    for position, section_data in enumerate(data["sections"]):
        section = Section.objects.create(
            survey=survey, title=section_data["title"], position=position
        )
        for index, question in enumerate(section_data["questions"]):
            Question.objects.create(section=section, position=index, **question)
    return survey


def wave_create(*, survey, name: str, access_code: str = "", invitation_only: bool = False) -> Wave:
    """Open a new wave of a survey: the same questions again, comparable with earlier waves."""
    return Wave.objects.create(
        survey=survey,
        name=name.strip(),
        access_code=access_code.strip(),
        invitation_only=invitation_only,
    )


def aspect_scores(response) -> dict[str, float]:
    """A professional's score (0-100) per aspect: the mean of the scale's items, 1-5 mapped to 0-100."""
    totals: dict[str, list[float]] = {}
    for answer in response.answers.select_related("question"):
        question = answer.question
        if not question.aspect or not isinstance(answer.value, dict):
            continue
        for value in answer.value.values():
            score = 6 - value if question.reverse_scored else value
            totals.setdefault(question.aspect, []).append((score - 1) * 25)
    return {aspect: sum(values) / len(values) for aspect, values in totals.items()}


def wave_set_open(*, wave: Wave, is_open: bool) -> Wave:
    """Open or close a wave; answers given so far stay."""
    wave.is_open = is_open
    wave.save(update_fields=["is_open"])
    return wave


def response_import_start(*, wave: Wave, uploaded, by):
    """Queue an uploaded file of responses for a background import. Only its name and size are
    checked here; reading a large workbook takes longer than a web request should."""
    from django.conf import settings

    from samenspel.core.tabular import FileProblem, check_upload

    from .models import ResponseImport
    from .tasks import import_responses

    check_upload(uploaded, max_bytes=settings.SAMENSPEL_IMPORT_MAX_BYTES)
    data = uploaded.read()
    if not data.strip():
        raise FileProblem(_("The file is empty."))
    job = ResponseImport.objects.create(
        wave=wave, filename=uploaded.name[:200], content=data, created_by=by
    )
    import_responses.enqueue(job.pk)
    return job
