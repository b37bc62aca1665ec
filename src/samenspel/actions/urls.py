from django.urls import path

from . import documents, views

app_name = "actions"

P = "p/<slug:slug>/acties/"

urlpatterns = [
    path(P, views.book, name="book"),
    path(P + "dekking/", views.coverage, name="coverage"),
    path(P + "nieuw/", views.action_create, name="create"),
    path(P + "suggesties/", views.suggestion_list, name="suggestions"),
    path(P + "suggesties/besluit/", views.suggestion_decide, name="suggestion-decide"),
    path(P + "instellingen/", views.book_settings, name="settings"),
    path(P + "mijn/", views.mine, name="mine"),
    path(P + "mijn/<id:pk>/voortgang/", views.mine_progress, name="mine-progress"),
    path(P + "export.xlsx", documents.export_xlsx, name="export-xlsx"),
    path(P + "importeren/", documents.import_upload, name="import"),
    path(P + "importeren/<id:pk>/", documents.import_preview, name="import-preview"),
    path(P + "<id:pk>/", views.action_detail, name="detail"),
    path(P + "<id:pk>/bewerken/", views.action_edit, name="edit"),
    path(P + "<id:pk>/status/", views.action_set_status, name="set-status"),
    path(P + "<id:pk>/voortgang/", views.progress_post, name="progress"),
    path(P + "<id:pk>/intrekken/", views.proposal_withdraw, name="withdraw"),
    path(P + "<id:pk>/relaties/", views.relation_add, name="relation-add"),
    path(P + "relaties/<id:pk>/verwijderen/", views.relation_delete, name="relation-delete"),
]
