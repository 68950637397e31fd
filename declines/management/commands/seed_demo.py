"""`manage.py seed_demo`: a demo account with declines in every state, for trying the app and for
benchmarks.

The showcase declines go through the services, like a person clicking through the wizard, so they
look exactly like real ones (revisions included). `--declines N` and `--users U` add generated rows
with bulk_create, because 100,000 rows one service call at a time would take minutes.

Idempotent: the demo user and each showcase decline (keyed by company) are created once; the
generated declines are topped up to N, spread over the demo user and U extra users.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand, CommandError
from django.db import reset_queries, transaction
from django.utils import timezone

from declines import services
from declines.core import letters
from declines.models import Decline, LetterRevision, Profile, Status
from declines.owners import Owner

DEMO_USERNAME = "demo"
DEMO_PASSWORD = "demo-politely-2026"
DEMO_ZONE = "Europe/London"
BENCH_USER_PREFIX = "demo-user-"
CHUNK = 5000


@dataclass(frozen=True)
class Showcase:
    """One hand-made decline: who, why, tone, and where in its life it is."""

    company: str
    recipient_name: str
    role: str
    reason: str
    tone: str = "warm"
    reason_detail: str = ""
    referral_name: str = ""
    steps: int = 4  # wizard steps finished; 4 composes the letter
    started_ago: timedelta = timedelta(hours=3)
    interview_in_days: int | None = None  # days from today, negative for a passed interview
    interview_time: time | None = None
    stamps: dict[str, int] = field(default_factory=dict)  # action -> business days ago


SHOWCASE = (
    Showcase("Harbor & Finch", "Olivia Grant", "Junior Copywriter", "", steps=1),
    Showcase(
        "Brightline Health",
        "Marcus Bell",
        "Data Analyst",
        "career_change",
        reason_detail="I'm moving into climate research",
        steps=2,
        started_ago=timedelta(days=3),
    ),
    Showcase("Cobalt Robotics", "Priya Nair", "QA Engineer", "location", "brief", steps=3),
    Showcase(
        "Juniper Analytics",
        "Sofia Romero",
        "Business Intelligence Lead",
        "compensation",
        "formal",
        started_ago=timedelta(hours=30),
        interview_in_days=9,
    ),
    Showcase(
        "Meridian Bank",
        "James Okafor",
        "Risk Analyst",
        "another_offer",
        referral_name="Dana Whitfield",
        interview_in_days=1,
        interview_time=time(10, 30),
    ),
    Showcase(
        "Oakridge Schools",
        "Emma Lindqvist",
        "Learning Designer",
        "timing",
        started_ago=timedelta(days=4),
        interview_in_days=-2,
    ),
    Showcase(
        "Pinecrest Software",
        "Liam Chen",
        "Backend Developer",
        "role_mismatch",
        stamps={"sent": 0},
    ),
    Showcase(
        "Riverstone Logistics",
        "Aisha Rahman",
        "Operations Planner",
        "personal",
        "formal",
        started_ago=timedelta(days=8),
        stamps={"sent": 5},
    ),
    Showcase(
        "Summit Design Studio",
        "Noah Fischer",
        "UX Researcher",
        "another_offer",
        "brief",
        started_ago=timedelta(days=14),
        stamps={"sent": 8, "followed-up": 3},
    ),
    Showcase(
        "Tidewater Media",
        "Chloe Dubois",
        "Content Strategist",
        "prefer_not_to_say",
        started_ago=timedelta(days=10),
        stamps={"acknowledged": 6},
    ),
    Showcase(
        "Vantage Consulting",
        "Ethan Morales",
        "Associate Consultant",
        "other",
        reason_detail="the travel would be too much for my family",
        started_ago=timedelta(days=20),
        stamps={"close": 12},
    ),
)
SHOWCASE_COMPANIES = {showcase.company for showcase in SHOWCASE}


class Command(BaseCommand):
    help = "Create the demo user (demo / demo-politely-2026) with declines in every state."

    def add_arguments(self, parser):
        parser.add_argument(
            "--declines",
            type=int,
            default=0,
            help="Generated declines to have, besides the demo's.",
        )
        parser.add_argument(
            "--users", type=int, default=0, help="Extra users to spread generated declines over."
        )
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Seed even with DEBUG off (the demo password is public).",
        )

    def handle(self, *args, declines=0, users=0, allow_production=False, **options):
        # The demo account's password is in the README: never create it on a live site by accident.
        if not settings.DEBUG and not allow_production:
            raise CommandError(
                "seed_demo makes an account with a public password; run it with DJANGO_DEBUG=1, "
                "or pass --allow-production if you really mean to."
            )
        now = timezone.now()
        demo = _demo_user()
        made = sum(_showcase(demo, showcase, now) for showcase in SHOWCASE)
        owners = [demo, *_bench_users(users)]
        generated = _top_up(owners, declines, now)
        self.stdout.write(
            f"demo user: {DEMO_USERNAME} / password: {DEMO_PASSWORD}\n"
            f"showcase declines created: {made}; generated declines created: {generated}; "
            f"users: {len(owners)}"
        )


# --- the demo user and its showcase -----------------------------------------------------------------


def _demo_user():
    user = get_user_model().objects.filter(username=DEMO_USERNAME).first()
    if user is None:
        user = services.user_create(
            username=DEMO_USERNAME,
            email="demo@example.com",
            password=DEMO_PASSWORD,
            display_name="Alex Morgan",
            tz=DEMO_ZONE,
            verified=True,
        )
    else:  # the printed password must work, whatever it was changed to since
        user.set_password(DEMO_PASSWORD)
        user.save(update_fields=["password"])
    services.profile_for(user)
    return user


@transaction.atomic
def _showcase(owner, showcase: Showcase, now: datetime) -> int:
    """Make one showcase decline through the services, unless it exists. Returns 1 if made."""
    if Decline.objects.filter(owner=owner, company=showcase.company).exists():
        return 0
    profile = services.profile_for(owner)
    decline, _ = services.decline_create(
        owner=Owner(user=owner), profile=profile, values=_who(showcase, profile, now), finished=True
    )
    for step, values in _steps(showcase)[1 : showcase.steps]:
        services.decline_save_step(decline=decline, step=step, values=values, finished=True)
    Decline.objects.filter(pk=decline.pk).update(created_at=now - showcase.started_ago)
    for action, days_ago in showcase.stamps.items():
        _act(decline, action, _business_days_ago(now, days_ago))
    return 1


def _who(showcase: Showcase, profile: Profile, now: datetime) -> dict:
    first, last = showcase.recipient_name.lower().split(" ", 1)
    domain = showcase.company.lower().split(" ")[0].replace("&", "and")
    interview = None
    if showcase.interview_in_days is not None:
        interview = now.astimezone(profile.zone).date() + timedelta(days=showcase.interview_in_days)
    return {
        "recipient_name": showcase.recipient_name,
        "recipient_email": f"{first}.{last}@{domain}.example",
        "company": showcase.company,
        "role": showcase.role,
        "interview_date": interview,
        "interview_time": showcase.interview_time,
    }


def _steps(showcase: Showcase) -> list[tuple[str, dict]]:
    return [
        ("who", {}),
        ("why", {"reason": showcase.reason, "reason_detail": showcase.reason_detail}),
        ("tone", {"tone": showcase.tone}),
        ("help", {"referral_name": showcase.referral_name, "keep_in_touch": True}),
    ]


def _act(decline: Decline, action: str, when: datetime) -> None:
    decline.refresh_from_db()
    if action == "sent":
        services.decline_mark_sent(decline=decline, now=when)
    elif action == "followed-up":
        services.decline_mark_followed_up(decline=decline, now=when)
    elif action == "acknowledged":
        services.decline_mark_sent(decline=decline, now=when - timedelta(days=2))
        services.decline_mark_acknowledged(decline=decline, now=when)
    elif action == "close":
        services.decline_close(decline=decline, now=when)


def _business_days_ago(now: datetime, days: int) -> datetime:
    moment = now
    while days:
        moment -= timedelta(days=1)
        if moment.weekday() < 5:
            days -= 1
    return moment


# --- generated declines, for benchmarks ---------------------------------------------------------------

FIRST_NAMES = (
    "Maya",
    "Daniel",
    "Grace",
    "Tomás",
    "Yuki",
    "Omar",
    "Hannah",
    "Ravi",
    "Ingrid",
    "Kofi",
)
LAST_NAMES = ("Hughes", "Silva", "Kowalski", "Tanaka", "Haddad", "Novak", "Mensah", "Larsen")
COMPANY_WORDS = (
    ("Blue", "Granite", "Lumen", "Maple", "North", "Quartz"),
    ("Labs", "Works", "Group"),
)
ROLES = ("Software Engineer", "Account Manager", "Data Scientist", "Designer", "Nurse", "Teacher")
REASONS = ("another_offer", "career_change", "compensation", "location", "timing", "personal")
TONES = ("warm", "formal", "brief")
# Most declines in a long-lived account are finished; a few are still open.
STATUS_CYCLE = (
    *[Status.ACKNOWLEDGED] * 4,
    *[Status.CLOSED] * 2,
    *[Status.SENT] * 2,
    Status.READY,
    Status.DRAFT,
)
AGES = (timedelta(hours=2), timedelta(days=2), timedelta(days=6), timedelta(days=15))


def _bench_users(count: int) -> list:
    """The extra users, created in bulk with one password hash (hashing is slow by design)."""
    if count <= 0:
        return []
    User = get_user_model()
    names = [f"{BENCH_USER_PREFIX}{n:05d}" for n in range(1, count + 1)]
    existing = set(User.objects.filter(username__in=names).values_list("username", flat=True))
    password = make_password(DEMO_PASSWORD)
    missing = [
        User(username=name, email=f"{name}@example.com", password=password)
        for name in names
        if name not in existing
    ]
    User.objects.bulk_create(missing, batch_size=CHUNK)
    users = list(User.objects.filter(username__in=names).order_by("username"))
    Profile.objects.bulk_create(
        [Profile(user=user, display_name=user.username, timezone="UTC") for user in users],
        ignore_conflicts=True,  # the profiles made on an earlier run stay as they are
        batch_size=CHUNK,
    )
    return users


def _top_up(owners: list, target: int, now: datetime) -> int:
    """Create generated declines until the owners have `target` of them; returns how many."""
    existing = (
        Decline.objects.filter(owner__in=owners).exclude(company__in=SHOWCASE_COMPANIES).count()
    )
    missing = max(0, target - existing)
    numbers = iter(range(existing, existing + missing))
    while chunk := list(itertools.islice(numbers, CHUNK)):
        _create_chunk(owners, chunk, now)
        reset_queries()  # with DEBUG on, the log would keep every multi-megabyte INSERT
    return missing


@transaction.atomic
def _create_chunk(owners: list, numbers: list[int], now: datetime) -> None:
    rows = [_generated(owners[n % len(owners)], n, now) for n in numbers]
    Decline.objects.bulk_create(rows, batch_size=CHUNK)
    LetterRevision.objects.bulk_create(
        [
            LetterRevision(decline=row, subject=row.subject, body=row.body, source="composed")
            for row in rows
            if row.body
        ],
        batch_size=CHUNK,
    )
    # created_at is auto_now_add, which bulk_create fills with now: age the rows afterwards.
    for age in AGES:
        ids = [row.pk for row, n in zip(rows, numbers, strict=True) if _age(n) == age]
        Decline.objects.filter(pk__in=ids).update(created_at=now - age)


def _age(n: int) -> timedelta:
    return AGES[(n // len(STATUS_CYCLE)) % len(AGES)]


def _generated(owner, n: int, now: datetime) -> Decline:
    facts = _facts(n % 240)
    status = STATUS_CYCLE[n % len(STATUS_CYCLE)]
    started = now - _age(n)
    decline = Decline(
        owner=owner,
        **{name: getattr(facts, name) for name in ("recipient_name", "company", "role")},
        reason=facts.reason,
        tone=facts.tone,
        keep_in_touch=True,
        sender_name=owner.username,
        status=status,
        steps_done=1 + n % 3 if status == Status.DRAFT else 4,
    )
    if status != Status.DRAFT:
        decline.subject, decline.body = _letter(n % 240)
    if status in (Status.SENT, Status.ACKNOWLEDGED):
        decline.sent_at = started + timedelta(hours=1)
    if status == Status.ACKNOWLEDGED:
        decline.acknowledged_at = started + timedelta(hours=5)
    if status == Status.CLOSED:
        decline.closed_at = started + timedelta(hours=2)
    return decline


_LETTERS: dict[int, tuple[str, str]] = {}


def _facts(k: int) -> letters.LetterFacts:
    first, last = FIRST_NAMES[k % len(FIRST_NAMES)], LAST_NAMES[k % len(LAST_NAMES)]
    adjectives, nouns = COMPANY_WORDS
    return letters.LetterFacts(
        recipient_name=f"{first} {last}",
        company=f"{adjectives[k % len(adjectives)]} {nouns[k % len(nouns)]}",
        role=ROLES[k % len(ROLES)],
        reason=REASONS[k % len(REASONS)],
        tone=TONES[k % len(TONES)],
        keep_in_touch=True,
    )


def _letter(k: int) -> tuple[str, str]:
    # 240 distinct letters are plenty of variety; composing 100,000 would dominate the run time.
    if k not in _LETTERS:
        letter = letters.compose_letter(_facts(k), variant=k)
        _LETTERS[k] = (letter.subject, letter.body)
    return _LETTERS[k]
