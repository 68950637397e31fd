"""Load Politely over HTTP, as production serves it: gunicorn, DEBUG off, SQLite or PostgreSQL.

    .venv/bin/python bench/bench_http.py                        # SQLite, then PostgreSQL
    .venv/bin/python bench/bench_http.py --databases sqlite --seconds 5
    .venv/bin/python bench/bench_http.py --databases postgres --servers 2   # two gunicorns, one DB

For each database: a fresh one (a temporary SQLite file, or the `politely_bench_http` PostgreSQL
database, dropped and made again), migrated; users with 5, 30 and 3,000 declines (bulk_create) and
one writer with a decline per client; a session per user made with Django's test client. Then
gunicorn (4 workers, DEBUG off, a generated secret key, ALLOWED_HOSTS=127.0.0.1, a free port) and
20 clients (threads with http.client, one connection per request as gunicorn's sync workers close
it) load each page in turn for a few seconds. Every page is printed as a ratio to /healthz measured
in the same run, because the machine is shared and absolute numbers drift with its load, and with
the CPU time gunicorn's workers spent per request (from /proc), which drifts far less.

Not part of the test suite; see bench/README.md and bench/RESULTS.md. `--app-dir` serves another
checkout of Politely (an older commit, say) with this same script; run the script with that
checkout's own .venv (this one's editable install would lend it modules it lacks).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import secrets
import shutil
import signal
import socket
import statistics
import string
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))
POSTGRES = "postgres://postgres@127.0.0.1:5432"
SIZES = (5, 30, 3000)
# CSRF: a secret of Django's length, sent as the cookie and as the form's token (Django accepts the
# unmasked secret), so that clients need not scrape a form before every POST.
CSRF_SECRET = "".join(random.choices(string.ascii_letters + string.digits, k=32))


# --- the server --------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_env(database_url: str) -> dict[str, str]:
    """Production settings, over plain HTTP on 127.0.0.1."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.update(
        DATABASE_URL=database_url,
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        DJANGO_SECURE_SSL_REDIRECT="0",  # no proxy terminating HTTPS here
        DJANGO_LOG_LEVEL="WARNING",
        PYTHONUNBUFFERED="1",
    )
    return env


def manage(app: Path, env: dict[str, str], *command: str) -> None:
    subprocess.run([PYTHON, "manage.py", *command], cwd=app, env=env, check=True)


def fresh_database(kind: str, workdir: Path, name: str) -> str:
    """A new, empty database; returns its DATABASE_URL."""
    if kind == "sqlite":
        return f"sqlite:///{workdir / f'{name}.sqlite3'}"
    import psycopg

    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    return f"{POSTGRES}/{name}"


