"""Your data is yours: download it (JSON, or a zip with each letter as an .eml draft), or delete the
account and everything it owns."""

import io
import json
import zipfile
from datetime import date, datetime, time
from email import message_from_bytes, policy

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.db import connection
from django.db.models.signals import pre_delete
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains, assertRedirects

from declines import services
from declines.data_export import DECLINE_FIELDS
from declines.models import Decline, LetterRevision, NudgeLog, Profile, Status
from tests.factories import PASSWORD, make_decline

pytestmark = pytest.mark.django_db

DATA_URL = "/accounts/settings/data.json"
ZIP_URL = "/accounts/settings/letters.zip"
DELETE_URL = "/accounts/settings/delete/"


@pytest.fixture
def decline(user):
    """A sent decline with an interview, two versions of its letter and two reminders logged."""
    decline = make_decline(
        user,
        status=Status.SENT,
        interview_date=date(2026, 12, 3),
        interview_time=time(14, 30),
        reason_detail="I accepted a role closer to home.",
    )
    services.decline_save_letter(
        decline=decline, subject="Thank you", body="Dear Helen,\n\nThank you.", version=2
    )
    claimed = timezone.now()
    NudgeLog.objects.create(decline=decline, kind="send_soon", state="covered", claimed_at=claimed)
    NudgeLog.objects.create(
        decline=decline, kind="follow_up", state="sent", claimed_at=claimed, sent_at=claimed
    )
    decline.refresh_from_db()
    return decline


def download_json(client) -> dict:
    response = client.get(DATA_URL)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return json.loads(response.content)


def open_zip(response) -> zipfile.ZipFile:
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    return zipfile.ZipFile(io.BytesIO(response.content))


# --- the download ---------------------------------------------------------------------------------


def test_the_settings_page_offers_the_downloads_and_the_deletion(client):
    response = client.get("/accounts/settings/")
    assertContains(response, f'href="{DATA_URL}"')
    assertContains(response, "Download my data")
    assertContains(response, f'href="{ZIP_URL}"')
    assertContains(response, "Download my letters (.zip)")
    assertContains(response, f'href="{DELETE_URL}"')
    assertContains(response, "Delete my account")


def test_the_data_is_an_attachment_named_by_the_day(client, user):
    response = client.get(DATA_URL)
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == f'attachment; filename="politely-data-{today}.json"'
    assert response["Cache-Control"] == "no-store"


def test_the_data_holds_the_account_and_the_profile(client, user):
    user.profile.follow_up_days = 5
    user.profile.save()
    data = download_json(client)
    assert data["format"] == "politely-data" and data["version"] == 1
    datetime.fromisoformat(data["exported_at"])
    assert data["account"] == {
        "email": "ada@example.com",
        "email_verified": True,
        "date_joined": user.date_joined.isoformat(),
    }
    assert data["profile"] == {
        "display_name": "Ada Lovelace",
        "timezone": "UTC",
        "follow_up_days": 5,
        "email_reminders": True,
    }
    assert data["declines"] == []


def test_an_unverified_address_says_so(client, user):
    EmailAddress.objects.filter(user=user).update(verified=False)
    assert download_json(client)["account"]["email_verified"] is False


def test_the_data_holds_every_field_of_a_decline_in_the_domain_words(client, decline):
    (exported,) = download_json(client)["declines"]
    assert set(exported) == {*DECLINE_FIELDS, "revisions", "reminders"}
    assert "owner" not in exported and "visitor" not in exported
    assert exported["id"] == decline.pk
    assert exported["company"] == "Northwind"
    assert exported["recipient_email"] == "helen@northwind.example"
    assert exported["reason"] == "another_offer"
    assert exported["reason_detail"] == "I accepted a role closer to home."
    assert exported["tone"] == "warm"
    assert exported["status"] == "sent"
    assert exported["subject"] == "Thank you"
    assert exported["body"] == "Dear Helen,\n\nThank you."
    assert (exported["interview_date"], exported["interview_time"]) == ("2026-12-03", "14:30:00")
    assert datetime.fromisoformat(exported["sent_at"]) == decline.sent_at
    assert datetime.fromisoformat(exported["created_at"]) == decline.created_at
    assert exported["closed_at"] is None
    assert exported["keep_in_touch"] is True


def test_the_data_holds_every_revision_and_every_reminder(client, decline):
    (exported,) = download_json(client)["declines"]
    revisions = exported["revisions"]
    assert [revision["source"] for revision in revisions] == ["composed", "edited"]
    assert set(revisions[0]) == {"subject", "body", "source", "created_at"}
    assert revisions[1]["body"] == "Dear Helen,\n\nThank you."
    assert revisions[0]["body"] == LetterRevision.objects.get(source="composed").body
    datetime.fromisoformat(revisions[0]["created_at"])
    reminders = sorted(exported["reminders"], key=lambda reminder: reminder["kind"])
    assert [(r["kind"], r["state"]) for r in reminders] == [
        ("follow_up", "sent"),
        ("send_soon", "covered"),
    ]
    assert reminders[1]["sent_at"] is None
    assert (
        datetime.fromisoformat(reminders[0]["sent_at"])
        == NudgeLog.objects.get(kind="follow_up").sent_at
    )


