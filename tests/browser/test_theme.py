"""Light and dark: every page follows the system's setting (Bootstrap's colour modes, set by
static/declines/theme.js), from the first paint and as it changes. The colours of both themes are
measured in test_contrast.py."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import PHONE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def background(page) -> str:
    return page.evaluate("getComputedStyle(document.body).backgroundColor")


def test_pages_follow_the_systems_light_or_dark_setting_as_it_changes(new_page, browser_problems):
    page = new_page(viewport=PHONE, color_scheme="light")
    page.goto("/")
    html = page.locator("html")
    expect(html).to_have_attribute("data-bs-theme", "light")
    light = background(page)

    page.emulate_media(color_scheme="dark")  # the user switches their phone to dark mode
    expect(html).to_have_attribute("data-bs-theme", "dark")
    assert background(page) != light

    page.emulate_media(color_scheme="light")
    expect(html).to_have_attribute("data-bs-theme", "light")
    assert background(page) == light
    assert browser_problems == []  # no Content-Security-Policy complaint about the theme script


def test_the_theme_is_set_before_the_page_is_drawn(new_page, browser_problems):
    page = new_page(viewport=PHONE, color_scheme="dark")
    page.goto("/accounts/login/")
    # A blocking script ahead of the stylesheets: the first paint is already dark, never white.
    head = page.evaluate(
        """() => [...document.head.querySelectorAll("script, link[rel=stylesheet]")].map(
            (e) => e.localName === "script"
                ? `script ${e.getAttribute("src").split("/").pop()}${e.defer || e.async ? " (deferred)" : ""}`
                : "stylesheet")"""
    )
    assert head[0] == "script theme.js"
    expect(page.locator("html")).to_have_attribute("data-bs-theme", "dark")
    assert browser_problems == []


def test_without_javascript_the_pages_stay_light(new_page, browser_problems):
    light = new_page(viewport=PHONE, color_scheme="light")
    light.goto("/")
    page = new_page(viewport=PHONE, javascript=False, color_scheme="dark")
    page.goto("/")
    expect(page.get_by_role("heading", name="Turn down an interview, kindly.")).to_be_visible()
    # Bootstrap's default (light) colours, never a half-dark mix.
    assert page.locator("html").get_attribute("data-bs-theme") is None
    assert background(page) == background(light)
    assert browser_problems == []
