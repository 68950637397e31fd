"""Politely's URLs: the dashboard and the declines, the accounts, the admin and the health probes."""

from django.contrib import admin
from django.urls import include, path

from declines import account_views, health

urlpatterns = [
    path("", include("declines.urls")),
    path("accounts/settings/", account_views.settings_view, name="settings"),
    path("accounts/settings/data.json", account_views.data_download, name="data_download"),
    path("accounts/settings/letters.zip", account_views.letters_download, name="letters_download"),
    path("accounts/settings/delete/", account_views.account_delete, name="delete_account"),
    # django-allauth: sign-up, log-in, log-out, email verification, password reset and change,
    # passkeys (under accounts/2fa/).
    path("accounts/", include("allauth.urls")),
    path("admin/", admin.site.urls),
    # Browsers ask for /favicon.ico whatever the page declares.
    path("favicon.ico", health.favicon),
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
]
