"""Nothing typed is ever lost, and each click does one thing, in a real browser as a user meets it:
the unsaved-changes note and the question before leaving, "Mark as sent" saving what is on the
page, a stale second tab whose text is kept, the live count that never cuts a paste, and a double
click on a slow connection. tests/web/test_nothing_lost.py checks the same cases on the server."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from declines.models import Decline, LetterRevision, Status
from tests.browser.conftest import _record_console
from tests.browser.helpers import DESKTOP, PASSWORD, button, field, log_in
from tests.factories import make_decline, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

UNSAVED = "You have unsaved changes"
# Tells window.buttonsChanged([[name, disabled], ...]) each time a wizard button's state changes.
WATCH_BUTTONS = """() => {
  const buttons = [...document.querySelectorAll("button[name=action]")];
  const report = () => window.buttonsChanged(buttons.map((b) => [b.textContent.trim(), b.disabled]));
  const observer = new MutationObserver(report);
  buttons.forEach((b) => observer.observe(b, { attributes: true, attributeFilter: ["disabled"] }));
}"""
SLOW = 15_000  # ms to wait for a page on the throttled connection (each request waits 1.5 s)


def letter(page: Page):
    return page.get_by_role("textbox", name="Letter", exact=True)


def type_at_the_end(page: Page, text: str) -> None:
    """Typed with the keyboard, as a person does (a page asks before leaving only after a real
    interaction with it: Chromium shows no beforeunload dialog to a page never used)."""
    letter(page).click()
    page.keyboard.press("Control+End")
    page.keyboard.type(text)


class Dialogs:
    """Every dialog the page opens from now on, by type; each is dismissed (the person stays)
    unless `accept` is set (the person leaves)."""

    def __init__(self, page: Page) -> None:
        self.seen: list[str] = []
        self.accept = False
        page.on("dialog", self.answer)

    def answer(self, dialog) -> None:
        self.seen.append(dialog.type)
        if self.accept:
            dialog.accept()
        else:
            dialog.dismiss()


@pytest.fixture
def writer(new_page):
    """A signed-in writer on the page of a letter ready to send."""
    user = make_user("writer", display_name="Wren Writer")
    decline = make_decline(user)
    page = new_page(viewport=DESKTOP)
    log_in(page, "writer", PASSWORD)
    page.goto(f"/declines/{decline.pk}/")
    return page, decline


def test_typing_shows_the_unsaved_note_and_mark_as_sent_saves_the_text(writer, browser_problems):
    page, decline = writer
    note = page.get_by_role("status").filter(has_text=UNSAVED)
    expect(note).to_be_hidden()
    type_at_the_end(page, "\nP.S. Typed, never saved.")
    expect(note).to_be_visible()
    typed = letter(page).input_value()
    dialogs = Dialogs(page)

    button(page, "Mark as sent").click()
    expect(page.get_by_role("status").filter(has_text="Marked as sent")).to_be_visible()
    assert dialogs.seen == []  # the form saves what is typed: nothing to ask about
    page.reload()
    expect(letter(page)).to_have_value(typed)
    expect(page.get_by_text("Sent", exact=True)).to_be_visible()
    expect(note).to_be_hidden()
    decline.refresh_from_db()
    assert (decline.status, decline.body) == (Status.SENT, typed)
    assert browser_problems == []


def test_leaving_with_unsaved_text_asks_first_and_never_when_nothing_changed(
    writer, browser_problems
):
    page, _ = writer
    saved = letter(page).input_value()
    dialogs = Dialogs(page)
    type_at_the_end(page, "\nStill thinking about this line.")
    typed = letter(page).input_value()

    # Leaving by a link asks; saying "stay" keeps the page and the text as they were.
    page.get_by_role("link", name="Change my answers").click()
    expect(page).to_have_url(re.compile(r"/declines/\d+/$"))
    assert dialogs.seen == ["beforeunload"]
    expect(letter(page)).to_have_value(typed)

    # Typed back to the saved text, nothing is unsaved: leaving asks nothing.
    letter(page).fill(saved)
    expect(page.get_by_role("status").filter(has_text=UNSAVED)).to_be_hidden()
    page.get_by_role("link", name="Change my answers").click()
    expect(page.get_by_role("heading", name="Who")).to_be_visible()
    assert dialogs.seen == ["beforeunload"]  # still only the first

    # Closing the tab with unsaved text asks too.
    page.go_back()
    type_at_the_end(page, "\nOne more thought.")
    dialogs.accept = True
    with page.expect_event("close"):
        page.close(run_before_unload=True)
    assert dialogs.seen == ["beforeunload", "beforeunload"]
    assert browser_problems == []


def open_tab(page: Page, browser_problems: list[str]) -> Page:
    """A second tab in the same browser (same cookies), watched like the first."""
    tab = page.context.new_page()
    tab.on("console", lambda message: _record_console(message, tab, browser_problems))
    tab.on("pageerror", lambda error: browser_problems.append(f"page error: {error}"))
    return tab


def test_a_stale_tab_keeps_its_text_in_earlier_versions(writer, browser_problems):
    tab_a, decline = writer
    tab_b = open_tab(tab_a, browser_problems)
    tab_b.goto(f"/declines/{decline.pk}/")

    letter(tab_b).fill("Dear Helen,\n\nTyped in tab B, never saved.\n\nWren")
    letter(tab_a).fill("Dear Helen,\n\nSaved in tab A.\n\nWren")
    button(tab_a, "Save").click()
    expect(tab_a.get_by_role("status").filter(has_text="Letter saved.")).to_be_visible()

    button(tab_b, "Try another wording").click()
    expect(tab_b.get_by_role("alert")).to_contain_text("changed in another window")
    # Nothing replaced: tab B now shows what tab A saved ...
    expect(letter(tab_b)).to_have_value("Dear Helen,\n\nSaved in tab A.\n\nWren")
    # ... and nothing thrown away: B's text is an earlier version, there to read and restore.
    versions = tab_b.get_by_role("region", name="Earlier versions")
    kept = versions.get_by_role("listitem").filter(has_text="Unsaved text kept from another window")
    expect(kept).to_have_count(1)
    kept.get_by_text("Show text").click()
    expect(kept).to_contain_text("Typed in tab B, never saved.")
    assert LetterRevision.objects.filter(
        decline=decline, source=LetterRevision.Source.KEPT, body__contains="Typed in tab B"
    ).exists()
    decline.refresh_from_db()
    assert "Saved in tab A." in decline.body
    assert browser_problems == []


def test_the_own_words_count_goes_over_without_cutting_a_long_paste(new_page, browser_problems):
    user = make_user("counter")
    decline = make_decline(user, status=Status.DRAFT, steps_done=1)
    page = new_page(viewport=DESKTOP)
    log_in(page, "counter", PASSWORD)
    page.goto(f"/declines/{decline.pk}/why/")
    own_words = field(page, "In your own words")
    expect(page.get_by_text("0 of 300 characters", exact=True)).to_be_visible()

    own_words.fill("Closer to home.")
    expect(page.get_by_text("15 of 300 characters", exact=True)).to_be_visible()

    long_text = "I have accepted another offer. " * 10 + "Thank you for your kind offer."
    assert len(long_text) == 340
    own_words.fill(long_text)
    expect(own_words).to_have_value(long_text)  # all of it: nothing cut
    over = page.get_by_text("340 characters: 40 over the 300 that fit.")
    expect(over).to_be_visible()
    expect(over).to_contain_text("Nothing is cut")

    # A real paste from the clipboard is not cut either.
    own_words.fill("")
    page.evaluate("text => navigator.clipboard.writeText(text)", long_text)
    own_words.focus()
    page.keyboard.press("Control+V")
    expect(own_words).to_have_value(long_text)
    expect(over).to_be_visible()

    # The server says the same, and gives every character back.
    field(page, "Reason").select_option(label="I accepted another offer")
    button(page, "Next").click()
    expect(page.get_by_text("Please keep it to 300 characters (it has 340)")).to_be_visible()
    expect(field(page, "In your own words")).to_have_value(long_text)
    assert browser_problems == []


def test_a_double_click_on_next_on_a_slow_connection_creates_one_draft(new_page, browser_problems):
    page = new_page(viewport=DESKTOP)  # a visitor: no account needed to start a letter
    page.goto("/declines/new/")
    field(page, "Recipient's name").fill("Helen Park")
    field(page, "Company").fill("Northwind")
    field(page, "Role").fill("Product Analyst")

    # What happens, in order: each request and answer of the step, and each change of its
    # buttons, told by the page itself (a locator would wait for the navigation to finish).
    events: list[tuple] = []
    page.on("request", lambda r: events.append(("request", r.method, r.url)))
    page.on("response", lambda r: events.append(("response", r.request.method, r.url)))
    page.expose_function("buttonsChanged", lambda states: events.append(("buttons", states)))
    page.evaluate(WATCH_BUTTONS)

    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 1500, "downloadThroughput": -1, "uploadThroughput": -1},
    )
    button(page, "Next").dblclick()
    expect(page.get_by_role("navigation", name="Progress")).to_contain_text(
        "Step 2 of 4", timeout=SLOW
    )

    (draft,) = Decline.objects.all()
    assert draft.company == "Northwind"
    posts = [e for e in events if e[:2] == ("request", "POST")]
    assert len(posts) == 1, posts  # one request reached the server
    # Both buttons were disabled while the request ran, before its answer came.
    all_disabled = [["Next", True], ["Save and exit", True]]
    disabled = next(i for i, e in enumerate(events) if e == ("buttons", all_disabled))
    answered = next(i for i, e in enumerate(events) if e[:2] == ("response", "POST"))
    assert disabled < answered, events
    # The new page is ready at once: its buttons are not left disabled.
    expect(button(page, "Next")).to_be_enabled()
    assert browser_problems == []
