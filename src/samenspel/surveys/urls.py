from django.urls import path, re_path

from . import builder_views, respondent_views, views

app_name = "surveys"

P = "p/<slug:slug>/peilingen/"

urlpatterns = [
    # The respondent's pages first: they take by far the most requests.
    path("s/taal/", respondent_views.language, name="language"),
    path("s/<str:token>/", respondent_views.start, name="start"),
    path("s/<str:token>/bedankt/", respondent_views.thanks, name="thanks"),
    path("s/<str:token>/<str:resume>/<int:number>/", respondent_views.page, name="page"),
    path(P, views.survey_list, name="list"),
    path(P + "nieuw/", views.survey_create, name="create"),
    path(P + "<int:pk>/", views.survey_detail, name="detail"),
    path(P + "<int:pk>/bewerken/", builder_views.survey_edit, name="edit"),
    path(P + "<int:pk>/voorbeeld/", builder_views.survey_preview, name="preview"),
    path(P + "<int:survey_pk>/paginas/nieuw/", builder_views.section_form, name="section-create"),
    path(P + "paginas/<int:pk>/bewerken/", builder_views.section_form, name="section-edit"),
    path(P + "paginas/<int:pk>/verplaatsen/", builder_views.section_move, name="section-move"),
    path(P + "paginas/<int:pk>/verwijderen/", builder_views.section_delete, name="section-delete"),
    path(P + "<int:survey_pk>/vragen/nieuw/", builder_views.question_form, name="question-create"),
    path(P + "vragen/<int:pk>/bewerken/", builder_views.question_form, name="question-edit"),
    path(P + "vragen/<int:pk>/verplaatsen/", builder_views.question_move, name="question-move"),
    path(P + "vragen/<int:pk>/verwijderen/", builder_views.question_delete, name="question-delete"),
    path(
        P + "vragen/<int:pk>/doelgroepen/",
        builder_views.question_target_groups,
        name="question-target-groups",
    ),
    path(P + "metingen/<int:pk>/open-dicht/", views.wave_toggle, name="wave-toggle"),
    path(P + "metingen/<int:pk>/resultaten/", views.wave_results, name="results"),
    path(P + "metingen/<int:pk>/weging/", views.wave_weighting, name="weighting"),
    path(P + "metingen/<int:pk>/importeren/", views.wave_import, name="import"),
    path(
        P + "metingen/<int:pk>/importeren/<int:import_pk>/",
        views.wave_import_status,
        name="import-status",
    ),
    path(P + "metingen/<int:pk>/uitnodigingen/", views.wave_invitations, name="invitations"),
    re_path(
        r"^p/(?P<slug>[-\w]+)/peilingen/metingen/(?P<pk>\d+)/antwoorden\.(?P<file_format>xlsx|csv|zip)$",
        views.wave_export,
        name="export",
    ),
]
