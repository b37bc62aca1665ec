from django.urls import re_path

from . import views

app_name = "reports"

urlpatterns = [
    re_path(
        r"^p/(?P<slug>[-\w]+)/acties/actieboek\.(?P<file_format>pdf|docx)$",
        views.action_book_document,
        name="action-book",
    ),
]
