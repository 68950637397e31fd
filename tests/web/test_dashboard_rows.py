"""Dashboard rows are drawn once and kept: the same row gives the same HTML from memory, and any
change to what it shows, or to its template, draws it afresh."""

from __future__ import annotations

from dataclasses import replace

import pytest
from django.template import Template

from declines.selectors import OPEN, REVIEW, Button, RowShown
from declines.templatetags.dashboard_rows import _drawn, dashboard_row

ROW = RowShown(
    pk="7",
    title="Analyst · Northwind",
    details="To Helen Park · No interview date",
    status="ready",
    status_label="Ready to send",
    nudge_kind="",
    text="Next: send your letter, then mark it as sent.",
    link=REVIEW,
    buttons=(Button("sent", "Mark as sent"),),
)


@pytest.fixture(autouse=True)
def no_kept_rows():
    _drawn.cache_clear()


def test_a_row_shows_its_words_links_and_buttons():
    html = dashboard_row(ROW, "/declines/")
    assert 'id="decline-7-title">Analyst · Northwind<' in html
    assert 'href="/declines/7/">Review and send</a>' in html
    assert 'formaction="/declines/7/sent/">Mark as sent</button>' in html
    assert 'form="row-actions"' in html
    assert "csrfmiddlewaretoken" not in html  # nothing of one request is kept


def test_the_same_row_is_drawn_once():
    first = dashboard_row(ROW, "/declines/")
    again = dashboard_row(replace(ROW), "/declines/")  # equal, not the same object
    assert again == first
    assert (_drawn.cache_info().misses, _drawn.cache_info().hits) == (1, 1)


@pytest.mark.parametrize(
    "change",
    [
        {"text": "Send it today: the interview is in 3 hours."},
        {"nudge_kind": "send_urgent"},
        {"link": OPEN},
        {"buttons": ()},
        {"pk": "8"},
    ],
)
def test_any_change_to_what_a_row_shows_draws_it_afresh(change):
    before = dashboard_row(ROW, "/declines/")
    after = dashboard_row(replace(ROW, **change), "/declines/")
    assert after != before
    assert _drawn.cache_info().hits == 0


def test_typed_words_are_escaped_in_a_kept_row():
    shown = replace(ROW, title='<script>alert("hi")</script> · Northwind')
    for _ in range(2):
        html = dashboard_row(shown, "/declines/")
        assert "<script>" not in html
        assert "&lt;script&gt;" in html


def test_an_edited_template_is_not_answered_from_the_old_ones_rows():
    old = _drawn(Template("old {{ shown.title }}"), ROW, "/declines/")
    new = _drawn(Template("new {{ shown.title }}"), ROW, "/declines/")
    assert (old, new) == ("old Analyst · Northwind", "new Analyst · Northwind")
