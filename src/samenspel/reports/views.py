from django.http import HttpResponse
from django.utils import timezone

from samenspel.actions.forms import ActionFilterForm
from samenspel.actions.selectors import area_choices
from samenspel.core.access import programme_view

from . import action_book

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


@programme_view("actions.export")
def action_book_document(request, programme, file_format: str):
    form = ActionFilterForm(
        request.GET or None, programme=programme, areas=area_choices(programme=programme)
    )
    content = action_book.build(
        programme=programme, filters=form.filters(), file_format=file_format
    )
    stamp = timezone.localdate().strftime("%Y-%m-%d")
    response = HttpResponse(content, content_type=CONTENT_TYPES[file_format])
    response["Content-Disposition"] = (
        f'attachment; filename="actieboek-{programme.slug}-{stamp}.{file_format}"'
    )
    return response
