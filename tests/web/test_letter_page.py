"""The letter page: editing keeps every version, restoring, recomposing, and the ways to send."""

import email
from dataclasses import replace
from datetime import datetime
from email import policy
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from pytest_django.asserts import assertContains, assertRedirects

from declines.core.letters import LetterFacts
from declines.letter_page import _zone_of
from declines.models import Decline, LetterRevision, Status
from tests.factories import make_decline

pytestmark = pytest.mark.django_db


@pytest.fixture
def decline(user):
    return make_decline(user, recipient_name="Zoë O'Brien-Ngũgĩ", company="AT&T Labs")


def url(name, decline, *args):
    return reverse(f"declines:{name}", args=[decline.pk, *args])


def test_the_letter_page_shows_the_letter_and_its_actions(client, decline):
    response = client.get(url("decline_detail", decline))
    assertContains(response, "Zoë O&#x27;Brien-Ngũgĩ")
    assertContains(response, "Open in mail app")
    assertContains(response, "mailto:helen%40northwind.example".replace("%40", "@"))
    assertContains(response, "Download .eml")
    assertContains(response, "Mark as sent")
    assertContains(response, 'data-copy-target="#id_body"')


def test_saving_an_edit_keeps_a_revision_of_each_version(client, decline):
    response = client.post(
        url("decline_detail", decline),
        {"subject": "Thank you", "body": "Hi Zoë,\n\nMy own words.", "version": decline.version},
    )
    assertRedirects(response, url("decline_detail", decline))
    decline.refresh_from_db()
    assert decline.body == "Hi Zoë,\n\nMy own words."
    assert [r.source for r in decline.revisions.all()] == ["edited", "composed"]
    assertContains(client.get(url("decline_detail", decline)), "My own words.")


def test_an_empty_body_is_refused_and_the_subject_kept(client, decline):
    before = decline.body
    response = client.post(
        url("decline_detail", decline),
        {"subject": "Kept subject", "body": "", "version": decline.version},
    )
    assertContains(response, "can&#x27;t be empty")
    assertContains(response, "Kept subject")
    assert Decline.objects.get().body == before
    assert LetterRevision.objects.count() == 1


def test_a_stale_edit_is_refused_and_the_typed_text_shown(client, decline):
    response = client.post(
        url("decline_detail", decline),
        {"subject": "S", "body": "Typed in an old tab", "version": decline.version - 1},
    )
    assertContains(response, "changed in another window")
    assertContains(response, "Typed in an old tab")
    assert Decline.objects.get().body != "Typed in an old tab"


def test_a_subject_with_line_breaks_is_saved_on_one_line(client, decline):
    client.post(
        url("decline_detail", decline),
        {"subject": "Hello\r\nBcc: evil@example.com", "body": "Body", "version": decline.version},
    )
    assert Decline.objects.get().subject == "Hello Bcc: evil@example.com"


def test_restoring_a_revision_is_itself_a_new_revision(client, decline):
    original = decline.body
    composed = decline.revisions.get()
    client.post(
        url("decline_detail", decline),
        {"subject": "S", "body": "Edited", "version": decline.version},
    )
    response = client.post(url("revision_restore", decline, composed.pk))
    assertRedirects(response, url("decline_detail", decline))
    decline.refresh_from_db()
    assert decline.body == original
    assert [r.source for r in decline.revisions.all()] == ["restored", "edited", "composed"]


def test_recompose_asks_first_and_keeps_the_old_text(client, decline):
    client.post(
        url("decline_detail", decline), {"subject": "S", "body": "Mine", "version": decline.version}
    )
    confirm = client.get(url("decline_recompose", decline))
    assertContains(confirm, "Recompose from your answers?")
    assert Decline.objects.get().body == "Mine"  # a GET changes nothing
    client.post(url("decline_recompose", decline), {"confirmed": "1"})
    decline.refresh_from_db()
    assert decline.body != "Mine"
    assert decline.revisions.filter(body="Mine").exists()


def test_another_wording_changes_the_text_and_keeps_the_old(client, decline):
    before = decline.body
    client.post(url("decline_variant", decline))
    decline.refresh_from_db()
    assert decline.body != before
    assert decline.variant == 1
    assert decline.revisions.filter(body=before).exists()


def test_mark_as_sent(client, decline):
    response = client.post(url("decline_action", decline, "sent"))
    assertRedirects(response, url("decline_detail", decline))
    decline.refresh_from_db()
    assert decline.status == Status.SENT
    assert decline.sent_at is not None


def test_actions_that_do_not_apply_change_nothing(client, user):
    draft = make_decline(user, status=Status.DRAFT)
    response = client.post(url("decline_action", draft, "sent"), follow=True)
    assertContains(response, "doesn&#x27;t apply")
    assert Decline.objects.get().status == Status.DRAFT


def test_lifecycle_acknowledge_close_reopen(client, decline):
    client.post(url("decline_action", decline, "sent"))
    client.post(url("decline_action", decline, "followed-up"))
    client.post(url("decline_action", decline, "acknowledged"))
    decline.refresh_from_db()
    assert (
        decline.status == Status.ACKNOWLEDGED and decline.followed_up_at and decline.acknowledged_at
    )
    client.post(url("decline_action", decline, "close"))
    assert Decline.objects.get().status == Status.CLOSED
    client.post(url("decline_action", decline, "reopen"))
    assert Decline.objects.get().status == Status.ACKNOWLEDGED


