"""The `follow_up` guideline: judged from when the letter was sent, in business days."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from declines.core.review import Check
from tests.core.review.sample_letter import AUCKLAND, FACTS, GOOD, MONDAY, UTC, check


def follow_up(today, **lifecycle) -> Check:
    return check("follow_up", GOOD, replace(FACTS, **lifecycle), today)


def test_follow_up_before_sending_promises_a_reminder():
    result = follow_up(MONDAY, follow_up_days=1)
    assert (result.ok, result.level) == (True, "suggestion")
    assert "after 1 business day" in result.note


def test_follow_up_names_the_reminder_day_then_says_it_is_due():
    sent = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)  # Monday; 3 business days is Thursday 15:00
    waiting = follow_up(date(2026, 3, 4), sent_at=sent)
    assert waiting.ok
    assert waiting.note == "Politely will remind you on Thursday 5 March if they haven't replied."
    assert follow_up(datetime(2026, 3, 5, 14, 0, tzinfo=UTC), sent_at=sent).ok
    assert not follow_up(datetime(2026, 3, 5, 15, 0, tzinfo=UTC), sent_at=sent).ok
    assert "It's been 6 business days" in follow_up(date(2026, 3, 10), sent_at=sent).note


@pytest.mark.parametrize(
    ("today", "ok"),
    [(date(2026, 3, 7), True), (date(2026, 3, 8), True), (date(2026, 3, 9), False)],
)
def test_follow_up_skips_the_weekend_from_friday_to_monday(today, ok):
    sent = datetime(2026, 3, 6, 11, 0, tzinfo=UTC)  # Friday
    result = follow_up(today, sent_at=sent, follow_up_days=1)
    assert result.ok is ok
    if ok:
        assert "Monday 9 March" in result.note
    else:
        assert result.note == "It's been 1 business day — a short follow-up is due."


def test_follow_up_counts_days_in_the_users_zone():
    # Thursday 20:00 UTC is already Friday morning in Auckland, so one business day is Monday.
    sent = datetime(2026, 3, 5, 20, 0, tzinfo=UTC)
    friday_noon = datetime(2026, 3, 6, 12, 0, tzinfo=AUCKLAND)
    assert "Monday 9 March" in follow_up(friday_noon, sent_at=sent, follow_up_days=1).note


def test_follow_up_agrees_with_the_nudges_on_the_due_day():
    from declines.core.nudges import DeclineState, follow_up_due_at

    for offset in range(14):
        sent = datetime(2026, 3, 2, 10, 0, tzinfo=UTC) + timedelta(days=offset)
        state = DeclineState(status="sent", created_at=sent, sent_at=sent, timezone="UTC")
        due = follow_up_due_at(state)
        assert follow_up(due - timedelta(minutes=1), sent_at=sent).ok
        assert not follow_up(due, sent_at=sent).ok


def test_nothing_more_to_do_once_acknowledged_or_followed_up():
    late = date(2026, 3, 20)
    acknowledged = follow_up(late, sent_at=MONDAY, acknowledged_at=MONDAY + timedelta(days=1))
    assert (acknowledged.ok, acknowledged.note) == (True, "They confirmed, nothing more to do.")
    followed = follow_up(late, sent_at=MONDAY, followed_up_at=MONDAY + timedelta(days=4))
    assert followed.ok and followed.level == "good"
