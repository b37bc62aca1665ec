from django.urls import path

from . import views

urlpatterns = [
    path(
        "p/<slug:slug>/indicatoren/<id:pk>/bron/",
        views.indicator_feed,
        name="indicator-feed",
    ),
]
