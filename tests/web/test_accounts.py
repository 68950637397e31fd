"""Accounts on django-allauth: sign up, log in and out, change password, and the settings page.
Email verification, password reset and rate limits are in test_account_email.py."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from pytest_django.asserts import assertContains, assertRedirects

from declines.models import Decline, Profile
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

SIGNUP = {
    "display_name": "Grace Hopper",
    "email": "grace@example.com",
    "password1": "navy-Compiler-1906",
}


def test_sign_up_creates_the_user_and_profile_and_signs_in(anon_client):
    response = anon_client.post("/accounts/signup/", SIGNUP)
    assertRedirects(response, "/")
    user = get_user_model().objects.get(email="grace@example.com")
    assert user.email == "grace@example.com"
    assert Profile.objects.get(user=user).display_name == "Grace Hopper"
    assertContains(anon_client.get("/"), "Your declines")


def test_sign_up_applies_djangos_password_validators(anon_client):
    response = anon_client.post("/accounts/signup/", {**SIGNUP, "password1": "12345678"})
    assertContains(response, "too common")
    assertContains(response, "grace@example.com")  # nothing typed is lost
    assert not get_user_model().objects.filter(username="grace").exists()


def test_log_in_by_email_and_log_out_by_post(anon_client, user):
    response = anon_client.post("/accounts/login/", {"login": user.email, "password": PASSWORD})
    assertRedirects(response, "/")
    anon_client.get("/accounts/logout/")  # a GET only asks; it never logs out
    assertContains(anon_client.get("/"), "Your declines")
    anon_client.post("/accounts/logout/")
    assertContains(anon_client.get("/"), "Turn down an interview, kindly")


def test_an_account_from_before_allauth_still_logs_in_by_username(anon_client, user):
    response = anon_client.post("/accounts/login/", {"login": "ada", "password": PASSWORD})
    assertRedirects(response, "/")


def test_a_wrong_password_is_refused_in_plain_words(anon_client, user):
    response = anon_client.post("/accounts/login/", {"login": user.email, "password": "nope"})
    assertContains(response, "That email address and password don")
    assertContains(response, user.email)  # what was typed stays


def test_change_password(client, user):
    response = client.post(
        reverse("account_change_password"),
        {
            "oldpassword": PASSWORD,
            "password1": "brand-New-phrase-77",
            "password2": "brand-New-phrase-77",
        },
    )
    assertRedirects(response, reverse("account_change_password"))
    user.refresh_from_db()
    assert user.check_password("brand-New-phrase-77")


def test_settings_page_saves_the_profile(client, user):
    response = client.post(
        "/accounts/settings/",
        {
            "display_name": "Ada L.",
            "timezone": "Europe/London",
            "follow_up_days": 5,
            "email_reminders": "",
        },
    )
    assertRedirects(response, "/accounts/settings/")
    profile = Profile.objects.get(user=user)
    assert (
        profile.display_name,
        profile.timezone,
        profile.follow_up_days,
        profile.email_reminders,
    ) == (
        "Ada L.",
        "Europe/London",
        5,
        False,
    )


@pytest.mark.parametrize("days", [0, 11])
def test_settings_refuse_a_follow_up_delay_out_of_range(client, user, days):
    response = client.post(
        "/accounts/settings/", {"display_name": "Ada", "timezone": "UTC", "follow_up_days": days}
    )
    assert response.status_code == 200
    assert Profile.objects.get(user=user).follow_up_days == 3


def test_settings_refuse_an_unknown_time_zone(client, user):
    response = client.post(
        "/accounts/settings/",
        {"display_name": "Ada", "timezone": "Mars/Olympus", "follow_up_days": 3},
    )
    assertContains(response, "Select a valid choice")


def test_sign_up_keeps_the_browsers_time_zone(anon_client):
    anon_client.post("/accounts/signup/", {**SIGNUP, "timezone": "Pacific/Auckland"})
    assert Profile.objects.get(user__email="grace@example.com").timezone == "Pacific/Auckland"


def test_sign_up_falls_back_to_utc_for_an_unknown_zone(anon_client):
    anon_client.post("/accounts/signup/", {**SIGNUP, "timezone": "Mars/Olympus"})
    assert Profile.objects.get(user__email="grace@example.com").timezone == "UTC"


def test_a_user_made_outside_sign_up_gets_a_profile_on_first_visit(anon_client, db):
    user = get_user_model().objects.create_user("admin-made", password=PASSWORD)
    anon_client.force_login(user)
    assertContains(anon_client.get("/"), "Nothing here yet")
    assert Profile.objects.get(user=user).display_name == ""


def test_sign_up_without_a_name_leaves_letters_unsigned_and_says_so(anon_client):
    data = {key: value for key, value in SIGNUP.items() if key != "display_name"}
    assertRedirects(anon_client.post("/accounts/signup/", data), "/")
    assert Profile.objects.get(user__email="grace@example.com").display_name == ""
    anon_client.post(
        "/declines/new/",
        {
            "recipient_name": "Helen Park",
            "company": "Northwind",
            "role": "Analyst",
            "action": "next",
        },
    )
    decline = Decline.objects.get()
    for step, data in {"why": {"reason": "timing"}, "tone": {"tone": "warm"}, "help": {}}.items():
        anon_client.post(f"/declines/{decline.pk}/{step}/", {**data, "action": "next"})
    response = anon_client.get(f"/declines/{decline.pk}/")
    assertContains(response, "isn't signed yet")
    assert "grace" not in Decline.objects.get().body


def test_the_time_zone_list_offers_places_not_aliases(client):
    from declines.account_forms import timezone_choices

    names = [name for name, _ in timezone_choices()]
    assert names[0] == "UTC" and "Europe/Lisbon" in names and "Pacific/Auckland" in names
    assert not {"Factory", "localtime", "EST5EDT", "Etc/GMT+3"} & set(names)
    assertContains(client.get("/accounts/settings/"), "America/New York")


def test_the_follow_up_delay_error_is_in_plain_words(client):
    response = client.post(
        "/accounts/settings/", {"display_name": "Ada", "timezone": "UTC", "follow_up_days": 0}
    )
    assertContains(response, "Choose between 1 and 10 business days.")


@pytest.mark.parametrize(
    ("browser_zone", "kept"),
    [
        ("US/Pacific", "America/Los_Angeles"),
        ("Asia/Calcutta", "Asia/Kolkata"),
        ("Etc/GMT+12", "Etc/GMT+12"),
        ("Europe/Lisbon", "Europe/Lisbon"),
    ],
)
def test_the_browsers_zone_is_kept_as_its_place_and_settings_never_change_it(
    anon_client, browser_zone, kept
):
    anon_client.post("/accounts/signup/", {**SIGNUP, "timezone": browser_zone})
    profile = Profile.objects.get(user__email="grace@example.com")
    assert profile.timezone == kept
    page = anon_client.get("/accounts/settings/")
    selected = page.context["form"]["timezone"].value()
    assert selected == kept
    anon_client.post(
        "/accounts/settings/",
        {
            "display_name": "Grace",
            "timezone": selected,
            "follow_up_days": 3,
            "email_reminders": "on",
        },
    )
    profile.refresh_from_db()
    assert profile.timezone == kept


def test_a_double_submitted_sign_up_makes_one_account_and_no_error(anon_client):
    """A slow connection sends the form twice: the second answer is calm, not a server error."""
    first = anon_client.post("/accounts/signup/", SIGNUP)
    second = Client().post("/accounts/signup/", SIGNUP)
    assert first.status_code == 302
    assert second.status_code in (200, 302)
    assert get_user_model().objects.filter(email="grace@example.com").count() == 1
