from django.apps import AppConfig
from django.db.models.signals import post_migrate


class InnovProvenceConfig(AppConfig):
    name = "innov_provence"

    def ready(self) -> None:
        from innov_provence.shared_cache import create_cache_tables

        # Infrastructure, not business logic: `migrate` also creates the shared cache's table.
        post_migrate.connect(create_cache_tables, dispatch_uid="innov-provence-cache-tables")
