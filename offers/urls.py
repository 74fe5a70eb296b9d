from django.urls import path

from offers import views

app_name = "offers"

urlpatterns = [
    path("offres/", views.offer_list, name="offer_list"),
    path("offres/export.csv", views.offer_export_csv, name="offer_export_csv"),
    path("offres/export.json", views.offer_export_json, name="offer_export_json"),
    path("offres/<slug:slug>/", views.offer_detail, name="offer_detail"),
    path("acteurs/", views.actor_list, name="actor_list"),
    path("acteurs/<slug:slug>/", views.actor_detail, name="actor_detail"),
    path("recrutement/", views.recruitment_list, name="recruitment_list"),
    path("competences/", views.competence_list, name="competence_list"),
    path("technopoles/<slug:slug>/", views.technopole_detail, name="technopole_detail"),
]
