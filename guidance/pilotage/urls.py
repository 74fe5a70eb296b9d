from django.urls import path

from guidance.pilotage import views

app_name = "pilotage"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("offre/", views.supply_map, name="supply"),
    path("offre/export.csv", views.supply_map_csv, name="supply_csv"),
    path("demande/", views.unmet_demand, name="demand"),
    path("demande/export.csv", views.unmet_demand_csv, name="demand_csv"),
    path("demande/besoins.csv", views.needs_in_vain_csv, name="needs_in_vain_csv"),
    path("fraicheur/", views.freshness, name="freshness"),
    path("fraicheur/export.csv", views.freshness_csv, name="freshness_csv"),
    path("fraicheur/structures.csv", views.freshness_structures_csv, name="freshness_structures_csv"),
    path("structures/", views.structures, name="structures"),
    path("structures/export.csv", views.structures_csv, name="structures_csv"),
    path("synthese/", views.summary, name="summary"),
    path("lacunes/", views.gaps, name="gaps"),
    path("lacunes/export.csv", views.gaps_csv, name="gaps_csv"),
    path("lacunes/sans-objet/", views.expected_gap_add, name="expected_gap_add"),
    path("lacunes/sans-objet/<int:pk>/retirer/", views.expected_gap_remove, name="expected_gap_remove"),
]
