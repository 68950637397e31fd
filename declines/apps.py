from django.apps import AppConfig


class DeclinesConfig(AppConfig):
    name = "declines"
    verbose_name = "Declines"

    def ready(self):
        from . import checks  # noqa: F401  (registers the deployment checks)
