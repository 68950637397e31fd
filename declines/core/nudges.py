"""The nudge policy: which reminders are due for a decline at a given moment, and how urgent.

Pure Python: no Django import, no clock read (pass `now`). Every datetime must be aware; naive
ones raise ValueError, because a reminder an hour off in someone's zone is a wrong reminder.
Calendar questions ("tomorrow", business days, a date-only interview's start) are answered in
the user's zone, never in UTC or the server's zone.

Choices this module makes (docs/architecture.md, "The nudge policy", sums them up):

- A date-only interview starts at DATE_ONLY_INTERVIEW_TIME (09:00) in the user's zone: a usual
  first slot, so "within 48 hours" and "passed" err on the early side.
- Business days skip Saturday and Sunday (no public holidays). A send on a weekend counts from
  Monday at the same clock time, so Saturday 10:00 + 1 business day is Tuesday 10:00.
- Business-day addition keeps the local clock time across DST changes; a clock time that does not
  exist that day (a DST gap) moves forward by the gap.
- Inconsistent states (status "sent" without `sent_at`, a draft with `sent_at`) give no nudge
  rather than a wrong one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from declines.core import workdays
from declines.core.workdays import DATE_ONLY_INTERVIEW_TIME, day_name

KINDS = ("send_soon", "send_urgent", "interview_passed", "follow_up")
STATUSES = ("draft", "ready", "sent", "acknowledged", "closed")
UNSENT_STATUSES = ("draft", "ready")
PENDING_STATUSES = (*UNSENT_STATUSES, "sent")  # not yet done: nudges apply
FINISHED_STATUSES = ("acknowledged", "closed")

# Higher is more urgent; the dashboard sorts by the highest of a decline's nudges.
URGENCY_INTERVIEW_PASSED = 40
URGENCY_SEND_URGENT = 30
URGENCY_FOLLOW_UP = 20
URGENCY_SEND_SOON = 10
URGENCY = {
    "interview_passed": URGENCY_INTERVIEW_PASSED,
    "send_urgent": URGENCY_SEND_URGENT,
    "follow_up": URGENCY_FOLLOW_UP,
    "send_soon": URGENCY_SEND_SOON,
}

SEND_SOON_AFTER = timedelta(hours=24)
SEND_URGENT_WITHIN = timedelta(hours=48)
FOLLOW_UP_DAYS_RANGE = range(1, 11)  # the Profile setting, 1 to 10 business days


@dataclass(frozen=True)
class DeclineState:
    """A decline's lifecycle as the policy sees it. All datetimes are aware."""

    status: str  # draft, ready, sent, acknowledged, closed
    created_at: datetime
    # A date when only the day is known, an aware datetime when the time is known too.
    interview_at: date | datetime | None = None
    sent_at: datetime | None = None
    acknowledged_at: datetime | None = None
    followed_up_at: datetime | None = None
    follow_up_days: int = 3  # business days, 1 to 10
    timezone: str = "UTC"  # IANA name of the user's zone
    company: str = ""  # for the plain-words message

    def __post_init__(self) -> None:
        # Fail where the state is built, not later on a dashboard, when a caller breaks contract.
        if self.status not in STATUSES:
            raise ValueError(f"unknown status {self.status!r}; expected one of {STATUSES}")
        for name in ("created_at", "sent_at", "acknowledged_at", "followed_up_at"):
            value = getattr(self, name)
            if value is not None:
                _require_aware(value, name)
        if isinstance(self.interview_at, datetime):
            _require_aware(self.interview_at, "interview_at")
        if self.follow_up_days not in FOLLOW_UP_DAYS_RANGE:
            raise ValueError(f"follow_up_days must be 1 to 10, not {self.follow_up_days!r}")


@dataclass(frozen=True)
class Nudge:
    kind: str
    urgency: int  # higher is more urgent; the dashboard sorts by it
    due_at: datetime  # when this nudge became (or becomes) due
    message: str  # plain words for the dashboard and the email


# --- Public helpers ---------------------------------------------------------------------------


