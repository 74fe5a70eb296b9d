from django.urls import path

from guidance import views

app_name = "guidance"

urlpatterns = [
    path("", views.questionnaire, name="questionnaire"),
    path("resultats/", views.results, name="results"),
]
