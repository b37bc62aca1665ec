from django.urls import path

from .analysis import views as analysis
from .building import views as building
from .collecting import respondent_views as respondents
from .collecting import views as collecting

app_name = "surveys"

P = "p/<slug:slug>/peilingen/"

urlpatterns = [
    # The respondent's pages first: they take by far the most requests.
    path("s/taal/", respondents.language, name="language"),
    path("s/<token:token>/", respondents.start, name="start"),
    path("s/<token:token>/bedankt/", respondents.thanks, name="thanks"),
    path("s/<token:token>/<token:resume>/<id:number>/", respondents.page, name="page"),
    path(P, building.survey_list, name="list"),
    path(P + "nieuw/", building.survey_create, name="create"),
    path(P + "<id:pk>/", building.survey_detail, name="detail"),
    path(P + "<id:pk>/bewerken/", building.survey_edit, name="edit"),
    path(P + "<id:pk>/voorbeeld/", building.survey_preview, name="preview"),
    path(P + "<id:survey_pk>/paginas/nieuw/", building.section_form, name="section-create"),
    path(P + "paginas/<id:pk>/bewerken/", building.section_form, name="section-edit"),
    path(P + "paginas/<id:pk>/verplaatsen/", building.section_move, name="section-move"),
    path(P + "paginas/<id:pk>/verwijderen/", building.section_delete, name="section-delete"),
    path(P + "<id:survey_pk>/vragen/nieuw/", building.question_form, name="question-create"),
    path(P + "vragen/<id:pk>/bewerken/", building.question_form, name="question-edit"),
    path(P + "vragen/<id:pk>/verplaatsen/", building.question_move, name="question-move"),
    path(P + "vragen/<id:pk>/verwijderen/", building.question_delete, name="question-delete"),
    path(
        P + "vragen/<id:pk>/doelgroepen/",
        building.question_target_groups,
        name="question-target-groups",
    ),
    path(P + "metingen/<id:pk>/open-dicht/", collecting.wave_toggle, name="wave-toggle"),
    path(P + "metingen/<id:pk>/resultaten/", analysis.wave_results, name="results"),
    path(P + "metingen/<id:pk>/weging/", analysis.wave_weighting, name="weighting"),
    path(P + "metingen/<id:pk>/importeren/", collecting.wave_import, name="import"),
    path(
        P + "metingen/<id:pk>/importeren/<id:import_pk>/",
        collecting.wave_import_status,
        name="import-status",
    ),
    path(P + "metingen/<id:pk>/uitnodigingen/", collecting.wave_invitations, name="invitations"),
    path(
        P + "metingen/<id:pk>/uitnodigingen/versturen/",
        collecting.wave_invitations_send,
        name="invitations-send",
    ),
    path(P + "metingen/<id:pk>/exporteren/", analysis.wave_export, name="export"),
    path(P + "metingen/<id:pk>/indeling.xlsx", analysis.wave_import_layout, name="import-layout"),
    path(P + "exportrecht/", analysis.row_export_rights, name="row-export-rights"),
    path(P + "exportrecht/<id:pk>/besluit/", analysis.row_export_decide, name="row-export-decide"),
]
