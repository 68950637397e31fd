"""Text as people type it, made comparable: one line, straight quotes, folded case and accents.

Every module of the core that tidies or compares typed words uses these, so "Zoë's" and "zoe's"
compare equal the same way in the letters, the review and the exports.
"""

from __future__ import annotations

import unicodedata

_STRAIGHT_QUOTES = str.maketrans("\u2018\u2019\u201c\u201d", "''\"\"")

# Characters that change how text is shown without being text: the bidi embeddings, overrides and
# isolates (a "Trojan Source" name can read backwards), and the left-to-right/right-to-left marks.
# Zero-width joiners stay: several scripts need them to spell words.
_BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def _visible(text: str, *, keep: str, control: str) -> str:
    """`text` with each control character (but those in `keep`) as `control`, bidi marks dropped."""
    if text.isascii() and text.isprintable():
        return text
    return "".join(
        ch
        if ch in keep
        else control
        if unicodedata.category(ch) == "Cc"
        else ""
        if ch in _BIDI_CONTROLS
        else ch
        for ch in text
    )


def one_line(text: str | None) -> str:
    """One line, single spaces, nothing invisible: typed text may carry line breaks, tabs, doubled
    spaces, control characters or bidi overrides, and none of them belongs in a name or a header."""
    return " ".join(_visible(text or "", keep="", control=" ").split())


def multi_line(text: str | None) -> str:
    """Text of several lines as the person sees it: each line break one "\n" (browsers send
    "\r\n"), tabs kept, other control characters and bidi overrides removed, ends trimmed."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    return _visible(text, keep="\n\t", control="").strip()


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
