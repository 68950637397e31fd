"""Kill gunicorn workers with SIGKILL during a burst of writes; then check that every write that
was answered with success is in the database.

    .venv/bin/python bench/bench_fault.py                     # SQLite, then PostgreSQL
    .venv/bin/python bench/bench_fault.py --databases sqlite --seconds 20 --kill-every 0.2

For each database: a fresh one (a temporary SQLite file, or the `politely_bench_fault` PostgreSQL
database), migrated, with a signed-in writer who owns one ready decline per client. gunicorn
starts as bench_http.py starts it (4 workers, DEBUG off), with --preload so that a killed worker
is replaced at once, forked from the master that has imported the app. Clients write as fast as
they can, in turn: a new decline (the wizard's first step), a saved edit of their letter carrying
a unique marker, and "Try another wording". Meanwhile a killer sends SIGKILL to a random worker
every quarter of a second (gunicorn's master starts a new one), so requests die half way: in the
view, in a transaction, in the middle of a commit.

A write counts as acknowledged only when its success answer arrived (a redirect to where the view
sends it). A request cut off by a kill has an unknown outcome: it may or may not have committed,
and is not checked. Afterwards the database is read directly (sqlite3, psycopg):

- every acknowledged new decline exists, with the id its redirect named;
- every acknowledged edit's marker is in a saved revision;
- each decline has at least as many "another wording" revisions as were acknowledged;
- SQLite's `PRAGMA integrity_check` says ok.

Exits 1 if anything acknowledged is missing. Not part of the test suite; see bench/README.md.
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import os
import random
import re
import shutil
import signal
import sqlite3
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_http  # the server, the seed and the client are shared

NAME = "politely_bench_fault"
VERSION = re.compile(rb'name="version" value="(\d+)"')


@dataclass
class Tally:
    lock: threading.Lock = field(default_factory=threading.Lock)
    attempts: Counter = field(default_factory=Counter)
    acknowledged: Counter = field(default_factory=Counter)
    problems: Counter = field(default_factory=Counter)  # answers that were neither success nor cut
    unknown: Counter = field(default_factory=Counter)  # cut off by a kill: may or may not be in
    new_declines: dict[str, int] = field(default_factory=dict)  # company -> pk
    markers: list[str] = field(default_factory=list)
    variants: Counter = field(default_factory=Counter)  # pk -> acknowledged "another wording"

    def note(self, kind: str, outcome: str) -> None:
        with self.lock:
            self.attempts[kind] += 1
            if outcome == "ok":
                self.acknowledged[kind] += 1
            elif outcome == "cut":
                self.unknown[kind] += 1
            else:
                self.problems[f"{kind}: {outcome}"] += 1


class Writer(threading.Thread):
    """One client: its own decline, writing in turn until told to stop."""

    def __init__(self, number: int, port: int, session: str, pk: int, tally: Tally, stop):
        super().__init__(daemon=True)
        self.number, self.port, self.session, self.pk = number, port, session, pk
        self.tally, self.stop = tally, stop
        self.version: int | None = None

    def run(self) -> None:
        writes = itertools.cycle([self.new_decline, self.save_letter, self.another_wording])
        for n, write in enumerate(writes):
            if self.stop.is_set():
                return
            write(n)

    def post(self, path: str, form: dict) -> bench_http.Answer | None:
        try:
            return bench_http.request(self.port, "POST", path, session=self.session, form=form)
        except (OSError, http.client.HTTPException):
            return None  # the worker died under this request

    def outcome(self, answer: bench_http.Answer | None, location: re.Pattern[str]) -> str:
        if answer is None:
            return "cut"
        if answer.status == 302 and location.fullmatch(answer.headers.get("Location", "")):
            return "ok"
        return f"HTTP {answer.status}"

    def new_decline(self, n: int) -> None:
        company = f"fault-{self.number}-{n}"
        form = {"recipient_name": "Helen Park", "company": company, "role": "Analyst"}
        answer = self.post("/declines/new/", {**form, "action": "next"})
        outcome = self.outcome(answer, re.compile(r"/declines/\d+/why/"))
        self.tally.note("new decline", outcome)
        if outcome == "ok" and answer is not None:
            with self.tally.lock:
                self.tally.new_declines[company] = int(answer.headers["Location"].split("/")[2])

    def save_letter(self, n: int) -> None:
        if self.version is None and not self.sync_version():
            return
        marker = f"fault-{self.number}-{n}"
        form = {
            "subject": f"Withdrawing {marker}",
            "body": f"Dear Helen,\n\nThank you. {marker}\n\nAda",
            "version": str(self.version),
        }
        answer = self.post(f"/declines/{self.pk}/", form)
        outcome = self.outcome(answer, re.compile(rf"/declines/{self.pk}/"))
        self.tally.note("saved edit", outcome)
        if outcome == "ok":
            self.version = (self.version or 0) + 1
            with self.tally.lock:
                self.tally.markers.append(marker)
        else:
            self.version = None  # cut, or stale: read it again before the next edit

    def another_wording(self, n: int) -> None:
        answer = self.post(f"/declines/{self.pk}/another-wording/", {})
        outcome = self.outcome(answer, re.compile(rf"/declines/{self.pk}/"))
        self.tally.note("another wording", outcome)
        if outcome == "ok":
            self.version = None if self.version is None else self.version + 1
            with self.tally.lock:
                self.tally.variants[self.pk] += 1
        else:
            self.version = None

    def sync_version(self) -> bool:
        try:
            page = bench_http.request(
                self.port, "GET", f"/declines/{self.pk}/", session=self.session
            )
        except (OSError, http.client.HTTPException):
            return False
        found = VERSION.search(page.body)
        self.version = int(found[1]) if found else None
        return self.version is not None


def killer(server: bench_http.Server, every: float, stop, kills: list[int]) -> None:
    while not stop.wait(every):
        workers = server.worker_pids()
        if workers:
            try:
                os.kill(random.choice(workers), signal.SIGKILL)
                kills.append(1)
            except ProcessLookupError:
                pass  # it had just died or been replaced


def read_back(kind: str, url: str) -> tuple[dict[str, int], list[str], Counter, str]:
    """What the database holds: the fault declines, the edited revisions' bodies, the "another
    wording" revisions per decline, and an integrity verdict."""
    declines = "SELECT company, id FROM declines_decline WHERE company LIKE 'fault-%'"
    edited = "SELECT body FROM declines_letterrevision WHERE source = 'edited'"
    variants = (
        "SELECT decline_id, COUNT(*) FROM declines_letterrevision "
        "WHERE source = 'variant' GROUP BY decline_id"
    )
    if kind == "sqlite":
        with sqlite3.connect(url.removeprefix("sqlite:///")) as connection:
            integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
            rows = [connection.execute(sql).fetchall() for sql in (declines, edited, variants)]
    else:
        import psycopg

        with psycopg.connect(url) as connection:
            integrity = "ok (PostgreSQL)"
            rows = [connection.execute(sql).fetchall() for sql in (declines, edited, variants)]
    return dict(rows[0]), [body for (body,) in rows[1]], Counter(dict(rows[2])), integrity


