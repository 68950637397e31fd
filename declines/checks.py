"""Deployment checks of Politely's own settings, run by `manage.py check --deploy`."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Tags, Warning, register

LOCAL_HOSTS = {"localhost", "127.0.0.1", "[::1]", "::1"}


@register(Tags.security, deploy=True)
def check_public_addresses(app_configs, **kwargs):
    """Reminder emails link to SITE_URL and come from DEFAULT_FROM_EMAIL: both must be public."""
    problems = []
    site = urlsplit(settings.SITE_URL)
    if site.scheme != "https" or site.hostname in LOCAL_HOSTS:
        problems.append(
            Warning(
                f"SITE_URL is {settings.SITE_URL!r}: links in reminder emails would not reach users.",
                hint="Set SITE_URL to the public https:// address of the site.",
                id="politely.W001",
            )
        )
    sender_domain = settings.DEFAULT_FROM_EMAIL.rsplit("@", 1)[-1].rstrip(">").strip()
    if sender_domain in LOCAL_HOSTS or "." not in sender_domain:
        problems.append(
            Warning(
                f"DEFAULT_FROM_EMAIL is {settings.DEFAULT_FROM_EMAIL!r}: mail servers refuse it.",
                hint="Set DEFAULT_FROM_EMAIL to an address on your own domain.",
                id="politely.W002",
            )
        )
    return problems
