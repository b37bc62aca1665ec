"""A survey's pages and questions as the respondent's pages need them, kept in each process
until the survey changes.

Every page a respondent opens or sends needs the whole questionnaire (conditions may refer to
other pages); reading and decoding it cost more than the rest of the request. A survey's
revision is renewed by the builder's services in the same transaction as every change to one of
its pages or questions, and the response's own query reads it, so a copy is never used after
an edit.
"""

import threading
from collections import OrderedDict
from typing import NamedTuple

from .models import Section, Survey

MAX_SURVEYS = 200


class _Copy(NamedTuple):
    revision: str
    sections: list[Section]
    codes: dict[int, str]


_copies: OrderedDict[int, _Copy] = OrderedDict()
_lock = threading.Lock()


def _copy_of(survey: Survey) -> _Copy:
    copy = _copies.get(survey.pk)
    if copy is not None and copy.revision == survey.revision:
        return copy
    sections = list(survey.sections.prefetch_related("questions"))
    codes = {
        question.pk: question.code for section in sections for question in section.questions.all()
    }
    copy = _Copy(survey.revision, sections, codes)
    with _lock:
        _copies[survey.pk] = copy
        _copies.move_to_end(survey.pk)
        while len(_copies) > MAX_SURVEYS:
            _copies.popitem(last=False)
    return copy


def sections_of(survey: Survey) -> list[Section]:
    """The survey's pages in order, each with its questions prefetched. Treat as read-only."""
    return _copy_of(survey).sections


def codes_by_question_id(survey: Survey) -> dict[int, str]:
    """The survey's question codes by question id. Treat as read-only."""
    return _copy_of(survey).codes
