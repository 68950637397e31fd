"""The `open_door` guideline: a line that keeps the door open."""

from __future__ import annotations

from dataclasses import replace

import pytest

from declines.core.review.words import OPEN_DOOR_PHRASES
from tests.core.review.sample_letter import FACTS, GOOD, check, letter


@pytest.mark.parametrize("phrase", OPEN_DOOR_PHRASES)
def test_each_open_door_phrase_counts(phrase):
    assert check("open_door", letter(door=f"I hope for {phrase}.")).ok


def test_working_together_again_keeps_the_door_open():
    assert check("open_door", letter(door="I hope we can work together again.")).ok


@pytest.mark.parametrize(
    "door", ["Thank you again.", "Thank you for the opportunity.", "Thanks for reaching out."]
)
def test_ordinary_thanks_do_not_count_as_an_open_door(door):
    assert not check("open_door", letter(door=door)).ok


def test_open_door_mentions_the_future_interest_when_it_is_missing():
    facts = replace(FACTS, future_interest="research roles")
    result = check("open_door", GOOD, facts)
    assert (result.ok, result.level) == (True, "suggestion")
    assert "research roles" in result.note
    named = check("open_door", letter(door="I'd love to hear about research roles."), facts)
    assert named.level == "good"
    missing = check("open_door", letter(door=""), facts)
    assert '"I\'d be glad to hear about research roles."' in missing.note
