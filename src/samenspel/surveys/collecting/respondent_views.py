"""The respondent's pages: no account, no JavaScript needed, every page saved on the server."""

import secrets

from django.core.cache import cache, caches
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.i18n import set_language

from ..models import QuestionKind, Response, ResponseStatus, Wave
from ..question_markup import QUESTION_MARKUP_SECONDS, question_context, question_html
from . import flood, selectors, services

COOKIE = "samenspel_survey_{}"
HELD_SECONDS = 10 * 60


def _render(request, template_name: str, context: dict, status: int = 200):
    """A respondent's page, with the name of who holds the survey for its frame."""
    programme_id = context["wave"].survey.programme_id
    context = {**context, "organiser": selectors.organiser(programme_id=programme_id)}
    return render(request, template_name, context, status=status)


def _other_page(request, number: int) -> HttpResponseRedirect:
    """To another page of the same link: only the page number at the end of the path differs."""
    return HttpResponseRedirect(f"{request.path.rsplit('/', 2)[0]}/{number}/")


@never_cache
def start(request, token: str):
    wave = selectors.wave_for_token(token)
    if wave is None:
        raise Http404
    if not selectors.wave_is_open(wave):
        return _render(request, "surveys/respondent/closed.html", {"wave": wave}, status=410)
    resume = request.COOKIES.get(COOKIE.format(wave.pk))
    existing = selectors.response_on_device(wave=wave, resume=resume)
    if existing is not None and request.method == "GET" and not request.GET.get("uitnodiging"):
        return _continue(existing)
    error = ""
    if request.method == "POST":
        reply = _start_sent(request, wave)
        if not isinstance(reply, str):
            return reply
        error = reply
    context = {
        "wave": wave,
        "survey": wave.survey,
        "nonce": secrets.token_urlsafe(16),
        "invitation": request.GET.get("uitnodiging", "") or request.POST.get("uitnodiging", ""),
        "error": error,
    }
    return _render(request, "surveys/respondent/start.html", context, status=400 if error else 200)


def _start_sent(request, wave: Wave):
    """Start (or resume) a response from the start form: a redirect or a page to show, or
    the problem to show on the start form again."""
    if request.POST.get("website"):  # honeypot: people do not see this field
        return redirect("surveys:thanks", token=wave.public_token)
    if flood.too_many_idle_starts(request, wave):
        return _render(request, "surveys/respondent/busy.html", {"wave": wave}, status=429)
    if wave.access_code and flood.too_many_wrong_codes(request, wave):
        context = {"wave": wave, "survey": wave.survey, "codes": True}
        return _render(request, "surveys/respondent/busy.html", context, status=429)
    try:
        response = services.response_start(
            wave=wave,
            nonce=request.POST.get("nonce", "")[:40] or secrets.token_urlsafe(16),
            access_code=request.POST.get("access_code", "")[:100],
            invitation_token=request.POST.get("uitnodiging", "")[:100],
        )
    except services.SurveyClosed:
        return _render(request, "surveys/respondent/closed.html", {"wave": wave}, status=410)
    except services.AlreadyAnswered:
        return redirect("surveys:thanks", token=wave.public_token)
    except ValidationError as problem:
        if hasattr(problem, "error_dict") and "access_code" in problem.error_dict:
            flood.wrong_code(request, wave)
        return " ".join(problem.messages)
    if _elsewhere(request, wave, response):
        return _(
            "This invitation was already used on another phone or computer. Continue "
            "there: your answers are saved there."
        )
    if response.is_new:
        flood.start_counted(request, wave)
    return _started(request, wave, response)


def _elsewhere(request, wave: Wave, response: Response) -> bool:
    """An invitation's response resumes only on the device that started it, or after the
    wave's access code was given again: its link alone does not open someone's answers."""
    if response.is_new or not response.invitation_hash or wave.access_code:
        return False
    return request.COOKIES.get(COOKIE.format(wave.pk)) != response.resume_token


def _started(request, wave: Wave, response: Response):
    """On to the response's page, with the cookie by which this device resumes it."""
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


def _continue(response: Response):
    if response.status == ResponseStatus.COMPLETE:
        return redirect("surveys:thanks", token=response.wave.public_token)
    # Going back from the last page leaves no page after it to continue on.
    last = len(selectors.sections_of(response.wave))
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
@never_cache
def page(request, token: str, resume: str, number: int):
    response = selectors.response_for_link(token=token, resume=resume)
    if response is None:
        raise Http404
    if response.status == ResponseStatus.COMPLETE:
        return redirect("surveys:thanks", token=token)
    if not selectors.wave_is_open(response.wave):
        return _render(
            request, "surveys/respondent/closed.html", {"wave": response.wave}, status=410
        )
    sections = selectors.sections_of(response.wave)
    if not 1 <= number <= len(sections) or number > response.current_section + 1:
        raise Http404
    section = sections[number - 1]
    if request.method == "POST":
        return _page_sent(request, response, section, number, is_last=number == len(sections))
    context = _page_context(request, response, section, number, total=len(sections))
    return _render(request, "surveys/respondent/page.html", context)


