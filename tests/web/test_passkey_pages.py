"""The passkey pages a signed-in user can reach from Settings open, with and without a key."""

from __future__ import annotations

from datetime import timedelta

import pytest
from allauth.mfa.models import Authenticator
from django.urls import reverse
from django.utils import timezone

pytestmark = pytest.mark.django_db

PAGES = ["mfa_index", "mfa_list_webauthn"]


def add_key(user, name: str, *, used: bool, alone: bool | None = True) -> Authenticator:
    """A key as allauth stores it: whether it logs in alone is what the browser reported
    (credProps.rk), or nothing when it did not say."""
    reported = {} if alone is None else {"credProps": {"rk": alone}}
    return Authenticator.objects.create(
        user=user,
        type=Authenticator.Type.WEBAUTHN,
        data={"name": name, "credential": {"clientExtensionResults": reported}},
        last_used_at=timezone.now() - timedelta(hours=2) if used else None,
    )


@pytest.mark.parametrize("page", PAGES)
def test_the_passkey_pages_open_without_a_key(client, page):
    assert client.get(reverse(page)).status_code == 200


@pytest.mark.parametrize("page", PAGES)
def test_the_passkey_pages_open_with_keys_used_and_unused(client, user, page):
    # The list says when each key was last used, with Django's humanize filters (it once
    # answered 500 because that app was not installed).
    add_key(user, "Laptop", used=True)
    add_key(user, "Phone", used=False)
    response = client.get(reverse(page))
    assert response.status_code == 200
    if page == "mfa_list_webauthn":
        content = response.content.decode()
        assert "Laptop" in content and "Phone" in content
        assert "Last used 2\xa0hours ago." in content
        assert "Not used yet." in content


def test_the_list_says_which_keys_need_the_password_too(client, user):
    add_key(user, "Passkey", used=False, alone=True)
    add_key(user, "Old key", used=False, alone=False)
    add_key(user, "Quiet key", used=False, alone=None)
    rows = client.get(reverse("mfa_list_webauthn")).content.decode().split("<tr>")[2:]
    said = {
        name: row for row in rows for name in ("Passkey", "Old key", "Quiet key") if name in row
    }
    assert "password" not in said["Passkey"]
    assert "Needs your password too" in said["Old key"]
    assert "May need your password too" in said["Quiet key"]
