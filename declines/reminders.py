"""Emailing due nudges: find the declines with a reminder due, claim each reminder once, send it.

`manage.py send_nudges` calls `send_due_nudges`. What is due and how urgent is nudges.py's job; this
module is the delivery, and it must stay right when several copies run at once (cron on two
machines) and when one of them dies half way:

- Candidates are narrowed in SQL (`due_candidates`) to a superset of what the policy can find due,
  walked in batches of ids, so 100,000 declines are never loaded at once.
- Each batch is locked with SELECT ... FOR UPDATE SKIP LOCKED (PostgreSQL) while its NudgeLog claims
  are written, and committed before any email goes out, so no lock is held while talking to SMTP.
  A second runner skips the locked rows, or, arriving later, reads the claims and skips them.
  SQLite ignores the lock: there the command is correct for one runner at a time.
- The unique (decline, kind) constraint is the last guard: a claim that loses a race is skipped.
- A claim becomes "sent" only after the mailer accepted the message, and sent claims are marked
  MARK_GROUP (20) at a time, with one UPDATE. A runner that crashes in between leaves "claimed"
  rows; after CLAIM_TIMEOUT a later run retakes them with a compare-and-set update, so one runner
  wins. Delivery is therefore at least once: a crash after sending but before recording can repeat
  the emails of the group not marked yet, up to 20, which beats losing reminders for good. (An
  interrupted run, Ctrl-C or an error, still marks what it sent.)
- A send that fails releases its claim, so the next run tries again.

Two clocks: `now` (overridable) decides what is due; claim and sent times are the real time, because
other runners judge a claim's age by them.
"""

from __future__ import annotations

import logging
from array import array
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache, partial, reduce
from operator import or_
from typing import Any

from django.conf import settings
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.db import DatabaseError, IntegrityError, connection, transaction
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.template.loader import get_template
from django.urls import reverse
from django.utils import timezone

from .adapters import decline_state, letter_facts
from .core import letters
from .core.nudges import SEND_SOON_AFTER, Nudge, due_nudges, emailable, user_zone
from .core.text import one_line
from .mime import TextAndHtmlEmail
from .models import PENDING_STATUSES, UNSENT_STATUSES, Decline, NudgeLog, Status

logger = logging.getLogger(__name__)

CLAIM_TIMEOUT = timedelta(minutes=15)  # far longer than one batch takes to send
BATCH_SIZE = 500
# Sent claims are marked "sent" this many at a time: a crash in between repeats at most these.
MARK_GROUP = 20
# Interview dates are days in the user's zone, and "within 48 hours" is counted from a local start:
# three days past today in UTC covers every zone on Earth.
INTERVIEW_LOOKAHEAD = timedelta(days=3)
# A follow-up is at least one business day after sending at the same local clock time; across a DST
# change that can be 23 real hours.
FIRST_FOLLOW_UP_AFTER = timedelta(hours=23)

CLAIMED, SENT, COVERED = NudgeLog.State.CLAIMED, NudgeLog.State.SENT, NudgeLog.State.COVERED

Templates = tuple[Any, Any]  # the text and HTML template of a reminder, from get_template()

SUBJECTS = {
    "send_soon": "Reminder: send your letter to {company}",
    "send_urgent": "Reminder: send your letter to {company} today",
    "interview_passed": "Reminder: a short note to {company} is still kind",
    "follow_up": "Reminder: follow up with {company}",
}


@dataclass(frozen=True)
class Planned:
    """One email a run sends (or, in a dry run, would send)."""

    decline_id: int
    kind: str
    email: str
    company: str


@dataclass
class Summary:
    checked: int = 0  # candidate declines looked at
    sent: int = 0
    covered: int = 0  # lesser nudges recorded as covered by a more urgent one
    failed: int = 0  # claims released after the mailer refused; retried next run
    planned: list[Planned] = field(default_factory=list)  # dry run only

    @property
    def skipped(self) -> int:
        """Candidates that got no email: nothing due yet, already reminded, or another runner's."""
        return self.checked - self.sent - self.failed - len(self.planned)

    def line(self, *, dry_run: bool = False) -> str:
        if dry_run:
            return (
                f"dry run: checked {self.checked} declines: would send {len(self.planned)}, "
                f"would cover {self.covered}, skipped {self.skipped}"
            )
        return (
            f"checked {self.checked} declines: sent {self.sent}, covered {self.covered}, "
            f"skipped {self.skipped}, failed {self.failed}"
        )


