"""The nudge policy, tested as plain functions: no database, no clock, fixed dates.

March 2026: Monday 2, Tuesday 3, Friday 6, Saturday 7, Sunday 8 (New York springs forward),
Monday 9. Europe/London springs forward on Sunday 29 March and falls back on Sunday 25 October.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

import pytest

from declines.core.nudges import (
    DATE_ONLY_INTERVIEW_TIME,
    KINDS,
    MOST_URGENT_FIRST,
    URGENCY,
    URGENCY_FOLLOW_UP,
    URGENCY_INTERVIEW_PASSED,
    URGENCY_SEND_SOON,
    URGENCY_SEND_URGENT,
    DeclineState,
    Nudge,
    add_business_days,
    due_nudges,
    emailable,
    follow_up_due_at,
    interview_start,
    send_by,
    sort_key,
)

UTC = ZoneInfo("UTC")
LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")
AUCKLAND = ZoneInfo("Pacific/Auckland")
JERUSALEM = ZoneInfo("Asia/Jerusalem")


def at(day: int, hour: int = 9, minute: int = 0, *, month: int = 3, zone=UTC) -> datetime:
    """An aware moment in 2026; March unless told."""
    return datetime(2026, month, day, hour, minute, tzinfo=zone)


CREATED = at(2, 9)  # Monday 2 March 09:00 UTC
SENT_FRIDAY = at(6, 10)  # Friday 6 March 10:00 UTC; 3 business days → Wednesday 11 March 10:00


def state(status: str = "ready", **changes) -> DeclineState:
    changes.setdefault("company", "Northwind")
    return DeclineState(status=status, created_at=CREATED, **changes)


def sent(status: str = "sent", **changes) -> DeclineState:
    return state(status, sent_at=SENT_FRIDAY, **changes)


def kinds(nudges: list[Nudge]) -> list[str]:
    return [nudge.kind for nudge in nudges]


# --- due_nudges: every status and edge ---------------------------------------------------------

DUE_CASES = [
    # Not sent: judged from created_at when there is no interview.
    pytest.param(state("draft"), CREATED, [], id="draft-just-created"),
    pytest.param(state("draft"), CREATED + timedelta(hours=23, minutes=59), [], id="draft-23h59m"),
    pytest.param(
        state("draft"), CREATED + timedelta(hours=24), ["send_soon"], id="draft-exactly-24h"
    ),
    pytest.param(
        state("ready"), CREATED + timedelta(hours=24), ["send_soon"], id="ready-exactly-24h"
    ),
    pytest.param(state("ready"), at(9), ["send_soon"], id="ready-a-week-no-interview"),
    # Not sent, with a timed interview.
    pytest.param(
        state(interview_at=at(4, 10)), at(2, 10), ["send_urgent"], id="interview-exactly-48h-away"
    ),
    pytest.param(
        state(interview_at=at(4, 10, 1)), at(2, 10), [], id="interview-48h-1min-away-not-urgent"
    ),
    pytest.param(
        state("draft", interview_at=at(2, 15)), at(2, 15, 1), ["interview_passed"], id="just-passed"
    ),
    pytest.param(
        state(interview_at=at(2, 15)), at(2, 15), ["interview_passed"], id="interview-starts-now"
    ),
    pytest.param(
        state(interview_at=at(4, 10)),
        at(3, 9),
        ["send_urgent", "send_soon"],
        id="urgent-and-old-most-urgent-first",
    ),
    pytest.param(
        state(interview_at=at(3, 15)),
        at(5, 9),
        ["interview_passed", "send_soon"],
        id="passed-and-old-no-urgent",
    ),
    # Date-only interviews start at 09:00 where the user lives.
    pytest.param(
        state(interview_at=date(2026, 3, 4), timezone="America/Los_Angeles"),
        at(2, 8, zone=LOS_ANGELES),  # 49 h before 09:00 PST; a UTC reading would say 41 h
        [],
        id="date-only-los-angeles-49h-not-urgent",
    ),
    pytest.param(
        state(interview_at=date(2026, 3, 4), timezone="UTC"),
        at(2, 8, zone=LOS_ANGELES),
        ["send_urgent"],
        id="date-only-same-moment-in-utc-urgent",
    ),
    pytest.param(
        state(interview_at=date(2026, 3, 4), timezone="Pacific/Auckland"),
        at(3, 20, 1, zone=UTC),  # Wednesday 4 March 09:01 in Auckland, still Tuesday in UTC
        ["interview_passed", "send_soon"],
        id="date-only-auckland-passed-before-utc-date",
    ),
    # Sent: only the follow-up, on business days.
    pytest.param(sent(), at(9, 10), [], id="sent-before-follow-up"),
    pytest.param(sent(), at(11, 9, 59), [], id="sent-1min-before-boundary"),
    pytest.param(sent(), at(11, 10), ["follow_up"], id="sent-exactly-at-boundary"),
    pytest.param(sent(), at(20), ["follow_up"], id="sent-long-after-boundary"),
    pytest.param(sent(follow_up_days=1), at(9, 10), ["follow_up"], id="sent-friday-1-day-monday"),
    pytest.param(sent(followed_up_at=at(11, 12)), at(20), [], id="sent-followed-up"),
    pytest.param(sent(interview_at=at(4, 10)), at(9, 9), [], id="sent-interview-passed-no-nudge"),
    pytest.param(state("sent"), at(20), [], id="sent-without-sent-at-inconsistent"),
    # A draft that says it was sent is inconsistent too: no send nudge and no follow-up, even
    # when a sent letter would be long due for one.
    pytest.param(state("draft", sent_at=SENT_FRIDAY), at(20), [], id="draft-with-sent-at"),
    pytest.param(state("ready", sent_at=SENT_FRIDAY), at(20), [], id="ready-with-sent-at"),
    pytest.param(
        state("ready", sent_at=SENT_FRIDAY, interview_at=at(12, 10)),
        at(11, 10),
        [],
        id="ready-with-sent-at-interview-near",
    ),
    # Acknowledged or closed: nothing, whatever else is true.
    pytest.param(sent("acknowledged", acknowledged_at=at(7)), at(20), [], id="acknowledged"),
    pytest.param(sent(acknowledged_at=at(7)), at(20), [], id="sent-with-acknowledged-at"),
    pytest.param(state("closed", interview_at=at(3, 15)), at(20), [], id="closed-unsent"),
    pytest.param(sent("closed"), at(20), [], id="closed-after-sending"),
]


@pytest.mark.parametrize(("decline", "now", "expected"), DUE_CASES)
def test_due_nudges(decline: DeclineState, now: datetime, expected: list[str]) -> None:
    assert kinds(due_nudges(decline, now)) == expected


def test_urgencies_rank_passed_over_urgent_over_follow_up_over_soon() -> None:
    assert URGENCY_INTERVIEW_PASSED > URGENCY_SEND_URGENT > URGENCY_FOLLOW_UP > URGENCY_SEND_SOON
    assert set(URGENCY) == set(KINDS)


def test_nudges_carry_their_urgency() -> None:
    nudges = due_nudges(state(interview_at=at(3, 15)), at(5, 9))
    assert [nudge.urgency for nudge in nudges] == [URGENCY_INTERVIEW_PASSED, URGENCY_SEND_SOON]


@pytest.mark.parametrize(
    ("decline", "now", "due_at"),
    [
        pytest.param(state(), at(5), CREATED + timedelta(hours=24), id="send-soon-24h-after"),
        pytest.param(state(interview_at=at(6, 10)), at(5), at(4, 10), id="urgent-48h-before"),
        pytest.param(
            DeclineState("draft", created_at=at(5, 8), interview_at=at(6, 10)),
            at(5, 9),
            at(5, 8),
            id="urgent-started-inside-48h-due-when-started",
        ),
        pytest.param(state(interview_at=at(3, 15)), at(9), at(3, 15), id="passed-at-interview"),
        pytest.param(sent(), at(20), at(11, 10), id="follow-up-at-boundary"),
    ],
)
def test_due_at_is_when_the_nudge_became_due(
    decline: DeclineState, now: datetime, due_at: datetime
) -> None:
    assert due_nudges(decline, now)[0].due_at == due_at


def test_due_at_is_in_the_users_zone() -> None:
    nudge = due_nudges(state(timezone="Pacific/Auckland"), at(9))[0]
    assert nudge.due_at.tzinfo == AUCKLAND


# --- Messages ----------------------------------------------------------------------------------


TODAY = "send your letter today."
NOW = "send your letter now."


@pytest.mark.parametrize(
    ("interview", "now", "words"),
    [
        pytest.param(at(3, 15), at(2, 9), f"is in 30 hours — {TODAY}", id="30h"),
        pytest.param(at(3, 15), at(2, 9, 31), f"is in 29 hours — {TODAY}", id="29h29m-rounds-down"),
        pytest.param(at(3, 15), at(2, 9, 30), f"is in 30 hours — {TODAY}", id="29h30m-rounds-up"),
        pytest.param(at(2, 15), at(2, 13), f"is in 2 hours — {TODAY}", id="2h"),
        pytest.param(at(2, 15), at(2, 13, 30), f"is in 2 hours — {TODAY}", id="1h30m-rounds-up"),
        pytest.param(at(2, 15), at(2, 13, 31), f"is in 1 hour — {TODAY}", id="1h29m-one-hour"),
        pytest.param(at(2, 15), at(2, 13, 50), f"is in 1 hour — {TODAY}", id="1h10m"),
        pytest.param(at(2, 15), at(2, 14), f"is in 1 hour — {TODAY}", id="exactly-1h"),
        pytest.param(at(2, 15), at(2, 14, 1), f"is in less than an hour — {NOW}", id="59m"),
        pytest.param(at(2, 15), at(2, 14, 59), f"is in less than an hour — {NOW}", id="1m"),
        pytest.param(at(4, 9), at(2, 9), f"is in 48 hours — {TODAY}", id="48h"),
    ],
)
def test_send_urgent_message_rounds_hours(interview: datetime, now: datetime, words: str) -> None:
    # The whole message, never a prefix: "in 1 hour" is a prefix of "in 1 hours".
    (nudge,) = due_nudges(state(interview_at=interview), now)
    assert nudge.message == f"Your interview with Northwind {words}"


def test_send_urgent_message_in_full() -> None:
    (nudge,) = due_nudges(state(interview_at=at(3, 15)), at(2, 9))
    assert nudge.message == "Your interview with Northwind is in 30 hours — send your letter today."


def test_send_urgent_without_company_says_your_interview() -> None:
    decline = replace(state(interview_at=at(3, 15)), company="  ")
    (nudge,) = due_nudges(decline, at(2, 9))
    assert nudge.message == "Your interview is in 30 hours — send your letter today."


@pytest.mark.parametrize(
    ("zone", "now", "interview_day", "when"),
    [
        # Tuesday 3 March 12:00 in Auckland is still Monday 2 March in UTC.
        pytest.param("Pacific/Auckland", at(2, 23), date(2026, 3, 4), "tomorrow", id="auckland"),
        # Monday 2 March 20:00 in Los Angeles is already Tuesday 3 March in UTC.
        pytest.param(
            "America/Los_Angeles",
            at(2, 20, zone=LOS_ANGELES),
            date(2026, 3, 3),
            "tomorrow",
            id="los-angeles",
        ),
        pytest.param("UTC", at(3, 7), date(2026, 3, 3), "today", id="today-before-nine"),
        pytest.param("UTC", at(2, 10), date(2026, 3, 4), "on Wednesday 4 March", id="in-two-days"),
    ],
)
def test_date_only_interview_speaks_in_the_users_days(
    zone: str, now: datetime, interview_day: date, when: str
) -> None:
    decline = DeclineState(
        "ready", created_at=now, interview_at=interview_day, timezone=zone, company="Northwind"
    )
    (nudge,) = due_nudges(decline, now)
    assert nudge.kind == "send_urgent"
    assert nudge.message == f"Your interview with Northwind is {when} — send your letter today."


@pytest.mark.parametrize(
    ("now", "when"),
    [
        pytest.param(at(3, 15, 30), "today", id="today"),
        pytest.param(at(4, 8), "yesterday", id="yesterday"),
        pytest.param(at(6, 8), "on Tuesday 3 March", id="days-later"),
    ],
)
def test_interview_passed_message(now: datetime, when: str) -> None:
    decline = DeclineState(
        "ready", created_at=at(3, 8), interview_at=at(3, 15), company="Northwind"
    )
    nudge = due_nudges(decline, now)[0]
    assert nudge.message == (
        f"Your interview with Northwind was {when}. "
        "A short note with an apology for the late reply is still kind."
    )


def test_interview_passed_in_another_year_names_the_year() -> None:
    decline = DeclineState(
        "ready", created_at=datetime(2025, 12, 1, tzinfo=UTC), interview_at=date(2025, 12, 30)
    )
    nudge = due_nudges(decline, at(5, month=1))[0]
    assert "Your interview was on Tuesday 30 December 2025." in nudge.message


def test_interview_passed_year_is_the_users_year() -> None:
    # Wednesday 31 December 2025 20:00 in Los Angeles is already 2026 in UTC: still this year.
    decline = DeclineState(
        "ready",
        created_at=datetime(2025, 12, 1, tzinfo=UTC),
        interview_at=datetime(2025, 12, 29, 10, tzinfo=LOS_ANGELES),
        timezone="America/Los_Angeles",
    )
    nudge = due_nudges(decline, datetime(2025, 12, 31, 20, tzinfo=LOS_ANGELES))[0]
    assert nudge.message.startswith("Your interview was on Monday 29 December. ")


@pytest.mark.parametrize(
    ("now", "started"),
    [
        pytest.param(CREATED + timedelta(hours=24), "yesterday", id="yesterday"),
        pytest.param(at(5, 8), "3 days ago", id="3-days-ago"),
    ],
)
def test_send_soon_message(now: datetime, started: str) -> None:
    (nudge,) = due_nudges(state(), now)
    assert nudge.message == (
        f"You started this decline {started} — sending it soon is kind to Northwind."
    )


def test_send_soon_on_a_25_hour_day_says_earlier_today() -> None:
    # London falls back on Sunday 25 October 2026: that day has 25 hours, so 24 hours after
    # 00:30 BST (23:30 UTC the day before, as the database stores it) is 23:30 GMT the same day.
    created = datetime(2026, 10, 24, 23, 30, tzinfo=UTC)
    decline = DeclineState("ready", created_at=created, timezone="Europe/London", company="")
    (nudge,) = due_nudges(decline, created + timedelta(hours=24))
    assert nudge.message == (
        "You started this decline earlier today — "
        "sending it soon is kind to the people who invited you."
    )


def test_send_soon_without_company() -> None:
    (nudge,) = due_nudges(replace(state(), company=""), at(3, 9))
    assert nudge.message == (
        "You started this decline yesterday — "
        "sending it soon is kind to the people who invited you."
    )


def test_follow_up_message_names_company_and_the_day_sent() -> None:
    (nudge,) = due_nudges(sent(), at(11, 10))
    assert nudge.message == (
        "Northwind hasn't confirmed your letter from Friday 6 March. "
        "A short follow-up makes sure it arrived."
    )


def test_follow_up_message_day_is_the_users_day() -> None:
    # Friday 6 March 23:30 UTC is Saturday 7 March 12:30 in Auckland.
    decline = state("sent", sent_at=at(6, 23, 30), timezone="Pacific/Auckland", company="")
    (nudge,) = due_nudges(decline, at(20))
    assert nudge.message.startswith("Nobody has confirmed your letter from Saturday 7 March.")


# --- Business days and the follow-up moment ---------------------------------------------------


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        pytest.param(at(2, 10), 0, at(2, 10), id="monday-plus-0"),
        pytest.param(at(2, 10), 1, at(3, 10), id="monday-plus-1"),
        pytest.param(at(2, 10), 10, at(16, 10), id="monday-plus-10-two-weeks"),
        pytest.param(at(6, 10), 1, at(9, 10), id="friday-plus-1-monday"),
        pytest.param(at(6, 10), 3, at(11, 10), id="friday-plus-3-wednesday"),
        pytest.param(at(7, 10), 0, at(9, 10), id="saturday-plus-0-monday"),
        pytest.param(at(7, 10), 1, at(10, 10), id="saturday-plus-1-tuesday"),
        pytest.param(at(8, 23, 59), 1, at(10, 23, 59), id="sunday-late-plus-1-tuesday"),
        pytest.param(at(6, 10), 10, at(20, 10), id="friday-plus-10"),
        # DST over the weekend: the local clock time stays, the UTC offset changes.
        pytest.param(
            at(6, 10, zone=NEW_YORK), 1, at(9, 10, zone=NEW_YORK), id="new-york-spring-forward"
        ),
        pytest.param(at(27, 9, zone=LONDON), 1, at(30, 9, zone=LONDON), id="london-spring-forward"),
        pytest.param(
            at(23, 9, month=10, zone=LONDON),
            1,
            at(26, 9, month=10, zone=LONDON),
            id="london-fall-back",
        ),
        # Israel springs forward on Friday 27 March 2026 at 02:00: 02:30 does not exist.
        pytest.param(
            at(26, 2, 30, zone=JERUSALEM), 1, at(27, 3, 30, zone=JERUSALEM), id="dst-gap-forward"
        ),
    ],
)
def test_add_business_days(start: datetime, days: int, expected: datetime) -> None:
    result = add_business_days(start, days)
    assert result == expected
    assert result.tzinfo is start.tzinfo
    assert result.time() == expected.time()


def test_add_business_days_keeps_local_time_across_dst() -> None:
    start = at(6, 10, zone=NEW_YORK)
    result = add_business_days(start, 1)
    assert result.utcoffset() == timedelta(hours=-4)  # EDT; the start was EST
    # Subtract in UTC: within one tzinfo Python subtracts wall-clock times.
    assert result.astimezone(UTC) - start.astimezone(UTC) == timedelta(days=3, hours=-1)


def test_add_business_days_rejects_negative_days() -> None:
    with pytest.raises(ValueError, match="negative"):
        add_business_days(at(2), -1)


@pytest.mark.parametrize(
    ("decline", "expected"),
    [
        pytest.param(sent(), at(11, 10), id="friday-3-days-wednesday"),
        pytest.param(sent(follow_up_days=1), at(9, 10), id="friday-1-day-monday"),
        pytest.param(sent(follow_up_days=10), at(20, 10), id="friday-10-days"),
        pytest.param(
            state("sent", sent_at=at(7, 10), follow_up_days=1), at(10, 10), id="saturday-send"
        ),
        pytest.param(
            # Friday 23:30 UTC is Saturday 12:30 in Auckland: counts from Monday there.
            state("sent", sent_at=at(6, 23, 30), timezone="Pacific/Auckland", follow_up_days=1),
            at(10, 12, 30, zone=AUCKLAND),
            id="sent-friday-utc-is-saturday-in-auckland",
        ),
        pytest.param(
            # Friday 20:00 in Los Angeles is already Saturday in UTC; the user's Friday counts.
            state(
                "sent",
                sent_at=at(7, 4, zone=UTC),
                timezone="America/Los_Angeles",
                follow_up_days=1,
            ),
            at(9, 20, zone=LOS_ANGELES),
            id="sent-saturday-utc-is-friday-in-los-angeles",
        ),
        pytest.param(state(), None, id="not-sent"),
        pytest.param(state("sent"), None, id="sent-without-sent-at"),
        pytest.param(state("draft", sent_at=SENT_FRIDAY), None, id="draft-with-sent-at"),
        pytest.param(state("ready", sent_at=SENT_FRIDAY), None, id="ready-with-sent-at"),
        pytest.param(sent(followed_up_at=at(12)), None, id="followed-up"),
        pytest.param(sent("acknowledged", acknowledged_at=at(9)), None, id="acknowledged"),
        pytest.param(sent("closed"), None, id="closed"),
    ],
)
def test_follow_up_due_at(decline: DeclineState, expected: datetime | None) -> None:
    assert follow_up_due_at(decline) == expected


# --- Interview start and send-by --------------------------------------------------------------


@pytest.mark.parametrize(
    ("decline", "expected"),
    [
        pytest.param(state(), None, id="no-interview"),
        pytest.param(state(interview_at=at(4, 15)), at(4, 15), id="timed"),
        pytest.param(
            state(interview_at=date(2026, 3, 4), timezone="Pacific/Auckland"),
            at(4, 9, zone=AUCKLAND),
            id="date-only-nine-in-auckland",
        ),
        pytest.param(
            state(interview_at=date(2026, 3, 4), timezone="Not/AZone"),
            at(4, 9),
            id="unknown-zone-falls-back-to-utc",
        ),
    ],
)
def test_interview_start(decline: DeclineState, expected: datetime | None) -> None:
    assert interview_start(decline) == expected


def test_interview_start_is_in_the_users_zone() -> None:
    start = interview_start(state(interview_at=at(4, 15), timezone="America/New_York"))
    assert start is not None
    assert start.tzinfo == NEW_YORK
    assert (start.hour, start.minute) == (10, 0)
    assert DATE_ONLY_INTERVIEW_TIME.hour == 9


@pytest.mark.parametrize(
    ("decline", "expected"),
    [
        pytest.param(state(), CREATED + timedelta(hours=24), id="no-interview-24h"),
        pytest.param(state(interview_at=at(20)), at(3, 9), id="far-interview-24h"),
        pytest.param(state(interview_at=at(4, 12)), at(2, 12), id="near-interview-48h-before"),
        pytest.param(state("draft", interview_at=at(3)), CREATED, id="already-late-is-due-at-once"),
        pytest.param(sent(), None, id="sent"),
        pytest.param(state("ready", sent_at=SENT_FRIDAY), None, id="ready-with-sent-at"),
        pytest.param(state("closed"), None, id="closed"),
        pytest.param(state("acknowledged"), None, id="acknowledged"),
    ],
)
def test_send_by(decline: DeclineState, expected: datetime | None) -> None:
    assert send_by(decline) == expected


def test_send_by_is_in_the_users_zone() -> None:
    deadline = send_by(state(timezone="Pacific/Auckland"))
    assert deadline is not None
    assert deadline.tzinfo == AUCKLAND
    assert (deadline.day, deadline.hour) == (3, 22)  # Tuesday 09:00 UTC is 22:00 in Auckland


# --- Ordering and emailing --------------------------------------------------------------------


def make_nudge(kind: str, day: int = 2) -> Nudge:
    return Nudge(kind, URGENCY[kind], at(day), kind)


def test_sort_key_orders_most_urgent_first() -> None:
    shuffled = [make_nudge("send_soon"), make_nudge("follow_up"), make_nudge("interview_passed")]
    assert kinds(sorted(shuffled, key=sort_key)) == ["interview_passed", "follow_up", "send_soon"]
    assert MOST_URGENT_FIRST is sort_key


@pytest.mark.parametrize(
    ("due", "emailed", "covered"),
    [
        pytest.param([], None, [], id="none-due"),
        pytest.param(["send_soon"], "send_soon", [], id="one-due"),
        pytest.param(
            ["send_soon", "send_urgent"], "send_urgent", ["send_soon"], id="urgent-covers-soon"
        ),
        pytest.param(
            ["send_soon", "interview_passed"],
            "interview_passed",
            ["send_soon"],
            id="passed-covers-soon",
        ),
    ],
)
def test_emailable(due: list[str], emailed: str | None, covered: list[str]) -> None:
    most_urgent, rest = emailable([make_nudge(kind) for kind in due])
    assert (most_urgent.kind if most_urgent else None) == emailed
    assert kinds(rest) == covered


def test_emailable_from_due_nudges() -> None:
    most_urgent, rest = emailable(due_nudges(state(interview_at=at(4, 10)), at(3, 9)))
    assert most_urgent is not None and most_urgent.kind == "send_urgent"
    assert kinds(rest) == ["send_soon"]


# --- Contract: aware times, known statuses, sane settings -------------------------------------

NAIVE = datetime(2026, 3, 2, 9)


@pytest.mark.parametrize(
    "field", ["created_at", "interview_at", "sent_at", "acknowledged_at", "followed_up_at"]
)
def test_naive_datetimes_in_state_are_rejected(field: str) -> None:
    fields = {"status": "sent", "created_at": CREATED, field: NAIVE}
    with pytest.raises(ValueError, match=rf"^{field} must be an aware datetime; got naive 2026-"):
        DeclineState(**fields)


def test_a_date_where_a_datetime_belongs_is_rejected() -> None:
    with pytest.raises(ValueError, match=r"^created_at must be an aware datetime, not date$"):
        DeclineState("draft", created_at=date(2026, 3, 2))


class NoOffset(tzinfo):
    """A tzinfo that knows no offset: Python counts such a datetime as naive."""

    def utcoffset(self, dt: datetime | None) -> None:
        return None


def test_a_tzinfo_without_an_offset_counts_as_naive() -> None:
    with pytest.raises(ValueError, match=r"^created_at must be an aware datetime; got naive"):
        DeclineState("draft", created_at=datetime(2026, 3, 2, 9, tzinfo=NoOffset()))


def test_naive_now_is_rejected() -> None:
    with pytest.raises(ValueError, match=r"^now must be an aware datetime; got naive"):
        due_nudges(state(), NAIVE)


def test_naive_start_is_rejected_by_add_business_days() -> None:
    with pytest.raises(ValueError, match=r"^start must be an aware datetime; got naive"):
        add_business_days(NAIVE, 1)


def test_unknown_status_is_rejected() -> None:
    with pytest.raises(ValueError, match="status"):
        state("pending")


@pytest.mark.parametrize("days", [0, 11])
def test_follow_up_days_outside_one_to_ten_is_rejected(days: int) -> None:
    with pytest.raises(ValueError, match="follow_up_days"):
        sent(follow_up_days=days)


@pytest.mark.parametrize("zone", ["Not/AZone", "", "../etc/passwd"])
def test_unknown_zone_falls_back_to_utc(zone: str) -> None:
    (nudge,) = due_nudges(replace(sent(), timezone=zone), at(11, 10))
    assert nudge.due_at == at(11, 10)
    assert nudge.due_at.utcoffset() == timedelta(0)
