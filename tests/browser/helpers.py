"""Small helpers the browser tests share: find fields by their visible label, sign up, log in."""

from __future__ import annotations

from playwright.sync_api import Page, expect

PASSWORD = "a-calm-Passphrase-42"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def field(page: Page, text: str):
    """A field by its visible label, exactly as docs/architecture.md lists it."""
    return page.get_by_label(text, exact=True)


def button(page: Page, name: str):
    return page.get_by_role("button", name=name, exact=True)


def sign_up(page: Page, username: str) -> None:
    page.goto("/accounts/signup/")
    field(page, "Your name").fill(username.replace(".", " ").title())
    field(page, "Email").fill(f"{username}@example.com")
    field(page, "Password").fill(PASSWORD)
    button(page, "Sign up").click()
    expect(page.get_by_role("heading", name="Your declines")).to_be_visible()


def log_in(page: Page, username: str, password: str) -> None:
    page.goto("/accounts/login/")
    field(page, "Email").fill(username if "@" in username else f"{username}@example.com")
    field(page, "Password").fill(password)
    button(page, "Log in").click()
    expect(page.get_by_role("heading", name="Your declines")).to_be_visible()
