from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from innov_provence import views
from innov_provence.page_cache import public_pages

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("accessibilite/", views.accessibility, name="accessibility"),
    path("mentions-legales/", views.legal_notice, name="legal_notice"),
    # The public catalogues, served through the page cache to anonymous visitors.
    path("", include(public_pages("offers.urls"))),
    path("financements/dossier/", include("guidance.dossier.urls")),
    path("financements/", include(public_pages("financing.urls"))),
    path("hebergement/", include(public_pages("housing.urls"))),
    path("orientation/", include("guidance.orientation.urls")),
    path("pilotage/", include("guidance.pilotage.urls")),
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
    path("", include("guidance.contact.urls")),
    path("", include("guidance.alerts.urls")),
    path("admin/", admin.site.urls),
]

handler400 = "innov_provence.views.bad_request"
handler403 = "innov_provence.views.permission_denied"
handler404 = "innov_provence.views.page_not_found"
handler500 = "innov_provence.views.server_error"
