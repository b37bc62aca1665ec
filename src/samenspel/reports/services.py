"""Asking for documents: each request is recorded, built in the background, and kept only
for a while: a document holds the programme's data as it was, and is not an archive."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from samenspel.core.audit import AuditVerb, record

from .models import GeneratedDocument
from .tasks import build_document


def document_request(
    *, programme, kind: str, file_format: str, query: str, filename: str, by
) -> GeneratedDocument:
    """Queue a document for ``by``; documents past the retention period go first."""
    documents_expire()
    document = GeneratedDocument.objects.create(
        programme=programme,
        kind=kind,
        file_format=file_format,
        query=query[:1000],
        filename=filename,
        created_by=by,
    )
    record(by=by, verb=AuditVerb.DOCUMENT, obj=programme, file=filename)
    build_document.enqueue(document.pk)
    return document


def documents_expire() -> int:
    """Remove documents older than SAMENSPEL_DOCUMENT_DAYS; returns how many went."""
    cutoff = timezone.now() - timedelta(days=settings.SAMENSPEL_DOCUMENT_DAYS)
    removed, _detail = GeneratedDocument.objects.filter(created_at__lt=cutoff).delete()
    return removed


def document_rebuild(*, document: GeneratedDocument, file_format: str | None = None, by):
    """Build a report again from the snapshot it was made of (in the same or the other
    format): the same content, whatever changed in the programme since."""
    documents_expire()
    file_format = file_format or document.file_format
    stem = document.filename.rsplit(".", 1)[0] if document.filename else document.kind
    again = GeneratedDocument.objects.create(
        programme=document.programme,
        kind=document.kind,
        file_format=file_format,
        query=document.query,
        snapshot=document.snapshot,
        filename=f"{stem}.{file_format}",
        created_by=by,
    )
    record(by=by, verb=AuditVerb.DOCUMENT, obj=document.programme, file=again.filename)
    build_document.enqueue(again.pk)
    return again
