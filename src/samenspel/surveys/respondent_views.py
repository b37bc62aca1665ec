"""The respondent's pages: no account, no JavaScript needed, every page saved on the server."""

import functools
import hashlib
import secrets

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import redirect
from django.shortcuts import render as django_render
from django.template.loader import get_template
from django.urls import get_script_prefix
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.views.decorators.csrf import csrf_exempt
from django.views.i18n import set_language

from samenspel.core.jinja2 import translator

from . import respondent_sql, services
from .answers import LIKERT_LABELS, LIKERT_VALUES, answer_options
from .models import QuestionKind, Response, ResponseStatus, Wave

COOKIE = "samenspel_survey_{}"
CLOSED_KINDS = {QuestionKind.SINGLE, QuestionKind.MULTIPLE, QuestionKind.LIKERT, QuestionKind.SCALE}
QUESTION_TEMPLATE = "surveys/respondent/question.html"
CHROME_TEMPLATE = "surveys/respondent/chrome.html"
STARTS_PER_HOUR = 30


def _too_many_starts(request, wave: Wave) -> bool:
    # Only a hash of the address is kept, and only for an hour.
    address = request.META.get("REMOTE_ADDR", "")
    key = "survey-starts:" + hashlib.sha256(f"{wave.pk}:{address}".encode()).hexdigest()
    count = cache.get_or_set(key, 0, timeout=3600)
    if count >= getattr(settings, "SAMENSPEL_SURVEY_STARTS_PER_HOUR", STARTS_PER_HOUR):
        return True
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, 1, timeout=3600)
    return False


def render(request, template_name: str, context: dict, status: int = 200):
    language = get_language()
    context = {
        **context,
        "language": language,
        "gettext": translator(language),
        "chrome": page_chrome(language, get_script_prefix()),
    }
    return django_render(request, template_name, context, status=status, using="jinja2")


@functools.lru_cache(maxsize=16)
def page_chrome(language: str, prefix: str):
    """The parts of chrome.html, the same on every respondent's page in this language
    (and under this address prefix): made once instead of on every page."""
    template = get_template(CHROME_TEMPLATE, using="jinja2").template
    return template.make_module({"language": language, "gettext": translator(language)})


NOT_STORED = {
    "Cache-Control": "max-age=0, no-cache, no-store, must-revalidate, private",
    "Expires": "Thu, 01 Jan 1970 00:00:00 GMT",
}


