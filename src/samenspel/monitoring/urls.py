"""Monitoring's pages, one part per room: indicators and their figures, imports (files and
Statistics Netherlands), areas and maps, dashboards and charts, impact, figures from partners
and preconditions, and the evaluation report's texts."""

from django.urls import include, path

app_name = "monitoring"

urlpatterns = [
    path("", include("samenspel.monitoring.indicators.urls")),
    path("", include("samenspel.monitoring.imports.urls")),
    path("", include("samenspel.monitoring.maps.urls")),
    path("", include("samenspel.monitoring.dashboards.urls")),
    path("", include("samenspel.monitoring.impact.urls")),
    path("", include("samenspel.monitoring.feeds.urls")),
    path("", include("samenspel.monitoring.evaluation.urls")),
    path("", include("samenspel.monitoring.partners.urls")),
    path("", include("samenspel.monitoring.preconditions.urls")),
]
