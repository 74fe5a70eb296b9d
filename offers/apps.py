from django.apps import AppConfig


class OffersConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "offers"
    verbose_name = "Offres et structures"

    def ready(self) -> None:
        from offers.cache import connect_invalidation

        connect_invalidation()
