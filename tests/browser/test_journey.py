"""The whole journey in a real browser, found the way a person (or a screen reader) finds things: by
visible labels, roles and text. Screenshots go to test-artifacts/screenshots/ for a human to look at."""

from __future__ import annotations

import datetime
import re

import pytest
from playwright.sync_api import expect

from declines.models import Decline, Status
from tests.browser.helpers import DESKTOP, PHONE, button, field, sign_up

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

RECIPIENT = "Zoë O'Brien-Ngũgĩ"
SENT_GROUP = re.compile(r"^Sent — waiting for acknowledgement")
DRAFTS_GROUP = re.compile(r"^Drafts to finish")


def progress(page):
    return page.get_by_role("navigation", name="Progress")


def test_sign_up_write_edit_copy_and_send_a_decline(page, screenshot, browser_problems):
    interview = datetime.date.today() + datetime.timedelta(days=7)

    page.goto("/")
    expect(page.get_by_role("heading", name="Turn down an interview, kindly.")).to_be_visible()
    screenshot(page, "01-landing-phone")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Sign up").click()
    expect(page).to_have_url(re.compile(r"/accounts/signup/$"))
    screenshot(page, "02-signup-phone")

    sign_up(page, "nervous.applicant")
    expect(page.get_by_role("heading", name="Nothing here yet")).to_be_visible()
    screenshot(page, "03-dashboard-empty-phone")

    # Step 1 — Who
    page.get_by_role("link", name="Write my first decline").click()
    expect(progress(page)).to_contain_text("Step 1 of 4 — Who")
    field(page, "Recipient's name").fill(RECIPIENT)
    field(page, "Recipient's email").fill("zoe@att.example")
    field(page, "Company").fill("AT&T Labs")
    field(page, "Role").fill("Data Engineer")
    field(page, "Interview date").fill(interview.isoformat())
    screenshot(page, "04-step-who-phone")
    button(page, "Next").click()

    # Step 2 — Why
    expect(progress(page)).to_contain_text("Step 2 of 4 — Why")
    field(page, "Reason").select_option(label="I accepted another offer")
    field(page, "In your own words").fill("I've accepted a role closer to home.")
    screenshot(page, "05-step-why-phone")
    button(page, "Next").click()

    # Step 3 — Tone
    expect(progress(page)).to_contain_text("Step 3 of 4 — Tone")
    field(page, "Tone").select_option("formal")
    screenshot(page, "06-step-tone-phone")
    button(page, "Next").click()

    # Step 4 — Offer to help
    expect(progress(page)).to_contain_text("Step 4 of 4 — Offer to help")
    field(page, "Recommend someone").fill("Sam Lee")
    field(page, "Offer feedback").check()
    field(page, "Keep in touch").check()
    screenshot(page, "07-step-help-phone")
    button(page, "Compose letter").click()

    # The letter
    letter = page.get_by_role("textbox", name="Letter", exact=True)
    expect(page.get_by_role("heading", name=f"Your letter to {RECIPIENT}")).to_be_visible()
    expect(letter).to_have_value(re.compile("Zoë"))
    expect(letter).to_have_value(re.compile("Sam Lee"))
    expect(field(page, "Subject")).not_to_have_value("")
    screenshot(page, "08-letter-phone")

    edited = letter.input_value().rstrip() + "\n\nP.S. Thank you again for your patience."
    letter.fill(edited)
    button(page, "Save").click()
    expect(page.get_by_role("status").filter(has_text="Letter saved")).to_be_visible()
    page.reload()
    expect(letter).to_have_value(re.compile(r"P\.S\. Thank you again for your patience\.$"))
    saved_text = letter.input_value()
    assert "Zoë" in saved_text and "Sam Lee" in saved_text

    # Copy with the mouse: a visible confirmation, and the clipboard holds exactly the letter.
    copy = button(page, "Copy")
    copy.click()
    expect(page.get_by_role("status").filter(has_text="Copied")).to_be_visible()
    screenshot(page, "09-letter-copied-phone")
    assert page.evaluate("navigator.clipboard.readText()") == saved_text

    # Copy from the keyboard: the label comes back, then Enter on the focused button copies again.
    expect(copy).to_be_visible(timeout=5_000)
    page.evaluate("navigator.clipboard.writeText('something else')")
    copy.focus()
    expect(copy).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_role("status").filter(has_text="Copied")).to_be_visible()
    assert page.evaluate("navigator.clipboard.readText()") == saved_text

    page.set_viewport_size(DESKTOP)
    screenshot(page, "10-letter-desktop")
    page.set_viewport_size(PHONE)

    button(page, "Mark as sent").click()
    expect(page.get_by_role("status").filter(has_text="Marked as sent")).to_be_visible()
    screenshot(page, "11-letter-sent-phone")

    page.get_by_role("link", name="Politely", exact=True).click()
    sent = page.get_by_role("region", name=SENT_GROUP)
    expect(sent).to_contain_text("Data Engineer · AT&T Labs")
    expect(sent).to_contain_text(f"To {RECIPIENT}")
    expect(page.get_by_role("region", name=DRAFTS_GROUP)).to_have_count(0)
    screenshot(page, "12-dashboard-sent-phone")
    page.set_viewport_size(DESKTOP)
    screenshot(page, "13-dashboard-sent-desktop")

    decline = Decline.objects.get()
    assert decline.status == Status.SENT
    assert decline.body == saved_text.replace("\r\n", "\n")
    assert browser_problems == []


