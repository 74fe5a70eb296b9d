from django.urls import path

from guidance.contact import views as contact_views

app_name = "contact"

urlpatterns = [
    path("contact/offre/<slug:slug>/", contact_views.contact_offer, name="offer"),
    path("contact/structure/<slug:slug>/", contact_views.contact_actor, name="actor"),
    path("contact/merci/<str:reference>/", contact_views.thanks, name="thanks"),
    path("donnees-personnelles/", contact_views.personal_data, name="personal_data"),
]

urlpatterns += [
    path("contact/suivi/<str:token>/", contact_views.follow_up, name="follow_up"),
    path("contact/suivi/<str:token>/avis/<str:reference>/", contact_views.feedback, name="feedback"),
]
