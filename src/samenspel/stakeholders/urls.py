from django.urls import path, re_path

from . import views

app_name = "stakeholders"

P = "p/<slug:slug>/partijen/"
R = r"^p/(?P<slug>[-\w]+)/partijen/(?P<register>organisation|person|target_group)/"

urlpatterns = [
    path(P, views.organisation_list, name="organisations"),
    path(P + "personen/", views.person_list, name="people"),
    path(P + "doelgroepen/", views.target_group_list, name="target-groups"),
    path(P + "organisaties/<id:pk>/", views.organisation_detail, name="organisation-detail"),
    path(P + "personen/<id:pk>/", views.person_detail, name="person-detail"),
    re_path(R + r"nieuw/$", views.register_form, name="create"),
    re_path(R + r"(?P<pk>[0-9]{1,18})/bewerken/$", views.register_form, name="edit"),
    re_path(R + r"(?P<pk>[0-9]{1,18})/verwijderen/$", views.register_delete, name="delete"),
    path(P + "importeren/", views.import_upload, name="import"),
    path(P + "importeren/<id:pk>/", views.import_preview, name="import-preview"),
    re_path(
        r"^p/(?P<slug>[-\w]+)/partijen/exporteren\.(?P<file_format>xlsx|csv)$",
        views.register_export,
        name="export",
    ),
]