def _page_context(request, response: Response, section, number: int, *, total: int) -> dict:
    held = _held(request, response, number)
    problems, raw = held.get("problems", {}), held.get("raw", {})
    values = {**selectors.answers_by_code(response), **raw}
    questions = _page_questions(response, section, values, problems)
    return {
        "wave": response.wave,
        "survey": response.wave.survey,
        "section": section,
        "questions": questions,
        "number": number,
        "total": total,
        "is_last": number == total,
        "problems": problems,
        "follow_up_added": "vervolgvraag" in request.GET,
        "seen": " ".join(item["question"].code for item in questions if not item["hidden"]),
        "resume_url": request.path,
    }


def _held_key(response: Response, number: int) -> str:
    return f"respondent-held:{response.pk}:{number}"


def _held(request, response: Response, number: int) -> dict:
    """Answers with a problem that come back from the page just sent (redirect after post),
    once. Only asked for when the redirect says so: other page views cost no look-up."""
    if "controleren" not in request.GET:
        return {}
    held = caches["shared"].get(_held_key(response, number)) or {}
    if held:
        caches["shared"].delete(_held_key(response, number))
    return held


def _page_sent(request, response: Response, section, number: int, *, is_last: bool):
    """Save a page and say where to go: on, back, or to the same page again (with a new
    follow-up, or with the answers that need attention). Always a redirect, so that Back in
    the browser never asks to send the form again."""
    raw = _raw_answers(request.POST, section)
    going_back = "terug" in request.POST
    # Valid answers are stored even when going back or when another answer has a problem.
    problems = services.response_save_section(
        response=response,
        section=section,
        raw=raw,
        finish=is_last and not going_back,
        seen=_seen(request.POST, going_back),
    )
    if going_back:
        return _other_page(request, max(1, number - 1))
    if problems:
        # What was typed is kept a few minutes in the cache every worker shares, so that the
        # page shown next has it; it is removed when shown.
        held = {"problems": dict(problems), "raw": {code: raw.get(code) for code in problems}}
        caches["shared"].set(_held_key(response, number), held, timeout=HELD_SECONDS)
        reply = _other_page(request, number)
        reply["Location"] += "?controleren=1"
        return reply
    if response.current_section == 0 and not problems.revealed:
        flood.first_page_answered(request, response.wave)
    if problems.revealed:
        # A follow-up to an answer on this page: the same page again, now with it.
        reply = _other_page(request, number)
        reply["Location"] += "?vervolgvraag=1"
        return reply
    if is_last:
        return redirect("surveys:thanks", token=response.wave.public_token)
    return _other_page(request, number + 1)


def _page_questions(response: Response, section, values: dict, problems: dict) -> list[dict]:
    """The questions a respondent sees on a page, each with its markup and any problem.
    Follow-ups to an answer on the same page are there too, hidden until that answer is
    chosen."""
    visible = {question.pk for question in selectors.visible_questions(response, section, values)}
    follow_ups = {question.pk for question in selectors.follow_ups(section)}
    items = []
    for question in section.questions.all():
        if question.pk not in visible and question.pk not in follow_ups:
            continue
        item = question_context(question, values.get(question.code), problems.get(question.code))
        item["hidden"] = question.pk not in visible
        item["follow_up"] = question.pk in follow_ups
        items.append(item)
    # Most pages are seen before anything on them is answered, and that markup is the same for
    # every respondent: it is kept in the cache per survey revision and language.
    revision, language = response.wave.survey.revision, get_language()
    pristine = {
        f"respondent-question:{revision}:{language}:{item['question'].pk}:{item['hidden']}": item
        for item in items
        if item["pristine"]
    }
    cached = cache.get_many(list(pristine)) if pristine else {}
    missing = {}
    for item in items:
        if not item["pristine"]:
            item["html"] = question_html(item)
    for key, item in pristine.items():
        item["html"] = cached.get(key)
        if item["html"] is None:
            item["html"] = missing[key] = question_html(item)
    if missing:
        cache.set_many(missing, timeout=QUESTION_MARKUP_SECONDS)
    return items


def _seen(post, going_back: bool) -> set | None:
    """The codes of the questions the respondent was shown, from the page's own field; None
    (all of them) when going back or when a form without the field is sent."""
    if going_back or "gezien" not in post:
        return None
    return set(post["gezien"].split()[:500])


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


# Choosing a language changes nothing but the visitor's own language cookie.
language = csrf_exempt(set_language)


@never_cache
def thanks(request, token: str):
    wave = selectors.wave_for_token(token)
    if wave is None:
        raise Http404
    context = {
        "wave": wave,
        "survey": wave.survey,
        # A public link may be answered once more on the same device by another member of the
        # household: a new response. Invitations stay one response each.
        "again": not wave.invitation_only and selectors.wave_is_open(wave),
        "nonce": secrets.token_urlsafe(16),
    }
    return _render(request, "surveys/respondent/thanks.html", context)