def run_database(kind: str, args: argparse.Namespace, workdir: Path) -> bool:
    url = bench_http.fresh_database(kind, workdir, NAME)
    env = bench_http.server_env(url)
    seeded = bench_http.prepare(args.app_dir, env, "--clients", str(args.clients), "--sizes", "")
    tally, kills, stop = Tally(), [], threading.Event()
    try:
        log = workdir / f"{kind}-gunicorn.log"
        with bench_http.gunicorn(
            args.app_dir, env, workers=args.workers, log=log, preload=True
        ) as server:
            writers = [
                Writer(n, server.port, seeded["sessions"]["writer"], pk, tally, stop)
                for n, pk in enumerate(seeded["declines"]["writer"])
            ]
            for writer in writers:
                writer.start()
            hitman = threading.Thread(target=killer, args=(server, args.kill_every, stop, kills))
            hitman.start()
            time.sleep(args.seconds)
            stop.set()
            hitman.join()
            for writer in writers:
                writer.join(timeout=60)
        found, bodies, variants, integrity = read_back(kind, url)
    finally:
        bench_http.drop_database(kind, NAME)
    missing_declines = [c for c, pk in tally.new_declines.items() if found.get(c) != pk]
    everything = "\n".join(bodies)
    missing_edits = [marker for marker in tally.markers if f"{marker}\n" not in everything]
    missing_variants = {pk: n for pk, n in tally.variants.items() if variants[pk] < n}
    print(f"\n{kind}: {args.seconds:g} s, {args.clients} clients, {len(kills)} workers killed")
    for kind_ in tally.attempts:
        print(
            f"  {kind_:<16} {tally.attempts[kind_]:>6} sent, {tally.acknowledged[kind_]:>6} "
            f"acknowledged, {tally.unknown[kind_]:>4} cut off by a kill"
        )
    for problem, count in tally.problems.items():
        print(f"  other answers: {count} x {problem}")
    print(f"  integrity: {integrity}")
    print(
        f"  acknowledged but missing: {len(missing_declines)} declines, {len(missing_edits)} "
        f"edits, {sum(missing_variants.values())} other wordings"
    )
    passed = not (missing_declines or missing_edits or missing_variants) and integrity.startswith(
        "ok"
    )
    print(f"  {'PASS' if passed else 'FAIL'}", flush=True)
    return passed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--databases", default="sqlite,postgres", help="sqlite, postgres or both")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--kill-every", type=float, default=0.25, help="seconds between kills")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--app-dir", type=Path, default=bench_http.ROOT)
    args = parser.parse_args()
    print(f"{os.cpu_count()} CPUs, load average {bench_http.load_average()}")
    workdir = Path(tempfile.mkdtemp(prefix="politely-bench-fault-"))
    try:
        results = [run_database(kind.strip(), args, workdir) for kind in args.databases.split(",")]
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
