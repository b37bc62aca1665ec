from django.urls import path

from . import views

app_name = "goals"

urlpatterns = [
    path("p/<slug:slug>/doelen/", views.book, name="book"),
    path("p/<slug:slug>/doelen/visie/", views.vision_edit, name="vision-edit"),
    path(
        "p/<slug:slug>/doelen/streefbeeld/nieuw/",
        views.target_image_form,
        name="target-image-create",
    ),
    path(
        "p/<slug:slug>/doelen/streefbeeld/<id:pk>/",
        views.target_image_form,
        name="target-image-edit",
    ),
    path(
        "p/<slug:slug>/doelen/streefbeeld/<id:pk>/verwijderen/",
        views.target_image_delete,
        name="target-image-delete",
    ),
    path("p/<slug:slug>/doelen/nieuw/", views.goal_create, name="goal-create"),
    path("p/<slug:slug>/doelen/<id:pk>/", views.goal_detail, name="goal-detail"),
    path("p/<slug:slug>/doelen/<id:pk>/bewerken/", views.goal_edit, name="goal-edit"),
    path("p/<slug:slug>/doelen/<id:pk>/verplaatsen/", views.goal_move, name="goal-move"),
    path("p/<slug:slug>/doelen/<id:pk>/verwijderen/", views.goal_remove, name="goal-remove"),
    path("p/<slug:slug>/doelen/<id:pk>/terugzetten/", views.goal_restore, name="goal-restore"),
    path("p/<slug:slug>/opgaven/", views.challenge_list, name="challenges"),
    path(
        "p/<slug:slug>/opgaven/<id:pk>/verwijderen/",
        views.challenge_delete,
        name="challenge-delete",
    ),
]
