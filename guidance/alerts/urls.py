from django.urls import path

from guidance.alerts import views

app_name = "alerts"

urlpatterns = [
    path("alertes/", views.subscribe, name="subscribe"),
    path("alertes/confirmer/<str:token>/", views.confirm_view, name="confirm"),
    path("alertes/desabonnement/<str:token>/", views.unsubscribe_view, name="unsubscribe"),
    path("orientation/resultats/par-courriel/", views.recap, name="recap"),
]
