"""Reads of a questionnaire as the team builds it: its questions in order, its conditions in
words, the pages of the preview, and the surveys of a programme with their waves."""

from django.db.models import Count, Q
from django.utils.translation import gettext as _

from ..answers import answer_options, is_visible
from ..models import Question, QuestionKind, ResponseStatus, Section, Survey

CONDITION_KINDS = (
    QuestionKind.SINGLE,
    QuestionKind.MULTIPLE,
    QuestionKind.LIKERT,
    QuestionKind.SCALE,
)


def questions_in_order(survey: Survey) -> list[Question]:
    """Every question of the survey in the order a respondent meets them."""
    return list(
        Question.objects.filter(section__survey=survey)
        .select_related("section")
        .order_by("section__position", "section__pk", "position", "pk")
    )


def condition_sources(survey: Survey, question: Question | None, section: Section) -> list:
    """The questions a show-if condition may name (those before this one, or before the end of
    its page for a new one), each with its answers."""
    earlier = []
    for candidate in questions_in_order(survey):
        if question is not None and candidate.pk == question.pk:
            break
        if question is None and candidate.section.position > section.position:
            break
        if candidate.kind in CONDITION_KINDS:
            earlier.append((candidate, answer_options(candidate)))
    return earlier


def condition_sentence(question_text: str, labels: list[str]) -> str:
    """A show-if condition as a sentence: the earlier question and its answers by their words."""
    if len(labels) > 1:
        answers = _("%(some)s or %(last)s") % {"some": ", ".join(labels[:-1]), "last": labels[-1]}
    else:
        answers = "".join(labels)
    return _("Only if “%(question)s” was answered: %(answers)s") % {
        "question": question_text,
        "answers": answers,
    }


def conditions_in_words(survey: Survey) -> dict[int, dict]:
    """Per question with a show-if condition (by id): the question and answers it depends on,
    in words (``sentence``), and a problem when the condition can never be met (its question is gone or comes
    later, or none of its answers exists any more)."""
    order = questions_in_order(survey)
    place = {question.code: index for index, question in enumerate(order)}
    by_code = {question.code: question for question in order}
    described = {}
    for index, question in enumerate(order):
        if not question.show_if_code:
            continue
        source = by_code.get(question.show_if_code)
        entry = {"source": source, "answers": [], "problem": "", "missing": [], "sentence": ""}
        if source is None:
            entry["problem"] = _(
                "The question this depends on (“%(code)s”) no longer exists: this question is "
                "never asked."
            ) % {"code": question.show_if_code}
        elif place[source.code] > index:
            entry["problem"] = _(
                "The question this depends on comes later: this question is never asked."
            )
        else:
            labels = dict(answer_options(source))
            wanted = [str(value) for value in question.show_if_values]
            entry["answers"] = [labels[value] for value in wanted if value in labels]
            entry["missing"] = [value for value in wanted if value not in labels]
            entry["sentence"] = condition_sentence(source.text, entry["answers"])
            if not entry["answers"]:
                entry["problem"] = _(
                    "None of the answers this depends on exists any more: this question is "
                    "never asked."
                )
        described[question.pk] = entry
    return described


def condition_of(question: Question) -> dict | None:
    """A question's show-if condition in words, as conditions_in_words gives it; None without."""
    if not question.show_if_code:
        return None
    return conditions_in_words(question.section.survey).get(question.pk)


def question_deletion(question: Question) -> dict:
    """What deleting a question costs: its answers in every wave, and why it cannot go yet
    (a question that depends on it), for the confirmation page."""
    dependants = question_dependants(question)
    problem = (
        _("“%(question)s” depends on this question. Change or delete that one first.")
        % {"question": dependants[0].text}
        if dependants
        else ""
    )
    return {"answers": question.answers.count(), "problem": problem}


def question_dependants(question: Question) -> list[Question]:
    """Questions shown only after an answer to this one."""
    return list(
        Question.objects.filter(
            section__survey=question.section.survey_id, show_if_code=question.code
        )
    )


def target_group_choices(*, question: Question, groups: list) -> list[dict]:
    """Per answer of a background question: the target groups, each marked if it is chosen."""
    chosen: dict[str, set[int]] = {}
    for mapping in question.target_group_mappings.all():
        chosen.setdefault(mapping.value, set()).add(mapping.target_group_id)
    return [
        {
            "value": str(option["value"]),
            "label": option["label"],
            "groups": [
                (group, group.pk in chosen.get(str(option["value"]), set())) for group in groups
            ],
        }
        for option in question.choices
    ]


def preview_pages(survey: Survey, answers: dict | None = None) -> list[dict]:
    """Every page with its questions, marking those that a show-if condition hides for the
    given (example) answers."""
    answers = answers or {}
    pages = []
    for section in survey.sections.prefetch_related("questions"):
        pages.append(
            {
                "section": section,
                "questions": [
                    (question, is_visible(question, answers))
                    for question in section.questions.all()
                ],
            }
        )
    return pages


def surveys_for_programme(*, programme):
    """The programme's surveys with their number of waves and complete responses."""
    return Survey.objects.filter(programme=programme).annotate(
        wave_count=Count("waves", distinct=True),
        complete=Count(
            "waves__responses", filter=Q(waves__responses__status=ResponseStatus.COMPLETE)
        ),
    )


def waves_with_counts(*, survey: Survey):
    return survey.waves.annotate(
        complete=Count("responses", filter=Q(responses__status=ResponseStatus.COMPLETE)),
        started=Count("responses"),
    )
