"""The `helpful` guideline: the help offered in the wizard is in the letter."""

from __future__ import annotations

from dataclasses import replace

from tests.core.review.sample_letter import FACTS, check, letter


def test_helpful_matches_a_referral_by_first_and_last_name_without_accents():
    facts = replace(FACTS, referral_name="José A. Núñez")
    body = letter(offers="Jose Nunez would be a strong candidate. I can share feedback too.")
    assert check("helpful", body, facts).ok


def test_helpful_needs_the_word_feedback_when_feedback_was_offered():
    body = letter(offers="Jo Malik would be a strong candidate.")
    result = check("helpful", body)
    assert not result.ok
    assert "You offered feedback" in result.note


def test_helpful_suggests_an_offer_when_none_was_made():
    facts = replace(FACTS, referral_name="", offer_feedback=False, keep_in_touch=False)
    result = check("helpful", letter(offers=""), facts)
    assert (result.ok, result.level) == (True, "suggestion")
    assert "recommend" in result.note


def test_keeping_in_touch_alone_is_fine_with_an_idea_for_more():
    facts = replace(FACTS, referral_name="", offer_feedback=False)
    result = check("helpful", letter(offers=""), facts)
    assert (result.ok, result.level) == (True, "suggestion")
    assert "recommend" in result.note
