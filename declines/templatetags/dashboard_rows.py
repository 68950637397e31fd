"""The dashboard's rows, each drawn once and then kept while it shows the same.

A row's template reads only the row's `RowShown` and the page's `declines_url`, so with the template
itself they are its whole input: the same three always give the same HTML, and a row whose words
change (a reminder's "in 3 hours", a new status) is a new key, drawn afresh. Drawing a row costs
about 0.15 ms and the dashboard draws every row on every visit, so each worker keeps the last
rows it drew (a few thousand, some 1.5 KB each). Keying on the template object too means an
edited template (runserver reloads it) is never answered from the old one's rows.
"""

from __future__ import annotations

from functools import lru_cache

from django import template
from django.template import Context, Engine, Template
from django.utils.safestring import SafeString

from ..selectors import RowShown

register = template.Library()

ROW_TEMPLATE = "declines/_row.html"
KEPT_ROWS = 4096


@register.simple_tag
def dashboard_row(shown: RowShown, declines_url: str) -> SafeString:
    # The engine's own template object, which its cached loader keeps until a template changes
    # (get_template() from django.template.loader wraps it anew on every call).
    return _drawn(Engine.get_default().get_template(ROW_TEMPLATE), shown, declines_url)


@lru_cache(maxsize=KEPT_ROWS)
def _drawn(row_template: Template, shown: RowShown, declines_url: str) -> SafeString:
    # No request: context processors add nothing (no user, no CSRF token) to what is kept.
    return row_template.render(Context({"shown": shown, "declines_url": declines_url}))
