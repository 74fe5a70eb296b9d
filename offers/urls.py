from django.urls import path

from offers import views

app_name = "offers"

urlpatterns = [
    path("technopoles/<slug:slug>/", views.technopole_detail, name="technopole_detail"),
]