def drop_database(kind: str, name: str) -> None:
    if kind == "postgres":
        import psycopg

        with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def prepare(app: Path, env: dict[str, str], *seed_args: str) -> dict:
    """Migrate, collect the static files and seed; returns what the seed made (JSON)."""
    manage(app, env, "migrate", "--noinput", "--verbosity", "0")
    manage(app, env, "collectstatic", "--noinput", "--verbosity", "0")
    seeded = subprocess.run(
        [PYTHON, str(Path(__file__).resolve()), "--seed", *seed_args],
        cwd=app,
        env={**env, "BENCH_APP_DIR": str(app)},
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(seeded.stdout.strip().splitlines()[-1])


@dataclass
class Server:
    process: subprocess.Popen
    port: int

    def worker_pids(self) -> list[int]:
        """gunicorn's workers: the master's children."""
        path = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        try:
            return [int(pid) for pid in path.read_text().split()]
        except OSError:
            return []

    def cpu_seconds(self) -> float:
        """The CPU time (user and system) its workers have used so far: unlike req/s, hardly moved
        by what else the machine is doing."""
        ticks = 0
        for pid in self.worker_pids():
            try:
                stat = Path(f"/proc/{pid}/stat").read_text()
            except OSError:
                continue
            fields = stat.rsplit(")", 1)[1].split()  # after "(name)": field 3 onwards
            ticks += int(fields[11]) + int(fields[12])  # utime and stime, fields 14 and 15
        return ticks / os.sysconf("SC_CLK_TCK")


@contextmanager
def gunicorn(
    app: Path, env: dict[str, str], *, workers: int, log: Path, preload: bool = False
) -> Iterator[Server]:
    port = free_port()
    with log.open("ab") as output:
        process = subprocess.Popen(
            [
                GUNICORN,
                "config.wsgi",
                "--chdir",
                str(app),
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                str(workers),
                "--timeout",
                "60",
                *(["--preload"] if preload else []),
            ],
            cwd=app,
            env=env,
            stdout=output,
            stderr=output,
        )
    server = Server(process, port)
    try:
        wait_until_up(server, log)
        yield server
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def wait_until_up(server: Server, log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise SystemExit(f"gunicorn exited; see {log}:\n{log.read_text()[-3000:]}")
        try:
            if request(server.port, "GET", "/healthz").status == 200:
                # Every worker answers once it has imported the app: ask a few times.
                for _ in range(20):
                    request(server.port, "GET", "/healthz")
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"gunicorn did not answer within 60 s; see {log}")


# --- the client --------------------------------------------------------------------------------------


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes


def request(
    port: int,
    method: str,
    path: str,
    *,
    session: str = "",
    form: dict | None = None,
    gzip_ok: bool = False,
    timeout: float = 30,
) -> Answer:
    """One request on its own connection (gunicorn's sync workers close it after answering)."""
    headers = {"Host": "127.0.0.1", "Connection": "close"}
    cookies = [f"csrftoken={CSRF_SECRET}"]
    if session:
        cookies.append(f"sessionid={session}")
    headers["Cookie"] = "; ".join(cookies)
    if gzip_ok:
        headers["Accept-Encoding"] = "gzip, deflate, br"
    body = None
    if form is not None:
        body = urlencode({"csrfmiddlewaretoken": CSRF_SECRET, **form}).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        return Answer(response.status, dict(response.getheaders()), response.read())
    finally:
        connection.close()


@dataclass
class Scenario:
    name: str
    method: str
    # (client number) -> (path, session, form)
    target: Callable[[int], tuple[str, str, dict | None]]
    ok: tuple[int, ...] = (200,)


@dataclass
class Measured:
    name: str
    seconds: float
    latencies: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)
    server_cpu: float = 0.0  # seconds, all workers together

    @property
    def cpu_per_request(self) -> float:
        """Milliseconds of server CPU a successful request cost."""
        return self.server_cpu / len(self.latencies) * 1000 if self.latencies else float("nan")

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    def quantile(self, q: int) -> float:
        if len(self.latencies) < 2:
            return self.latencies[0] * 1000 if self.latencies else float("nan")
        return statistics.quantiles(self.latencies, n=100)[q - 1] * 1000


def load(servers: list[Server], scenario: Scenario, *, clients: int, seconds: float) -> Measured:
    """`clients` threads send the scenario's request back to back for `seconds`; with several
    servers, each client sticks to one (round robin by client number)."""
    measured = Measured(scenario.name, seconds)
    ports = [server.port for server in servers]
    lock = threading.Lock()
    start = threading.Barrier(clients + 1)
    stop_at = [0.0]

    def client(number: int) -> None:
        port = ports[number % len(ports)]
        path, session, form = scenario.target(number)
        start.wait()
        while time.perf_counter() < stop_at[0]:
            began = time.perf_counter()
            try:
                answer = request(
                    port, scenario.method, path, session=session, form=form, gzip_ok=True
                )
                error = None if answer.status in scenario.ok else f"HTTP {answer.status}"
            except (OSError, http.client.HTTPException) as problem:
                error = type(problem).__name__
            took = time.perf_counter() - began
            with lock:
                if error:
                    measured.errors[error] = measured.errors.get(error, 0) + 1
                else:
                    measured.latencies.append(took)

    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(clients)]
    for thread in threads:
        thread.start()
    cpu_before = sum(server.cpu_seconds() for server in servers)
    began = time.perf_counter()
    stop_at[0] = began + seconds
    start.wait()
    for thread in threads:
        thread.join()
    measured.seconds = time.perf_counter() - began
    measured.server_cpu = sum(server.cpu_seconds() for server in servers) - cpu_before
    return measured


