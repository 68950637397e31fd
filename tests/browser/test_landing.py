"""The front door: a signed-out visitor first sees what Politely makes (an example letter), the eight
guidelines, and one way in."""

from __future__ import annotations

import datetime
import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from declines.core.letters import LetterFacts
from declines.core.review import GUIDELINES, review_letter
from tests.browser.helpers import DESKTOP

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# The facts behind the landing page's example letter, as someone would give them in the wizard.
EXAMPLE_FACTS = LetterFacts(
    recipient_name="Helen Park",
    company="Northwind",
    role="Product Analyst",
    sender_name="Sam",
    reason="another_offer",
    referral_name="Dana Whitfield",
    keep_in_touch=True,
)


def test_the_example_letter_and_the_button_come_first_on_a_phone(
    page, screenshot, browser_problems
):
    page.goto("/")
    expect(page.get_by_role("heading", name="Turn down an interview, kindly.")).to_be_visible()
    example = page.get_by_role("figure", name="An example letter")
    expect(example).to_contain_text("Hi Helen,")

    # One main button, visible without scrolling, below the letter.
    main = page.get_by_role("main")
    expect(main.locator(".btn-primary")).to_have_count(1)
    write = main.get_by_role("link", name="Write my letter", exact=True)
    expect(write).to_have_attribute("href", reverse("declines:decline_new"))
    expect(write).to_be_in_viewport(ratio=1)
    assert example.bounding_box()["y"] < write.bounding_box()["y"]
    # A quiet way back in for people who have been here before.
    log_in = main.get_by_role("link", name="Log in", exact=True)
    expect(log_in).to_have_attribute("href", reverse("account_login"))
    expect(log_in).not_to_have_class(re.compile(r"\bbtn\b"))
    screenshot(page, "landing-phone")
    assert browser_problems == []


def test_the_landing_page_lists_the_eight_guidelines_by_their_titles(page, browser_problems):
    page.goto("/")
    guidelines = page.get_by_role("region", name="Every letter follows eight guidelines")
    titles = guidelines.get_by_role("listitem").locator("strong").all_inner_texts()
    assert titles == [guideline.title for guideline in GUIDELINES]
    # A line each, even on a phone.
    lines = guidelines.get_by_role("listitem").evaluate_all(
        "(items) => items.map((e) => e.clientHeight / parseFloat(getComputedStyle(e).lineHeight))"
    )
    assert max(lines) < 1.5, lines
    assert browser_problems == []


def test_the_example_letter_passes_politelys_own_review(page, browser_problems):
    page.goto("/")
    body = page.locator(".example-body").inner_text()
    checks = review_letter(body, EXAMPLE_FACTS, today=datetime.date.today())
    # "Follow up" can only be met after sending; every other guideline is met by the words.
    assert [c.guideline for c in checks if c.level != "good"] == ["follow_up"]
    assert all(c.ok for c in checks)
    assert browser_problems == []


def test_the_landing_page_puts_the_letter_beside_the_words_on_a_desktop(
    new_page, screenshot, browser_problems
):
    page = new_page(viewport=DESKTOP)
    page.goto("/")
    letter = page.get_by_role("figure", name="An example letter").bounding_box()
    write = page.get_by_role("link", name="Write my letter", exact=True).bounding_box()
    assert letter["x"] > write["x"] + write["width"]
    expect(page.get_by_role("link", name="Write my letter", exact=True)).to_be_in_viewport()
    screenshot(page, "landing-desktop")
    assert browser_problems == []