def test_who_step_error_keeps_typed_values_and_save_and_exit_keeps_a_draft(
    new_page, screenshot, browser_problems
):
    page = new_page(viewport=DESKTOP)
    sign_up(page, "careful.applicant")
    page.get_by_role("link", name="Start a new decline").click()

    field(page, "Recipient's name").fill(RECIPIENT)
    field(page, "Recipient's email").fill("zoe@att.example")
    field(page, "Role").fill("Data Engineer")
    button(page, "Next").click()

    # The message sits with the Company field, is announced with it, and nothing typed is lost.
    company = field(page, "Company")
    expect(page.get_by_role("alert")).to_contain_text("Everything else you typed is kept")
    expect(company).to_have_attribute("aria-invalid", "true")
    expect(company).to_have_accessible_description(re.compile("Please add the company's name"))
    expect(company.locator("xpath=..")).to_contain_text("Please add the company's name.")
    expect(field(page, "Recipient's name")).to_have_value(RECIPIENT)
    expect(field(page, "Recipient's email")).to_have_value("zoe@att.example")
    expect(field(page, "Role")).to_have_value("Data Engineer")
    expect(progress(page)).to_contain_text("Step 1 of 4 — Who")
    screenshot(page, "20-who-error-desktop")

    button(page, "Save and exit").click()
    expect(page.get_by_role("status").filter(has_text="Saved.")).to_be_visible()
    drafts = page.get_by_role("region", name=DRAFTS_GROUP)
    expect(drafts).to_contain_text("Data Engineer · Company not set")
    screenshot(page, "21-dashboard-draft-desktop")

    # Resuming opens the first unfinished step, Who, with what was typed.
    drafts.get_by_role("link", name=re.compile(r"^Continue")).click()
    expect(progress(page)).to_contain_text("Step 1 of 4 — Who")
    expect(field(page, "Recipient's name")).to_have_value(RECIPIENT)
    expect(field(page, "Role")).to_have_value("Data Engineer")
    field(page, "Company").fill("AT&T Labs")
    button(page, "Next").click()
    expect(progress(page)).to_contain_text("Step 2 of 4 — Why")
    button(page, "Save and exit").click()

    # Who is finished now, so resuming opens Why.
    drafts = page.get_by_role("region", name=DRAFTS_GROUP)
    expect(drafts).to_contain_text("Data Engineer · AT&T Labs")
    drafts.get_by_role("link", name=re.compile(r"^Continue")).click()
    expect(progress(page)).to_contain_text("Step 2 of 4 — Why")
    screenshot(page, "22-resumed-why-desktop")

    decline = Decline.objects.get()
    assert (decline.status, decline.steps_done, decline.company) == (Status.DRAFT, 1, "AT&T Labs")
    assert browser_problems == []
