"""The front door in a real browser, against a real SMTP server: a visitor writes and copies a letter
with no account, signs up from the letter and keeps it, verifies the address from the email, resets
a forgotten password by email, and is stopped kindly after too many wrong passwords.

Everything is found by its visible label, role or words, as a person (or a screen reader) finds it.
Emails are read from the SMTP server (tests/browser/mailbox.py) and their links opened in the browser.
"""

from __future__ import annotations

import re

import pytest
from django.core.cache import cache
from playwright.sync_api import Page, expect

from declines.models import Decline
from tests.browser.helpers import DESKTOP, PASSWORD, PHONE, button, field, log_in
from tests.factories import make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

RECIPIENT = "Priya Raman"
COMPANY = "Northwind Traders"
ROLE = "Data Analyst"
NEW_PASSWORD = "a-fresh-Passphrase-77"


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """allauth's rate-limit counters live in the database cache, whose table no flush empties: every
    test starts (and leaves) with none, so one test's failed log-ins never stop another's."""
    cache.clear()
    yield
    cache.clear()


def write_letter_as_visitor(page: Page) -> str:
    """Go through the four steps with no account; return the letter page's path."""
    page.goto("/declines/new/")
    field(page, "Recipient's name").fill(RECIPIENT)
    field(page, "Company").fill(COMPANY)
    field(page, "Role").fill(ROLE)
    button(page, "Next").click()
    field(page, "Reason").select_option(label="I accepted another offer")
    button(page, "Next").click()
    field(page, "Tone").select_option("warm")
    button(page, "Next").click()
    button(page, "Compose letter").click()
    expect(page.get_by_role("heading", name=f"Your letter to {RECIPIENT}")).to_be_visible()
    return re.sub(r"^https?://[^/]+", "", page.url)


def invitation(page: Page):
    return page.get_by_role("complementary", name="Keep this letter, and get reminders")


def test_a_visitor_writes_and_copies_a_letter_that_no_other_browser_can_open(
    new_page, screenshot, browser_problems
):
    page = new_page()
    visited: list[str] = []
    page.on("framenavigated", lambda frame: visited.append(frame.url))

    letter_path = write_letter_as_visitor(page)

    # No step asked for an account: no account page was opened, no password asked for.
    assert visited and not [url for url in visited if "/accounts/" in url], visited
    expect(page.get_by_label("Password")).to_have_count(0)
    assert re.fullmatch(r"/declines/\d+/", letter_path)

    letter = page.get_by_role("textbox", name="Letter", exact=True)
    expect(letter).to_have_value(re.compile(RECIPIENT.split()[0]))
    expect(invitation(page)).to_be_visible()
    expect(invitation(page).get_by_role("link", name="Create a free account")).to_be_visible()
    screenshot(page, "front-door-letter-visitor-phone")
    page.set_viewport_size(DESKTOP)
    screenshot(page, "front-door-letter-visitor-desktop")
    page.set_viewport_size(PHONE)

    button(page, "Copy").click()
    expect(page.get_by_role("status").filter(has_text="Copied")).to_be_visible()
    assert page.evaluate("navigator.clipboard.readText()") == letter.input_value()

    # The draft belongs to this browser alone: another one (its own cookies) gets the 404 page.
    (decline,) = Decline.objects.all()
    assert decline.owner is None and decline.visitor
    stranger = new_page()
    response = stranger.goto(letter_path)
    assert response is not None and response.status == 404
    expect(stranger.get_by_text(RECIPIENT)).to_have_count(0)
    expect(stranger.get_by_text(COMPANY)).to_have_count(0)

    expect(stranger.get_by_role("heading", name="Page not found")).to_be_visible()
    screenshot(stranger, "front-door-letter-other-browser-phone")

    # Chromium logs the 404 answer itself as a console error: that one is expected, nothing else.
    expected = f"status of 404 (Not Found) (from {stranger.url})"
    (not_found,) = [problem for problem in browser_problems if problem.endswith(expected)]
    browser_problems.remove(not_found)
    assert browser_problems == []


