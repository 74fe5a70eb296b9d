from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from offers import pages
from offers import views as offer_views

urlpatterns = [
    path("", offer_views.home, name="home"),
    path("healthz", offer_views.healthz, name="healthz"),
    path("accessibilite/", pages.accessibility, name="accessibility"),
    path("", include("offers.urls")),
    path("financements/dossier/", include("guidance.dossier_urls")),
    path("financements/", include("financing.urls")),
    path("hebergement/", include("housing.urls")),
    path("orientation/", include("guidance.urls")),
    path("pilotage/", include("guidance.pilotage_urls")),
    # Password reset for structure accounts (Django's views and admin templates); the invitation link of
    # `invite_structure_user` points to `password_reset_confirm`.
    path("admin/password_reset/", auth_views.PasswordResetView.as_view(), name="admin_password_reset"),
    path(
        "admin/password_reset/done/", auth_views.PasswordResetDoneView.as_view(), name="password_reset_done"
    ),
    path(
        "reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path("reset/done/", auth_views.PasswordResetCompleteView.as_view(), name="password_reset_complete"),
    path("", include("guidance.contact_urls")),
    path("admin/", admin.site.urls),
]

handler400 = "offers.views.bad_request"
handler403 = "offers.views.permission_denied"
handler404 = "offers.views.page_not_found"
handler500 = "offers.views.server_error"