@dataclass
class _Plan:
    """What one decline needs at `now`: the nudge to email, and the lesser ones it covers."""

    decline: Decline
    send: Nudge | None = None
    retake: NudgeLog | None = None  # a stale claim of `send`'s kind, to take over
    cover: list[Nudge] = field(default_factory=list)  # lesser kinds not logged yet
    cover_stale: list[NudgeLog] = field(default_factory=list)  # lesser kinds' stale claims


@dataclass
class _Claim:
    decline: Decline
    nudge: Nudge
    log: NudgeLog


# --- public ---------------------------------------------------------------------------------------


def send_due_nudges(
    *,
    now: datetime | None = None,
    dry_run: bool = False,
    using: str = "default",
    batch_size: int = BATCH_SIZE,
    claim_timeout: timedelta = CLAIM_TIMEOUT,
) -> Summary:
    """Email every due nudge once (the most urgent per decline), recording each in NudgeLog.

    With `dry_run`, nothing is written or sent; `Summary.planned` lists what would be sent.
    """
    now = now or timezone.now()
    summary = Summary()
    for ids in _candidate_batches(now, batch_size, claim_timeout):
        if dry_run:
            _plan_batch(ids, now, claim_timeout, summary)
        else:
            claims = _claim_batch(ids, now, claim_timeout, summary)
            _deliver(claims, using, summary)
    return summary


# Reminders go only to owners who want them, at a primary address they have verified: anyone can
# type someone else's address at sign-up, and nobody should get reminders they never asked for.
# (One filter() call, so both conditions hold for the same EmailAddress row.)
REMINDABLE_OWNER = Q(
    owner__profile__email_reminders=True,
    owner__emailaddress__primary=True,
    owner__emailaddress__verified=True,
)


def _account(decline: Decline):
    """The decline's account. Reminders are for accounts: REMINDABLE_OWNER leaves visitors out."""
    assert decline.owner is not None, "reminders are never planned for a visitor's decline"
    return decline.owner


def due_candidates(now: datetime, *, claim_timeout: timedelta = CLAIM_TIMEOUT) -> QuerySet[Decline]:
    """Declines that may have a nudge to email at `now`, by the reminders-on owner's address.

    A superset of what the policy finds due (zones and business days are Python's job), minus the
    declines whose possible nudges are all logged already, so old declines stop being scanned.
    """
    today = now.astimezone(UTC).date()  # the lookahead and look-back below are reckoned in UTC
    stale_before = timezone.now() - claim_timeout
    logged = partial(_logged, stale_before=stale_before)
    send_soon = Q(created_at__lte=now - SEND_SOON_AFTER) & ~logged("send_soon")
    interview = Q(interview_date__lte=today + INTERVIEW_LOOKAHEAD) & (
        ~logged("interview_passed")
        # A date moved later after the interview "passed" can make send_urgent due again.
        | (Q(interview_date__gte=today - timedelta(days=1)) & ~logged("send_urgent"))
    )
    unsent = Q(status__in=UNSENT_STATUSES, sent_at__isnull=True) & (send_soon | interview)
    follow_up = Q(
        status=Status.SENT,
        sent_at__lte=now - FIRST_FOLLOW_UP_AFTER,
        acknowledged_at__isnull=True,
        followed_up_at__isnull=True,
    ) & ~logged("follow_up")
    return (
        Decline.objects.filter(status__in=PENDING_STATUSES)
        .filter(REMINDABLE_OWNER)
        .exclude(owner__email="")
        .filter(unsent | follow_up)
    )


def nudge_email(
    decline: Decline, nudge: Nudge, templates: Templates | None = None
) -> EmailMultiAlternatives:
    """The reminder email for `nudge` to the decline's owner: plain text with an HTML alternative.

    `templates` are the text and HTML templates (`email_templates()`), when the caller has them.
    """
    text, html = templates or email_templates()
    context = _email_context(decline, nudge)
    message = TextAndHtmlEmail(
        subject=SUBJECTS[nudge.kind].format(company=context["company"]),
        body=text.render(context),
        to=[_account(decline).email],
        headers={
            # Tells auto-responders not to answer, and mail apps where to turn reminders off.
            "Auto-Submitted": "auto-generated",
            "List-Unsubscribe": f"<{context['settings_url']}>",
        },
    )
    message.attach_alternative(html.render(context), "text/html")
    return message


