from django.urls import path

from . import respondent_views

app_name = "surveys"

urlpatterns = [
    path("s/<str:token>/", respondent_views.start, name="start"),
    path("s/<str:token>/bedankt/", respondent_views.thanks, name="thanks"),
    path("s/<str:token>/<str:resume>/<int:number>/", respondent_views.page, name="page"),
]
