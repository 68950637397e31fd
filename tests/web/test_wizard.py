"""The four-step wizard through the test client: what the user sees and what the database keeps."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from pytest_django.asserts import assertContains, assertRedirects

from declines.models import Decline, LetterRevision, Status

pytestmark = pytest.mark.django_db

WHO = {
    "recipient_name": "Zoë O'Brien-Ngũgĩ",
    "recipient_email": "zoe@att.example",
    "company": "AT&T Labs",
    "role": "Data Engineer",
    "interview_date": "",
    "interview_time": "",
}


def step_url(decline, step):
    return reverse("declines:decline_step", args=[decline.pk, step])


def test_new_shows_the_empty_who_step_and_creates_nothing(client):
    response = client.get("/declines/new/")
    assertContains(response, "Step 1 of 4 — Who")
    assertContains(response, "Recipient&#x27;s name")
    assertContains(response, 'aria-current="step"')
    assertContains(response, "<progress")
    assert Decline.objects.count() == 0


def test_who_step_post_creates_the_draft_and_moves_on(client, user):
    response = client.post("/declines/new/", {**WHO, "action": "next"})
    decline = Decline.objects.get()
    assertRedirects(response, step_url(decline, "why"))
    assert decline.owner == user
    assert decline.company == "AT&T Labs"
    assert decline.recipient_name == "Zoë O'Brien-Ngũgĩ"
    assert decline.status == Status.DRAFT
    assert decline.steps_done == 1
    assert decline.sender_name == "Ada Lovelace"
    assert decline.interview_date is None


def test_missing_required_fields_show_messages_and_keep_what_was_typed(client):
    response = client.post("/declines/new/", {**WHO, "company": "", "role": "", "action": "next"})
    assert response.status_code == 200
    assertContains(response, "Please add the company")
    assertContains(response, "Please add the role")
    assertContains(response, "zoe@att.example")  # the rest is kept
    assert Decline.objects.count() == 0


def test_bad_email_and_overlong_name_get_clear_messages(client):
    response = client.post(
        "/declines/new/",
        {**WHO, "recipient_email": "not-an-email", "recipient_name": "x" * 121, "action": "next"},
    )
    assertContains(response, "look like an email address")
    assertContains(response, "at most 120 characters")
    assert Decline.objects.count() == 0


def test_a_past_interview_date_is_allowed_with_a_warning(client):
    last_month = timezone.localdate() - datetime.timedelta(days=30)
    response = client.post(
        "/declines/new/",
        {**WHO, "interview_date": last_month.isoformat(), "action": "next"},
        follow=True,
    )
    assertContains(response, "That interview date has passed")
    assert Decline.objects.get().interview_date == last_month


@pytest.mark.parametrize("day", ["0001-01-01", "2020-01-06", "2031-01-01", "9999-12-31"])
def test_a_date_no_interview_can_have_is_refused_plainly_and_nothing_is_lost(client, day):
    response = client.post("/declines/new/", {**WHO, "interview_date": day, "action": "next"})
    assertContains(response, "Please check the date: an interview between")
    assertContains(response, WHO["company"].replace("&", "&amp;"))  # what was typed stays
    assert not Decline.objects.exists()


def test_save_and_exit_on_a_partial_first_step_keeps_the_draft(client):
    response = client.post("/declines/new/", {**WHO, "role": "", "action": "exit"})
    assertRedirects(response, "/")
    decline = Decline.objects.get()
    assert decline.company == "AT&T Labs"
    assert decline.steps_done == 0
    dashboard = client.get("/")
    assertContains(dashboard, "Drafts to finish")
    assertContains(dashboard, step_url(decline, "who"))


def test_save_and_exit_with_nothing_typed_creates_nothing(client):
    empty = {name: "" for name in WHO}
    assertRedirects(client.post("/declines/new/", {**empty, "action": "exit"}), "/")
    assert Decline.objects.count() == 0


def walk_to(client, *, until):
    """Post the steps in order up to and including `until`; return the decline."""
    client.post("/declines/new/", {**WHO, "action": "next"})
    decline = Decline.objects.get()
    answers = {
        "why": {
            "reason": "another_offer",
            "reason_detail": "I have accepted an offer closer to home",
        },
        "tone": {"tone": "formal"},
        "help": {"referral_name": "Sam Lee", "offer_feedback": "on", "keep_in_touch": "on"},
    }
    for step, data in answers.items():
        response = client.post(step_url(decline, step), {**data, "action": "next"})
        if step == until:
            return Decline.objects.get(), response
    return Decline.objects.get(), None


def test_the_whole_wizard_composes_the_letter(client):
    decline, response = walk_to(client, until="help")
    assertRedirects(response, reverse("declines:decline_detail", args=[decline.pk]))
    assert decline.status == Status.READY
    assert decline.steps_done == 4
    assert "Zoë" in decline.body
    assert "Sam Lee" in decline.body
    assert "AT&T Labs" in decline.subject + decline.body
    assert decline.revisions.get().source == LetterRevision.Source.COMPOSED
    page = client.get(reverse("declines:decline_detail", args=[decline.pk]))
    assertContains(page, "Sam Lee")


def test_each_step_saves_to_the_database(client):
    decline, _ = walk_to(client, until="why")
    assert decline.reason == "another_offer"
    assert decline.reason_detail == "I have accepted an offer closer to home"
    assert decline.steps_done == 2


def test_reason_is_required_and_long_detail_is_refused_but_kept(client):
    decline, _ = walk_to(client, until="who") if False else (None, None)
    client.post("/declines/new/", {**WHO, "action": "next"})
    decline = Decline.objects.get()
    long_detail = "word " * 70
    response = client.post(
        step_url(decline, "why"), {"reason_detail": long_detail, "action": "next"}
    )
    assertContains(response, "Please choose the reason")
    assertContains(response, "brief is better")
    assertContains(response, "300 characters")
    assertContains(response, "word word word")  # what they typed is still on the page
    assert Decline.objects.get().steps_done == 1


def test_back_saves_what_is_valid_and_moves_back(client):
    decline, _ = walk_to(client, until="why")
    response = client.post(step_url(decline, "tone"), {"tone": "brief", "action": "back"})
    assertRedirects(response, step_url(decline, "why"))
    assert Decline.objects.get().tone == "brief"


def test_back_with_an_invalid_typed_value_stays_and_keeps_it(client):
    client.post("/declines/new/", {**WHO, "action": "next"})
    decline = Decline.objects.get()
    response = client.post(
        step_url(decline, "who"), {**WHO, "recipient_email": "helen@", "action": "exit"}
    )
    assert response.status_code == 200
    assertContains(response, "helen@")
    assertContains(response, "look like an email address")


def test_resuming_opens_the_first_unfinished_step(client):
    decline, _ = walk_to(client, until="why")
    assertRedirects(
        client.get(reverse("declines:decline_detail", args=[decline.pk])), step_url(decline, "tone")
    )
    assertRedirects(client.get(step_url(decline, "help")), step_url(decline, "tone"))
    assert client.get(step_url(decline, "who")).status_code == 200  # finished steps stay open


def test_no_get_changes_state(client):
    decline, _ = walk_to(client, until="why")
    before = Decline.objects.values().get()
    for step in ("who", "why", "tone"):
        client.get(step_url(decline, step))
    client.get("/declines/new/")
    assert Decline.objects.values().get() == before
    assert Decline.objects.count() == 1


def test_changing_answers_after_composing_keeps_the_letter(client):
    decline, _ = walk_to(client, until="help")
    body = decline.body
    client.post(step_url(decline, "tone"), {"tone": "brief", "action": "next"})
    response = client.post(
        step_url(decline, "help"), {"keep_in_touch": "on", "action": "next"}, follow=True
    )
    assertContains(response, "Recompose from my answers")
    assert Decline.objects.get().body == body


def test_changing_an_answer_after_composing_says_the_letter_is_unchanged(client):
    decline, _ = walk_to(client, until="help")
    response = client.post(
        step_url(decline, "who"), {**WHO, "company": "AT&T Research", "action": "exit"}, follow=True
    )
    assertContains(response, "Your letter is unchanged")
    assert Decline.objects.get().company == "AT&T Research"
    assertContains(client.get(step_url(decline, "help")), "Save answers")


def test_an_archived_draft_cannot_be_edited_until_reopened(client):
    client.post("/declines/new/", {**WHO, "action": "next"})
    decline = Decline.objects.get()
    client.post(
        reverse("declines:decline_action", args=[decline.pk, "close"]), {"next": "dashboard"}
    )
    response = client.post(
        step_url(decline, "why"), {"reason": "timing", "action": "next"}, follow=True
    )
    assertContains(response, "archived")
    assert Decline.objects.get().reason == ""
    client.post(reverse("declines:decline_action", args=[decline.pk, "reopen"]))
    client.post(step_url(decline, "why"), {"reason": "timing", "action": "next"})
    assert Decline.objects.get().reason == "timing"
    assert Decline.objects.get().status == Status.DRAFT


def test_a_letter_for_a_past_interview_apologises_and_sets_no_past_deadline(client):
    last_month = timezone.localdate() - datetime.timedelta(days=30)
    client.post("/declines/new/", {**WHO, "interview_date": last_month, "action": "next"})
    decline = Decline.objects.get()
    for step, data in {"why": {"reason": "timing"}, "tone": {"tone": "warm"}, "help": {}}.items():
        client.post(step_url(decline, step), {**data, "action": "next"})
    decline.refresh_from_db()
    assert "apologise" in decline.body
    assert "slot" not in decline.body
    page = client.get(reverse("declines:decline_detail", args=[decline.pk]))
    assertContains(page, "Send it as soon as you can")


def test_a_step_saved_from_an_older_page_does_not_overwrite_newer_answers(client):
    decline, _ = walk_to(client, until="why")
    page = client.get(step_url(decline, "who"))
    seen = page.context["form"]["seen"].value()
    client.post(
        step_url(decline, "who"), {**WHO, "role": "Newer role", "seen": seen, "action": "next"}
    )
    stale = {**WHO, "role": "Older role", "seen": seen, "action": "next"}
    response = client.post(step_url(decline, "who"), stale)
    assertContains(response, "changed in another window")
    assertContains(response, "Older role")  # what they typed is kept on the page
    assert Decline.objects.get().role == "Newer role"
    again = response.context["form"]["seen"].value()
    client.post(step_url(decline, "who"), {**stale, "seen": again})
    assert Decline.objects.get().role == "Older role"  # saved once they confirm


# --- The greeting, and how the letter will put what was typed ---------------------------------


def test_the_who_step_offers_a_greeting_and_keeps_its_labels(client):
    page = client.get("/declines/new/")
    for label in ("Recipient&#x27;s name", "Recipient&#x27;s email", "Company", "Role"):
        assertContains(page, label)
    assertContains(page, "Interview date")
    assertContains(page, 'for="id_greeting"')
    assertContains(page, 'name="greeting"')


def test_the_who_step_suggests_a_greeting_from_the_name(client):
    who = {**WHO, "recipient_name": "Dr Priya Raman PhD", "company": "University of Cambridge"}
    client.post("/declines/new/", {**who, "action": "next"})
    decline = Decline.objects.get()
    assert decline.greeting == ""  # blank: the suggestion, which follows the tone
    page = client.get(step_url(decline, "who"))
    assertContains(page, 'placeholder="Hi Priya"')
    assertContains(page, "the Data Engineer role at the University of Cambridge")


def test_a_greeting_the_user_writes_is_used_by_every_text(client):
    who = {**WHO, "recipient_name": "María José García", "greeting": "Hi María José"}
    client.post("/declines/new/", {**who, "action": "next"})
    decline = Decline.objects.get()
    assert decline.greeting == "Hi María José"
    for step, data in {
        "why": {"reason": "location", "reason_detail": "after moving to Leeds"},
        "tone": {"tone": "warm"},
        "help": {"keep_in_touch": "on"},
    }.items():
        client.post(step_url(decline, step), {**data, "action": "next"})
    decline.refresh_from_db()
    assert decline.body.startswith("Hi María José,\n")
    page = client.get(reverse("declines:decline_detail", args=[decline.pk]))
    # The short message and the phone script on the letter page greet them the same way.
    assert page.content.decode().count("Hi María José,") >= 2


def test_the_why_step_shows_how_the_reason_will_read(client):
    decline, _ = walk_to(client, until="why")
    page = client.get(step_url(decline, "why"))
    assertContains(page, "Your letter will put it like this")
    assertContains(page, "I have accepted an offer closer to home.")