def email_templates() -> Templates:
    """The reminder's text and HTML templates. A batch looks them up once, not for every email:
    even from the loaders' cache a lookup took a tenth of the time of rendering one."""
    return get_template("declines/email/nudge.txt"), get_template("declines/email/nudge.html")


# --- finding and claiming ---------------------------------------------------------------------------


def _logged(kind: str, stale_before: datetime) -> Exists:
    """A NudgeLog of `kind` that still counts: sent, covered, or a claim that is not stale."""
    live = NudgeLog.objects.filter(decline=OuterRef("pk"), kind=kind).exclude(
        state=CLAIMED, claimed_at__lt=stale_before
    )
    return Exists(live)


def _candidate_batches(now: datetime, size: int, claim_timeout: timedelta) -> Iterator[list[int]]:
    # The candidates' ids in one query, then walked in batches: 8 bytes a candidate in memory,
    # never their rows. (Asking again for each batch made a run quadratic: the database works
    # out the whole filter, and sorts it, before it can skip to the next batch.) A candidate
    # that another runner claims meanwhile is skipped when its batch is claimed.
    candidates = due_candidates(now, claim_timeout=claim_timeout).order_by("pk")
    ids = array("q", _ids(candidates.values_list("pk", flat=True)))
    for start in range(0, len(ids), size):
        yield ids[start : start + size].tolist()


def _ids(query: QuerySet) -> Iterator[int]:
    """The query's ids, read through a plain cursor. QuerySet.iterator() declares a server-side
    cursor on PostgreSQL, for which the planner picks the plan that finds the first rows fastest:
    for this query that took 2 s instead of 0.15 s (10,000 candidates of 100,000 declines)."""
    sql, params = query.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        while rows := cursor.fetchmany(5000):
            yield from (pk for (pk,) in rows)


def _load(ids: list[int], *, lock: bool) -> list[Decline]:
    declines = (
        Decline.objects.filter(pk__in=ids, status__in=PENDING_STATUSES)
        .filter(REMINDABLE_OWNER)
        .select_related("owner__profile")
        .defer("body")
        .order_by("pk")
    )
    if lock:
        # Skip rows another runner holds: they are that runner's to send.
        declines = declines.select_for_update(skip_locked=True, of=("self",))
    return list(declines)


def _logs_by_decline(ids: list[int]) -> dict[int, dict[str, NudgeLog]]:
    logs: dict[int, dict[str, NudgeLog]] = defaultdict(dict)
    for log in NudgeLog.objects.filter(decline_id__in=ids):
        logs[log.decline_id][log.kind] = log
    return logs


def _plans(declines: list[Decline], now: datetime, claim_timeout: timedelta) -> list[_Plan]:
    logs = _logs_by_decline([decline.pk for decline in declines])
    stale_before = timezone.now() - claim_timeout
    plans = (_plan(decline, logs[decline.pk], now, stale_before) for decline in declines)
    return [plan for plan in plans if plan is not None]


def _plan(decline: Decline, logged: dict[str, NudgeLog], now, stale_before) -> _Plan | None:
    try:
        state = decline_state(decline, _account(decline).profile)
    except (ValueError, KeyError):  # a bad zone name or follow-up delay in one profile
        logger.warning("decline %s skipped: its owner's profile is invalid", decline.pk)
        return None
    top, lesser = emailable(due_nudges(state, now))
    if top is None:
        return None
    plan = _Plan(decline)
    if top.kind not in logged:
        plan.send = top
    elif _is_stale(logged[top.kind], stale_before):
        plan.send, plan.retake = top, logged[top.kind]
    # Lesser nudges are covered even when the top one went out earlier: it said more.
    plan.cover = [nudge for nudge in lesser if nudge.kind not in logged]
    plan.cover_stale = [
        logged[n.kind] for n in lesser if _is_stale(logged.get(n.kind), stale_before)
    ]
    return plan