def scenarios(seeded: dict) -> list[Scenario]:
    sessions, declines = seeded["sessions"], seeded["declines"]
    letter = declines["letter"]
    writer = sessions["writer"]
    mine = declines["writer"]  # one decline per client: their writes never race each other

    def dashboard(size: int) -> Scenario:
        key = str(size)
        return Scenario(
            f"dashboard, {size:,} declines", "GET", lambda n: ("/", sessions[key], None)
        )

    return [
        Scenario("/healthz", "GET", lambda n: ("/healthz", "", None)),
        *(dashboard(size) for size in SIZES),
        Scenario("letter page", "GET", lambda n: (f"/declines/{letter}/", sessions["30"], None)),
        Scenario(
            "wizard step GET", "GET", lambda n: (f"/declines/{letter}/why/", sessions["30"], None)
        ),
        Scenario(
            "wizard step POST",
            "POST",
            lambda n: (
                f"/declines/{mine[n % len(mine)]}/why/",
                writer,
                {"reason": "timing", "reason_detail": f"Bench client {n}.", "action": "next"},
            ),
            ok=(302,),
        ),
        Scenario(
            "another wording POST",
            "POST",
            lambda n: (f"/declines/{mine[n % len(mine)]}/another-wording/", writer, {}),
            ok=(302,),
        ),
    ]


def page_sizes(port: int, seeded: dict) -> list[str]:
    """How much HTML crosses the wire, plain and compressed."""
    lines = []
    session = seeded["sessions"]["3000"]
    for name, path, who in (
        ("dashboard, 3,000 declines", "/", session),
        ("letter page", f"/declines/{seeded['declines']['letter']}/", seeded["sessions"]["30"]),
    ):
        plain = request(port, "GET", path, session=who)
        packed = request(port, "GET", path, session=who, gzip_ok=True)
        encoding = packed.headers.get("Content-Encoding", "none")
        lines.append(
            f"{name}: {len(plain.body) / 1024:.1f} KiB, {len(packed.body) / 1024:.1f} KiB "
            f"over the wire ({encoding})"
        )
    return lines


