from django.http import HttpResponse
from django.utils import timezone

from samenspel.actions.selectors import ActionFilters
from samenspel.core.access import programme_view

from . import action_book

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


@programme_view("actions.export")
def action_book_document(request, programme, file_format: str):
    filters = ActionFilters.from_query(request.GET)
    content = action_book.build(programme=programme, filters=filters, file_format=file_format)
    stamp = timezone.localdate().strftime("%Y-%m-%d")
    response = HttpResponse(content, content_type=CONTENT_TYPES[file_format])
    response["Content-Disposition"] = (
        f'attachment; filename="actieboek-{programme.slug}-{stamp}.{file_format}"'
    )
    return response
