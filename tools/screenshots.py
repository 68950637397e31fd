"""Regenerate docs/screenshots/: the main pages from the demo data, on a phone and a desktop, light
and dark.

    make screenshots            # or: .venv/bin/python tools/screenshots.py [--out DIR]

Runs everything throwaway: a temporary SQLite database (migrated, then `seed_demo`), Django's
development server on a free local port (DJANGO_DEBUG=1), and Debian's Chromium through Playwright
(CHROMIUM_PATH, else `chromium` on PATH). It signs in as the demo user the way a person would and
saves one PNG per page, device and theme (a screenful; the short landing page whole):

    landing, dashboard, step-why (a wizard step), letter  x  phone, desktop  x  light, dark

The demo's dates are relative to today, so the pictures change a little from day to day.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
DEVICES = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 800}}
THEMES = ("light", "dark")
DEMO_USERNAME, DEMO_PASSWORD = "demo", "demo-politely-2026"  # as seed_demo prints them
WIZARD_DECLINE = "Brightline Health"  # a draft with its reason in the user's own words
LETTER_DECLINE = "Meridian Bank"  # ready to send, interview tomorrow, with a referral
# The landing page is short and says everything at once: shown whole. The rest show one screenful.
FULL_PAGE = {"landing"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT, help=f"where to write (default {OUT})")
    args = parser.parse_args()
    chromium = find_chromium()
    if chromium is None:
        print(
            "Chromium not found: install it ('sudo apt-get install -y chromium') or set CHROMIUM_PATH.",
            file=sys.stderr,
        )
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="politely-screens-") as tmp:
        env = {
            **os.environ,
            "DJANGO_DEBUG": "1",
            "DATABASE_URL": f"sqlite:///{Path(tmp) / 'screenshots.sqlite3'}",
            "PYTHONUNBUFFERED": "1",
        }
        manage(env, "migrate", "--noinput", "--verbosity", "0")
        manage(env, "seed_demo")
        with dev_server(env, Path(tmp) / "runserver.log") as base_url:
            saved = take_all(chromium, base_url, args.out)
    for path in saved:
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 0


def find_chromium() -> str | None:
    explicit = os.environ.get("CHROMIUM_PATH")
    for candidate in [explicit] if explicit else [shutil.which("chromium"), "/usr/bin/chromium"]:
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def manage(env: dict, *command: str) -> None:
    subprocess.run([sys.executable, "manage.py", *command], cwd=ROOT, env=env, check=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def dev_server(env: dict, log_path: Path):
    """`runserver` on a free port until the block ends; its output goes to log_path."""
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    with log_path.open("w") as log:
        server = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_until_up(f"{base_url}/healthz", server, log_path)
            yield base_url
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def wait_until_up(url: str, server: subprocess.Popen, log_path: Path, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"The development server stopped:\n{log_path.read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.25)
    raise SystemExit(f"The development server did not answer {url} in {timeout:.0f}s.")


def take_all(chromium: str, base_url: str, out: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    saved = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium,
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync"],
        )
        try:
            for device, viewport in DEVICES.items():
                for theme in THEMES:
                    context = browser.new_context(
                        base_url=base_url,
                        viewport=viewport,
                        color_scheme=theme,
                        locale="en-GB",
                        timezone_id="Europe/London",
                    )
                    context.set_default_timeout(10_000)
                    try:
                        page = context.new_page()
                        for name in walk(page):
                            path = out / f"{name}-{device}-{theme}.png"
                            snap(page, path, full_page=name in FULL_PAGE)
                            saved.append(path)
                    finally:
                        context.close()
        finally:
            browser.close()
    return saved


def walk(page):
    """Visit each page like a person would, yielding its name once it is on screen."""
    page.goto("/")
    yield "landing"

    page.goto("/accounts/login/")
    page.locator("input[name=username], input[name=login]").first.fill(DEMO_USERNAME)
    page.locator("input[name=password]").fill(DEMO_PASSWORD)
    with page.expect_navigation():
        page.locator("main form [type=submit]").first.click()
    page.goto("/")
    page.get_by_role("heading", name="Your declines").wait_for()
    yield "dashboard"

    row = page.locator(".decline-row", has_text=WIZARD_DECLINE)
    with page.expect_navigation():
        row.get_by_role("link", name="Continue").click()
    with page.expect_navigation():
        page.get_by_role("navigation", name="Progress").get_by_role("link", name="Why").click()
    yield "step-why"

    page.goto("/")
    row = page.locator(".decline-row", has_text=LETTER_DECLINE)
    with page.expect_navigation():
        row.get_by_role("link", name="Review and send").click()
    yield "letter"


def snap(page, path: Path, *, full_page: bool) -> None:
    page.wait_for_load_state("load")
    page.mouse.move(0, 0)  # no hover state in the picture
    page.evaluate("document.activeElement && document.activeElement.blur()")
    page.screenshot(path=str(path), full_page=full_page, animations="disabled", caret="hide")


if __name__ == "__main__":
    sys.exit(main())
