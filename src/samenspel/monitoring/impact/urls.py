from django.urls import path

from . import views

urlpatterns = [
    path("p/<slug:slug>/indicatoren/<id:pk>/effect/", views.impact, name="impact"),
]
