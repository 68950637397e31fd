"""Every page works without JavaScript: the wizard moves on with plain form posts, and the letter can
still be selected and copied by hand (the Copy button, which needs JavaScript, stays hidden)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from declines.models import Decline, Status
from tests.browser.helpers import PASSWORD, PHONE, button, field, log_in
from tests.factories import make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_wizard_and_letter_page_work_without_javascript(new_page, screenshot, browser_problems):
    make_user("quiet", display_name="Quinn Quiet")
    page = new_page(viewport=PHONE, javascript=False)
    log_in(page, "quiet", PASSWORD)

    page.get_by_role("link", name="Start a new decline").click()
    field(page, "Recipient's name").fill("Helen Park")
    field(page, "Company").fill("Northwind")
    field(page, "Role").fill("Product Analyst")
    button(page, "Next").click()

    progress = page.get_by_role("navigation", name="Progress")
    expect(progress).to_contain_text("Step 2 of 4 — Why")
    field(page, "Reason").select_option("timing")
    button(page, "Next").click()
    expect(progress).to_contain_text("Step 3 of 4 — Tone")
    button(page, "Back").click()
    expect(progress).to_contain_text("Step 2 of 4 — Why")
    expect(field(page, "Reason")).to_have_value("timing")
    button(page, "Next").click()
    field(page, "Tone").select_option("brief")
    button(page, "Next").click()
    expect(progress).to_contain_text("Step 4 of 4 — Offer to help")
    button(page, "Compose letter").click()

    letter = page.get_by_role("textbox", name="Letter", exact=True)
    expect(letter).to_be_visible()
    expect(letter).to_be_editable()
    expect(letter).to_have_value(re.compile("Helen"))
    expect(button(page, "Copy")).to_be_hidden()
    expect(page.get_by_text("Tip: select the text above to copy it.")).to_be_visible()

    # Select the whole letter from the keyboard, as a person would before pressing Ctrl+C.
    letter.focus()
    page.keyboard.press("Control+A")
    selected = letter.evaluate("area => area.value.slice(area.selectionStart, area.selectionEnd)")
    assert selected == letter.input_value()
    screenshot(page, "30-letter-no-js-phone")

    button(page, "Mark as sent").click()
    expect(page.get_by_role("status").filter(has_text="Marked as sent")).to_be_visible()
    assert Decline.objects.get().status == Status.SENT
    assert browser_problems == []