def load_average() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def report(title: str, results: list[Measured]) -> None:
    base = results[0]
    print(f"\n{title}")
    print("| page | req/s | of /healthz | p50 ms | p95 ms | p99 ms | server CPU ms/req | errors |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    for result in results:
        ratio = result.rate / base.rate * 100 if base.rate else float("nan")
        errors = ", ".join(f"{count} {kind}" for kind, count in result.errors.items()) or "0"
        print(
            f"| {result.name} | {result.rate:.1f} | {ratio:.1f}% | {result.quantile(50):.0f} "
            f"| {result.quantile(95):.0f} | {result.quantile(99):.0f} "
            f"| {result.cpu_per_request:.1f} | {errors} |"
        )
    sys.stdout.flush()


def run_database(kind: str, args: argparse.Namespace, workdir: Path) -> None:
    name = "politely_bench_http"
    url = fresh_database(kind, workdir, name)
    env = server_env(url)
    print(f"\n== {kind}: seeding users with {', '.join(map(str, SIZES))} declines ...", flush=True)
    seeded = prepare(args.app_dir, env, "--clients", str(args.clients))
    try:
        with servers_up(args, env, workdir, kind) as servers:
            before = load_average()
            results = [
                load(servers, scenario, clients=args.clients, seconds=args.seconds)
                for scenario in scenarios(seeded)
            ]
            after = load_average()
            title = (
                f"{kind}: {len(servers)} gunicorn server(s) x {args.workers} workers, "
                f"{args.clients} clients, {args.seconds:g} s a page; "
                f"load average {before} before, {after} after"
            )
            report(title, results)
            for line in page_sizes(servers[0].port, seeded):
                print(f"  {line}")
    finally:
        drop_database(kind, name)


@contextmanager
def servers_up(args, env, workdir: Path, kind: str) -> Iterator[list[Server]]:
    with ExitStack() as stack:
        yield [
            stack.enter_context(
                gunicorn(args.app_dir, env, workers=args.workers, log=workdir / f"{kind}-{n}.log")
            )
            for n in range(args.servers)
        ]


# --- the data (run in a subprocess, with the server's settings) ----------------------------------------


def seed(clients: int, sizes: tuple[int, ...] = SIZES) -> dict:
    """Users with 5, 30 and 3,000 declines, a writer with a decline per client, their sessions."""
    sys.path.insert(0, os.environ.get("BENCH_APP_DIR", str(ROOT)))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from datetime import timedelta

    from django.conf import settings
    from django.contrib.auth.hashers import make_password
    from django.test import Client
    from django.utils import timezone

    from declines import services
    from declines.core.letters import LetterFacts, compose_letter
    from declines.models import Decline, Profile, Status

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    make_password("warm the hasher")
    facts = LetterFacts(
        "Helen Park", "Northwind", "Product Analyst", sender_name="Ada", tone="warm"
    )
    letter = compose_letter(facts)
    now = timezone.now()
    sessions: dict[str, str] = {}
    declines: dict[str, object] = {}

    def user(name: str):
        made = services.user_create(
            username=name, email=f"{name}@example.com", password="bench-pass", display_name="Ada"
        )
        client = Client()
        client.force_login(made)
        sessions[name.removeprefix("bench")] = client.cookies[settings.SESSION_COOKIE_NAME].value
        return made

    def rows(owner, count: int, statuses: list[str]) -> list[int]:
        made = Decline.objects.bulk_create(
            Decline(
                owner=owner,
                recipient_name="Helen Park",
                recipient_email="helen@northwind.example",
                company=f"Company {n}",
                role="Product Analyst",
                reason="another_offer",
                tone="warm",
                sender_name="Ada",
                status=status,
                steps_done=2 if status == Status.DRAFT else 4,
                subject="" if status == Status.DRAFT else letter.subject,
                body="" if status == Status.DRAFT else letter.body,
                sent_at=now - timedelta(days=n % 20 + 1) if status != Status.DRAFT else None,
                acknowledged_at=now - timedelta(days=n % 20)
                if status == Status.ACKNOWLEDGED
                else None,
                closed_at=now - timedelta(days=n % 20) if status == Status.CLOSED else None,
            )
            for n, status in enumerate(statuses[:count])
        )
        ids = [row.pk for row in made]
        # Started over the last weeks: some drafts are due a reminder, as in real life.
        for n, pk in enumerate(ids[:60]):
            Decline.objects.filter(pk=pk).update(created_at=now - timedelta(hours=6 * n))
        return ids

    pending = [Status.DRAFT, Status.READY, Status.SENT]
    for size in sizes:
        owner = user(f"bench{size}")
        if size <= 30:
            mix = [[*pending, Status.ACKNOWLEDGED, Status.CLOSED][n % 5] for n in range(size)]
        else:  # a long history: 30 still pending, the rest finished
            mix = [pending[n % 3] for n in range(30)] + [
                [Status.ACKNOWLEDGED, Status.CLOSED][n % 2] for n in range(size - 30)
            ]
        ids = rows(owner, size, mix)
        if size == 30:
            declines["letter"] = next(
                pk for pk, status in zip(ids, mix, strict=True) if status == Status.READY
            )
    writer = user("benchwriter")
    declines["writer"] = rows(writer, clients, [Status.READY] * clients)
    Profile.objects.update(timezone="Europe/London")
    return {"sessions": sessions, "declines": declines}


# --- main ----------------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--databases", default="sqlite,postgres", help="sqlite, postgres or both")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=8.0, help="per page")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers per server")
    parser.add_argument("--servers", type=int, default=1, help="gunicorn servers on one database")
    parser.add_argument("--app-dir", type=Path, default=ROOT, help="the checkout to serve")
    parser.add_argument("--seed", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.seed:
        sizes = tuple(int(size) for size in args.sizes.split(",") if size)
        print(json.dumps(seed(args.clients, sizes)))
        return
    print(
        f"{os.cpu_count()} CPUs, load average {load_average()}; serving {args.app_dir} "
        f"({git_commit(args.app_dir)})"
    )
    workdir = Path(tempfile.mkdtemp(prefix="politely-bench-http-"))
    try:
        for kind in args.databases.split(","):
            run_database(kind.strip(), args, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def git_commit(app: Path) -> str:
    found = subprocess.run(
        ["git", "-C", str(app), "log", "-1", "--format=%h %s"], capture_output=True, text=True
    )
    return found.stdout.strip() or "not a git checkout"


if __name__ == "__main__":
    main()
