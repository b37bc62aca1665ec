from django.urls import path

from . import views

app_name = "core"

urlpatterns = [
    path("", views.programme_list, name="programme-list"),
    path("toegankelijkheid/", views.accessibility_statement, name="accessibility"),
    path("privacy/", views.privacy_statement, name="privacy"),
    path("gezond/", views.health, name="health"),
    path("logo/<slug:slug>/<str:version>.png", views.programme_logo, name="programme-logo"),
    path(
        "thema/<id:pk>/<str:version>.woff2",
        views.theme_file,
        {"kind": "font"},
        name="theme-font",
    ),
    path("thema/<id:pk>/<str:version>.png", views.theme_file, {"kind": "logo"}, name="theme-logo"),
    path("p/<slug:slug>/", views.programme_home, name="programme-home"),
    path("p/<slug:slug>/leden/", views.member_list, name="members"),
    path(
        "p/<slug:slug>/leden/uitnodigingen/<id:pk>/intrekken/",
        views.invitation_withdraw,
        name="invitation-withdraw",
    ),
    path("uitnodiging/<str:token>/", views.invitation_accept, name="invitation"),
    path("p/<slug:slug>/instellingen/", views.programme_settings, name="programme-settings"),
    path("p/<slug:slug>/logboek/", views.audit_trail, name="audit"),
    path("p/<slug:slug>/leden/<id:pk>/rol/", views.member_change_role, name="member-role"),
    path("p/<slug:slug>/leden/<id:pk>/verwijderen/", views.member_remove, name="member-remove"),
]
