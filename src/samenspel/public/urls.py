from django.urls import path

from . import views

app_name = "public"

urlpatterns = [
    path("openbaar/", views.index, name="index"),
    path("openbaar/<slug:slug>/", views.programme_page, name="programme"),
    path("openbaar/<slug:slug>/acties/<id:pk>/", views.action_page, name="action"),
    path(
        "p/<slug:slug>/instellingen/openbaar/",
        views.publication_settings,
        name="settings",
    ),
    path("p/<slug:slug>/acties/openbaar/", views.publish, name="publish"),
    path("p/<slug:slug>/acties/openbaar/uit/", views.unpublish, name="unpublish"),
]
