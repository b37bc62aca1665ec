from django.urls import path, re_path

from . import views

app_name = "reports"

urlpatterns = [
    re_path(
        r"^p/(?P<slug>[-\w]+)/acties/actieboek\.(?P<file_format>pdf|docx)$",
        views.action_book_document,
        name="action-book",
    ),
    path("p/<slug:slug>/documenten/<id:pk>/", views.document_status, name="document"),
    path("p/<slug:slug>/documenten/<id:pk>/download/", views.document_download, name="download"),
    re_path(
        r"^p/(?P<slug>[-\w]+)/evaluatie/evaluatie\.(?P<file_format>pdf|docx)$",
        views.evaluation_document,
        name="evaluation",
    ),
    re_path(
        r"^p/(?P<slug>[-\w]+)/doelen/doelenboek\.(?P<file_format>pdf|docx)$",
        views.goals_book_document,
        name="goals-book",
    ),
]
