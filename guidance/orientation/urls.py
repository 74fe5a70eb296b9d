from django.urls import path

from guidance.orientation import views

app_name = "guidance"

urlpatterns = [
    path("", views.questionnaire, name="questionnaire"),
    path("resultats/", views.results, name="results"),
]