def test_another_users_data_is_never_in_the_download(client, decline, other_user):
    theirs = make_decline(
        other_user, company="Mallory Secret Corp", recipient_name="Eve", role="Spy"
    )
    NudgeLog.objects.create(decline=theirs, kind="send_soon", claimed_at=timezone.now())
    response = client.get(DATA_URL)
    assertNotContains(response, "Mallory")
    assertNotContains(response, "mallory@example.com")
    assert [d["id"] for d in json.loads(response.content)["declines"]] == [decline.pk]
    archive = open_zip(client.get(ZIP_URL))
    assert all(b"Mallory" not in archive.read(name) for name in archive.namelist())
    assert not any(str(theirs.pk) in name for name in archive.namelist() if "letters/" in name)


def test_the_zip_holds_the_data_and_each_letter_as_a_draft(client, user, decline):
    make_decline(user, status=Status.DRAFT, company="Contoso")  # no letter yet: no draft
    response = client.get(ZIP_URL)
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == f'attachment; filename="politely-letters-{today}.zip"'
    archive = open_zip(response)
    assert sorted(archive.namelist()) == [
        f"letters/{decline.pk}-northwind.eml",
        f"politely-data-{today}.json",
    ]
    data = json.loads(archive.read(f"politely-data-{today}.json"))
    assert [d["company"] for d in data["declines"]] == ["Northwind", "Contoso"]
    assert len(data["declines"][0]["revisions"]) == 2

    draft = message_from_bytes(
        archive.read(f"letters/{decline.pk}-northwind.eml"), policy=policy.default
    )
    assert draft["Subject"] == "Thank you"
    assert draft["To"] == "Helen Park <helen@northwind.example>"
    assert draft["From"] == "Ada Lovelace <ada@example.com>"
    assert draft["X-Unsent"] == "1"
    assert draft.get_content().replace("\r\n", "\n") == "Dear Helen,\n\nThank you.\n"


def test_two_letters_to_one_company_keep_their_own_drafts(client, user):
    first = make_decline(user, role="Analyst")
    second = make_decline(user, role="Engineer")
    names = open_zip(client.get(ZIP_URL)).namelist()
    assert f"letters/{first.pk}-northwind.eml" in names
    assert f"letters/{second.pk}-northwind.eml" in names


@pytest.mark.parametrize("url", [DATA_URL, ZIP_URL])
def test_the_downloads_take_the_same_queries_for_1_or_20_declines(
    client, user, url, django_assert_max_num_queries
):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    make_decline(user, status=Status.SENT)
    one = queries()
    for index in range(19):
        decline = make_decline(user, status=Status.SENT, company=f"Company {index}")
        NudgeLog.objects.create(decline=decline, kind="send_soon", claimed_at=timezone.now())
    # session, user, profile, email address, declines, revisions, reminders
    with django_assert_max_num_queries(7):
        response = client.get(url)
    assert response.status_code == 200
    assert queries() == one


@pytest.mark.parametrize("url", [DATA_URL, ZIP_URL, DELETE_URL])
def test_signed_out_the_pages_ask_to_log_in(anon_client, url):
    assertRedirects(
        anon_client.get(url),
        f"{reverse('account_login')}?next={url}",
        fetch_redirect_response=False,
    )


@pytest.mark.parametrize("url", [DATA_URL, ZIP_URL])
def test_the_downloads_answer_get_only(client, url):
    assert client.post(url).status_code == 405


# --- deleting the account -------------------------------------------------------------------------

OWNED = (get_user_model(), Profile, Decline, LetterRevision, NudgeLog, EmailAddress, Authenticator)


def counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in OWNED}


def add_passkey(user) -> None:
    Authenticator.objects.create(
        user=user, type=Authenticator.Type.WEBAUTHN, data={"name": "Laptop"}
    )


@pytest.fixture
def two_accounts(user, decline, other_user):
    """Ada with a decline, revisions, reminders and a passkey; Mallory with a decline of hers."""
    add_passkey(user)
    theirs = make_decline(other_user, company="Contoso")
    NudgeLog.objects.create(decline=theirs, kind="send_soon", claimed_at=timezone.now())
    add_passkey(other_user)
    return user, other_user


def test_get_shows_a_calm_form_and_deletes_nothing(client, two_accounts):
    before = counts()
    response = client.get(DELETE_URL)
    assertContains(response, "Delete my account")
    assertContains(response, "It can't be undone")
    assertContains(response, f'href="{DATA_URL}"')  # a copy first
    assertContains(response, 'for="id_password"')
    assertContains(response, "Your password")
    assertContains(response, "csrfmiddlewaretoken")
    assert counts() == before


