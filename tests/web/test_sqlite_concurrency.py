"""SQLite as a production database: many writers at once wait their turn, never "database is
locked". Eight threads, each a signed-in browser, go through every write path together against
one database file (the suite's SQLite test database is a file; see tests/conftest.py)."""

import threading

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.urls import reverse

from declines.models import Decline, LetterRevision, Status
from tests.factories import make_user

THREADS = 8
ROUNDS = 2  # declines each thread writes from scratch to archived and back

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def sqlite_file_only():
    if connection.vendor != "sqlite":
        pytest.skip("SQLite's locking: PostgreSQL has row locks and no busy timeout to test")
    assert not connection.is_in_memory_db(), "the test database must be a file, as in production"


def test_the_sqlite_settings_are_the_production_ones():
    with connection.cursor() as cursor:
        assert cursor.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert cursor.execute("PRAGMA synchronous").fetchone() == (1,)  # NORMAL
        assert cursor.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert settings.DATABASES["default"]["OPTIONS"]["transaction_mode"] == "IMMEDIATE"


def post(client: Client, answers: list, url: str, data: dict) -> str:
    response = client.post(url, data)
    answers.append((url, response.status_code))
    return response.get("Location", "")


def journey(client: Client, answers: list, tag: str) -> None:
    """Every write a user makes: the wizard, a saved edit, another wording, a recompose, and each
    step of the lifecycle."""
    where = post(
        client,
        answers,
        reverse("declines:decline_new"),
        {"recipient_name": "Helen Park", "company": tag, "role": "Analyst", "action": "next"},
    )
    pk = int(where.strip("/").split("/")[1])
    steps = {
        "why": {"reason": "timing", "reason_detail": "The timing is wrong for me."},
        "tone": {"tone": "formal"},
        "help": {"keep_in_touch": "on", "sender_name": "Ada"},
    }
    for step, data in steps.items():
        post(client, answers, reverse("declines:decline_step", args=[pk, step]), data)
    letter = reverse("declines:decline_detail", args=[pk])
    version = Decline.objects.get(pk=pk).version
    edited = {
        "subject": f"About {tag}",
        "body": f"Dear Helen,\n\nThank you. {tag}",
        "version": version,
    }
    post(client, answers, letter, edited)
    post(client, answers, reverse("declines:decline_variant", args=[pk]), {})
    post(client, answers, reverse("declines:decline_recompose", args=[pk]), {"confirmed": "1"})
    for action in ("sent", "acknowledged", "close", "reopen"):
        post(client, answers, reverse("declines:decline_action", args=[pk, action]), {})


def test_eight_browsers_writing_at_once_all_get_their_answers():
    users = [make_user(f"writer{n}") for n in range(THREADS)]
    clients = []
    for user in users:
        client = Client()
        client.force_login(user)
        clients.append(client)
    answers: list[list] = [[] for _ in range(THREADS)]
    errors: list[BaseException] = []
    start = threading.Barrier(THREADS)

    def browse(number: int) -> None:
        try:
            start.wait(timeout=30)
            for round_ in range(ROUNDS):
                journey(clients[number], answers[number], f"Company {number}-{round_}")
        except BaseException as error:  # reported below: a thread cannot fail the test itself
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=browse, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)

    assert errors == []
    every = [answer for per_thread in answers for answer in per_thread]
    assert len(every) == THREADS * ROUNDS * 11
    assert [answer for answer in every if not 200 <= answer[1] < 400] == []
    # Every write landed: each decline went all the way round (reopened as acknowledged), with
    # its revisions composed, edited, another wording, recomposed.
    declines = Decline.objects.all()
    assert declines.count() == THREADS * ROUNDS
    assert set(declines.values_list("status", flat=True)) == {Status.ACKNOWLEDGED}
    sources = LetterRevision.objects.values_list("source", flat=True)
    for source in ("composed", "edited", "variant", "recomposed"):
        assert list(sources).count(source) == THREADS * ROUNDS
