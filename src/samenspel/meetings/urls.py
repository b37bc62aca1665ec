from django.urls import path

from . import views

app_name = "meetings"

P = "p/<slug:slug>/bijeenkomsten/"

urlpatterns = [
    path(P, views.meeting_list, name="list"),
    path(P + "nieuw/", views.meeting_form, name="create"),
    path(P + "<id:pk>/", views.meeting_detail, name="detail"),
    path(P + "<id:pk>/bewerken/", views.meeting_form, name="edit"),
]
