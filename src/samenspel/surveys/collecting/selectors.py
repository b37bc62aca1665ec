"""Reads on the respondent's side: the wave behind a link, the response behind a resume link,
its pages and stored answers, and who runs the survey."""

from django.core.cache import cache
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone

from samenspel.core.ids import parse_token
from samenspel.core.models import Programme

from .. import structure
from ..answers import is_visible
from ..models import Answer, Question, Response, Wave


def wave_for_token(token: str) -> Wave | None:
    """The wave behind a survey's public link, with its survey, or None."""
    return Wave.objects.select_related("survey").filter(public_token=token).first()


def response_on_device(*, wave: Wave, resume: str | None) -> Response | None:
    """The response this device started on a wave, by the resume token in its cookie."""
    if parse_token(resume) is None:
        return None  # none, or not one we set (a NUL character is refused by PostgreSQL)
    return Response.objects.filter(wave=wave, resume_token=resume).first()


def response_for_link(*, token: str, resume: str) -> Response | None:
    """The response behind a respondent's link, with its wave and survey, or None."""
    return (
        Response.objects.select_related("wave__survey")
        .filter(resume_token=resume, wave__public_token=token)
        .first()
    )


ORGANISER_SECONDS = 300


def organiser(*, programme_id: int) -> dict:
    """Who holds a survey, as its respondents' pages show it: the programme's name and the
    address of its logo (empty without one); kept a few minutes in the cache, as every page
    of a town's survey shows the same."""
    key = f"survey-organiser:{programme_id}"
    found = cache.get(key)
    if found is None:
        row = (
            Programme.objects.filter(pk=programme_id)
            .values_list("name", "slug", "logo_version")
            .first()
        )
        name, slug, version = row or ("", "", "")
        logo = reverse("core:programme-logo", args=[slug, version]) if version else ""
        found = {"name": name, "logo_url": logo}
        cache.set(key, found, ORGANISER_SECONDS)
    return found


def wave_is_open(wave: Wave) -> bool:
    now = timezone.now()
    if not wave.is_open:
        return False
    if wave.opens_at and now < wave.opens_at:
        return False
    return not (wave.closes_at and now > wave.closes_at)


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


def invitation_counts(*, wave: Wave) -> dict[str, int]:
    """How many invitations a wave has, and how many of them are not sent yet."""
    return wave.invitations.aggregate(
        total=Count("pk"), unsent=Count("pk", filter=Q(sent_at__isnull=True))
    )
