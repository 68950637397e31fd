"""The scorecard on the letter page and its JSON endpoint for live updates."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils.html import escape
from pytest_django.asserts import assertContains

from declines.core.review import GUIDELINES
from declines.models import Decline
from tests.factories import make_decline

pytestmark = pytest.mark.django_db


@pytest.fixture
def decline(user):
    return make_decline(user, referral_name="Sam Lee", offer_feedback=True)


def test_the_letter_page_shows_all_eight_guidelines(client, decline):
    response = client.get(reverse("declines:decline_detail", args=[decline.pk]))
    for guideline in GUIDELINES:
        assertContains(response, f'data-guideline="{guideline.key}"')
        assertContains(response, guideline.title)


def test_the_scorecard_follows_a_saved_edit(client, decline):
    url = reverse("declines:decline_detail", args=[decline.pk])
    client.post(
        url, {"subject": "S", "body": "To whom it may concern,\n\nNo.", "version": decline.version}
    )
    response = client.get(url)
    checks = {check.guideline: check for check in response.context["page"].checks}
    assert not checks["personal"].ok
    assert not checks["grateful"].ok
    assertContains(response, escape(checks["personal"].note))


def test_review_json_reviews_unsaved_text_without_saving_it(client, decline):
    before = decline.body
    response = client.post(
        reverse("declines:decline_review", args=[decline.pk]),
        {"body": "Dear Hiring Manager,\n\nThis was a WASTE OF TIME!!!"},
    )
    data = response.json()
    assert [check["guideline"] for check in data["checks"]] == [g.key for g in GUIDELINES]
    verdicts = {check["guideline"]: check["ok"] for check in data["checks"]}
    assert verdicts["positive"] is False and verdicts["personal"] is False
    assert Decline.objects.get().body == before


def test_review_json_is_owner_scoped_post_only_and_csrf_protected(client, user, other_user):
    theirs = make_decline(other_user)
    assert (
        client.post(reverse("declines:decline_review", args=[theirs.pk]), {"body": "x"}).status_code
        == 404
    )
    mine = make_decline(user)
    assert client.get(reverse("declines:decline_review", args=[mine.pk])).status_code == 405
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(user)
    assert (
        strict.post(reverse("declines:decline_review", args=[mine.pk]), {"body": "x"}).status_code
        == 403
    )


def test_more_ways_to_say_it_are_on_the_page(client, decline):
    response = client.get(reverse("declines:decline_detail", args=[decline.pk]))
    page = response.context["page"]
    assertContains(response, "Follow-up email")
    assertContains(response, "Copy follow-up")
    assertContains(response, "Copy script")
    assertContains(response, "Copy message")
    assert len(page.short_message) < 600
    assert "Helen" in page.follow_up.body


def test_follow_up_eml_download(client, decline):
    import email
    from email import policy

    response = client.get(reverse("declines:follow_up_eml", args=[decline.pk]))
    message = email.message_from_bytes(response.content, policy=policy.default)
    assert message["Subject"].startswith("Re: ")
    assert message["X-Unsent"] == "1"
    assert "Helen" in message.get_content()


def test_the_scorecard_judges_time_where_the_user_lives(user):
    """Wednesday 10:00 in Auckland; the interview is on Friday (no time given, so 09:00 there):
    47 hours away. In UTC it would look 60 hours away, and the review must not say so."""
    from datetime import UTC, date, datetime
    from zoneinfo import ZoneInfo

    from declines.letter_page import letter_page

    user.profile.timezone = "Pacific/Auckland"
    user.profile.save()
    decline = make_decline(user, interview_date=date(2026, 3, 6))
    now = datetime(2026, 3, 4, 10, 0, tzinfo=ZoneInfo("Pacific/Auckland")).astimezone(UTC)
    page = letter_page(decline, user.profile, now)
    prompt = next(check for check in page.checks if check.guideline == "prompt")
    assert [nudge.kind for nudge in page.nudges][:1] == ["send_urgent"]
    assert not prompt.ok, prompt.note
