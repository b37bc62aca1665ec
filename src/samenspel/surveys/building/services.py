"""Services that build a questionnaire: the survey's texts, its sections and questions, their
order, and the answers that place a respondent in a target group.

Answers already given stay meaningful: a question that has answers keeps its kind, an answer
option that was chosen cannot be removed, and a show-if condition always points at an earlier
question.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from samenspel.core.audit import AuditVerb, record

from ..models import (
    Answer,
    Question,
    QuestionKind,
    Section,
    Survey,
    TargetGroupMapping,
    new_revision,
)
from .questionnaires import QUESTIONNAIRES
from .selectors import question_dependants, questions_in_order

CHOICE_KINDS = (QuestionKind.SINGLE, QuestionKind.MULTIPLE)
MAX_OPTIONS = 40


def survey_create_blank(*, programme, title: str, audience: str, by) -> Survey:
    """A new survey with one empty page, to build from scratch."""
    with transaction.atomic():
        survey = Survey.objects.create(programme=programme, title=title.strip(), audience=audience)
        Section.objects.create(survey=survey, title=_("Page 1"), position=0)
    record(by=by, verb=AuditVerb.CREATED, obj=survey)
    return survey


@transaction.atomic
def survey_copy(*, survey: Survey, title: str = "", by) -> Survey:
    """A copy of a survey of the same programme: its texts, limits, pages and questions with
    their goals and target groups; no waves and no answers."""
    copy = Survey.objects.create(
        programme=survey.programme,
        title=title.strip() or _("Copy of %(title)s") % {"title": survey.title},
        audience=survey.audience,
        introduction=survey.introduction,
        thanks=survey.thanks,
        min_cell=survey.min_cell,
        min_base=survey.min_base,
    )
    sections = survey.sections.prefetch_related(
        "questions__goals", "questions__target_group_mappings"
    )
    for section in sections:
        new_section = Section.objects.create(
            survey=copy,
            title=section.title,
            introduction=section.introduction,
            position=section.position,
        )
        for question in section.questions.all():
            goals = list(question.goals.all())
            mappings = list(question.target_group_mappings.all())
            question.pk, question.section, question.survey = None, new_section, copy
            # A new row: nothing read for the original may be taken for the copy.
            question._state.adding, question._prefetched_objects_cache = True, {}
            question.save()
            question.goals.set(goals)
            TargetGroupMapping.objects.bulk_create(
                TargetGroupMapping(
                    question=question, value=m.value, target_group_id=m.target_group_id
                )
                for m in mappings
            )
    record(by=by, verb=AuditVerb.CREATED, obj=copy, copied_from=survey.pk)
    return copy


def survey_update(*, survey: Survey, by, **fields) -> Survey:
    """Change the survey's texts and its small-group limits."""
    if fields.get("min_cell", survey.min_cell) > fields.get("min_base", survey.min_base):
        raise ValidationError(
            {"min_base": _("The base for percentages cannot be smaller than the smallest group.")}
        )
    for name, value in fields.items():
        setattr(survey, name, value)
    survey.full_clean()
    survey.save()
    record(by=by, verb=AuditVerb.CHANGED, obj=survey, fields=sorted(fields))
    return survey


def _check_conditions(survey: Survey) -> None:
    """Every show-if condition must name a question that comes earlier."""
    seen: set[str] = set()
    order = questions_in_order(survey)
    texts = {question.code: question.text for question in order}
    for question in order:
        if question.show_if_code and question.show_if_code not in seen:
            raise ValidationError(
                _(
                    "“%(question)s” is shown after an answer to “%(source)s”, which would then "
                    "come later. Keep that question above it."
                )
                % {
                    "question": question.text,
                    "source": texts.get(question.show_if_code, question.show_if_code),
                }
            )
        seen.add(question.code)


def _questionnaire_changed(survey_id: int) -> None:
    """Renew the survey's revision in the transaction that changes one of its pages or
    questions: respondents' pages use a copy of the questionnaire only while it is current."""
    Survey.objects.filter(pk=survey_id).update(revision=new_revision())


def _renumber(items) -> None:
    for position, item in enumerate(items):
        if item.position != position:
            item.position = position
            item.save(update_fields=["position"])


@transaction.atomic
def section_create(*, survey: Survey, title: str, introduction: str = "", by) -> Section:
    """Add a page at the end of the survey."""
    last = survey.sections.aggregate(last=Max("position"))["last"]
    section = Section.objects.create(
        survey=survey,
        title=title.strip(),
        introduction=introduction.strip(),
        position=0 if last is None else last + 1,
    )
    _questionnaire_changed(survey.pk)
    record(by=by, verb=AuditVerb.CHANGED, obj=survey, section=section.pk)
    return section


@transaction.atomic
def section_update(*, section: Section, title: str, introduction: str = "", by) -> Section:
    """Rename a page or change its introduction."""
    section.title = title.strip()
    section.introduction = introduction.strip()
    section.save(update_fields=["title", "introduction"])
    _questionnaire_changed(section.survey_id)
    record(by=by, verb=AuditVerb.CHANGED, obj=section.survey, section=section.pk)
    return section


