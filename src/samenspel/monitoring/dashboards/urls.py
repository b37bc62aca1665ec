from django.urls import path

from . import views

P = "p/<slug:slug>/dashboard/"

urlpatterns = [
    path(P, views.programme_dashboard, name="dashboard"),
    path(P + "doel/<id:pk>/", views.goal_dashboard, name="goal-dashboard"),
    path(P + "grafiek/<slug:chart>.svg", views.chart_svg, name="chart-svg"),
    path(P + "grafiek/<slug:chart>.xlsx", views.chart_xlsx, name="chart-xlsx"),
]
