"""Documents are built by a background task, so a long one never holds up a web request."""

import json

from django.http import QueryDict
from django.utils import timezone
from django_tasks import task

from samenspel.actions.selectors import ActionFilters

from . import action_book
from .models import DocumentStatus, DocumentStep, GeneratedDocument


@task()
def build_document(document_id: int) -> None:
    document = GeneratedDocument.objects.select_related("programme").get(pk=document_id)

    def step(step: DocumentStep) -> None:
        # Its own small write, seen at once by the page that polls while the book is built.
        GeneratedDocument.objects.filter(pk=document_id).update(step=step)

    try:
        content = _build(document, step)
    except Exception as exc:  # noqa: BLE001 - the person waiting must see it failed, not wait forever
        document.status = DocumentStatus.FAILED
        document.error = str(exc)[:2000]
    else:
        document.status = DocumentStatus.READY
        document.content = content
    document.finished_at = timezone.now()
    document.save(update_fields=["status", "content", "error", "finished_at"])


def _build(document: GeneratedDocument, step) -> bytes:
    """The document's bytes by its kind; a report without a snapshot takes one first."""
    if document.kind == "evaluation":
        from . import evaluation

        if document.snapshot is None:
            step(DocumentStep.COLLECTING)
            data = json.loads(
                json.dumps(
                    evaluation.snapshot(
                        programme=document.programme,
                        with_surveys=evaluation.may_see_surveys(
                            document.created_by, document.programme
                        ),
                    ),
                    default=str,
                )
            )
            GeneratedDocument.objects.filter(pk=document.pk).update(snapshot=data)
            document.snapshot = data
        return evaluation.build(
            data=document.snapshot, file_format=document.file_format, on_step=step
        )
    if document.kind == "goals_book":
        from . import goals_book

        return goals_book.build(
            programme=document.programme, file_format=document.file_format, on_step=step
        )
    filters = ActionFilters.from_query(QueryDict(document.query))
    return action_book.build(
        programme=document.programme,
        filters=filters,
        file_format=document.file_format,
        on_step=step,
    )
