"""Colour contrast as rendered, on the pages a first-time user sees: text against WCAG AA (4.5:1, or
3:1 for large text) and the outlines of form controls against 3:1 (WCAG 1.4.11), in the light theme
and in the dark one (the pages follow the system's setting, emulated here).

Known failures are listed by colour pair in KNOWN, each reported to the team with a fix; they raise a
warning while they remain, and any other pair that falls short fails the test."""

from __future__ import annotations

import warnings

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import PHONE, button, field, sign_up

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Walks every visible element that has text of its own (and every form control), resolves its
# effective background by blending ancestors' background colours, and measures the WCAG ratio.
MEASURE = r"""
() => {
  const parse = (c) => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const p = m[1].split(/[ ,\/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  };
  const over = (top, bottom) => [0, 1, 2].map((i) => top[i] * top[3] + bottom[i] * (1 - top[3])).concat([1]);
  const background = (element) => {
    const layers = [];
    for (let e = element; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
    }
    return layers.reduceRight((below, layer) => over(layer, below), [255, 255, 255, 1]);
  };
  const luminance = (c) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
  };
  const ratio = (a, b) => {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  const hex = (c) => "#" + c.slice(0, 3).map((v) => Math.round(v).toString(16).padStart(2, "0")).join("");
  const found = [];
  for (const element of document.querySelectorAll("body *")) {
    const text = [...element.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim())
      .map((n) => n.textContent.trim()).join(" ");
    if (!text || !element.checkVisibility()) continue;
    const style = getComputedStyle(element);
    const back = background(element);
    const fore = over(parse(style.color), back);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (parseInt(style.fontWeight, 10) >= 700 && size >= 18.66);
    found.push({kind: "text", what: text.slice(0, 50), ratio: ratio(fore, back),
                need: large ? 3 : 4.5, pair: `${hex(fore)} on ${hex(back)}`});
  }
  for (const control of document.querySelectorAll("input:not([type=hidden]), textarea, select")) {
    if (!control.checkVisibility()) continue;
    const back = background(control.parentElement);
    const edge = over(parse(getComputedStyle(control).borderTopColor), back);
    found.push({kind: "control outline", what: control.name || control.id, ratio: ratio(edge, back),
                need: 3, pair: `${hex(edge)} on ${hex(back)}`});
  }
  return found;
}
"""

# Colour pairs accepted for now, each with the reason; empty: every pair must pass.
KNOWN: set[tuple[str, str]] = set()


def navigate(page, action) -> None:
    """Measure only the new page once its stylesheets have loaded, never the old one mid-swap."""
    with page.expect_navigation(wait_until="load"):
        action()


def shortfalls(page, where: str) -> list[dict]:
    page.wait_for_load_state("load")  # every stylesheet applied
    theme = page.locator("html").get_attribute("data-bs-theme") or "light"
    return [
        {**row, "where": f"{where} ({theme})"}
        for row in page.evaluate(MEASURE)
        if round(row["ratio"], 2) < row["need"]
    ]


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_text_and_form_controls_meet_wcag_aa_contrast(new_page, theme, browser_problems):
    page = new_page(viewport=PHONE, color_scheme=theme)
    found = []
    page.goto("/")
    # A broken theme switch would measure the light theme twice and pass: check it took effect.
    expect(page.locator("html")).to_have_attribute("data-bs-theme", theme)
    found += shortfalls(page, "landing")
    sign_up(page, "contrast.check")
    found += shortfalls(page, "empty dashboard")

    navigate(page, page.get_by_role("link", name="Start a new decline").click)
    field(page, "Recipient's name").fill("Helen Park")
    field(page, "Role").fill("Product Analyst")
    navigate(page, button(page, "Next").click)
    found += shortfalls(page, "who step with an error")
    field(page, "Company").fill("Northwind")
    navigate(page, button(page, "Next").click)
    found += shortfalls(page, "why step")
    field(page, "Reason").select_option("timing")
    navigate(page, button(page, "Next").click)
    navigate(page, button(page, "Next").click)
    navigate(page, button(page, "Compose letter").click)
    found += shortfalls(page, "letter page")
    navigate(page, page.get_by_role("link", name="Politely", exact=True).click)
    found += shortfalls(page, "dashboard")

    def describe(rows):
        return "\n".join(
            f"  {r['where']}: {r['kind']} {r['what']!r} {r['pair']} = {r['ratio']:.2f}:1 "
            f"(needs {r['need']}:1)"
            for r in rows
        )

    known = [r for r in found if (r["kind"], r["pair"]) in KNOWN]
    new = [r for r in found if (r["kind"], r["pair"]) not in KNOWN]
    if known:
        warnings.warn(
            "Known contrast shortfalls (reported, awaiting a CSS fix):\n" + describe(known),
            UserWarning,
            stacklevel=1,
        )
    assert not new, "Contrast below WCAG AA:\n" + describe(new)
    assert browser_problems == []