def test_signing_up_from_the_letter_keeps_it_and_the_emailed_link_verifies_the_address(
    new_page, mailbox, screenshot, browser_problems
):
    page = new_page()
    letter_path = write_letter_as_visitor(page)

    invitation(page).get_by_role("link", name="Create a free account").click()
    expect(page.get_by_role("heading", name="Create your account")).to_be_visible()
    screenshot(page, "front-door-signup-phone")
    field(page, "Your name").fill("Sam Visitor")
    field(page, "Email").fill("sam.visitor@example.com")
    field(page, "Password").fill(PASSWORD)
    button(page, "Sign up").click()

    # Back on the letter, now the account's; the invitation is gone.
    expect(page).to_have_url(re.compile(re.escape(letter_path) + "$"))
    expect(
        page.get_by_role("status").filter(has_text="Your letter is saved in your account.")
    ).to_be_visible()
    expect(invitation(page)).to_have_count(0)
    page.get_by_role("link", name="Politely", exact=True).click()
    expect(page.get_by_role("heading", name="Your declines")).to_be_visible()
    expect(page.get_by_text(f"{ROLE} · {COMPANY}")).to_be_visible()
    expect(page.get_by_text(f"To {RECIPIENT}")).to_be_visible()
    (decline,) = Decline.objects.all()
    assert decline.owner is not None and decline.owner.email == "sam.visitor@example.com"
    assert decline.visitor == ""

    page.get_by_role("link", name="Settings").click()
    expect(page.get_by_text("Not verified yet", exact=True)).to_be_visible()

    # The verification email came over SMTP; its link asks for one press, then the address counts.
    sent = mailbox.wait_for(
        to="sam.visitor@example.com", subject="Politely: Please confirm your email address"
    )
    page.goto(sent.link("Confirm my email address"))
    expect(page.get_by_role("heading", name="Confirm Email Address")).to_be_visible()
    button(page, "Confirm").click()
    expect(page.get_by_role("status").filter(has_text="sam.visitor@example.com")).to_be_visible()
    page.get_by_role("link", name="Settings").click()
    expect(page.get_by_text("Verified", exact=True)).to_be_visible()
    expect(page.get_by_text("Not verified yet", exact=True)).to_have_count(0)
    assert browser_problems == []


def test_a_forgotten_password_is_reset_by_the_emailed_link(
    new_page, mailbox, screenshot, browser_problems
):
    make_user("forgetful")
    page = new_page()
    page.goto("/accounts/login/")
    expect(page.get_by_role("heading", name="Log in")).to_be_visible()
    screenshot(page, "front-door-login-phone")
    page.get_by_role("link", name="Forgot your password?").click()

    field(page, "Email").fill("forgetful@example.com")
    button(page, "Reset My Password").click()
    expect(page.get_by_text(re.compile("We have sent you an email"))).to_be_visible()
    sent = mailbox.wait_for(to="forgetful@example.com", subject="Politely: Reset your password")

    page.goto(sent.link("Choose a new password"))
    expect(page.get_by_role("heading", name="Change Password")).to_be_visible()
    field(page, "New Password").fill(NEW_PASSWORD)
    field(page, "New Password (again)").fill(NEW_PASSWORD)
    button(page, "Change Password").click()
    expect(page.get_by_text("Your password is now changed.")).to_be_visible()

    # The link is spent, the old password no longer works, and the new one does.
    page.goto(sent.link("Choose a new password"))
    expect(page.get_by_role("heading", name="Bad Token")).to_be_visible()
    page.goto("/accounts/login/")
    field(page, "Email").fill("forgetful@example.com")
    field(page, "Password").fill(PASSWORD)
    button(page, "Log in").click()
    expect(
        page.get_by_text("That email address and password don't match an account.")
    ).to_be_visible()
    log_in(page, "forgetful", NEW_PASSWORD)
    assert browser_problems == []


def test_five_wrong_passwords_stop_further_log_ins_with_a_clear_message(
    new_page, screenshot, browser_problems
):
    make_user("guesser")
    page = new_page()
    page.goto("/accounts/login/")
    for _ in range(5):
        field(page, "Email").fill("guesser@example.com")
        field(page, "Password").fill("not-the-password")
        button(page, "Log in").click()
        # The page came back (a password is never filled in again), saying what went wrong.
        expect(field(page, "Password")).to_have_value("")
        expect(
            page.get_by_text("That email address and password don't match an account.")
        ).to_be_visible()

    # Even the right password is refused now, and the page says why and what to do.
    field(page, "Email").fill("guesser@example.com")
    field(page, "Password").fill(PASSWORD)
    button(page, "Log in").click()
    expect(page.get_by_text(re.compile("Too many attempts to log in"))).to_be_visible()
    expect(page.get_by_role("heading", name="Log in")).to_be_visible()
    screenshot(page, "front-door-login-too-many-phone")
    assert browser_problems == []
