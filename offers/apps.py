from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class OffersConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "offers"
    verbose_name = "Offres et structures"

    def ready(self) -> None:
        from offers.cache import connect_invalidation

        connect_invalidation()


class ScopedAdminConfig(admin_apps.AdminConfig):
    """Django's admin (`"offers.apps.ScopedAdminConfig"` in INSTALLED_APPS) on `ScopedAdminSite`, whose
    « voir sur le site » shortcut is scoped like every other admin URL."""

    default = False  # `offers` itself stays OffersConfig
    default_site = "offers.admin_scoping.ScopedAdminSite"
