"""The `prompt` guideline: judged from the interview, today and when the letter was sent."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from declines.core.review import Check
from declines.core.review.words import APOLOGY_PHRASES
from tests.core.review.sample_letter import (
    AUCKLAND,
    FACTS,
    GOOD,
    INTERVIEW,
    MONDAY,
    UTC,
    check,
    letter,
)


def prompt(interview, today, *, sent_at=None, body=GOOD) -> Check:
    facts = replace(FACTS, interview_at=interview, sent_at=sent_at)
    return check("prompt", body, facts, today)


def test_prompt_without_an_interview_date_is_fine_and_says_soon_is_kind():
    result = prompt(None, MONDAY)
    assert (result.ok, result.level) == (True, "good")
    assert "soon" in result.note


@pytest.mark.parametrize(
    ("hours", "ok"),
    [(72, True), (49, True), (48, False), (47, False)],
)
def test_prompt_warns_within_48_hours_of_a_timed_interview(hours, ok):
    result = prompt(MONDAY + timedelta(hours=hours), MONDAY)
    assert result.ok is ok
    if not ok:
        assert result.level == "warning"
        assert result.note == "Your interview is in less than two days — send this today."


def test_prompt_says_today_when_the_interview_is_later_today():
    result = prompt(MONDAY + timedelta(hours=1), MONDAY)
    assert (result.ok, result.note) == (
        False,
        "Your interview is today — send this as soon as you can.",
    )


def test_prompt_compares_aware_times_across_zones():
    # 09:00 in Auckland on Thursday is 20:00 UTC on Wednesday: 59 hours after Monday 09:00 UTC.
    interview = datetime(2026, 3, 5, 9, 0, tzinfo=AUCKLAND)
    assert prompt(interview, MONDAY).ok
    assert not prompt(interview, MONDAY + timedelta(hours=12)).ok


def test_prompt_names_the_interview_day_when_there_is_time():
    assert "Monday 9 March" in prompt(INTERVIEW, MONDAY).note


@pytest.mark.parametrize(
    ("interview_day", "ok", "in_note"),
    [
        (date(2026, 3, 5), True, "Thursday 5 March"),
        (date(2026, 3, 4), False, "less than two days"),
        (date(2026, 3, 3), False, "less than two days"),
        (date(2026, 3, 2), False, "Your interview is today"),
        (date(2026, 3, 1), False, "apology"),
    ],
)
def test_prompt_compares_calendar_days_when_today_is_a_date(interview_day, ok, in_note):
    result = prompt(interview_day, date(2026, 3, 2))
    assert result.ok is ok
    assert in_note in result.note


def test_prompt_compares_dates_for_a_timed_interview_when_today_is_a_date():
    assert prompt(datetime(2026, 3, 5, 8, 0, tzinfo=UTC), date(2026, 3, 2)).ok
    assert "today" in prompt(datetime(2026, 3, 2, 23, 0, tzinfo=UTC), date(2026, 3, 2)).note


def test_prompt_takes_a_date_only_interview_to_start_at_nine_like_the_nudges():
    tomorrow = date(2026, 3, 3)
    assert not prompt(tomorrow, MONDAY).ok  # 24 hours away
    assert "apology" in prompt(date(2026, 3, 2), MONDAY + timedelta(hours=1)).note


def test_prompt_after_the_interview_asks_for_an_apology_and_accepts_one():
    after = INTERVIEW + timedelta(hours=2)
    missing = prompt(INTERVIEW, after)
    assert (missing.ok, missing.level) == (False, "warning")
    assert missing.note.startswith("Your interview date has passed. Add a short apology")
    body = letter(extra="I apologise for the late notice.")
    present = prompt(INTERVIEW, after, body=body)
    assert (present.ok, present.level) == (True, "good")
    assert "apologises" in present.note


@pytest.mark.parametrize("phrase", APOLOGY_PHRASES)
def test_each_apology_phrase_counts_once_the_interview_has_passed(phrase):
    body = letter(extra=f"Note: {phrase} here.")
    assert prompt(INTERVIEW, INTERVIEW + timedelta(days=1), body=body).ok


def test_prompt_judges_a_sent_letter_by_when_it_was_sent():
    later = INTERVIEW + timedelta(days=5)  # today no longer matters once it is sent
    assert prompt(INTERVIEW, later, sent_at=MONDAY).ok
    assert prompt(INTERVIEW, later, sent_at=INTERVIEW - timedelta(hours=10)).ok
    late = prompt(INTERVIEW, later, sent_at=INTERVIEW + timedelta(hours=1))
    assert not late.ok
    assert "went out after the interview" in late.note
