from django.urls import path

from . import views

P = "p/<slug:slug>/cijfers-gevraagd/"

urlpatterns = [
    path(P, views.figure_requests, name="figure-requests"),
    path(P + "vragen/", views.figure_request_create, name="figure-request-create"),
    path(P + "<id:pk>/", views.figure_deliver, name="figure-deliver"),
    path(P + "<id:pk>/intrekken/", views.figure_request_withdraw, name="figure-request-withdraw"),
]
