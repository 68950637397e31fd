"""Write first, sign up later: a visitor (no account) writes a whole letter in their browser, and
signing up or logging in from that browser moves their drafts to the account."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains, assertRedirects

from declines.models import Decline, LetterRevision, Status
from declines.owners import VISITOR_DECLINE_LIMIT, VISITOR_SESSION_KEY
from tests.factories import PASSWORD, make_decline, make_user

pytestmark = pytest.mark.django_db

WHO = {"recipient_name": "Helen Park", "company": "Northwind", "role": "Analyst", "action": "next"}
STEPS = {"why": {"reason": "timing"}, "tone": {"tone": "warm"}, "help": {"keep_in_touch": "on"}}


def write_a_letter(browser: Client, company: str = "Northwind") -> Decline:
    browser.post("/declines/new/", {**WHO, "company": company})
    decline = Decline.objects.filter(company=company).latest("pk")
    for step, data in STEPS.items():
        browser.post(f"/declines/{decline.pk}/{step}/", {**data, "action": "next"})
    decline.refresh_from_db()
    return decline


def test_a_visitor_writes_a_whole_letter_with_no_account(anon_client):
    assert anon_client.get("/declines/new/").status_code == 200
    decline = write_a_letter(anon_client)
    assert decline.owner is None and decline.visitor
    assert decline.status == Status.READY and "Northwind" in decline.body
    page = anon_client.get(f"/declines/{decline.pk}/")
    assertContains(page, "Keep this letter, and get reminders")
    assertContains(page, "Create a free account")
    assertContains(page, "Try another wording")
    text = anon_client.get(f"/declines/{decline.pk}/letter.txt")
    assert text.status_code == 200 and b"Northwind" in text.content
    assert anon_client.get(f"/declines/{decline.pk}/letter.eml").status_code == 200


def test_a_visitor_sees_their_drafts_and_the_invitation_on_the_dashboard(anon_client):
    assertContains(anon_client.get("/"), "Turn down an interview, kindly")  # nothing yet
    write_a_letter(anon_client)
    response = anon_client.get("/")
    assertContains(response, "Your declines")
    assertContains(response, "Northwind")
    assertContains(response, "Keep this letter, and get reminders")


def test_the_invitation_is_not_shown_to_a_signed_in_user(client, user):
    decline = make_decline(user)
    assertNotContains(client.get(f"/declines/{decline.pk}/"), "Create a free account")


def test_signing_up_from_that_browser_moves_every_draft_to_the_account(anon_client):
    first, second = write_a_letter(anon_client), write_a_letter(anon_client, "Globex")
    key_before = anon_client.session.session_key
    response = anon_client.post(
        "/accounts/signup/", {"email": "new@example.com", "password1": "navy-Compiler-1906"}
    )
    assertRedirects(response, "/")
    assert anon_client.session.session_key != key_before  # the key changed at log-in
    assert VISITOR_SESSION_KEY not in anon_client.session
    user = Decline.objects.get(pk=first.pk).owner
    assert user.email == "new@example.com"
    assert set(Decline.objects.filter(owner=user)) == {first, second}
    assert Decline.objects.count() == 2  # moved, not copied
    assert LetterRevision.objects.filter(decline__owner=user).count() == 2
    assertContains(anon_client.get("/"), "Northwind")


def test_logging_in_from_that_browser_moves_the_drafts_once(anon_client):
    user = make_user("returning")
    decline = write_a_letter(anon_client)
    anon_client.post("/accounts/login/", {"login": user.email, "password": PASSWORD})
    decline.refresh_from_db()
    assert (decline.owner, decline.visitor) == (user, "")
    anon_client.post("/accounts/logout/")
    anon_client.post("/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert Decline.objects.filter(owner=user).count() == 1


def test_a_claimed_letter_written_unsigned_still_says_so(anon_client):
    user = make_user("signed", display_name="Sam Rivera")
    decline = write_a_letter(anon_client)
    anon_client.post("/accounts/login/", {"login": user.email, "password": PASSWORD})
    decline.refresh_from_db()
    assert decline.sender_name == "" and "Sam Rivera" not in decline.body
    assertContains(anon_client.get(f"/declines/{decline.pk}/"), "isn't signed yet")


def test_a_claimed_draft_not_yet_composed_takes_the_accounts_name(anon_client):
    user = make_user("signer", display_name="Sam Rivera")
    anon_client.post("/declines/new/", WHO)
    decline = Decline.objects.get()
    anon_client.post("/accounts/login/", {"login": user.email, "password": PASSWORD})
    for step, data in STEPS.items():
        # Each step posts what its page shows: the help step's "Sign the letter as" is filled.
        shown = anon_client.get(f"/declines/{decline.pk}/{step}/").context["form"]
        fields = {name: shown[name].value() for name in ("sender_name",) if name in shown.fields}
        anon_client.post(f"/declines/{decline.pk}/{step}/", {**fields, **data, "action": "next"})
    decline.refresh_from_db()
    assert decline.sender_name == "Sam Rivera"
    assert decline.body.rstrip().endswith("Sam Rivera")


def test_unclaimed_visitor_drafts_are_removed_after_14_days(anon_client, user):
    old, recent = write_a_letter(anon_client), write_a_letter(anon_client, "Globex")
    users = make_decline(user)
    long_ago = timezone.now() - timedelta(days=15)
    Decline.objects.filter(pk__in=[old.pk, users.pk]).update(updated_at=long_ago)
    out = StringIO()
    call_command("purge_visitor_drafts", stdout=out)
    assert "visitor drafts deleted: 1" in out.getvalue()
    assert set(Decline.objects.all()) == {recent, users}
    assert not LetterRevision.objects.filter(decline_id=old.pk).exists()


def test_send_nudges_also_removes_old_visitor_drafts(anon_client):
    old = write_a_letter(anon_client)
    Decline.objects.filter(pk=old.pk).update(updated_at=timezone.now() - timedelta(days=15))
    out = StringIO()
    call_command("send_nudges", stdout=out)
    assert "visitor drafts deleted: 1" in out.getvalue()
    assert not Decline.objects.exists()


def test_a_visitor_is_asked_to_sign_up_past_the_limit_and_keeps_what_they_typed(anon_client):
    anon_client.post("/declines/new/", WHO)
    token = Decline.objects.get().visitor
    Decline.objects.bulk_create(
        Decline(visitor=token, recipient_name="X", company=f"Co {n}", role="R")
        for n in range(VISITOR_DECLINE_LIMIT - 1)
    )
    response = anon_client.post("/declines/new/", {**WHO, "company": "One too many"})
    assertContains(response, "Create a free account")
    assertContains(response, "One too many")  # what was typed is on the form
    assert not Decline.objects.filter(company="One too many").exists()
