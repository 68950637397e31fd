"""Account emails as a user meets them: the verification link, the password reset link, the
rate limit on failed log-ins, and reminders that reach only a verified address."""

import importlib
import re
from email import message_from_bytes

import pytest
from allauth.account.models import EmailAddress
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.cache import cache
from pytest_django.asserts import assertContains, assertRedirects

from declines.models import Decline, Profile
from tests.factories import PASSWORD, make_decline, make_user

pytestmark = pytest.mark.django_db

SIGNUP = {
    "display_name": "Grace Hopper",
    "email": "grace@example.com",
    "password1": "navy-Compiler-1906",
}
LINK = re.compile(r"https?://\S+")


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """The rate-limit counters live in the cache, which outlives a test's transaction."""
    cache.clear()
    yield
    cache.clear()


def only_link(message) -> str:
    (link,) = LINK.findall(message.body)
    return link


def test_sign_up_sends_a_verification_email_in_text_and_html(anon_client, mailoutbox):
    anon_client.post("/accounts/signup/", SIGNUP)
    (message,) = mailoutbox
    assert message.to == ["grace@example.com"]
    assert message.subject == "Politely: Please confirm your email address"
    parsed = message_from_bytes(message.message().as_bytes())
    assert {part.get_content_type() for part in parsed.walk()} >= {"text/plain", "text/html"}
    html = next(p for p in parsed.walk() if p.get_content_type() == "text/html").get_payload(
        decode=True
    )
    assert only_link(message).encode() in html.replace(b"&amp;", b"&")
    # The user can use Politely at once, unverified.
    assert not EmailAddress.objects.get(email="grace@example.com").verified
    assertContains(anon_client.get("/"), "Your declines")


def test_the_emailed_link_verifies_the_address(anon_client, mailoutbox):
    anon_client.post("/accounts/signup/", SIGNUP)
    link = only_link(mailoutbox[0])
    assertContains(anon_client.get(link), "Confirm")  # a GET only asks
    assert not EmailAddress.objects.get(email="grace@example.com").verified
    anon_client.post(link)
    assert EmailAddress.objects.get(email="grace@example.com").verified


def test_settings_say_whether_the_address_is_verified_and_resend_the_link(mailoutbox):
    from django.test import Client

    user = make_user("lin", verified=False)
    client = Client()
    client.force_login(user)
    assertContains(client.get("/accounts/settings/"), "Not verified yet")
    client.post("/accounts/email/", {"email": user.email, "action_send": ""})
    (message,) = mailoutbox
    assert message.to == [user.email]
    client.post(only_link(message))
    assertContains(client.get("/accounts/settings/"), "Verified")


def test_a_forgotten_password_is_reset_by_its_emailed_link(anon_client, user, mailoutbox):
    assertContains(anon_client.get("/accounts/login/"), "Forgot your password?")
    anon_client.post("/accounts/password/reset/", {"email": user.email})
    (message,) = mailoutbox
    assert message.subject == "Politely: Reset your password"
    response = anon_client.get(only_link(message), follow=True)
    form_url = response.redirect_chain[-1][0] if response.redirect_chain else only_link(message)
    new = "a-Fresh-phrase-2027"
    response = anon_client.post(form_url, {"password1": new, "password2": new})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(new)
    assertRedirects(
        anon_client.post("/accounts/login/", {"login": user.email, "password": new}), "/"
    )


def test_repeated_wrong_passwords_are_stopped_with_a_clear_message(anon_client, user):
    for _ in range(5):
        anon_client.post("/accounts/login/", {"login": user.email, "password": "wrong"})
    # Now even the right password waits: guessing has stopped paying.
    response = anon_client.post("/accounts/login/", {"login": user.email, "password": PASSWORD})
    assertContains(response, "Too many attempts to log in")
    assertContains(response, "wait five minutes")
    assert "_auth_user_id" not in anon_client.session


def test_the_rate_limit_lives_in_the_shared_database_cache(settings):
    assert settings.CACHES["default"]["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"
    cache.set("politely-probe", 1)
    assert cache.get("politely-probe") == 1


def test_accounts_from_before_allauth_keep_working(anon_client):
    """The migration gives every existing user an (unverified) allauth address: they log in by
    email or username as before, and their declines and profile are untouched."""
    old = get_user_model().objects.create_user("olduser", "Old@Example.com", PASSWORD)
    Profile.objects.create(user=old, display_name="Old Timer", timezone="Europe/Paris")
    decline = make_decline(old)
    migration = importlib.import_module("declines.migrations.0003_accounts_on_allauth")
    migration.email_addresses_for_existing_users(apps, None)
    address = EmailAddress.objects.get(user=old)
    assert (address.email, address.primary, address.verified) == ("old@example.com", True, False)
    assertRedirects(
        anon_client.post("/accounts/login/", {"login": "olduser", "password": PASSWORD}), "/"
    )
    assertContains(anon_client.get("/"), decline.company)
    assert Decline.objects.get(pk=decline.pk).owner == old
    profile = Profile.objects.get(user=old)
    assert (profile.display_name, profile.timezone) == ("Old Timer", "Europe/Paris")
