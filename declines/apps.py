from django.apps import AppConfig


class DeclinesConfig(AppConfig):
    name = "declines"
    verbose_name = "Declines"

    def ready(self):
        from . import checks, signals  # noqa: F401  (register the deployment checks, signals)