def test_the_right_password_deletes_everything_the_account_owns(client, anon_client, two_accounts):
    user, other_user = two_accounts
    before = counts()
    assert before == {
        "User": 2,
        "Profile": 2,
        "Decline": 2,
        "LetterRevision": 3,
        "NudgeLog": 3,
        "EmailAddress": 2,
        "Authenticator": 2,
    }
    response = client.post(DELETE_URL, {"password": PASSWORD}, follow=True)

    assert counts() == {
        "User": 1,
        "Profile": 1,
        "Decline": 1,
        "LetterRevision": 1,
        "NudgeLog": 1,
        "EmailAddress": 1,
        "Authenticator": 1,
    }
    assert not get_user_model().objects.filter(pk=user.pk).exists()
    assert Decline.objects.get().owner == other_user  # the other account is untouched

    # Logged out, on the landing page, with a word of what happened.
    assertRedirects(response, "/")
    assertContains(response, "Your account and all your data have been deleted.")
    assertContains(response, "Turn down an interview, kindly")
    assert not response.wsgi_request.user.is_authenticated
    assertRedirects(client.get("/accounts/settings/"), "/accounts/login/?next=/accounts/settings/")

    # The account is gone: its email and password open nothing.
    refused = anon_client.post(
        "/accounts/login/", {"login": "ada@example.com", "password": PASSWORD}
    )
    assert refused.status_code == 200
    assert not refused.wsgi_request.user.is_authenticated
    assertContains(refused, "That email address and password don")


def test_a_wrong_password_deletes_nothing_and_says_so(client, two_accounts):
    before = counts()
    response = client.post(DELETE_URL, {"password": "not-my-password"})
    assert response.status_code == 200
    assertContains(response, "That password isn&#x27;t right. Nothing has been deleted.")
    assert counts() == before
    assertContains(client.get("/accounts/settings/"), "Settings")  # still signed in


def test_guessing_the_password_to_delete_is_slowed_down(client, two_accounts, monkeypatch):
    before = counts()
    for _ in range(10):  # allauth's "reauthenticate" limit: 10 a minute per user
        assertContains(client.post(DELETE_URL, {"password": "a-guess"}), "isn&#x27;t right")
    checked = []
    monkeypatch.setattr(
        type(two_accounts[0]), "check_password", lambda user, raw: checked.append(raw)
    )
    response = client.post(DELETE_URL, {"password": PASSWORD})
    assertContains(response, "Too many tries. To keep your account safe, please wait a minute")
    assert checked == []  # past the limit, the password is not even looked at
    assert counts() == before


def test_an_empty_post_deletes_nothing(client, two_accounts):
    before = counts()
    assert client.post(DELETE_URL, {}).status_code == 200
    assert counts() == before


def test_deleting_needs_the_csrf_token(two_accounts):
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)
    browser.force_login(two_accounts[0])
    before = counts()
    assert browser.post(DELETE_URL, {"password": PASSWORD}).status_code == 403
    assert counts() == before


def test_without_a_password_the_email_address_confirms(client, user, decline):
    user.set_unusable_password()
    user.save()
    client.force_login(user)  # a new password hash ends the old session
    add_passkey(user)
    form = client.get(DELETE_URL)
    assertContains(form, "Your email address")
    assertContains(form, "Your account has no password, so type your email address to confirm")
    assertNotContains(form, "Your password")

    wrong = client.post(DELETE_URL, {"email": "someone@example.com"})
    assertContains(wrong, "That isn&#x27;t your account&#x27;s email address.")
    assert Decline.objects.exists()

    response = client.post(DELETE_URL, {"email": " ADA@example.com "})
    assertRedirects(response, "/")
    assert counts() == dict.fromkeys(counts(), 0)


def test_the_deletion_is_all_or_nothing(client, two_accounts):
    """A failure half way (here, deleting the user row) leaves every row in place."""
    before = counts()

    def refuse(sender, instance, **kwargs):
        raise RuntimeError("the database went away")

    pre_delete.connect(refuse, sender=get_user_model(), dispatch_uid="test-refuse")
    try:
        with pytest.raises(RuntimeError):
            services.account_delete(user=two_accounts[0])
    finally:
        pre_delete.disconnect(dispatch_uid="test-refuse", sender=get_user_model())
    assert counts() == before


def test_account_delete_reports_what_went(two_accounts):
    deleted = services.account_delete(user=two_accounts[0])
    assert deleted["declines.Decline"] == 1
    assert deleted["declines.LetterRevision"] == 2
    assert deleted["declines.NudgeLog"] == 2
    assert deleted["mfa.Authenticator"] == 1
    assert deleted["account.EmailAddress"] == 1


def test_the_address_is_free_to_sign_up_again(client, anon_client, user):
    client.post(DELETE_URL, {"password": PASSWORD})
    signup = {"email": "ada@example.com", "password1": "navy-Compiler-1906"}
    assertRedirects(anon_client.post("/accounts/signup/", signup), "/")
    assert Decline.objects.count() == 0
