from django.urls import path

from . import views

P = "p/<slug:slug>/indicatoren/importeren/"

urlpatterns = [
    path(P, views.import_upload, name="import"),
    path(P + "statline/", views.import_statline, name="import-statline"),
    path(P + "voorbeeld.xlsx", views.import_example, name="import-example"),
    path(P + "<id:pk>/", views.import_preview, name="import-preview"),
]