@transaction.atomic
def section_move(*, section: Section, direction: str, by) -> Section:
    """Swap a page with the one before ('up') or after ('down')."""
    sections = list(Section.objects.select_for_update().filter(survey=section.survey_id))
    _swap(sections, section, direction)
    _check_conditions(section.survey)
    _questionnaire_changed(section.survey_id)
    record(by=by, verb=AuditVerb.CHANGED, obj=section.survey, section=section.pk)
    return section


@transaction.atomic
def section_delete(*, section: Section, by) -> None:
    """Remove an empty page; a page with questions is emptied first, so nothing goes unnoticed."""
    if section.questions.exists():
        raise ValidationError(_("This page still has questions. Move or delete them first."))
    survey = section.survey
    section.delete()
    _renumber(list(survey.sections.all()))
    _questionnaire_changed(survey.pk)
    record(by=by, verb=AuditVerb.CHANGED, obj=section.survey, section_deleted=section.title)


def _swap(items: list, item, direction: str) -> None:
    index = next(i for i, candidate in enumerate(items) if candidate.pk == item.pk)
    other = index - 1 if direction == "up" else index + 1
    if 0 <= other < len(items):
        items[index], items[other] = items[other], items[index]
        _renumber(items)


def _unique_code(survey: Survey, wanted: str, question: Question | None) -> str:
    taken = set(
        Question.objects.filter(section__survey=survey)
        .exclude(pk=getattr(question, "pk", None))
        .values_list("code", flat=True)
    )
    base = slugify(wanted)[:34].strip("-").replace("-", "_") or "vraag"
    code, number = base, 2
    while code in taken:
        code, number = f"{base}_{number}", number + 1
    return code


def merge_options(old: list[dict], labels: list[str]) -> list[dict]:
    """New option labels onto stored options: a label that stays keeps its value, a renamed
    line keeps the value of the line it replaces, a new line gets a new value."""
    labels = [label.strip() for label in labels if label.strip()]
    by_label = {option["label"]: str(option["value"]) for option in old}
    used = {by_label[label] for label in labels if label in by_label}
    numbers = [int(option["value"]) for option in old if str(option["value"]).isdigit()]
    next_value = max(numbers, default=0) + 1
    merged = []
    for position, label in enumerate(labels):
        value = by_label.get(label)
        if value is None and position < len(old) and str(old[position]["value"]) not in used:
            value = str(old[position]["value"])
        if value is None:
            value, next_value = str(next_value), next_value + 1
        used.add(value)
        merged.append({"value": value, "label": label})
    return merged


def _check_options(kind: str, choices: list[dict], items: list[dict]) -> None:
    if kind in CHOICE_KINDS and len(choices) < 2:
        raise ValidationError({"choices": _("Give at least two answers to choose from.")})
    if kind == QuestionKind.GRID and not items:
        raise ValidationError({"items": _("Give at least one statement.")})
    for field, options in (("choices", choices), ("items", items)):
        if len(options) > MAX_OPTIONS:
            raise ValidationError({field: _("Use at most %(n)s lines.") % {"n": MAX_OPTIONS}})
        labels = [option["label"] for option in options]
        if len(set(labels)) != len(labels):
            raise ValidationError({field: _("Every line must be different.")})


def _answers_lost(question: Question, choices: list[dict], items: list[dict]) -> None:
    """Refuse a change that would orphan answers already given."""
    answers = list(Answer.objects.filter(question=question).values_list("value", flat=True))
    if not answers:
        return
    if question.kind in CHOICE_KINDS:
        kept = {option["value"] for option in choices}
        for option in question.choices:
            value = str(option["value"])
            if value in kept:
                continue
            chosen = sum(
                1
                for answer in answers
                if (value in answer if isinstance(answer, list) else str(answer) == value)
            )
            if chosen:
                raise ValidationError(
                    {
                        "choices": ngettext(
                            "“%(label)s” was chosen %(count)s time and cannot be removed. "
                            "Rename it instead.",
                            "“%(label)s” was chosen %(count)s times and cannot be removed. "
                            "Rename it instead.",
                            chosen,
                        )
                        % {"label": option["label"], "count": chosen}
                    }
                )
    if question.kind == QuestionKind.GRID:
        kept = {option["value"] for option in items}
        for item in question.items:
            value = str(item["value"])
            if value not in kept and any(
                isinstance(answer, dict) and value in answer for answer in answers
            ):
                raise ValidationError(
                    {
                        "items": _("“%(label)s” has answers and cannot be removed. Rename it.")
                        % {"label": item["label"]}
                    }
                )


