"""Benchmark the pages a user waits on, and the pure heart behind them.

    DJANGO_DEBUG=1 .venv/bin/python bench/bench_pages.py [--declines 500] [--repeat 20]

Times the dashboard and a letter page for one user with many declines (a throwaway SQLite file),
and how many letters, reviews and nudge decisions the pure modules make per second. Prints a table;
not part of the test suite. See bench/README.md for the numbers measured.
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
_DB = Path(tempfile.mkdtemp()) / "bench_pages.sqlite3"
os.environ["DATABASE_URL"] = f"sqlite:///{_DB}"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("DJANGO_DEBUG", "1")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from declines import services  # noqa: E402
from declines.core.letters import REASONS, TONES, LetterFacts, compose_letter  # noqa: E402
from declines.core.nudges import DeclineState, due_nudges  # noqa: E402
from declines.core.review import review_letter  # noqa: E402
from declines.models import Decline, LetterRevision, Status  # noqa: E402


def build(count: int):
    call_command("migrate", verbosity=0)
    user = services.user_create(
        username="bench", email="bench@example.com", password="bench-pass-2026", display_name="B"
    )
    statuses = itertools.cycle([Status.DRAFT, Status.READY, Status.SENT, Status.ACKNOWLEDGED])
    Decline.objects.bulk_create(
        Decline(
            owner=user,
            recipient_name=f"Recipient {n}",
            company=f"Company {n}",
            role="Analyst",
            reason="timing",
            status=status,
            steps_done=1 if status == Status.DRAFT else 4,
            body="Hi,\n\nThank you.",
            sent_at=datetime.now(UTC) - timedelta(days=n % 9) if status == Status.SENT else None,
        )
        for n, status in zip(range(count), statuses, strict=False)
    )
    letter = Decline.objects.filter(status=Status.READY).first()
    services.decline_compose(decline=letter, source=LetterRevision.Source.COMPOSED)
    return user, letter


def time_page(client: Client, url: str, repeat: int) -> tuple[float, int]:
    client.get(url)  # warm the template cache
    timings = []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            assert client.get(url).status_code == 200
            timings.append(time.perf_counter() - started)
    return statistics.median(timings) * 1000, len(queries)


def per_second(work, seconds: float = 1.0) -> float:
    done, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        work()
        done += 1
    return done / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--declines", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=20)
    options = parser.parse_args()

    user, letter = build(options.declines)
    client = Client(HTTP_HOST="localhost")  # the test client's "testserver" is not an allowed host
    client.force_login(user)
    rows = [
        ("dashboard", *time_page(client, "/", options.repeat)),
        ("letter page", *time_page(client, f"/declines/{letter.pk}/", options.repeat)),
    ]
    print(f"{options.declines} declines for one user, median of {options.repeat} requests:")
    for name, ms, queries in rows:
        print(f"  {name:<12} {ms:7.1f} ms  {queries} queries")

    facts = [
        LetterFacts("Helen Park", "Northwind", "Analyst", reason=reason, tone=tone, sender_name="A")
        for reason, tone in itertools.product(REASONS, TONES)
    ]
    cycle = itertools.cycle(facts)
    body = compose_letter(facts[0]).body
    state = DeclineState(
        status="sent",
        created_at=datetime(2026, 3, 2, 9, tzinfo=UTC),
        sent_at=datetime(2026, 3, 2, 10, tzinfo=UTC),
        timezone="Europe/London",
    )
    now = datetime(2026, 3, 9, 9, tzinfo=UTC)
    print("pure modules, per second on one core:")
    print(f"  compose_letter  {per_second(lambda: compose_letter(next(cycle))):9.0f}")
    print(
        f"  review_letter   {per_second(lambda: review_letter(body, facts[0], today=date(2026, 3, 3))):9.0f}"
    )
    print(f"  due_nudges      {per_second(lambda: due_nudges(state, now)):9.0f}")


if __name__ == "__main__":
    main()
