"""`manage.py seed_demo`: a demo account with declines in every state, idempotent, and bulk rows for
benchmarks."""

from io import StringIO

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command

from declines.management.commands.seed_demo import DEMO_PASSWORD, DEMO_USERNAME, SHOWCASE
from declines.models import Decline, LetterRevision, Status
from declines.reminders import send_due_nudges

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def debugging(settings):
    settings.DEBUG = True  # as under `make run`; the test runner switches DEBUG off


def seed(*args: str) -> str:
    out = StringIO()
    call_command("seed_demo", *args, stdout=out)
    return out.getvalue()


def test_the_demo_has_every_status_and_a_second_run_adds_nothing():
    out = seed()
    counts = (Decline.objects.count(), LetterRevision.objects.count())
    seed()

    assert (Decline.objects.count(), LetterRevision.objects.count()) == counts
    assert Decline.objects.count() == len(SHOWCASE)
    assert set(Decline.objects.values_list("status", flat=True)) == set(Status.values)
    assert f"{DEMO_USERNAME} / password: {DEMO_PASSWORD}" in out
    assert authenticate(username=DEMO_USERNAME, password=DEMO_PASSWORD) is not None


def test_the_showcase_covers_the_interesting_moments():
    seed()
    declines = Decline.objects.all()
    assert declines.filter(status=Status.DRAFT).values("steps_done").distinct().count() >= 3
    assert declines.filter(status=Status.SENT, followed_up_at__isnull=False).exists()
    # Composed through the services: every finished wizard has its letter and a revision.
    for decline in declines.exclude(status=Status.DRAFT):
        assert decline.body and decline.revisions.exists()


def test_the_demo_has_reminders_due_of_every_kind():
    seed()
    summary = send_due_nudges(dry_run=True)
    kinds = {planned.kind for planned in summary.planned}
    assert kinds == {"send_soon", "send_urgent", "interview_passed", "follow_up"}


def test_generated_declines_are_topped_up_not_duplicated():
    seed("--declines", "50", "--users", "3")
    seed("--declines", "50", "--users", "3")

    users = get_user_model().objects.filter(username__startswith="demo")
    assert users.count() == 4
    assert all(hasattr(user, "profile") for user in users)
    assert Decline.objects.count() == len(SHOWCASE) + 50
    generated = Decline.objects.exclude(owner__username=DEMO_USERNAME)
    assert generated.exists()
    assert set(generated.values_list("status", flat=True)) == set(Status.values)

    seed("--declines", "60", "--users", "3")
    assert Decline.objects.count() == len(SHOWCASE) + 60


def test_it_refuses_to_make_the_public_demo_account_on_a_live_site(settings):
    from django.core.management.base import CommandError

    settings.DEBUG = False
    with pytest.raises(CommandError, match="public password"):
        seed()
    assert not get_user_model().objects.filter(username=DEMO_USERNAME).exists()
    seed("--allow-production")
    assert get_user_model().objects.filter(username=DEMO_USERNAME).exists()
