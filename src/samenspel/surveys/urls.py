from django.urls import path, re_path

from .analysis import views as analysis
from .building import views as building
from .collecting import respondent_views as respondents
from .collecting import views as collecting

app_name = "surveys"

P = "p/<slug:slug>/peilingen/"

urlpatterns = [
    # The respondent's pages first: they take by far the most requests.
    path("s/taal/", respondents.language, name="language"),
    path("s/<str:token>/", respondents.start, name="start"),
    path("s/<str:token>/bedankt/", respondents.thanks, name="thanks"),
    path("s/<str:token>/<str:resume>/<int:number>/", respondents.page, name="page"),
    path(P, building.survey_list, name="list"),
    path(P + "nieuw/", building.survey_create, name="create"),
    path(P + "<int:pk>/", building.survey_detail, name="detail"),
    path(P + "<int:pk>/bewerken/", building.survey_edit, name="edit"),
    path(P + "<int:pk>/voorbeeld/", building.survey_preview, name="preview"),
    path(P + "<int:survey_pk>/paginas/nieuw/", building.section_form, name="section-create"),
    path(P + "paginas/<int:pk>/bewerken/", building.section_form, name="section-edit"),
    path(P + "paginas/<int:pk>/verplaatsen/", building.section_move, name="section-move"),
    path(P + "paginas/<int:pk>/verwijderen/", building.section_delete, name="section-delete"),
    path(P + "<int:survey_pk>/vragen/nieuw/", building.question_form, name="question-create"),
    path(P + "vragen/<int:pk>/bewerken/", building.question_form, name="question-edit"),
    path(P + "vragen/<int:pk>/verplaatsen/", building.question_move, name="question-move"),
    path(P + "vragen/<int:pk>/verwijderen/", building.question_delete, name="question-delete"),
    path(
        P + "vragen/<int:pk>/doelgroepen/",
        building.question_target_groups,
        name="question-target-groups",
    ),
    path(P + "metingen/<int:pk>/open-dicht/", collecting.wave_toggle, name="wave-toggle"),
    path(P + "metingen/<int:pk>/resultaten/", analysis.wave_results, name="results"),
    path(P + "metingen/<int:pk>/weging/", analysis.wave_weighting, name="weighting"),
    path(P + "metingen/<int:pk>/importeren/", collecting.wave_import, name="import"),
    path(
        P + "metingen/<int:pk>/importeren/<int:import_pk>/",
        collecting.wave_import_status,
        name="import-status",
    ),
    path(P + "metingen/<int:pk>/uitnodigingen/", collecting.wave_invitations, name="invitations"),
    path(
        P + "metingen/<int:pk>/uitnodigingen/versturen/",
        collecting.wave_invitations_send,
        name="invitations-send",
    ),
    re_path(
        r"^p/(?P<slug>[-\w]+)/peilingen/metingen/(?P<pk>\d+)/antwoorden\.(?P<file_format>xlsx|csv|zip|sav)$",
        analysis.wave_export,
        name="export",
    ),
]