def _is_stale(log: NudgeLog | None, stale_before: datetime) -> bool:
    """A claim whose runner has presumably died before sending."""
    return log is not None and log.state == CLAIMED and log.claimed_at < stale_before


def _plan_batch(ids: list[int], now, claim_timeout, summary: Summary) -> None:
    """Dry run: read only, and note what a real run would do."""
    declines = _load(ids, lock=False)
    summary.checked += len(declines)
    for plan in _plans(declines, now, claim_timeout):
        summary.covered += len(plan.cover) + len(plan.cover_stale)
        if plan.send:
            summary.planned.append(_planned(plan.decline, plan.send))


def _claim_batch(ids: list[int], now, claim_timeout, summary: Summary) -> list[_Claim]:
    with transaction.atomic():
        declines = _load(ids, lock=True)
        summary.checked += len(declines)
        plans = _plans(declines, now, claim_timeout)
        claims = _insert_new(plans, summary)
        claims += _retake_stale(plans, summary)
    return claims


def _insert_new(plans: list[_Plan], summary: Summary) -> list[_Claim]:
    """Insert the batch's new claims and covers; returns our claims."""
    claimed_at = timezone.now()
    rows = [
        (
            plan,
            nudge,
            NudgeLog(decline=plan.decline, kind=nudge.kind, state=state, claimed_at=claimed_at),
        )
        for plan in plans
        for nudge, state in _new_logs(plan)
    ]
    claims = []
    for plan, nudge, log in _inserted(rows):
        if log.state == COVERED:
            summary.covered += 1
        else:
            claims.append(_Claim(plan.decline, nudge, log))
    return claims


def _new_logs(plan: _Plan) -> Iterator[tuple[Nudge, str]]:
    if plan.send is not None and plan.retake is None:
        yield plan.send, CLAIMED
    for nudge in plan.cover:
        yield nudge, COVERED


def _inserted(rows: list[tuple]) -> list[tuple]:
    """The rows that made it in: all of them in one statement, or, when another runner logged one
    of them meanwhile (the unique constraint says so), each of the others one by one."""
    if not rows:
        return []
    if connection.features.can_return_rows_from_bulk_insert:
        try:
            with transaction.atomic():  # a savepoint: a lost race must not spoil the batch
                NudgeLog.objects.bulk_create([log for *_, log in rows])
            return rows
        except IntegrityError:
            pass
    return [row for row in rows if _insert_one(row[-1])]


def _insert_one(log: NudgeLog) -> bool:
    log.pk = None  # a rolled-back bulk insert may have set it
    try:
        with transaction.atomic():
            log.save(force_insert=True)
    except IntegrityError:
        return False
    return True


def _retake_stale(plans: list[_Plan], summary: Summary) -> list[_Claim]:
    """Take over the stale claims of crashed runners: ours to send, or covered now."""
    claims = []
    for plan in plans:
        if plan.send is not None and plan.retake is not None:  # a retake always has its send
            claimed_at = timezone.now()
            if _compare_and_set(plan.retake, claimed_at=claimed_at):
                plan.retake.claimed_at = claimed_at
                claims.append(_Claim(plan.decline, plan.send, plan.retake))
        summary.covered += sum(_compare_and_set(log, state=COVERED) for log in plan.cover_stale)
    return claims


def _compare_and_set(log: NudgeLog, **changes) -> int:
    """Update a claim only if it is still the one we read, so exactly one runner acts on it."""
    return NudgeLog.objects.filter(pk=log.pk, state=CLAIMED, claimed_at=log.claimed_at).update(
        **changes
    )


# --- sending ----------------------------------------------------------------------------------------


def _deliver(claims: list[_Claim], using: str, summary: Summary) -> None:
    if not claims:
        return
    mailer = mail.mailers[using]
    try:
        mailer.open()  # one connection for the batch
    except Exception:
        # The mail server is unreachable: give the claims back and stop this run loudly.
        for claim in claims:
            _release(claim)
        raise
    try:
        with _marks_not_waiting_for_the_disk():
            _send_all(mailer, claims, email_templates(), summary)
    finally:
        mailer.close()


