"""Benchmark `send_nudges` on a big throwaway database: wall and CPU time, peak memory, queries.

    DJANGO_DEBUG=1 .venv/bin/python bench/bench_send_nudges.py [--declines 100000 --due 1000]

Builds a fresh test database (SQLite in a temporary file, or a `<name>_bench` database next to
DATABASE_URL's), fills it with bulk_create, and runs the real send logic against a mailer that
renders every message to bytes and throws it away. Not part of the test suite. See bench/README.md.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import tempfile
import time
import tracemalloc
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("DJANGO_DEBUG", "1")

import django

django.setup()

from allauth.account.models import EmailAddress  # noqa: E402
from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.core.mail.backends.base import BaseEmailBackend  # noqa: E402
from django.db import connection  # noqa: E402
from django.utils import timezone  # noqa: E402

from declines.models import Decline, NudgeLog, Profile, Status  # noqa: E402
from declines.reminders import due_candidates, send_due_nudges  # noqa: E402

CHUNK = 5000
HOUR, DAY = timedelta(hours=1), timedelta(days=1)


class RenderingBackend(BaseEmailBackend):
    """Builds each message's bytes, as SMTP would, and discards them."""

    sent = 0

    def send_messages(self, messages):
        for message in messages:
            message.message().as_bytes()
        RenderingBackend.sent += len(messages)
        return len(messages)


# --- the data --------------------------------------------------------------------------------------