def test_mailto_is_replaced_by_advice_when_too_long(client, decline):
    Decline.objects.filter(pk=decline.pk).update(body="A long letter. " * 200)
    response = client.get(url("decline_detail", decline))
    assert response.context["mailto"] is None
    assertContains(response, "Open in mail app", count=1)  # the short follow-up keeps its link
    assertContains(response, "too long for a mail-app link")


def test_letter_txt_download(client, decline):
    response = client.get(url("letter_txt", decline))
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="decline-att-labs.txt"'
    text = response.content.decode()
    assert text.startswith(f"Subject: {decline.subject}\n\n")
    assert decline.body.strip() in text


def test_letter_eml_is_a_real_utf8_draft(client, user, decline):
    Decline.objects.filter(pk=decline.pk).update(subject="Line one\nBcc: evil@example.com")
    response = client.get(url("letter_eml", decline))
    assert response["Content-Type"] == "message/rfc822"
    message = email.message_from_bytes(response.content, policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert message["Subject"] == "Line one Bcc: evil@example.com"
    assert message["Bcc"] is None
    assert message["To"].addresses[0].addr_spec == "helen@northwind.example"
    assert message["To"].addresses[0].display_name == "Zoë O'Brien-Ngũgĩ"
    assert message["From"].addresses[0].addr_spec == user.email
    assert message.get_content_charset() == "utf-8"
    assert message.get_content().replace("\r\n", "\n").strip() == Decline.objects.get().body.strip()


@pytest.mark.parametrize("revisions", [1, 40])
def test_the_letter_page_uses_a_constant_number_of_queries(
    client, decline, revisions, django_assert_max_num_queries
):
    LetterRevision.objects.bulk_create(
        LetterRevision(decline=decline, subject="s", body=f"v{n}", source="edited")
        for n in range(revisions)
    )
    # session, user, profile, decline, revisions
    with django_assert_max_num_queries(5):
        assert client.get(url("decline_detail", decline)).status_code == 200


def typed(decline, body="Typed but never saved"):
    return {"subject": decline.subject, "body": body, "version": decline.version}


@pytest.mark.parametrize("action", ["variant", "restore", "recompose"])
def test_text_typed_but_not_saved_is_kept_before_an_action_replaces_it(client, decline, action):
    composed = decline.revisions.get()
    target = {
        "variant": url("decline_variant", decline),
        "restore": url("revision_restore", decline, composed.pk),
        "recompose": url("decline_recompose", decline),
    }[action]
    client.post(target, typed(decline))
    assert decline.revisions.filter(body="Typed but never saved", source="edited").exists()
    if action == "recompose":  # it asks first; the typed text is safe already
        assertContains(client.get(target), "Recompose from your answers?")


def test_an_action_from_a_stale_page_replaces_nothing(client, decline):
    stale = typed(decline, "Typed in an old tab")
    client.post(url("decline_detail", decline), typed(decline, "Saved in a newer tab"))
    response = client.post(url("decline_variant", decline), stale, follow=True)
    assertContains(response, "changed in another window")
    decline.refresh_from_db()
    assert decline.body == "Saved in a newer tab"
    assert decline.variant == 0


def test_following_up_counts_once(client, decline):
    client.post(url("decline_action", decline, "sent"))
    client.post(url("decline_action", decline, "followed-up"))
    first = Decline.objects.get().followed_up_at
    response = client.post(url("decline_action", decline, "followed-up"), follow=True)
    assertContains(response, "doesn&#x27;t apply")
    assert Decline.objects.get().followed_up_at == first


def test_the_other_ways_to_say_it_follow_changed_answers(client, decline):
    # The follow-up, phone script and short message are remembered per typed facts: a second
    # visit reads them from memory, and changed answers compose them afresh.
    first = client.get(url("decline_detail", decline)).context["page"]
    again = client.get(url("decline_detail", decline)).context["page"]
    assert again.follow_up is first.follow_up  # the same object: composed once
    assert "Zoë" in first.follow_up.body

    Decline.objects.filter(pk=decline.pk).update(recipient_name="Priya Raman", company="Contoso")
    page = client.get(url("decline_detail", decline)).context["page"]
    assert "Priya" in page.follow_up.body and "Zoë" not in page.follow_up.body
    assert "Contoso" in page.phone_script and "AT&T" not in page.phone_script
    assert "Contoso" in page.short_message


def test_the_same_instant_in_two_zones_is_remembered_apart():
    # 23:30 in London on the 5th is 00:30 in Paris on the 6th: equal facts (one instant), yet a
    # wording that names the day would differ, so the zone is part of what is remembered.
    london = datetime(2030, 3, 5, 23, 30, tzinfo=ZoneInfo("Europe/London"))
    facts = LetterFacts("Helen Park", "Northwind", "Analyst", interview_at=london)
    in_paris = replace(facts, interview_at=london.astimezone(ZoneInfo("Europe/Paris")))
    assert facts == in_paris
    assert _zone_of(facts) != _zone_of(in_paris)
