"""The dashboard: grouped by status, each row says what to do next, in constant queries."""

import itertools
from datetime import date, timedelta

import pytest
from django.db.models import QuerySet
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


STATUSES = [Status.DRAFT, Status.READY, Status.SENT, Status.ACKNOWLEDGED, Status.CLOSED]


def many_declines(user, count: int, statuses=STATUSES) -> None:
    """`count` declines in the given statuses, in one insert (make_decline composes each)."""
    now = timezone.now()
    Decline.objects.bulk_create(
        Decline(
            owner=user,
            recipient_name="Helen Park",
            company=f"Company {index}",
            role="Analyst",
            status=status,
            steps_done=1 if status == Status.DRAFT else 4,
            sent_at=now if status in (Status.SENT, Status.ACKNOWLEDGED) else None,
            acknowledged_at=now if status == Status.ACKNOWLEDGED else None,
            closed_at=now if status == Status.CLOSED else None,
        )
        for index, status in zip(range(count), itertools.cycle(statuses), strict=False)
    )


@pytest.mark.parametrize("count", [1, 30, 300])
def test_the_dashboard_uses_a_constant_number_of_queries(
    client, user, count, django_assert_max_num_queries
):
    many_declines(user, count)
    Decline.objects.filter(pk__in=Decline.objects.all()[:3]).update(created_at=days_ago(3))
    # session, user, profile, the pending declines, a page of the finished ones, and their count
    # when that page is full: the same for 1, 30 or 300 (no query per row: the rows read only the
    # columns they load).
    with django_assert_max_num_queries(6):
        response = client.get("/")
    assert response.status_code == 200
    # The second page of the finished ones (past the end with 30 declines or fewer: the last).
    with django_assert_max_num_queries(6):
        assert client.get("/?done=2").status_code == 200


def test_finished_declines_are_paged_newest_first_and_counted(client, user):
    many_declines(user, 25, [Status.ACKNOWLEDGED, Status.CLOSED])
    make_decline(user, status=Status.READY, company="Readyco")
    newest = Decline.objects.filter(status=Status.CLOSED).order_by("-updated_at").first()
    content = client.get("/").content.decode()
    assert content.count('class="list-group-item') == 11  # the ready one, and 10 finished
    assert "Readyco" in content
    assert f"{newest.company}<" in content
    assert "Showing 1 to 10 of 25, newest first." in content
    assert "Show older (15 more)" in content
    assert 'href="?done=2#group-done"' in content

    second = client.get("/?done=2").content.decode()
    assert "Readyco" in second  # what needs doing stays on every page
    assert "Showing 11 to 20 of 25, newest first." in second
    assert "Show older (5 more)" in second
    assert 'href="?done=1#group-done">Show newer' in second

    last = client.get("/?done=9").context["board"]  # past the end: the last page, counted anew
    assert (last.done_page, len(last.done), last.done_older) == (3, 5, 0)
    assert client.get("/?done=nonsense").context["board"].done_page == 1
    # A number no OFFSET can hold is the last page too, not an error.
    assert client.get(f"/?done={10**30}").context["board"].done_page == 3


def test_finished_declines_with_one_time_keep_their_order_across_pages(client, user):
    many_declines(user, 25, [Status.CLOSED])
    Decline.objects.update(updated_at=timezone.now())  # a bulk change: every row the same time
    seen = [
        row.decline.pk
        for page in (1, 2, 3)
        for row in client.get(f"/?done={page}").context["board"].done
    ]
    assert sorted(seen) == sorted(Decline.objects.values_list("pk", flat=True))


def test_a_page_emptied_between_its_count_and_its_rows_shows_the_last_one(
    client, user, monkeypatch
):
    many_declines(user, 11, [Status.CLOSED])
    count = QuerySet.count

    def count_then_reopen_one(queryset):
        counted = count(queryset)
        if count(Decline.objects.filter(status=Status.CLOSED)) == 11:  # another tab reopens one
            Decline.objects.filter(pk=Decline.objects.order_by("pk").first().pk).update(
                status=Status.READY
            )
        return counted

    monkeypatch.setattr(QuerySet, "count", count_then_reopen_one)
    board = client.get("/?done=2").context["board"]
    assert (board.done_page, len(board.done), board.done_total) == (1, 10, 10)


def test_a_short_done_list_is_not_paged(client, user):
    many_declines(user, 3, [Status.ACKNOWLEDGED])
    content = client.get("/").content.decode()
    assert "Show older" not in content
    assert "Showing" not in content


def test_row_links_and_buttons_lead_where_reverse_says(client, user):
    draft = make_decline(user, status=Status.DRAFT, company="Drafty", steps_done=2)
    ready = make_decline(user, status=Status.READY, company="Readyco")
    closed = make_decline(user, status=Status.CLOSED, company="Closedco")
    content = client.get("/").content.decode()
    assert f'href="{reverse("declines:decline_step", args=[draft.pk, "tone"])}">Continue' in content
    assert f'href="{reverse("declines:decline_detail", args=[ready.pk])}">Review' in content
    assert f'href="{reverse("declines:decline_detail", args=[closed.pk])}">Open' in content
    for decline, action in [(ready, "sent"), (draft, "close"), (closed, "reopen")]:
        url = reverse("declines:decline_action", args=[decline.pk, action])
        assert f'formaction="{url}"' in content


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
