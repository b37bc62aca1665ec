from django.urls import path

from . import views

urlpatterns = [
    path("p/<slug:slug>/evaluatie/", views.evaluation, name="evaluation"),
    path(
        "p/<slug:slug>/evaluatie/tekst/<slug:section>/",
        views.evaluation_edit,
        name="evaluation-edit",
    ),
    path("p/<slug:slug>/evaluatie/citaten/nieuw/", views.quote_create, name="quote-create"),
    path(
        "p/<slug:slug>/evaluatie/citaten/<id:pk>/verwijderen/",
        views.quote_delete,
        name="quote-delete",
    ),
]
