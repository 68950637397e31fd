"""No one in: another user and an anonymous visitor get nothing from any decline URL."""

import pytest
from django.test import Client
from django.urls import reverse

from declines.models import Decline, LetterRevision, Status
from tests.factories import make_decline

pytestmark = pytest.mark.django_db

GET_URLS = [
    ("decline_detail", ()),
    ("decline_step", ("who",)),
    ("decline_step", ("why",)),
    ("decline_step", ("tone",)),
    ("decline_step", ("help",)),
    ("decline_recompose", ()),
    ("letter_txt", ()),
    ("letter_eml", ()),
    ("follow_up_eml", ()),
    ("reminders_ics", ()),
]
POST_URLS = [
    ("decline_detail", ()),
    ("decline_step", ("who",)),
    ("decline_recompose", ()),
    ("decline_variant", ()),
    ("decline_review", ()),
    *[
        ("decline_action", (action,))
        for action in ("sent", "acknowledged", "followed-up", "close", "reopen")
    ],
]


@pytest.fixture
def victims_decline(other_user):
    return make_decline(other_user, status=Status.SENT)


def snapshot():
    return list(Decline.objects.values()), LetterRevision.objects.count()


@pytest.mark.parametrize(("name", "args"), GET_URLS)
def test_another_user_gets_404_on_every_get(client, victims_decline, name, args):
    assert (
        client.get(reverse(f"declines:{name}", args=[victims_decline.pk, *args])).status_code == 404
    )


@pytest.mark.parametrize(("name", "args"), POST_URLS)
def test_another_user_gets_404_on_every_post_and_nothing_changes(
    client, victims_decline, name, args
):
    before = snapshot()
    data = {"subject": "x", "body": "x", "version": victims_decline.version, "recipient_name": "x"}
    assert (
        client.post(reverse(f"declines:{name}", args=[victims_decline.pk, *args]), data).status_code
        == 404
    )
    assert snapshot() == before


def test_another_user_cannot_restore_a_revision(client, victims_decline):
    revision = victims_decline.revisions.get()
    url = reverse("declines:revision_restore", args=[victims_decline.pk, revision.pk])
    assert client.post(url).status_code == 404


def test_a_revision_of_another_decline_cannot_be_restored_into_mine(client, user, victims_decline):
    mine = make_decline(user)
    theirs = victims_decline.revisions.get()
    assert (
        client.post(reverse("declines:revision_restore", args=[mine.pk, theirs.pk])).status_code
        == 404
    )


@pytest.mark.parametrize(("name", "args"), GET_URLS + POST_URLS)
def test_a_visitor_gets_404_on_a_users_decline_and_nothing_changes(
    anon_client, victims_decline, name, args
):
    before = snapshot()
    url = reverse(f"declines:{name}", args=[victims_decline.pk, *args])
    for response in (anon_client.get(url), anon_client.post(url)):
        assert response.status_code == 404
    assert snapshot() == before


def visitor_with_a_decline():
    """A browser with no account that has written a decline (its own session)."""
    browser = Client()
    browser.post("/declines/new/", {**WHO_STEP, "action": "next"})
    return browser, Decline.objects.get(owner__isnull=True, visitor__gt="")


WHO_STEP = {"recipient_name": "Helen Park", "company": "Northwind", "role": "Analyst"}


@pytest.mark.parametrize(("name", "args"), GET_URLS + POST_URLS)
def test_another_browser_and_a_user_get_404_on_a_visitors_decline(client, name, args):
    _, visitors = visitor_with_a_decline()
    before = snapshot()
    url = reverse(f"declines:{name}", args=[visitors.pk, *args])
    for other in (Client(), client):  # a second browser with no account, and a signed-in user
        for response in (other.get(url), other.post(url)):
            assert response.status_code == 404
    assert snapshot() == before


def test_a_visitor_may_start_a_letter_without_an_account(anon_client):
    assert anon_client.get("/declines/new/").status_code == 200


def test_state_changes_refuse_get(client, user):
    decline = make_decline(user)
    for action in ("sent", "close"):
        assert (
            client.get(reverse("declines:decline_action", args=[decline.pk, action])).status_code
            == 405
        )
    assert Decline.objects.get().status == Status.READY


def test_posts_without_csrf_token_are_refused(user):
    decline = make_decline(user)
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    assert (
        client.post(reverse("declines:decline_action", args=[decline.pk, "sent"])).status_code
        == 403
    )
    assert Decline.objects.get().status == Status.READY


def test_pages_send_a_strict_content_security_policy(client):
    policy = client.get("/")["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy


def test_user_text_is_escaped(client, user):
    decline = make_decline(user, company="<script>alert(1)</script>")
    body = client.get(reverse("declines:decline_detail", args=[decline.pk])).content.decode()
    assert "<script>alert(1)" not in body
    assert "&lt;script&gt;alert(1)" in body


def test_reminders_ics_is_owner_scoped(client, anon_client, victims_decline, user):
    url = reverse("declines:reminders_ics", args=[victims_decline.pk])
    assert client.get(url).status_code == 404
    assert anon_client.get(url).status_code == 404
    mine = make_decline(user)
    response = client.get(reverse("declines:reminders_ics", args=[mine.pk]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")


@pytest.mark.parametrize(
    ("name", "args"),
    [("decline_action", ("sent",)), ("decline_variant", ()), ("decline_review", ())],
)
def test_another_users_id_answers_404_even_to_the_wrong_method(client, victims_decline, name, args):
    assert (
        client.get(reverse(f"declines:{name}", args=[victims_decline.pk, *args])).status_code == 404
    )


def test_another_users_revision_answers_404_to_get(client, victims_decline):
    revision = victims_decline.revisions.get()
    url = reverse("declines:revision_restore", args=[victims_decline.pk, revision.pk])
    assert client.get(url).status_code == 404
