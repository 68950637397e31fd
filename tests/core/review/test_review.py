"""The review as a whole: the eight guidelines and the Check, a good letter that passes all
eight, and letters that each break exactly one guideline.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from declines.core.review import GUIDELINES, LEVELS, Check, Guideline, guidelines, review_letter
from tests.core.review.sample_letter import (
    FACTS,
    GOOD,
    INTERVIEW,
    KEYS,
    MONDAY,
    UTC,
    all_pass_but,
    letter,
    review,
)

# --- The guidelines and the Check ----------------------------------------------------------


def test_guidelines_are_the_eight_in_order():
    assert tuple(g.key for g in GUIDELINES) == KEYS
    assert all(isinstance(g, Guideline) for g in GUIDELINES)


@pytest.mark.parametrize("guideline", GUIDELINES, ids=lambda g: g.key)
def test_each_guideline_has_a_short_title_and_one_sentence(guideline):
    assert 0 < len(guideline.title) <= 30
    assert guideline.explanation.endswith(".")
    assert guideline.explanation.count(". ") == 0


def test_review_gives_one_check_per_guideline_in_order():
    checks = review_letter(GOOD, FACTS, today=MONDAY)
    assert [c.guideline for c in checks] == list(KEYS)
    assert [c.title for c in checks] == [g.title for g in GUIDELINES]
    assert all(c.level in LEVELS and c.note for c in checks)


def test_the_same_letter_is_read_once_and_time_still_counts():
    guidelines._text_checks.cache_clear()
    first = review_letter(GOOD, FACTS, today=MONDAY)
    week_later = review_letter(GOOD, FACTS, today=INTERVIEW + timedelta(days=7))
    hits = guidelines._text_checks.cache_info().hits
    assert hits == 1  # the text guidelines were not worked out again
    assert first[1:7] == week_later[1:7]
    assert first[0] != week_later[0]  # prompt: the interview has passed since
    # Other facts, other checks: the facts are part of what is remembered.
    other = review_letter(GOOD, replace(FACTS, recipient_name="Ravi Kumar"), today=MONDAY)
    assert other[1].ok is False
    assert review_letter(GOOD, FACTS, today=MONDAY) == first


def test_check_level_follows_ok_and_never_contradicts_it():
    assert Check("grateful", True, "Fine.").level == "good"
    assert Check("grateful", False, "Add thanks.").level == "warning"
    assert Check("helpful", True, "An idea.", "suggestion").level == "suggestion"
    with pytest.raises(ValueError):
        Check("helpful", False, "Nope.", "good")
    with pytest.raises(ValueError):
        Check("helpful", True, "Nope.", "warning")
    with pytest.raises(ValueError):
        Check("kindness", True, "No such guideline.")


# --- A good letter, and letters that break exactly one guideline ------------------------------


def test_a_good_letter_passes_all_eight():
    checks = review()
    assert {k: c.ok for k, c in checks.items()} == all_pass_but(None)
    assert checks["personal"].note == "You greet Helen by name."
    # Not sent yet: following up is a suggestion for later, not a problem.
    assert checks["follow_up"].level == "suggestion"
    assert "3 business days" in checks["follow_up"].note


WITHOUT_REFERRAL = "I'm happy to share feedback on the application process."

FAILS_ONE = {
    "prompt": (GOOD, FACTS, INTERVIEW + timedelta(days=1), "apology"),
    "personal": (letter(greeting="Dear Hiring Manager,"), FACTS, MONDAY, '"Dear Hiring Manager"'),
    "grateful": (
        letter(thanks="I was glad to be invited to interview for the Product Designer role."),
        FACTS,
        MONDAY,
        "Thank you for the time you and the Northwind team gave my application.",
    ),
    "reason": (
        letter(decision="I have accepted another offer."),
        FACTS,
        MONDAY,
        "withdrawing from the process",
    ),
    "positive": (
        letter(extra="Frankly, the scheduling was disorganised."),
        FACTS,
        MONDAY,
        "'disorganised'",
    ),
    "helpful": (
        letter(offers=WITHOUT_REFERRAL),
        FACTS,
        MONDAY,
        "You offered to recommend Jo Malik, but the letter doesn't mention them.",
    ),
    "open_door": (letter(door=""), FACTS, MONDAY, "Add a line that leaves the door open"),
    "follow_up": (
        GOOD,
        replace(FACTS, sent_at=MONDAY),
        datetime(2026, 3, 5, 10, 0, tzinfo=UTC),
        "It's been 3 business days — a short follow-up is due.",
    ),
}


@pytest.mark.parametrize("key", KEYS)
def test_a_letter_can_fail_exactly_one_guideline(key):
    body, facts, today, in_note = FAILS_ONE[key]
    checks = review(body, facts, today)
    assert {k: c.ok for k, c in checks.items()} == all_pass_but(key)
    assert checks[key].level == "warning"
    assert in_note in checks[key].note
