"""Text as people type it, made comparable: one line, straight quotes, folded case and accents.

Every module of the core that tidies or compares typed words uses these, so "Zoë's" and "zoe's"
compare equal the same way in the letters, the review and the exports.
"""

from __future__ import annotations

import unicodedata

_STRAIGHT_QUOTES = str.maketrans("\u2018\u2019\u201c\u201d", "''\"\"")


def one_line(text: str | None) -> str:
    """One line, single spaces: typed text may carry line breaks, tabs or doubled spaces."""
    return " ".join((text or "").split())


def straighten(text: str) -> str:
    """Curly quotes made straight, so either kind of apostrophe compares equal."""
    return text.translate(_STRAIGHT_QUOTES)


def fold_simple(text: str) -> str:
    """Straight, case-folded and trimmed: how typed words are compared with word lists."""
    return straighten(text).casefold().strip()


def fold(text: str) -> str:
    """Lower-case, accents off, straight quotes: "Zoë" and "zoe" compare equal."""
    if text.isascii():  # most letters: no quotes to straighten, no accents, nothing to decompose
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", straighten(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