def _send_all(mailer, claims: list[_Claim], templates: Templates, summary: Summary) -> None:
    """Send each claim's email, marking the sent claims MARK_GROUP at a time (see _mark_sent)."""
    sent: list[_Claim] = []
    try:
        for claim in claims:
            if _deliver_one(mailer, claim, templates, summary):
                sent.append(claim)
            if len(sent) == MARK_GROUP:
                _mark_sent(sent)
                sent = []
    finally:
        _mark_sent(sent)  # also when the run is interrupted: these emails did go out


@contextmanager
def _marks_not_waiting_for_the_disk() -> Iterator[None]:
    """While a batch is delivered, PostgreSQL commits the "sent" marks without waiting for the
    disk (synchronous_commit off, for this connection, for the batch): waiting took longer than
    building and sending the email. Should the database server crash, its last marks can be lost,
    and those reminders are sent again after CLAIM_TIMEOUT: the at-least-once delivery promised
    above. A crash of this process loses nothing. (SQLite in WAL mode does not wait anyway.)"""
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SET synchronous_commit TO OFF")
    try:
        yield
    finally:
        with suppress(DatabaseError), connection.cursor() as cursor:
            cursor.execute("SET synchronous_commit TO DEFAULT")


def _deliver_one(mailer, claim: _Claim, templates: Templates, summary: Summary) -> bool:
    """Send one claim's email; True if the mailer accepted it."""
    try:
        mailer.send_messages([nudge_email(claim.decline, claim.nudge, templates)])
    except Exception:
        # One bad message or a dropped connection must not stop the rest; it is retried next run.
        logger.exception("%s for decline %s not sent", claim.nudge.kind, claim.decline.pk)
        _release(claim)
        summary.failed += 1
        return False
    summary.sent += 1
    return True


def _mark_sent(claims: list[_Claim]) -> None:
    """Mark sent claims "sent" with one UPDATE, each only while it is still the claim we made.

    One UPDATE per email was a third of the time of a run; one per group of MARK_GROUP is the
    price of a wider crash window: a runner that dies after sending can repeat that many emails.
    """
    if not claims:
        return
    # The claims of one batch share their claim time; only retaken claims have their own.
    pks_by_time: dict[datetime, list[int]] = defaultdict(list)
    for claim in claims:
        pks_by_time[claim.log.claimed_at].append(claim.log.pk)
    ours = reduce(or_, (Q(claimed_at=at, pk__in=pks) for at, pks in pks_by_time.items()))
    marked = NudgeLog.objects.filter(ours, state=CLAIMED).update(state=SENT, sent_at=timezone.now())
    if marked < len(claims):
        logger.warning(
            "%d of the reminders for declines %s were sent after their claims went stale; "
            "they may repeat",
            len(claims) - marked,
            [claim.decline.pk for claim in claims],
        )


def _release(claim: _Claim) -> None:
    NudgeLog.objects.filter(
        pk=claim.log.pk, state=CLAIMED, claimed_at=claim.log.claimed_at
    ).delete()


def _planned(decline: Decline, nudge: Nudge) -> Planned:
    return Planned(decline.pk, nudge.kind, _account(decline).email, decline.company)


# --- the email --------------------------------------------------------------------------------------


@lru_cache(maxsize=8)
def _links(site: str) -> tuple[str, str]:
    """Where the declines' URLs begin ("…/declines/" of "…/declines/<pk>/") and the settings
    page, reversed once and not for every email."""
    declines_url = reverse("declines:decline_detail", args=[0]).removesuffix("0/")
    return site + declines_url, site + reverse("settings")


def _email_context(decline: Decline, nudge: Nudge) -> dict:
    profile = _account(decline).profile
    declines_url, settings_url = _links(settings.SITE_URL.rstrip("/"))
    context = {
        "name": profile.display_name or _account(decline).get_username(),
        "company": one_line(decline.company) or "the company",
        "role": one_line(decline.role),
        "nudge": nudge,
        "decline_url": f"{declines_url}{decline.pk}/",
        "settings_url": settings_url,
        "follow_up": None,
        "phone_script": None,
    }
    if nudge.kind == "follow_up" and decline.sent_at:
        facts = letter_facts(decline, profile)
        sent_on = decline.sent_at.astimezone(user_zone(decline_state(decline, profile))).date()
        context["follow_up"] = letters.compose_follow_up(facts, sent_on=sent_on)
        context["phone_script"] = letters.phone_script(facts)
    return context
