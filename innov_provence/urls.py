from django.contrib import admin
from django.urls import include, path

from offers import views as offer_views

urlpatterns = [
    path("", offer_views.home, name="home"),
    path("healthz", offer_views.healthz, name="healthz"),
    path("", include("offers.urls")),
    path("financements/dossier/", include("guidance.dossier_urls")),
    path("financements/", include("financing.urls")),
    path("hebergement/", include("housing.urls")),
    path("", include("guidance.urls")),
    path("pilotage/", include("guidance.pilotage_urls")),
    path("admin/", admin.site.urls),
]

handler400 = "offers.views.bad_request"
handler403 = "offers.views.permission_denied"
handler404 = "offers.views.page_not_found"
handler500 = "offers.views.server_error"
