from django.urls import path

from . import views

P = "p/<slug:slug>/indicatoren/"

urlpatterns = [
    path(P, views.indicator_list, name="indicators"),
    path(P + "nieuw/", views.indicator_create, name="indicator-create"),
    path(P + "<id:pk>/", views.indicator_detail, name="indicator"),
    path(P + "<id:pk>/bewerken/", views.indicator_edit, name="indicator-edit"),
    path(P + "<id:pk>/verwijderen/", views.indicator_delete, name="indicator-delete"),
    path(P + "<id:pk>/waarden/nieuw/", views.value_create, name="value-create"),
    path(P + "waarden/<id:pk>/bewerken/", views.value_edit, name="value-edit"),
    path(P + "waarden/<id:pk>/verwijderen/", views.value_delete, name="value-delete"),
]
