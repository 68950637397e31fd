"""The `personal` guideline: the greeting names the recipient, and no placeholder is left."""

from __future__ import annotations

from dataclasses import replace

import pytest

from declines.core.review.words import GENERIC_GREETINGS
from tests.core.review.sample_letter import FACTS, check, letter


@pytest.mark.parametrize("greeting", ["Dear Helen,", "Hi Helen Park,", "Dear Ms Park,", "HELEN —"])
def test_personal_accepts_first_full_or_last_name(greeting):
    assert check("personal", letter(greeting=greeting)).ok


def test_personal_names_the_missing_first_name():
    result = check("personal", letter(greeting="Hello,"))
    assert not result.ok
    assert result.note == "Your greeting doesn't use Helen's name — try \"Dear Helen,\"."


def test_personal_looks_at_the_greeting_not_the_rest():
    body = letter(greeting="Hello,", extra="Helen, it was lovely to meet you.")
    assert not check("personal", body).ok


def test_personal_suggests_title_and_surname_when_no_first_name_is_known():
    note = check(
        "personal", letter(greeting="Hello,"), replace(FACTS, recipient_name="Ms Park")
    ).note
    assert note == "Your greeting doesn't use Ms Park's name — try \"Dear Ms Park,\"."


def test_personal_ignores_accents_and_titles():
    facts = replace(FACTS, recipient_name="Dr. Zoë Müller")
    assert check("personal", letter(greeting="Dear Zoe,"), facts).ok
    assert check("personal", letter(greeting="Dear Dr. Muller,"), facts).ok
    assert "Zoë's name" in check("personal", letter(greeting="Hello,"), facts).note


@pytest.mark.parametrize("greeting", GENERIC_GREETINGS)
def test_personal_flags_each_generic_greeting(greeting):
    result = check("personal", letter(greeting=f"{greeting.upper()},"))
    assert not result.ok
    assert f'Swap "{greeting}" for Helen\'s name' in result.note


def test_a_generic_greeting_is_fine_when_no_name_is_known():
    facts = replace(FACTS, recipient_name="")
    result = check("personal", letter(greeting="To whom it may concern,"), facts)
    assert (result.ok, result.level) == (True, "suggestion")


@pytest.mark.parametrize(
    "placeholder",
    ["[Name]", "[Company]", "[insert the role here]", "{name}", "{}", "<name>", "XXX", "____"],
)
def test_personal_quotes_a_leftover_placeholder(placeholder):
    result = check("personal", letter(extra=f"I enjoyed learning about {placeholder} so much."))
    assert not result.ok
    assert f'Fill in the placeholder "{placeholder}" before sending.' in result.note


def test_a_placeholder_greeting_reports_both_problems():
    note = check("personal", letter(greeting="Dear [Name],")).note
    assert '"[Name]"' in note
    assert "Helen's name" in note


@pytest.mark.parametrize(
    "text",
    ["Sam Rivera <sam@example.com>", "See <https://example.com/me>.", "As noted in [1].", "A < B"],
)
def test_personal_does_not_mistake_addresses_or_numbers_for_placeholders(text):
    assert check("personal", letter(extra=text)).ok


def test_a_bracket_in_the_company_name_is_not_a_placeholder():
    facts = replace(FACTS, company="Northwind [Labs]")
    assert check("personal", letter(extra="I admire Northwind [Labs]."), facts).ok


@pytest.mark.parametrize(
    ("recipient", "greeting", "greeted"),
    [
        ("Dr Priya Raman PhD", "Dear Dr Raman,", "Dr Raman"),
        ("Dr Priya Raman PhD", "Hi Priya,", "Priya"),
        ("Robert (Bob) Smith", "Hi Bob,", "Bob"),
        ("Sir David Attenborough", "Dear Sir David,", "Sir David"),
    ],
)
def test_the_note_names_the_greeting_actually_written(recipient, greeting, greeted):
    facts = replace(FACTS, recipient_name=recipient)
    result = check("personal", letter(greeting=greeting), facts)
    assert (result.ok, result.note) == (True, f"You greet {greeted} by name.")


def test_a_greeting_the_user_chose_greets_them_by_name():
    facts = replace(FACTS, recipient_name="María José García", greeting="Hi Majo")
    assert check("personal", letter(greeting="Hi Majo,"), facts).ok
    assert not check("personal", letter(greeting="Hi Sarah,"), facts).ok
