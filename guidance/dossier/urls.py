from django.urls import path

from guidance.dossier import views as dossier_views

app_name = "dossier"

urlpatterns = [
    path("", dossier_views.start, name="start"),
    path(
        "transmis/<int:file_id>/documents/<int:attachment_id>/",
        dossier_views.financer_attachment,
        name="financer_attachment",
    ),
    path("<str:token>/", dossier_views.overview, name="overview"),
    path("<str:token>/imprimer/", dossier_views.print_view, name="print"),
    path("<str:token>/envoyer/", dossier_views.send, name="send"),
    path("<str:token>/retirer/", dossier_views.withdraw, name="withdraw"),
    path("<str:token>/nouveau-lien/", dossier_views.renew, name="renew"),
    path("<str:token>/documents/", dossier_views.attachments, name="attachments"),
    path(
        "<str:token>/documents/<int:attachment_id>/",
        dossier_views.attachment_download,
        name="attachment",
    ),
    path(
        "<str:token>/documents/<int:attachment_id>/supprimer/",
        dossier_views.attachment_delete,
        name="attachment_delete",
    ),
    path("<str:token>/<slug:section>/", dossier_views.section, name="section"),
]
