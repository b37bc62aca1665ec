"""The project team builds a questionnaire: starts a survey (blank, from a questionnaire or as a
copy), edits its texts, pages, questions, conditions and target groups, and previews what
respondents will see."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from samenspel.core.access import programme_view
from samenspel.core.forms import add_service_errors
from samenspel.core.ids import parse_id
from samenspel.stakeholders.models import TargetGroup

from ..collecting import services as collecting
from ..collecting.forms import WaveForm
from ..models import Question, QuestionKind, Section, Survey
from ..question_markup import question_context, question_html
from . import selectors, services
from .forms import SectionForm, SurveyForm, SurveyStartForm, TargetGroupsForm
from .question_form import REFRESH, QuestionForm, question_initial
from .questionnaires import QUESTIONNAIRES


def _survey(programme, pk: int) -> Survey:
    return get_object_or_404(Survey, programme=programme, pk=pk)


def _back(programme, survey_pk: int, anchor: str = ""):
    response = redirect("surveys:detail", programme.slug, survey_pk)
    response["Location"] += anchor
    return response


@programme_view("surveys.manage")
def survey_edit(request, programme, pk: int):
    survey = _survey(programme, pk)
    form = SurveyForm(request.POST or None, instance=survey)
    if request.method == "POST" and form.is_valid():
        try:
            services.survey_update(
                by=request.user, survey=Survey.objects.get(pk=pk), **form.cleaned_data
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The survey is saved."))
            return _back(programme, pk)
    context = {"programme": programme, "survey": survey, "form": form}
    return render(request, "surveys/builder/survey_form.html", context)


@programme_view("surveys.manage")
def section_form(request, programme, pk: int | None = None, survey_pk: int | None = None):
    section = get_object_or_404(Section, survey__programme=programme, pk=pk) if pk else None
    survey = section.survey if section else _survey(programme, survey_pk)
    form = SectionForm(request.POST or None, instance=section)
    if request.method == "POST" and form.is_valid():
        if section:
            services.section_update(by=request.user, section=section, **form.cleaned_data)
        else:
            section = services.section_create(by=request.user, survey=survey, **form.cleaned_data)
        messages.success(request, _("The page is saved."))
        return _back(programme, survey.pk, f"#pagina-{section.pk}")
    context = {"programme": programme, "survey": survey, "section": section, "form": form}
    return render(request, "surveys/builder/section_form.html", context)


@require_POST
@programme_view("surveys.manage")
def section_move(request, programme, pk: int):
    section = get_object_or_404(Section, survey__programme=programme, pk=pk)
    try:
        services.section_move(
            by=request.user, section=section, direction=request.POST.get("richting", "up")
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return _back(programme, section.survey_id, f"#pagina-{section.pk}")


@programme_view("surveys.manage")
def section_delete(request, programme, pk: int):
    section = get_object_or_404(Section, survey__programme=programme, pk=pk)
    problem = _("This page still has questions. Move or delete them first.")
    if request.method == "POST":
        try:
            services.section_delete(by=request.user, section=section)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("The page is deleted."))
        return _back(programme, section.survey_id)
    context = {
        "programme": programme,
        "survey": section.survey,
        "object": section,
        "problem": problem if section.questions.exists() else "",
    }
    return render(request, "surveys/builder/confirm_delete.html", context)


@programme_view("surveys.manage")
def question_form(request, programme, pk: int | None = None, survey_pk: int | None = None):
    question = _question(programme, pk) if pk else None
    survey = question.section.survey if question else _survey(programme, survey_pk)
    section = question.section if question else _section_from(request, survey)
    if section is None:
        messages.error(request, _("Add a page first; questions live on pages."))
        return _back(programme, survey.pk)
    earlier = selectors.condition_sources(survey, question, section)
    arguments = {"survey": survey, "earlier": earlier}
    draft = _draft(request)
    if draft is not None:
        form = QuestionForm.from_draft(draft, **arguments)
    else:
        initial = question_initial(question, earlier) if question else {"section": section.pk}
        form = QuestionForm(request.POST or None, initial=initial, **arguments)
    if request.method == "POST" and draft is None and form.is_valid():
        saved = _question_saved(request, form, question)
        if saved is not None:
            messages.success(request, _("The question is saved."))
            return _back(programme, survey.pk, f"#vraag-{saved.pk}")
    context = {
        "programme": programme,
        "survey": survey,
        "question": question,
        "form": form,
        "condition": selectors.condition_of(question) if question else None,
    }
    # htmx asks for the fields alone when the kind or the condition's question changes.
    fields_only = draft is not None and request.htmx
    template = "surveys/builder/includes/question_fields.html" if fields_only else None
    status = 400 if form.is_bound and form.errors else 200
    response = render(
        request, template or "surveys/builder/question_form.html", context, status=status
    )
    patch_vary_headers(response, ["HX-Request"])
    return response


def _draft(request):
    """What was typed, when the form is to be drawn again for another kind or condition
    rather than saved: fetched by htmx, or sent with the "bijwerken" button."""
    if request.method == "GET" and "kind" in request.GET:
        return request.GET
    if request.method == "POST" and REFRESH in request.POST:
        return request.POST
    return None


def _question(programme, pk: int, **filters) -> Question:
    return get_object_or_404(
        Question.objects.select_related("section__survey"),
        section__survey__programme=programme,
        pk=pk,
        **filters,
    )


def _question_saved(request, form, question: Question | None) -> Question | None:
    """The saved question, or None with the service's objections on the form."""
    try:
        return services.question_save(
            section=form.cleaned_data["section"],
            question=question,
            by=request.user,
            **form.service_arguments(),
        )
    except ValidationError as error:
        add_service_errors(form, error)
        return None


