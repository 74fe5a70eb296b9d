from django.urls import path

from guidance.dossier import views as dossier_views

app_name = "dossier"

urlpatterns = [
    path("", dossier_views.start, name="start"),
    path("<str:token>/", dossier_views.overview, name="overview"),
    path("<str:token>/imprimer/", dossier_views.print_view, name="print"),
    path("<str:token>/envoyer/", dossier_views.send, name="send"),
    path("<str:token>/retirer/", dossier_views.withdraw, name="withdraw"),
    path("<str:token>/nouveau-lien/", dossier_views.renew, name="renew"),
    path("<str:token>/<slug:section>/", dossier_views.section, name="section"),
]