@transaction.atomic
def question_save(
    *,
    section: Section,
    question: Question | None = None,
    text: str,
    kind: str,
    code: str = "",
    help_text: str = "",
    required: bool = False,
    choice_labels: list[str] | None = None,
    item_labels: list[str] | None = None,
    show_if_code: str = "",
    show_if_values: list[str] | None = None,
    background: str = "",
    aspect: str = "",
    reverse_scored: bool = False,
    by,
    count_combinations: bool = False,
    goals=(),
) -> Question:
    """Create a question at the end of a page, or change one; checks codes, options, conditions
    and that answers already given keep their meaning."""
    survey = section.survey
    is_new = question is None
    question = question or Question(section=section)
    old_code = question.code
    if not is_new and kind != question.kind and question.answers.exists():
        raise ValidationError(
            {"kind": _("This question has answers; its kind can no longer change.")}
        )
    choices = (
        merge_options(question.choices if not is_new else [], choice_labels or [])
        if kind in CHOICE_KINDS
        else []
    )
    items = (
        merge_options(question.items if not is_new else [], item_labels or [])
        if kind == QuestionKind.GRID
        else []
    )
    _check_options(kind, choices, items)
    if not is_new:
        _answers_lost(question, choices, items)
    code = _unique_code(survey, code or text, question) if not code or code != old_code else code
    if show_if_code:
        if show_if_code in (code, old_code):
            raise ValidationError({"show_if": _("A question cannot depend on itself.")})
        if not show_if_values:
            raise ValidationError({"show_if": _("Choose the answers that show this question.")})
    if background and kind != QuestionKind.SINGLE:
        raise ValidationError(
            {"background": _("A background question is a single-choice question.")}
        )
    if aspect and kind not in (QuestionKind.GRID, QuestionKind.LIKERT):
        raise ValidationError({"aspect": _("An aspect score comes from Likert statements.")})
    if count_combinations and kind != QuestionKind.MULTIPLE:
        count_combinations = False
    moved_section = not is_new and question.section_id != section.pk
    question.section = section
    question.text, question.kind, question.code = text.strip(), kind, code
    question.help_text, question.required = help_text.strip(), required
    question.choices, question.items = choices, items
    question.show_if_code = show_if_code
    question.show_if_values = list(show_if_values or []) if show_if_code else []
    question.background, question.aspect = background, aspect
    question.reverse_scored, question.count_combinations = reverse_scored, count_combinations
    if is_new or moved_section:
        last = section.questions.exclude(pk=question.pk).aggregate(last=Max("position"))["last"]
        question.position = 0 if last is None else last + 1
    question.full_clean(exclude=["section", "goals"])
    question.save()
    question.goals.set(goals)
    if old_code and old_code != code:
        Question.objects.filter(survey=survey, show_if_code=old_code).update(show_if_code=code)
    if kind not in CHOICE_KINDS or not background:
        question.target_group_mappings.all().delete()
    else:
        question.target_group_mappings.exclude(
            value__in=[option["value"] for option in choices]
        ).delete()
    _check_conditions(survey)
    _questionnaire_changed(survey.pk)
    record(by=by, verb=AuditVerb.CHANGED, obj=survey, question=question.code)
    return question


@transaction.atomic
def question_move(*, question: Question, direction: str, by) -> Question:
    """Swap a question with its neighbour on the same page."""
    siblings = list(Question.objects.select_for_update().filter(section=question.section_id))
    _swap(siblings, question, direction)
    _check_conditions(question.section.survey)
    _questionnaire_changed(question.survey_id)
    record(by=by, verb=AuditVerb.CHANGED, obj=question.section.survey, question=question.code)
    return question


@transaction.atomic
def question_delete(*, question: Question, by) -> int:
    """Delete a question and its answers; returns how many answers went with it."""
    dependants = question_dependants(question)
    if dependants:
        raise ValidationError(
            _("“%(question)s” depends on this question. Change or delete that one first.")
            % {"question": dependants[0].text}
        )
    answers = question.answers.count()
    section = question.section
    question.delete()
    _renumber(list(section.questions.all()))
    _questionnaire_changed(section.survey_id)
    record(
        by=by,
        verb=AuditVerb.CHANGED,
        obj=section.survey,
        question_deleted=question.code,
        answers=answers,
    )
    return answers


@transaction.atomic
def target_groups_set(*, question: Question, mapping: dict[str, list], by) -> None:
    """Which target groups each answer of a background question places a respondent in."""
    if not question.background or question.kind != QuestionKind.SINGLE:
        raise ValidationError(_("Only background questions map onto target groups."))
    values = {str(option["value"]) for option in question.choices}
    question.target_group_mappings.all().delete()
    programme_id = question.section.survey.programme_id
    TargetGroupMapping.objects.bulk_create(
        TargetGroupMapping(question=question, value=value, target_group=group)
        for value, groups in mapping.items()
        if value in values
        for group in groups
        if group.programme_id == programme_id
    )
    # Results by target group change with the mapping.
    _questionnaire_changed(question.survey_id)
    record(by=by, verb=AuditVerb.CHANGED, obj=question.section.survey, target_groups=question.code)


@transaction.atomic
def survey_from_questionnaire(*, programme, code: str, title: str = "", by):
    """A new survey built from one of the shipped questionnaires, ready to edit."""
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
    record(by=by, verb=AuditVerb.CREATED, obj=survey, questionnaire=code)
    return survey