def build(total: int, due: int, users: int) -> None:
    """`total` declines over `users` owners, of which about `due` have a reminder to email."""
    now = timezone.now()
    on, off = _users(users)
    today = now.date()
    quarter = due // 4
    rest = total - 4 * quarter
    plan = [
        # (count, owners, status, created_ago, extra fields, nudge kind already logged)
        (quarter, on, Status.DRAFT, 2 * DAY, {}, None),  # send_soon due
        (quarter, on, Status.READY, 2 * HOUR, {"interview_date": today + DAY}, None),  # urgent
        (quarter, on, Status.READY, 3 * DAY, {"interview_date": today - DAY}, None),  # passed
        (quarter, on, Status.SENT, 12 * DAY, {"sent_at": now - 10 * DAY}, None),  # follow_up
        (rest * 55 // 100, on, Status.ACKNOWLEDGED, 30 * DAY, _acknowledged(now), None),
        (rest * 20 // 100, on, Status.CLOSED, 40 * DAY, {"closed_at": now - 20 * DAY}, None),
        (rest * 4 // 100, on, Status.DRAFT, 2 * HOUR, {}, None),  # not due yet
        (rest * 4 // 100, on, Status.SENT, 3 * HOUR, {"sent_at": now - HOUR}, None),
        (rest * 8 // 100, on, Status.DRAFT, 9 * DAY, {}, "send_soon"),  # reminded already
        (rest * 7 // 100, on, Status.SENT, 20 * DAY, {"sent_at": now - 19 * DAY}, "follow_up"),
        (rest * 2 // 100, off, Status.DRAFT, 5 * DAY, {}, None),  # reminders off
    ]
    made = 0
    for count, owners, status, age, fields, logged in plan:
        _rows(count, owners, status, now - age, fields, logged, now)
        made += count
    _rows(total - made, on, Status.ACKNOWLEDGED, now - 30 * DAY, _acknowledged(now), None, now)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # planner statistics, as a live database has them


def _acknowledged(now) -> dict:
    return {"sent_at": now - 29 * DAY, "acknowledged_at": now - 28 * DAY}


def _users(count: int):
    User = get_user_model()
    User.objects.bulk_create(
        [User(username=f"bench{n}", email=f"bench{n}@example.com") for n in range(count)]
    )
    users = list(User.objects.order_by("pk"))
    # Reminders go only to a verified primary address (declines.reminders.REMINDABLE_OWNER).
    EmailAddress.objects.bulk_create(
        [EmailAddress(user=u, email=u.email, primary=True, verified=True) for u in users]
    )
    # One in twenty has reminders off.
    Profile.objects.bulk_create(
        [
            Profile(user=u, display_name=u.username, email_reminders=n % 20 != 0)
            for n, u in enumerate(users)
        ]
    )
    return [u for n, u in enumerate(users) if n % 20], [
        u for n, u in enumerate(users) if not n % 20
    ]


def _rows(count, owners, status, created_at, fields, logged, now) -> None:
    owner_cycle = itertools.cycle(owners)
    numbers = iter(range(count))
    while chunk := list(itertools.islice(numbers, CHUNK)):
        rows = Decline.objects.bulk_create(
            [
                Decline(
                    owner=next(owner_cycle),
                    recipient_name="Helen Park",
                    company=f"Company {n % 997}",
                    role="Product Analyst",
                    reason="another_offer",
                    status=status,
                    steps_done=2 if status == Status.DRAFT else 4,
                    subject="Thank you" if status != Status.DRAFT else "",
                    body="A letter of a few hundred characters. " * 10,
                    **fields,
                )
                for n in chunk
            ]
        )
        ids = [row.pk for row in rows]
        Decline.objects.filter(pk__in=ids).update(created_at=created_at)  # auto_now_add otherwise
        if logged:
            NudgeLog.objects.bulk_create(
                [
                    NudgeLog(decline_id=pk, kind=logged, state="sent", claimed_at=now, sent_at=now)
                    for pk in ids
                ]
            )


# --- measuring ---------------------------------------------------------------------------------------


@contextmanager
def counting_queries():
    counter = {"queries": 0}

    def count(execute, sql, params, many, context):
        counter["queries"] += 1
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        yield counter


def measure(label: str, *, memory: bool = False, **kwargs) -> dict:
    if memory:
        tracemalloc.start()
    with counting_queries() as counter:
        started, cpu_started = time.perf_counter(), time.process_time()
        summary = send_due_nudges(**kwargs)
        seconds = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
    peak = tracemalloc.get_traced_memory()[1] if memory else None
    if memory:
        tracemalloc.stop()
    result = {
        "run": label,
        "seconds": round(seconds, 3),
        "cpu_seconds": round(cpu, 3),
        "queries": counter["queries"],
        "peak_MiB": round(peak / 2**20, 1) if peak is not None else "-",
        "summary": summary.line(dry_run=kwargs.get("dry_run", False)),
    }
    print(
        f"{label:<34} {result['seconds']:>7.3f} s (cpu {result['cpu_seconds']:>7.3f} s) "
        f"{result['queries']:>6} queries "
        f"peak {result['peak_MiB']:>5} MiB   {result['summary']}"
    )
    return result


def forget_run(since) -> None:
    """Undo a run's NudgeLog rows so the next measurement sends the same emails again."""
    NudgeLog.objects.filter(claimed_at__gte=since).delete()


def explain_candidates() -> str:
    query = due_candidates(timezone.now()).order_by("pk").values_list("pk", flat=True)[:500]
    return query.explain()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--declines", type=int, default=100_000)
    parser.add_argument("--due", type=int, default=1000)
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--explain", action="store_true", help="print the candidate query plan")
    args = parser.parse_args()

    settings.DEBUG = False  # no query log: it would count towards the memory peak
    settings.MAILERS = {"default": {"BACKEND": "__main__.RenderingBackend"}}
    database = connection.settings_dict
    workdir = tempfile.TemporaryDirectory()
    if connection.vendor == "sqlite":  # a file, like production, not the test runner's :memory:
        database["TEST"]["NAME"] = str(Path(workdir.name) / "bench.sqlite3")
    else:
        database["TEST"]["NAME"] = f"{database['NAME']}_bench"
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        print(f"{connection.vendor}: building {args.declines} declines, ~{args.due} due ...")
        started = time.perf_counter()
        build(args.declines, args.due, args.users)
        print(
            f"built in {time.perf_counter() - started:.1f} s; NudgeLog rows: {NudgeLog.objects.count()}"
        )
        if args.explain:
            print(explain_candidates())
        batch = {"batch_size": args.batch_size}
        measure("dry run", dry_run=True, **batch)
        since = timezone.now()
        measure("send (time, queries)", **batch)
        forget_run(since)
        measure("send again (tracemalloc peak)", memory=True, **batch)
        measure("steady state (nothing new due)", **batch)
        print(f"messages rendered: {RenderingBackend.sent}")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        workdir.cleanup()


if __name__ == "__main__":
    main()
