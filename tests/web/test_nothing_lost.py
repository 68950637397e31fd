"""Nothing typed is ever lost, and each click does one thing: stale pages, archived declines,
unsaved text on the letter page, quick double saves and double-submitted first steps."""

import pytest
from django.urls import reverse
from pytest_django.asserts import assertContains, assertNotContains, assertRedirects

from declines.forms import BODY_LIMIT
from declines.models import Decline, LetterRevision, Status
from tests.factories import make_decline

pytestmark = pytest.mark.django_db

WHO = {"recipient_name": "Helen Park", "company": "Northwind", "role": "Analyst", "action": "next"}


def url(name, decline, *args):
    return reverse(f"declines:{name}", args=[decline.pk, *args])


def letter_form(client, decline) -> dict:
    """The letter form as the page draws it (its version and its page token)."""
    form = client.get(url("decline_detail", decline)).context["form"]
    return {name: form[name].value() for name in ("subject", "body", "version", "editor")}


def kept(decline) -> list[str]:
    return list(
        decline.revisions.filter(source=LetterRevision.Source.KEPT).values_list("body", flat=True)
    )


def test_mark_as_sent_saves_the_text_on_the_page_first(client, user):
    decline = make_decline(user)
    typed = {**letter_form(client, decline), "body": "Dear Helen,\n\nWhat I really sent.\n\nSam"}
    response = client.post(url("decline_action", decline, "sent"), typed)
    assertRedirects(response, url("decline_detail", decline))
    decline.refresh_from_db()
    assert decline.status == Status.SENT
    assert decline.body == typed["body"]


def test_a_stale_page_replaces_nothing_and_throws_nothing_away(client, user):
    decline = make_decline(user)
    tab_b = letter_form(client, decline)
    tab_a = letter_form(client, decline)
    client.post(url("decline_detail", decline), {**tab_a, "body": "Saved in tab A."})
    typed_in_b = {**tab_b, "body": "Typed in tab B, never saved."}
    for action in ("decline_variant", "decline_recompose"):
        response = client.post(url(action, decline), typed_in_b, follow=True)
        assertContains(response, "changed in another window")
        decline.refresh_from_db()
        assert decline.body == "Saved in tab A."  # nothing replaced
    assert kept(decline) == ["Typed in tab B, never saved."]  # and nothing thrown away (once)


def test_a_stale_save_shows_the_text_back_and_keeps_it(client, user):
    decline = make_decline(user)
    old = letter_form(client, decline)
    client.post(url("decline_detail", decline), {**letter_form(client, decline), "body": "Newer."})
    response = client.post(url("decline_detail", decline), {**old, "body": "Mine, typed."})
    assertContains(response, "changed in another window")
    assertContains(response, "Mine, typed.")
    assert kept(decline) == ["Mine, typed."]


def test_two_quick_saves_from_one_page_are_not_a_conflict(client, user):
    decline = make_decline(user)
    page = letter_form(client, decline)
    client.post(url("decline_detail", decline), {**page, "body": "First save."})
    # The second save leaves the same page before the first one's answer redrew it.
    response = client.post(url("decline_detail", decline), {**page, "body": "Second save."})
    assertRedirects(response, url("decline_detail", decline))
    decline.refresh_from_db()
    assert decline.body == "Second save."
    assert not kept(decline)


def test_an_archived_decline_is_read_only_and_typed_answers_come_back(client, user):
    decline = make_decline(user, status=Status.CLOSED)
    response = client.post(url("decline_step", decline, "who"), {**WHO, "company": "Typed Co"})
    assertContains(response, "archived, so these answers were not saved")
    assertContains(response, "Typed Co")
    assert Decline.objects.get(pk=decline.pk).company != "Typed Co"


def test_an_archived_letter_cannot_be_edited_and_the_text_is_kept(client, user):
    decline = make_decline(user)
    page = letter_form(client, decline)
    client.post(url("decline_action", decline, "close"))
    response = client.post(url("decline_detail", decline), {**page, "body": "Late edit."})
    assertContains(response, "archived, so it can")
    decline.refresh_from_db()
    assert decline.body != "Late edit." and kept(decline) == ["Late edit."]
    client.post(url("decline_variant", decline), {**letter_form(client, decline)})
    assert Decline.objects.get(pk=decline.pk).body == decline.body


def test_the_own_words_limit_counts_a_line_break_as_one_character(client, user):
    decline = make_decline(user, status=Status.DRAFT, steps_done=1)
    words = ("x" * 99 + "\r\n") * 3  # 300 characters as the person sees them, 303 as sent
    response = client.post(
        url("decline_step", decline, "why"),
        {"reason": "timing", "reason_detail": words, "action": "next"},
    )
    assert response.status_code == 302
    assert Decline.objects.get(pk=decline.pk).reason_detail == words.replace("\r\n", "\n").strip()


def test_too_many_own_words_get_a_message_and_are_not_cut(client, user):
    decline = make_decline(user, status=Status.DRAFT, steps_done=1)
    page = client.get(url("decline_step", decline, "why"))
    assertContains(page, 'data-count-max="300"')
    assertNotContains(page, "maxlength")  # a browser would cut a paste without a word
    words = "y" * 340
    response = client.post(
        url("decline_step", decline, "why"),
        {"reason": "timing", "reason_detail": words, "action": "next"},
    )
    assertContains(response, "Please keep it to 300 characters (it has 340)")
    assertContains(response, words)


def test_a_letter_body_has_a_sane_limit_with_a_clear_message(client, user):
    decline = make_decline(user)
    body = "word " * (BODY_LIMIT // 5 + 1)
    response = client.post(
        url("decline_detail", decline), {**letter_form(client, decline), "body": body}
    )
    assertContains(response, "please keep it under 20,000 characters")
    assert Decline.objects.get(pk=decline.pk).body != body.strip()


@pytest.mark.parametrize("name", ["decline_recompose", "letter_txt", "letter_eml", "follow_up_eml"])
def test_an_unfinished_draft_offers_its_steps_not_empty_files(client, user, name):
    decline = make_decline(user, status=Status.DRAFT, steps_done=2)
    assertRedirects(client.get(url(name, decline)), url("decline_step", decline, "tone"))


def test_a_double_submitted_first_step_creates_one_draft(client):
    token = client.get("/declines/new/").context["form"]["form_token"].value()
    assert token
    first = client.post("/declines/new/", {**WHO, "form_token": token})
    second = client.post("/declines/new/", {**WHO, "company": "Northwind Ltd", "form_token": token})
    (decline,) = Decline.objects.all()
    assert first["Location"] == second["Location"] == url("decline_step", decline, "why")
    assert decline.company == "Northwind Ltd"  # the later answers win, as on any step


def test_another_owner_cannot_reach_a_draft_through_its_form_token(client, other_user):
    theirs = make_decline(other_user, status=Status.DRAFT, form_token="a" * 32)
    client.post("/declines/new/", {**WHO, "form_token": "a" * 32})
    assert Decline.objects.get(pk=theirs.pk).company == theirs.company
