from django.apps import AppConfig


class DeclinesConfig(AppConfig):
    name = "declines"
    verbose_name = "Declines"
