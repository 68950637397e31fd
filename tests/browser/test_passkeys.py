"""Passkeys in a real browser: a signed-in user adds one from Settings, logs out, and logs back in with
"Log in with a passkey" and nothing else. Chromium's DevTools Protocol provides a virtual
authenticator (a platform authenticator with user verification), so no hardware is needed.

WebAuthn needs a secure context: the live server is http://localhost:<port>, which is one."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from allauth.mfa.models import Authenticator
from django.core.cache import cache
from playwright.sync_api import CDPSession, Page, expect

from tests.browser.helpers import DESKTOP, button, field, log_in
from tests.factories import PASSWORD, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """allauth's rate-limit counters live in the database cache, which no flush empties."""
    cache.clear()
    yield
    cache.clear()


def add_virtual_authenticator(page: Page) -> tuple[CDPSession, str]:
    """A built-in authenticator that verifies the user and answers at once; returns the CDP session
    (keep it: the authenticator lives as long as it does) and the authenticator's id."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")
    added = cdp.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
                "automaticPresenceSimulation": True,
            }
        },
    )
    return cdp, added["authenticatorId"]


def test_a_user_adds_a_passkey_in_settings_and_logs_in_with_it_alone(
    new_page, live_server, screenshot, browser_problems
):
    # WebAuthn needs a secure context; http://localhost is one (http://127.0.0.1 need not be).
    assert urlsplit(live_server.url).hostname == "localhost"
    user = make_user("keyholder")
    page = new_page(viewport=DESKTOP)
    cdp, authenticator_id = add_virtual_authenticator(page)
    log_in(page, "keyholder", PASSWORD)

    page.get_by_role("link", name="Settings").click()
    page.get_by_role("link", name="Passkeys").click()
    expect(page).to_have_url(re.compile(r"/accounts/2fa/$"))
    screenshot(page, "passkeys-index-desktop")
    page.get_by_role("link", name="Add").click()

    # Adding a key asks for the password again, however recent the log-in.
    expect(page.get_by_role("heading", name="Confirm Access")).to_be_visible()
    screenshot(page, "passkeys-confirm-access-desktop")
    field(page, "Password").fill(PASSWORD)
    button(page, "Confirm").click()
    expect(page.get_by_role("heading", name="Add Security Key")).to_be_visible()
    screenshot(page, "passkeys-add-desktop")
    # A key added here is a passkey, one that logs in on its own: the box comes ticked.
    expect(field(page, "Log in with this passkey alone")).to_be_checked()
    button(page, "Add").click()

    expect(page.get_by_role("status")).to_have_text("Security key added.")
    expect(page.get_by_text("You have added 1 security key.")).to_be_visible()
    screenshot(page, "passkeys-added-desktop")
    page.get_by_role("link", name="Manage").click()
    expect(page.get_by_role("heading", name="Your passkeys")).to_be_visible()
    expect(page.get_by_role("row").filter(has_text="Not used yet.")).to_be_visible()
    screenshot(page, "passkeys-list-desktop")
    page.go_back()
    (key,) = Authenticator.objects.filter(user=user, type=Authenticator.Type.WEBAUTHN)
    assert key.wrap().is_passwordless is True
    stored = cdp.send("WebAuthn.getCredentials", {"authenticatorId": authenticator_id})
    (credential,) = stored["credentials"]
    assert credential["isResidentCredential"] is True and credential["rpId"] == "localhost"

    button(page, "Log out").click()
    expect(
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Log in")
    ).to_be_visible()

    # Back in with the passkey alone: no email, no password, no second step.
    page.goto("/accounts/login/")
    expect(field(page, "Email")).to_have_value("")
    expect(field(page, "Password")).to_have_value("")
    button(page, "Log in with a passkey").click()
    expect(page.get_by_role("heading", name="Your declines")).to_be_visible()
    page.get_by_role("link", name="Settings").click()
    expect(page.get_by_text("keyholder@example.com")).to_be_visible()
    key.refresh_from_db()
    assert key.last_used_at is not None
    assert browser_problems == []
