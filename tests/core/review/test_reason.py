"""The `reason` guideline: a clear decision with a brief, honest why; not too long."""

from __future__ import annotations

from dataclasses import replace

import pytest

from declines.core.review.words import REASON_MARKERS
from tests.core.review.sample_letter import FACTS, check, letter


@pytest.mark.parametrize(
    "decision",
    [
        "I must respectfully decline the interview.",
        "I am declining the invitation.",
        "I'd like to withdraw my application.",
        "I have decided not to move forward with the interview.",
        "I won\u2019t be moving forward.",
        "I will not be continuing with the process.",
        "I won't be continuing.",
        "I am unable to continue with the process.",
        "I can no longer continue.",
        "I have decided not to pursue the role.",
        "I will not be attending the interview.",
        "I'd like to step back from the process.",
        "I need to turn down the interview.",
        "I will have to pass on this opportunity.",
        "Please take me out of consideration.",
        "I'm bowing out of the process.",
        "I need to cancel our interview.",
        "I am no longer a candidate.",
        "Please remove my name from the shortlist.",
        "I have decided not to proceed.",
    ],
)
def test_each_kind_of_decision_is_recognised(decision):
    body = letter(decision=f"I have accepted another offer. {decision}")
    assert check("reason", body).ok


@pytest.mark.parametrize("marker", REASON_MARKERS)
def test_each_reason_marker_next_to_the_decision_counts_as_a_why(marker):
    body = letter(decision=f"I am withdrawing from the process. It comes down to {marker} now.")
    assert check("reason", body).ok


def test_a_decision_without_a_why_gets_an_example_for_the_chosen_reason():
    body = letter(decision="I am withdrawing from the process.")
    result = check("reason", body)
    assert not result.ok
    assert "I've accepted a position elsewhere" in result.note
    timing = replace(FACTS, reason="timing")
    assert "the timing isn't right for me" in check("reason", body, timing).note


@pytest.mark.parametrize("reason", ["prefer_not_to_say", "other"])
def test_a_calm_general_line_is_enough_when_no_reason_was_given(reason):
    body = letter(decision="I am withdrawing from the process.")
    assert check("reason", body, replace(FACTS, reason=reason)).ok


def test_the_users_own_detail_counts_as_the_why():
    facts = replace(FACTS, reason="other", reason_detail="I'm going back to university")
    body = letter(decision="I am withdrawing. I'm going back to university.")
    assert check("reason", body, facts).ok
    assert not check("reason", letter(decision="I am withdrawing."), facts).ok


def test_the_why_may_come_just_before_the_decision():
    body = letter(decision="I've accepted an offer elsewhere. So I'm withdrawing.")
    assert check("reason", body).ok


def test_a_reason_that_runs_on_is_flagged_with_its_length():
    why = " ".join(["because the team and I"] * 9)  # 45 words
    result = check("reason", letter(decision=f"I am withdrawing {why}."))
    assert not result.ok
    assert result.note == "Your reason runs to 48 words; one or two short sentences are enough."


def test_a_long_reason_detail_is_flagged():
    detail = "I moved. My partner moved. We bought a house."
    facts = replace(FACTS, reason="location", reason_detail=detail)
    result = check("reason", letter(decision=f"I am withdrawing. {detail}"), facts)
    assert not result.ok
    assert result.note == "Your reason runs to 3 sentences; one or two short ones are enough."


def test_a_long_letter_is_flagged_with_its_word_count():
    filler = "We spoke about design systems and research at length over coffee."  # 11 words
    body = letter(extra=" ".join([filler] * 20))
    words = len(body.split())
    result = check("reason", body)
    assert not result.ok
    assert result.note == f"Your letter is {words} words; under 250 reads better."
