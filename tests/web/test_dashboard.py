"""The dashboard: grouped by status, each row says what to do next, in constant queries."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains

from declines.models import Decline, Status
from tests.factories import make_decline

pytestmark = pytest.mark.django_db


def test_signed_out_visitors_see_a_calm_landing_page(anon_client):
    response = anon_client.get("/")
    assertContains(response, "Turn down an interview, kindly")
    assertContains(response, reverse("account_signup"))


def test_an_empty_dashboard_invites_the_user_to_start(client):
    response = client.get("/")
    assertContains(response, "Nothing here yet")
    assertContains(response, "Write my first decline")


def test_declines_are_grouped_by_status_with_their_next_step(client, user):
    make_decline(user, status=Status.DRAFT, company="Drafty", steps_done=2)
    make_decline(user, status=Status.READY, company="Readyco")
    make_decline(user, status=Status.SENT, company="Sentco")
    make_decline(user, status=Status.ACKNOWLEDGED, company="Doneco")
    make_decline(user, status=Status.CLOSED, company="Closedco")
    content = client.get("/").content.decode()
    order = [
        content.index(word) for word in ("Drafts to finish", "Ready to send", "Sent —", "Done")
    ]
    assert order == sorted(order)
    assert "Next: answer the Tone step." in content
    assert "Waiting for a reply. If none comes, follow up on" in content
    assert "Done: they confirmed your letter." in content
    assert "Review and send" in content
    assert "They replied" in content
    assert "Reopen" in content
    for company in ("Drafty", "Readyco", "Sentco", "Doneco", "Closedco"):
        assert company in content


def test_rows_show_who_role_and_interview_date(client, user):
    make_decline(user, company="Northwind", role="Analyst", interview_date=date(2030, 3, 5))
    response = client.get("/")
    assertContains(response, "Analyst · Northwind")
    assertContains(response, "To Helen Park")
    assertContains(response, "Interview Tue 5 Mar 2030")


def test_other_users_declines_never_show(client, other_user):
    make_decline(other_user, company="Secret Corp")
    assertNotContains(client.get("/"), "Secret Corp")


def test_mark_sent_from_the_dashboard_returns_there(client, user):
    decline = make_decline(user)
    response = client.post(
        reverse("declines:decline_action", args=[decline.pk, "sent"]), {"next": "dashboard"}
    )
    assert response["Location"] == "/"
    assert Decline.objects.get().status == Status.SENT


def test_a_due_nudge_is_shown_in_plain_words(client, user):
    decline = make_decline(user, company="Northwind")
    Decline.objects.filter(pk=decline.pk).update(created_at=timezone.now() - timedelta(days=2))
    response = client.get("/")
    assertContains(response, "Needs your attention")
    assertContains(response, "Northwind")


@pytest.mark.parametrize("count", [1, 30])
def test_the_dashboard_uses_a_constant_number_of_queries(
    client, user, count, django_assert_max_num_queries
):
    for index in range(count):
        status = [Status.DRAFT, Status.READY, Status.SENT, Status.ACKNOWLEDGED, Status.CLOSED][
            index % 5
        ]
        make_decline(user, status=status, company=f"Company {index}")
    # session, user, profile and the declines: the same for 1 or 30.
    with django_assert_max_num_queries(4):
        response = client.get("/")
    assert response.status_code == 200


def days_ago(days):
    return timezone.now() - timedelta(days=days)


def test_the_most_urgent_nudge_comes_first(client, user):
    soon = make_decline(user, company="Slowco")  # started two days ago: send soon
    Decline.objects.filter(pk=soon.pk).update(created_at=days_ago(2))
    tomorrow = (timezone.now() + timedelta(hours=30)).astimezone(user.profile.zone)
    make_decline(
        user, company="Urgentco", interview_date=tomorrow.date(), interview_time=tomorrow.time()
    )
    passed = make_decline(user, company="Passedco", interview_date=date(2020, 1, 6))
    Decline.objects.filter(pk=passed.pk).update(created_at=days_ago(2))
    attention = client.get("/").context["board"].attention
    assert [row.decline.company for row in attention] == ["Passedco", "Urgentco", "Slowco"]
    assert "Urgentco" in attention[1].top_nudge.message
    assert "hours" in attention[1].top_nudge.message


def test_changing_the_follow_up_delay_changes_what_is_due(client, user):
    decline = make_decline(user, status=Status.SENT, company="Northwind")
    Decline.objects.filter(pk=decline.pk).update(sent_at=days_ago(4))  # 2 to 4 business days
    user.profile.follow_up_days = 10
    user.profile.save()
    assert client.get("/").context["board"].attention == []
    user.profile.follow_up_days = 1
    user.profile.save()
    attention = client.get("/").context["board"].attention
    assert [row.top_nudge.kind for row in attention] == ["follow_up"]
    assertContains(client.get("/"), "Follow up")


def test_acknowledged_and_closed_declines_have_no_nudges(client, user):
    for status in (Status.ACKNOWLEDGED, Status.CLOSED):
        decline = make_decline(user, status=status)
        Decline.objects.filter(pk=decline.pk).update(created_at=days_ago(9))
    assert client.get("/").context["board"].attention == []


def test_every_pending_row_can_be_archived_and_a_due_follow_up_marked(client, user):
    draft = make_decline(user, status=Status.DRAFT, company="Drafty")
    sent = make_decline(user, status=Status.SENT, company="Sentco")
    Decline.objects.filter(pk=sent.pk).update(sent_at=days_ago(9))
    content = client.get("/").content.decode()
    assert content.count(">Archive</button>") == 2
    assert "I followed up" in content
    client.post(reverse("declines:decline_action", args=[draft.pk, "close"]), {"next": "dashboard"})
    client.post(
        reverse("declines:decline_action", args=[sent.pk, "followed-up"]), {"next": "dashboard"}
    )
    assert Decline.objects.get(pk=draft.pk).status == Status.CLOSED
    assert Decline.objects.get(pk=sent.pk).followed_up_at is not None
