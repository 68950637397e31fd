"""Fixtures for the browser tests: Debian's Chromium driven by Playwright's sync API.

Chromium is found on PATH (or CHROMIUM_PATH). Without it the tests skip locally and fail in CI, so a
missing browser never passes silently there. Every page records console errors, uncaught exceptions and
Content-Security-Policy violations (Chromium reports those as console errors "Refused to ..."); each
test asserts the list is empty at its end.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.browser.helpers import PHONE

REPO_ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO_ROOT / "test-artifacts" / "screenshots"


CHROMIUM_ARGS = [
    "--no-sandbox",  # CI containers run as root, where Chromium's sandbox cannot start
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def find_chromium() -> str | None:
    """CHROMIUM_PATH when set (a wrong path is reported, not silently replaced), else PATH."""
    explicit = os.environ.get("CHROMIUM_PATH")
    candidates = [explicit] if explicit else [shutil.which("chromium"), "/usr/bin/chromium"]
    for candidate in candidates:
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


@pytest.fixture(scope="package")
def playwright():
    """Playwright's sync API runs an asyncio loop in this thread for as long as it is started, and
    Django refuses ORM calls (the tests' own checks, the database flush) while a loop runs. The flag
    is set only while the browser tests run, and restored afterwards."""
    from playwright.sync_api import sync_playwright

    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    manager = sync_playwright().start()
    try:
        yield manager
    finally:
        manager.stop()
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(scope="package")
def browser(playwright):
    executable = find_chromium()
    if executable is None:
        message = (
            "Chromium not found: install it with 'sudo apt-get install -y chromium' "
            "(or set CHROMIUM_PATH to a Chromium binary) to run the browser tests. "
            f"CHROMIUM_PATH={os.environ.get('CHROMIUM_PATH', '(unset)')}"
        )
        if os.environ.get("CI") == "true":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    browser = playwright.chromium.launch(
        executable_path=executable, headless=True, args=CHROMIUM_ARGS
    )
    yield browser
    browser.close()


# Failed loads that are not ours to fix. base.html declares its icon, so there are none today.
KNOWN_NOISE: tuple[str, ...] = ()


def _record_console(message, page, problems: list[str]) -> None:
    if message.type != "error":
        return
    source = (message.location or {}).get("url", "")
    if KNOWN_NOISE and source.endswith(KNOWN_NOISE):
        return
    problems.append(f"console error on {page.url}: {message.text} (from {source or 'the page'})")


@pytest.fixture
def browser_problems():
    """Console errors, CSP violations and uncaught exceptions seen by any page in this test."""
    return []


@pytest.fixture
def new_page(browser, live_server, browser_problems):
    """Open a page in a fresh context (its own cookies):
    `new_page(viewport=PHONE, javascript=True, color_scheme="light")`; "dark" is the system's dark
    mode, which the pages follow."""
    contexts = []

    def open_page(*, viewport=PHONE, javascript: bool = True, color_scheme: str = "light"):
        context = browser.new_context(
            base_url=live_server.url,
            viewport=viewport,
            java_script_enabled=javascript,
            color_scheme=color_scheme,
            locale="en-GB",
            timezone_id="UTC",
        )
        if javascript:
            context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
        context.set_default_timeout(5_000)
        contexts.append(context)
        page = context.new_page()
        page.on("console", lambda message: _record_console(message, page, browser_problems))
        page.on("pageerror", lambda error: browser_problems.append(f"page error: {error}"))
        return page

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    """A phone-sized page with JavaScript on."""
    return new_page(viewport=PHONE)


@pytest.fixture
def screenshot():
    """`screenshot(page, "name")` saves test-artifacts/screenshots/name.png (full page)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(page, name: str) -> Path:
        path = SCREENSHOTS / f"{name}.png"
        page.mouse.move(0, 0)  # no hover state (or half-finished hover transition) in the picture
        page.screenshot(path=str(path), full_page=True, animations="disabled")
        return path

    return take


# --- Email over real SMTP (tests/browser/mailbox.py) ----------------------------------------------


@pytest.fixture
def mailbox(settings):
    """A real SMTP server that the live server's email goes to: `mailbox.wait_for(to=, subject=)`."""
    from tests.browser.mailbox import running_mailbox

    with running_mailbox(settings) as box:
        yield box
