"""Politely's URLs: the dashboard and the declines, the accounts, the admin and the health probes."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from declines import account_views, health

urlpatterns = [
    path("", include("declines.urls")),
    path("accounts/signup/", account_views.signup, name="signup"),
    path("accounts/settings/", account_views.settings_view, name="settings"),
    # Django's own log-in, log-out and password-change views; password reset needs outgoing
    # account email, which Politely does not offer yet.
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "accounts/password_change/",
        auth_views.PasswordChangeView.as_view(),
        name="password_change",
    ),
    path(
        "accounts/password_change/done/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path("admin/", admin.site.urls),
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
]
