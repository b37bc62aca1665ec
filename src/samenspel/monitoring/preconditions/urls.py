from django.urls import path

from . import views

P = "p/<slug:slug>/randvoorwaarden/"

urlpatterns = [
    path(P, views.preconditions, name="preconditions"),
    path(P + "toezeggingen/nieuw/", views.commitment_create, name="commitment-create"),
    path(
        P + "toezeggingen/<id:pk>/verwijderen/",
        views.commitment_delete,
        name="commitment-delete",
    ),
    path(P + "acties/<id:pk>/behoefte/", views.resource_need, name="resource-need"),
]