def not_stored(view):
    """As never_cache, with fixed headers (no date to format): a respondent's page holds
    their answers, and no browser or proxy may keep it."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        for header, value in NOT_STORED.items():
            response.headers[header] = value
        return response

    return wrapper


def _other_page(request, number: int) -> HttpResponseRedirect:
    """To another page of the same link: only the page number at the end of the path differs."""
    return HttpResponseRedirect(f"{request.path.rsplit('/', 2)[0]}/{number}/")


@not_stored
def start(request, token: str):
    wave = respondent_sql.wave_for_token(token)
    if wave is None:
        raise Http404
    if not services.wave_is_open(wave):
        return render(request, "surveys/respondent/closed.html", {"wave": wave}, status=410)
    resume = request.COOKIES.get(COOKIE.format(wave.pk))
    existing = Response.objects.filter(wave=wave, resume_token=resume).first() if resume else None
    if existing is not None and request.method == "GET" and not request.GET.get("uitnodiging"):
        return _continue(existing)
    error = ""
    if request.method == "POST":
        if request.POST.get("website"):  # honeypot: people do not see this field
            return redirect("surveys:thanks", token=token)
        if _too_many_starts(request, wave):
            return render(request, "surveys/respondent/busy.html", {"wave": wave}, status=429)
        try:
            response = services.response_start(
                wave=wave,
                nonce=request.POST.get("nonce", "")[:40] or secrets.token_urlsafe(16),
                access_code=request.POST.get("access_code", ""),
                invitation_token=request.POST.get("uitnodiging", ""),
            )
        except services.SurveyClosed:
            return render(request, "surveys/respondent/closed.html", {"wave": wave}, status=410)
        except ValidationError as problem:
            error = " ".join(problem.messages)
        else:
            reply = _continue(response)
            reply.set_cookie(
                COOKIE.format(wave.pk),
                response.resume_token,
                max_age=60 * 60 * 24 * 60,
                httponly=True,
                samesite="Lax",
                secure=request.is_secure(),
            )
            return reply
    context = {
        "wave": wave,
        "survey": wave.survey,
        "nonce": secrets.token_urlsafe(16),
        "invitation": request.GET.get("uitnodiging", "") or request.POST.get("uitnodiging", ""),
        "error": error,
    }
    return render(request, "surveys/respondent/start.html", context, status=400 if error else 200)


def _continue(response: Response):
    if response.status == ResponseStatus.COMPLETE:
        return redirect("surveys:thanks", token=response.wave.public_token)
    # Going back from the last page leaves no page after it to continue on.
    last = len(services.sections_of(response.wave))
    return redirect(
        "surveys:page",
        token=response.wave.public_token,
        resume=response.resume_token,
        number=max(1, min(response.current_section + 1, last)),
    )


# Respondents have no account and no session: a page is authorised by the unguessable link
# itself, not by a cookie, so a request forged on another site could do nothing its sender
# could not do directly. The start form keeps its token (it sets the link's cookie).
@csrf_exempt
@not_stored
def page(request, token: str, resume: str, number: int):
    response = respondent_sql.response_for_link(token=token, resume=resume)
    if response is None:
        raise Http404
    if response.status == ResponseStatus.COMPLETE:
        return redirect("surveys:thanks", token=token)
    if not services.wave_is_open(response.wave):
        return render(
            request, "surveys/respondent/closed.html", {"wave": response.wave}, status=410
        )
    sections = services.sections_of(response.wave)
    if not 1 <= number <= len(sections) or number > response.current_section + 1:
        raise Http404
    section = sections[number - 1]
    is_last = number == len(sections)
    problems, raw = {}, {}
    if request.method == "POST":
        raw = _raw_answers(request.POST, section)
        going_back = "terug" in request.POST
        # Valid answers are stored even when going back or when another answer has a problem.
        problems = services.response_save_section(
            response=response, section=section, raw=raw, finish=is_last and not going_back
        )
        if going_back:
            return _other_page(request, max(1, number - 1))
        if not problems:
            if is_last:
                return redirect("surveys:thanks", token=token)
            return _other_page(request, number + 1)
    known = services.answers_by_code(response)
    values = {**known, **raw} if problems else known
    context = {
        "wave": response.wave,
        "survey": response.wave.survey,
        "section": section,
        "questions": _page_questions(response, section, values, problems),
        "number": number,
        "total": len(sections),
        "is_last": is_last,
        "problems": problems,
        "resume_url": request.path,
    }
    return render(request, "surveys/respondent/page.html", context, status=400 if problems else 200)


def _page_questions(response: Response, section, values: dict, problems: dict) -> list[dict]:
    """The questions a respondent sees on a page, each with its markup and any problem."""
    revision, language = response.wave.survey.revision, get_language()
    return [
        {
            "question": question,
            "problem": problems.get(question.code),
            "html": question_markup(
                question,
                values.get(question.code),
                problems.get(question.code),
                revision=revision,
                language=language,
            ),
        }
        for question in services.visible_questions(response, section, known=values)
    ]


def _raw_answers(post, section) -> dict:
    raw = {}
    for question in section.questions.all():
        if question.kind == QuestionKind.MULTIPLE:
            raw[question.code] = post.getlist(question.code)
        elif question.kind == QuestionKind.GRID:
            raw[question.code] = {
                str(item["value"]): post.get(f"{question.code}__{item['value']}", "")
                for item in question.items
            }
        else:
            raw[question.code] = post.get(question.code, "")
    return raw


def question_context(question, value, problem) -> dict:
    """What question.html needs: each option with whether it is chosen, worked out here
    because a template loop with comparisons per option costs more than the rest of a page."""
    item = {"question": question, "problem": problem, "value": "", "options": [], "rows": []}
    if question.kind == QuestionKind.GRID:
        chosen = {str(key): str(answer) for key, answer in value.items()} if value else {}
        likert = list(zip(LIKERT_VALUES, LIKERT_LABELS(), strict=True))
        item["rows"] = [
            (
                str(line["value"]),
                line["label"],
                [
                    (option, label, chosen.get(str(line["value"])) == option)
                    for option, label in likert
                ],
            )
            for line in question.items
        ]
    elif question.kind in CLOSED_KINDS:
        if isinstance(value, list):
            chosen = {str(option) for option in value}
        else:
            chosen = set() if value in (None, "") else {str(value)}
        item["options"] = [
            (option, label, option in chosen) for option, label in answer_options(question)
        ]
    else:
        item["value"] = "" if value is None else str(value)
    return item


def question_html(item: dict) -> str:
    """One question's markup, safe to place in a page as it is."""
    return mark_safe(get_template(QUESTION_TEMPLATE, using="jinja2").render({"item": item}))  # noqa: S308 - rendered with escaping


@functools.lru_cache(maxsize=4096)
def _unanswered_question_html(question, revision: str, language: str) -> str:
    return question_html(question_context(question, None, None))


def question_markup(question, value, problem, *, revision: str, language: str) -> str:
    """A question's markup on a respondent's page (in the active language). Most pages are
    seen before anything is answered; that markup is kept per survey revision and language."""
    if value is None and problem is None:
        return _unanswered_question_html(question, revision, language)
    return question_html(question_context(question, value, problem))


# Choosing a language changes nothing but the visitor's own language cookie.
language = csrf_exempt(set_language)


@not_stored
def thanks(request, token: str):
    wave = respondent_sql.wave_for_token(token)
    if wave is None:
        raise Http404
    return render(request, "surveys/respondent/thanks.html", {"wave": wave, "survey": wave.survey})