def _section_from(request, survey: Survey) -> Section | None:
    sections = survey.sections.all()
    wanted = parse_id(
        request.GET.get("pagina") or request.GET.get("section") or request.POST.get("section")
    )
    if wanted:
        return sections.filter(pk=wanted).first() or sections.last()
    return sections.last()


@require_POST
@programme_view("surveys.manage")
def question_move(request, programme, pk: int):
    question = get_object_or_404(
        Question.objects.select_related("section"), section__survey__programme=programme, pk=pk
    )
    try:
        services.question_move(
            by=request.user, question=question, direction=request.POST.get("richting", "up")
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return _back(programme, question.section.survey_id, f"#vraag-{question.pk}")


@programme_view("surveys.manage")
def question_delete(request, programme, pk: int):
    question = _question(programme, pk)
    if request.method == "POST":
        try:
            lost = services.question_delete(question=question, by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            message = ngettext(
                "The question is deleted, with %(count)s answer.",
                "The question is deleted, with %(count)s answers.",
                lost,
            )
            messages.success(request, message % {"count": lost})
        return _back(programme, question.section.survey_id)
    context = {
        "programme": programme,
        "survey": question.section.survey,
        "object": question,
        **selectors.question_deletion(question),
    }
    return render(request, "surveys/builder/confirm_delete.html", context)


@programme_view("surveys.manage")
def question_target_groups(request, programme, pk: int):
    question = _question(programme, pk, kind=QuestionKind.SINGLE)
    groups = list(TargetGroup.objects.filter(programme=programme))
    form = TargetGroupsForm(request.POST or None, question=question, groups=groups)
    if request.method == "POST" and form.is_valid():
        try:
            services.target_groups_set(question=question, mapping=form.mapping(), by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("The target groups are saved."))
            return _back(programme, question.section.survey_id, f"#vraag-{question.pk}")
    context = {
        "programme": programme,
        "survey": question.section.survey,
        "question": question,
        "rows": selectors.target_group_choices(question=question, groups=groups),
        "groups": groups,
    }
    return render(request, "surveys/builder/target_groups.html", context)


@programme_view("surveys.view_results")
def survey_preview(request, programme, pk: int):
    survey = _survey(programme, pk)
    pages = [
        {
            "section": page["section"],
            "questions": [
                {
                    "html": question_html(question_context(question, None, None)),
                    "question": question,
                    "conditional": not visible,
                }
                for question, visible in page["questions"]
            ],
        }
        for page in selectors.preview_pages(survey)
    ]
    context = {
        "programme": programme,
        "survey": survey,
        "pages": pages,
        "conditions": selectors.conditions_in_words(survey),
    }
    return render(request, "surveys/builder/preview.html", context)


@programme_view("surveys.view_results")
def survey_list(request, programme):
    context = {
        "programme": programme,
        "surveys": selectors.surveys_for_programme(programme=programme),
        "questionnaires": [(code, data["title"]) for code, data in QUESTIONNAIRES.items()],
    }
    return render(request, "surveys/survey_list.html", context)


@programme_view("surveys.manage")
def survey_create(request, programme):
    form = SurveyStartForm(request.POST or None, programme=programme, questionnaires=QUESTIONNAIRES)
    if request.method == "POST" and form.is_valid():
        survey = _survey_started(programme, form.cleaned_data, request.user)
        messages.success(request, _("The survey is ready. Add a wave to start collecting answers."))
        return redirect("surveys:detail", programme.slug, survey.pk)
    return render(request, "surveys/survey_create.html", {"programme": programme, "form": form})


def _survey_started(programme, data: dict, by) -> Survey:
    kind, _sep, value = data["start"].partition(":")
    if kind == "q":
        return services.survey_from_questionnaire(
            programme=programme, code=value, title=data["title"], by=by
        )
    if kind == "copy":
        original = get_object_or_404(Survey, programme=programme, pk=int(value))
        return services.survey_copy(survey=original, title=data["title"], by=by)
    return services.survey_create_blank(
        programme=programme, title=data["title"], audience=data["audience"], by=by
    )


@programme_view("surveys.view_results")
def survey_detail(request, programme, pk: int):
    survey = get_object_or_404(
        Survey.objects.prefetch_related("sections__questions"), programme=programme, pk=pk
    )
    form = WaveForm(request.POST or None)
    if request.method == "POST":
        if not request.user.has_perm("surveys.manage", programme):
            return redirect("surveys:detail", programme.slug, survey.pk)
        if form.is_valid():
            collecting.wave_create(by=request.user, survey=survey, **form.cleaned_data)
            messages.success(request, _("The wave is open. Share its link."))
            return redirect("surveys:detail", programme.slug, survey.pk)
    context = {
        "programme": programme,
        "survey": survey,
        "waves": selectors.waves_with_counts(survey=survey),
        "conditions": selectors.conditions_in_words(survey),
        "form": form,
    }
    return render(request, "surveys/survey_detail.html", context)
