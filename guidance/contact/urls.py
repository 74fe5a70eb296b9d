from django.urls import path

from guidance.contact import views as contact_views

app_name = "contact"

urlpatterns = [
    path("contact/offre/<slug:slug>/", contact_views.contact_offer, name="offer"),
    path("contact/structure/<slug:slug>/", contact_views.contact_actor, name="actor"),
    path("contact/merci/<str:reference>/", contact_views.thanks, name="thanks"),
    path("donnees-personnelles/", contact_views.personal_data, name="personal_data"),
]
