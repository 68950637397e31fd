"""The `positive` guideline: no negative words, blame or shouting."""

from __future__ import annotations

from dataclasses import replace

import pytest

from declines.core.letters import LetterFacts
from declines.core.review import Check
from declines.core.review.words import (
    BLAME_PHRASES,
    DISAPPOINTMENT_PHRASES,
    INFORMAL_WORDS,
    NEGATIVE_WORDS,
    POLITE_FORMULAS,
)
from tests.core.review.sample_letter import FACTS, check, letter


def positive(text: str, facts: LetterFacts = FACTS) -> Check:
    return check("positive", letter(extra=text), facts)


@pytest.mark.parametrize(
    "phrase", [*NEGATIVE_WORDS, *DISAPPOINTMENT_PHRASES, *BLAME_PHRASES, *INFORMAL_WORDS]
)
def test_each_listed_word_or_phrase_is_flagged_by_name(phrase):
    result = positive(f"Honestly, {phrase} is how it went.")
    assert not result.ok
    assert f"'{phrase}'" in result.note


def test_listed_words_match_whatever_their_case():
    assert "'awful'" in positive("It was Awful.").note


@pytest.mark.parametrize(
    "text",
    [
        "I left my visitor badge at reception.",
        "I'm moving to Baden-Baden.",
        "I regret that I must decline.",
        "Unfortunately, the timing is not right.",
        "Sadly, I must step back.",
        "I've been poorly this month.",
        "I hope this message finds you well.",
        "The team's jokes made the call a delight.",
        "You never know when our paths will cross.",
        "I'd hate to leave you short of candidates.",
        "I don't want to waste your time.",
        "I spent five years at AT&T Labs and IBM.",
        "I led UX research at NASA.",
        "Thank you so much!",
    ],
)
def test_ordinary_polite_text_is_not_a_false_alarm(text):
    assert positive(text).ok


@pytest.mark.parametrize("formula", POLITE_FORMULAS)
def test_each_polite_formula_is_kind_not_negative(formula):
    assert positive(f"Still, {formula} idea of mine.").ok


def test_a_blank_fact_does_not_hide_negative_words():
    facts = replace(FACTS, future_interest="   ")
    assert not check("positive", letter(extra="It was awful."), facts).ok


def test_a_name_or_company_is_never_negativity():
    facts = replace(
        FACTS, recipient_name="Joke de Vries", company="Bad Robot", role="ERP CONSULTANT"
    )
    body = letter(greeting="Dear Joke,", extra="I admire Bad Robot and the ERP CONSULTANT team.")
    assert check("positive", body, facts).ok


@pytest.mark.parametrize(
    ("text", "shout"),
    [
        ("I AM VERY SORRY to say so.", "AM VERY SORRY"),
        ("VERY SORRY to say so.", "VERY SORRY"),
        ("PLEASE note my news.", "PLEASE"),
    ],
)
def test_shouting_is_flagged(text, shout):
    result = positive(text)
    assert not result.ok
    assert result.note == f'"{shout}" reads as shouting; ordinary capitals are calmer.'


@pytest.mark.parametrize("marks", ["!!", "!!!"])
def test_repeated_exclamation_marks_are_flagged(marks):
    result = positive(f"Good luck{marks}")
    assert not result.ok
    assert "exclamation" in result.note


@pytest.mark.parametrize(
    ("detail", "word", "kind"),
    [
        ("lol the office is just too far away", "lol", "a note to a friend"),
        ("They kept ghosting me", "ghosting", "like blame"),
        ("The process was chaotic", "chaotic", "negative"),
        ("Honestly the salary offer was a joke", "joke", "negative"),
    ],
)
def test_casual_or_blaming_words_in_the_users_reason_get_a_kind_note(detail, word, kind):
    facts = replace(FACTS, reason="location", reason_detail=detail)
    body = letter(decision=f"I am withdrawing from the process. {detail}.")
    result = check("positive", body, facts)
    assert not result.ok
    assert result.note.startswith(f"Your reason says '{word}'")
    assert kind in result.note
