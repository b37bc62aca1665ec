from django.urls import path

from . import views

P = "p/<slug:slug>/"

urlpatterns = [
    path(P + "gebieden/", views.areas, name="areas"),
    path(P + "gebieden/nieuw/", views.area_create, name="area-create"),
    path(P + "gebieden/<id:pk>/bewerken/", views.area_edit, name="area-edit"),
    path(P + "gebieden/<id:pk>/verwijderen/", views.area_delete, name="area-delete"),
    path(P + "gebieden/vormen/", views.area_shapes, name="area-shapes"),
    path(P + "gebieden/vormen/<id:pk>/", views.area_shapes_preview, name="area-shapes-preview"),
    path(P + "kaart/", views.area_map, name="map"),
]
