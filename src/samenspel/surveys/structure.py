"""A survey's pages and questions as the respondent's pages need them, kept in each process
until the survey changes.

Every page a respondent opens or sends needs the whole questionnaire (conditions may refer to
other pages); reading and decoding it cost more than the rest of the request. A survey's
revision is renewed in the same transaction as every change to one of its pages or questions, and
the response's own query reads it, so a copy is never used after an edit.
"""

import threading
from collections import OrderedDict

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import Question, Section, Survey, new_revision

MAX_SURVEYS = 200

_copies: OrderedDict[int, tuple[str, list[Section]]] = OrderedDict()
_lock = threading.Lock()


def sections_of(survey: Survey) -> list[Section]:
    """The survey's pages in order, each with its questions prefetched. Treat as read-only."""
    copy = _copies.get(survey.pk)
    if copy is not None and copy[0] == survey.revision:
        return copy[1]
    sections = list(survey.sections.prefetch_related("questions"))
    with _lock:
        _copies[survey.pk] = (survey.revision, sections)
        _copies.move_to_end(survey.pk)
        while len(_copies) > MAX_SURVEYS:
            _copies.popitem(last=False)
    return sections


def codes_by_question_id(sections: list[Section]) -> dict[int, str]:
    return {
        question.pk: question.code for section in sections for question in section.questions.all()
    }


@receiver([post_save, post_delete], sender=Section)
def _section_changed(sender, instance: Section, **kwargs) -> None:
    Survey.objects.filter(pk=instance.survey_id).update(revision=new_revision())


@receiver([post_save, post_delete], sender=Question)
def _question_changed(sender, instance: Question, **kwargs) -> None:
    Survey.objects.filter(sections__pk=instance.section_id).update(revision=new_revision())
