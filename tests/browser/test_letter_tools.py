"""The letter page's live tools in a real browser: the scorecard follows the text as it is typed,
and an action that replaces the letter keeps the unsaved text as a revision first."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from declines.models import LetterRevision
from tests.browser.helpers import DESKTOP, PASSWORD, button, log_in
from tests.factories import make_decline, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def letter_page(new_page):
    user = make_user("writer", display_name="Wren Writer")
    decline = make_decline(user, referral_name="Sam Lee", offer_feedback=True)
    page = new_page(viewport=DESKTOP)
    log_in(page, "writer", PASSWORD)
    page.goto(f"/declines/{decline.pk}/")
    return page, decline


def check(page, guideline: str):
    return page.locator(f'#scorecard [data-guideline="{guideline}"]')


def test_the_scorecard_updates_as_the_user_types(letter_page, screenshot, browser_problems):
    page, _ = letter_page
    expect(page.locator(".scorecard-summary")).to_have_text("8 of 8 look good.")
    expect(check(page, "personal")).to_have_class(re.compile("check-good"))

    letter = page.get_by_role("textbox", name="Letter", exact=True)
    letter.fill("To whom it may concern,\n\nThis was a WASTE OF TIME!!!")

    expect(check(page, "personal")).to_have_class(re.compile("check-warning"))
    expect(check(page, "positive")).to_have_class(re.compile("check-warning"))
    expect(check(page, "helpful")).to_contain_text("Sam Lee")
    expect(page.locator(".scorecard-summary")).not_to_have_text("8 of 8 look good.")
    screenshot(page, "40-scorecard-live-desktop")
    assert browser_problems == []


def test_another_wording_keeps_the_unsaved_text(letter_page, browser_problems):
    page, decline = letter_page
    page.get_by_role("textbox", name="Letter", exact=True).fill("Hi Helen,\n\nMy own draft.")
    button(page, "Try another wording").click()
    expect(page.get_by_role("status").filter(has_text="another wording")).to_be_visible()
    assert LetterRevision.objects.filter(
        decline=decline, body="Hi Helen,\n\nMy own draft."
    ).exists()
    page.get_by_role("button", name=re.compile("^Restore the version")).nth(0).click()
    expect(page.get_by_role("textbox", name="Letter", exact=True)).to_have_value(
        "Hi Helen,\n\nMy own draft."
    )
    assert browser_problems == []