def due_nudges(state: DeclineState, now: datetime) -> list[Nudge]:
    """The nudges due for `state` at `now`, most urgent first."""
    _require_aware(now, "now")
    if _is_finished(state):
        return []
    nudges = _send_nudges(state, now) if _is_unsent(state) else _follow_up_nudges(state, now)
    return sorted(nudges, key=sort_key)


def sort_key(nudge: Nudge) -> tuple[int, datetime, str]:
    """Most urgent first; among equals, the one due longest ago first."""
    return (-nudge.urgency, nudge.due_at, nudge.kind)


MOST_URGENT_FIRST = sort_key  # `sorted(nudges, key=MOST_URGENT_FIRST)`


def emailable(nudges: list[Nudge]) -> tuple[Nudge | None, list[Nudge]]:
    """Split one decline's due nudges into the one to email and the lesser ones it covers."""
    ordered = sorted(nudges, key=sort_key)
    if not ordered:
        return None, []
    return ordered[0], ordered[1:]


def user_zone(state: DeclineState) -> tzinfo:
    """The user's zone; UTC when the stored name is unknown, so one bad profile breaks nothing."""
    try:
        return ZoneInfo(state.timezone)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        return UTC


def interview_start(state: DeclineState) -> datetime | None:
    """When the interview starts, in the user's zone; a date-only interview starts at 09:00."""
    interview = state.interview_at
    zone = user_zone(state)
    if interview is None:
        return None
    # datetime is a subclass of date, so it must be checked first.
    if isinstance(interview, datetime):
        return interview.astimezone(zone)
    return _local(interview, DATE_ONLY_INTERVIEW_TIME, zone)


def send_by(state: DeclineState) -> datetime | None:
    """The moment the letter should be sent by, in the user's zone; None once it needs no sending.

    The earlier of 24 hours after the decline was started and 48 hours before the interview, but
    never before it was started: a decline begun late is due at once, not in the past.
    """
    if _is_finished(state) or not _is_unsent(state):
        return None
    deadline = state.created_at + SEND_SOON_AFTER
    start = interview_start(state)
    if start is not None:
        deadline = max(min(deadline, start - SEND_URGENT_WITHIN), state.created_at)
    return deadline.astimezone(user_zone(state))


def follow_up_due_at(state: DeclineState) -> datetime | None:
    """When a follow-up becomes due, in the user's zone; None when none will be."""
    if _is_finished(state) or state.status != "sent" or state.sent_at is None:
        return None
    if state.followed_up_at is not None:
        return None
    sent_locally = state.sent_at.astimezone(user_zone(state))
    return add_business_days(sent_locally, state.follow_up_days)


def add_business_days(start: datetime, days: int) -> datetime:
    """`start` plus `days` business days (Monday to Friday), at the same clock time in its zone.

    A weekend start first moves to the following Monday at the same clock time, so a send on
    Saturday with 1 business day is due on Tuesday, and with 0 days on Monday.
    """
    _require_aware(start, "start")
    if days < 0:
        raise ValueError(f"days must not be negative, not {days}")
    day = workdays.add_business_days(start.date(), days)
    return _local(day, start.time(), start.tzinfo)


# --- Policy -----------------------------------------------------------------------------------


def _is_finished(state: DeclineState) -> bool:
    return state.status in FINISHED_STATUSES or state.acknowledged_at is not None


def _is_unsent(state: DeclineState) -> bool:
    return state.status in UNSENT_STATUSES and state.sent_at is None


def _send_nudges(state: DeclineState, now: datetime) -> list[Nudge]:
    nudges = []
    soon_at = state.created_at + SEND_SOON_AFTER
    if now >= soon_at:
        nudges.append(_nudge(state, "send_soon", soon_at, _send_soon_message(state, now)))
    start = interview_start(state)
    if start is None:
        return nudges
    if now >= start:
        # Became due at the interview, or when the decline was started if that came later.
        due_at = max(start, state.created_at)
        message = _interview_passed_message(state, start, now)
        nudges.append(_nudge(state, "interview_passed", due_at, message))
    elif start - now <= SEND_URGENT_WITHIN:
        due_at = max(start - SEND_URGENT_WITHIN, state.created_at)
        message = _send_urgent_message(state, start, now)
        nudges.append(_nudge(state, "send_urgent", due_at, message))
    return nudges


