from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from samenspel.core.access import programme_view

from . import services
from .models import DocumentStatus, GeneratedDocument

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


@require_POST
@programme_view("actions.export")
def action_book_document(request, programme, file_format: str):
    """Ask for the action book as a document, with the book's filters as the form sends
    them; it is built in the background. A POST: no link from elsewhere can make one."""
    filters = request.POST.copy()
    filters.pop("csrfmiddlewaretoken", None)
    stamp = timezone.localdate().strftime("%Y-%m-%d")
    document = services.document_request(
        programme=programme,
        kind="action_book",
        file_format=file_format,
        query=filters.urlencode(),
        filename=f"actieboek-{programme.slug}-{stamp}.{file_format}",
        by=request.user,
    )
    return redirect("reports:document", programme.slug, document.pk)


def _own_document(request, programme, pk: int) -> GeneratedDocument:
    return get_object_or_404(GeneratedDocument, programme=programme, pk=pk, created_by=request.user)


@programme_view("actions.export")
def document_status(request, programme, pk: int):
    """The document's progress while it is made; once it is ready, this page starts the
    download itself. htmx polls the fragment: unchanged, it answers 204 (nothing to swap or
    announce again); ready, it sends the whole page, since a redirect to the file itself
    would leave the poll running and download the file again every two seconds."""
    document = _own_document(request, programme, pk)
    if request.htmx:
        if document.status == DocumentStatus.READY:
            response = HttpResponse()
            response["HX-Redirect"] = reverse("reports:document", args=[programme.slug, pk])
            return response
        waiting = document.status == DocumentStatus.WAITING
        if waiting and request.GET.get("step") == document.step:
            return HttpResponse(status=204)
    template = "reports/includes/document_status.html" if request.htmx else "reports/document.html"
    return render(request, template, {"programme": programme, "document": document})


@programme_view("actions.export")
def document_download(request, programme, pk: int):
    document = _own_document(request, programme, pk)
    if document.status != DocumentStatus.READY:
        return redirect("reports:document", programme.slug, document.pk)
    response = HttpResponse(
        bytes(document.content), content_type=CONTENT_TYPES[document.file_format]
    )
    response["Content-Disposition"] = f'attachment; filename="{document.filename}"'
    return response


def _request(request, programme, *, kind: str, name: str, file_format: str):
    stamp = timezone.localdate().strftime("%Y-%m-%d")
    document = services.document_request(
        programme=programme,
        kind=kind,
        file_format=file_format,
        query="",
        filename=f"{name}-{programme.slug}-{stamp}.{file_format}",
        by=request.user,
    )
    return redirect("reports:document", programme.slug, document.pk)


@require_POST
@programme_view("monitoring.view_indicators")
def evaluation_document(request, programme, file_format: str):
    """Ask for the evaluation report; the task takes its snapshot and builds it from that."""
    return _request(
        request, programme, kind="evaluation", name="evaluatie", file_format=file_format
    )


@require_POST
@programme_view("goals.view_book")
def goals_book_document(request, programme, file_format: str):
    """Ask for the vision and goals book as a document, built in the background."""
    return _request(
        request, programme, kind="goals_book", name="visie-en-doelenboek", file_format=file_format
    )
