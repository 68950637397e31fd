"""Politely's URLs: the dashboard and the declines, the accounts, the admin and the health probes."""

from django.contrib import admin
from django.urls import include, path

from declines import account_views, health

urlpatterns = [
    path("", include("declines.urls")),
    path("accounts/signup/", account_views.signup, name="signup"),
    path("accounts/settings/", account_views.settings_view, name="settings"),
    path("accounts/", include("django.contrib.auth.urls")),
    path("admin/", admin.site.urls),
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
]