def _follow_up_nudges(state: DeclineState, now: datetime) -> list[Nudge]:
    due_at = follow_up_due_at(state)
    if due_at is None or state.sent_at is None or now < due_at:
        return []
    message = _follow_up_message(state, state.sent_at, now)
    return [_nudge(state, "follow_up", due_at, message)]


def _nudge(state: DeclineState, kind: str, due_at: datetime, message: str) -> Nudge:
    return Nudge(kind, URGENCY[kind], due_at.astimezone(user_zone(state)), message)


# --- Messages ---------------------------------------------------------------------------------


def _send_soon_message(state: DeclineState, now: datetime) -> str:
    days = _days_between(state.created_at, now, state)
    if days <= 0:
        started = "earlier today"  # possible when a DST change makes a 24-hour day
    elif days == 1:
        started = "yesterday"
    else:
        started = f"{days} days ago"
    whom = _company(state) or "the people who invited you"
    return f"You started this decline {started} — sending it soon is kind to {whom}."


def _send_urgent_message(state: DeclineState, start: datetime, now: datetime) -> str:
    interview = _your_interview(state)
    if _is_date_only(state):
        # Only the day is known: speak in days, since "in 27 hours" would invent a time.
        when = _relative_day(start, now, state)
        return f"{interview} is {when} — send your letter today."
    remaining = start - now
    if remaining < timedelta(hours=1):
        return f"{interview} is in less than an hour — send your letter now."
    return f"{interview} is in {_hours(remaining)} — send your letter today."


def _interview_passed_message(state: DeclineState, start: datetime, now: datetime) -> str:
    days = _days_between(start, now, state)
    if days == 0:
        when = "today"
    elif days == 1:
        when = "yesterday"
    else:
        when = f"on {_day_name(start, now, state)}"
    return (
        f"{_your_interview(state)} was {when}. "
        "A short note with an apology for the late reply is still kind."
    )


def _follow_up_message(state: DeclineState, sent_at: datetime, now: datetime) -> str:
    sent_on = _day_name(sent_at, now, state)
    who = f"{_company(state)} hasn't" if _company(state) else "Nobody has"
    return f"{who} confirmed your letter from {sent_on}. A short follow-up makes sure it arrived."


def _your_interview(state: DeclineState) -> str:
    company = _company(state)
    return f"Your interview with {company}" if company else "Your interview"


def _company(state: DeclineState) -> str:
    return state.company.strip()


def _hours(remaining: timedelta) -> str:
    # Round half up to whole hours: 29 h 30 min reads as "30 hours".
    hours = int((remaining + timedelta(minutes=30)) // timedelta(hours=1))
    return "1 hour" if hours == 1 else f"{hours} hours"


def _relative_day(moment: datetime, now: datetime, state: DeclineState) -> str:
    days = _days_between(now, moment, state)
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    return f"on {_day_name(moment, now, state)}"


def _day_name(moment: datetime, now: datetime, state: DeclineState) -> str:
    """'Friday 6 March', with the year only when it is not the year of `now`."""
    zone = user_zone(state)
    day = moment.astimezone(zone).date()
    name = day_name(day)
    if day.year != now.astimezone(zone).year:
        name += f" {day.year}"
    return name


def _days_between(earlier: datetime, later: datetime, state: DeclineState) -> int:
    """Calendar days from `earlier` to `later` where the user lives."""
    zone = user_zone(state)
    return (later.astimezone(zone).date() - earlier.astimezone(zone).date()).days


def _is_date_only(state: DeclineState) -> bool:
    return state.interview_at is not None and not isinstance(state.interview_at, datetime)


# --- Time -------------------------------------------------------------------------------------


def _require_aware(value: datetime, name: str) -> None:
    if not isinstance(value, datetime):
        raise ValueError(f"{name} must be an aware datetime, not {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be an aware datetime; got naive {value.isoformat()}")


def _local(day: date, clock: time, zone: tzinfo | None) -> datetime:
    """`day` at `clock` in `zone`; a time in a DST gap moves forward by the gap."""
    naive = datetime.combine(day, clock)
    # The round trip through UTC turns a nonexistent wall time into the real instant after it.
    return naive.replace(tzinfo=zone).astimezone(UTC).astimezone(zone)
