"""No content word three times in one letter: every tone, reason, wording and offer, proven.

The count is the tests' own (tests/core/letters/repetition.py), with its stop words listed there.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date

from declines.core.letters import REASONS, TONES, VARIANTS, LetterFacts, compose_letter
from declines.core.letters.wording import STOP_WORDS as COMPOSER_STOP_WORDS
from tests.core.letters.repetition import STOP_WORDS, repeated

BASE = LetterFacts(recipient_name="Helen Park", company="Northwind", role="Data Analyst")
# No detail (the reason's own line), and one that says "role", "time" and "interview" itself, so
# the composer must make room for the user's words.
DETAILS = (
    "",
    "I can't make the interview date and the role needs more time in the office than I can give",
)
# The day the letter is written: none, before the interview, or after it (the late apology).
WRITTEN = (None, date(2026, 3, 2), date(2026, 3, 12))


def _every_letter():
    for (
        tone,
        reason,
        variant,
        ref,
        feedback,
        keep,
        interest,
        sender,
        written,
        detail,
    ) in itertools.product(
        TONES,
        REASONS,
        range(VARIANTS),
        ("", "Jo Malik"),
        (False, True),
        (False, True),
        ("", "research roles"),
        ("", "Sam Rivera"),
        WRITTEN,
        DETAILS,
    ):
        facts = replace(
            BASE,
            tone=tone,
            reason=reason,
            referral_name=ref,
            offer_feedback=feedback,
            keep_in_touch=keep,
            future_interest=interest,
            sender_name=sender,
            interview_at=date(2026, 3, 10) if written else None,
            written_on=written,
            reason_detail=detail,
        )
        yield compose_letter(facts, variant=variant).body


def test_no_content_word_three_times_in_any_letter():
    count, failures = 0, []
    for body in _every_letter():
        count += 1
        found = repeated(body)
        if found:
            failures.append(f"{found}\n{body}")
    assert count == 3 * 9 * 3 * 2**5 * 3 * 2
    assert failures == [], f"{len(failures)} letters repeat a word, e.g.\n{failures[0]}"


def test_the_composer_exempts_no_word_the_tests_count():
    # The composer may count more words than the tests do, never fewer.
    assert COMPOSER_STOP_WORDS <= STOP_WORDS
