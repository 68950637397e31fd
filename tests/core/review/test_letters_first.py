"""letters_first rewrites "\\bword" so that a regex opens with plain letters: the matches must
be exactly those of the regex as written, for every pattern it is used on."""

from __future__ import annotations

import re

import pytest

from declines.core.review.reading import letters_first
from declines.core.review.words import (
    DECISION_PATTERNS,
    DECISIONS_WITH_WHY,
    FAREWELL_PATTERNS,
    NOT_GRATITUDE_PATTERNS,
    OPEN_DOOR_PATTERNS,
    PLACEHOLDER_PATTERNS,
)

TEXTS = (
    "no thanks, thanks but no thanks; thanks to a new offer i must decline. no, thank you",
    "cannot, _not, 9not, xno longer, i'm not going to proceed and i don't want to continue",
    "i am unable to attend; i'm no longer interested. best of luck in the future!",
    "all the best for the future, and i hope we work together again. talk soon again",
    "wishes well in future; networking again; speaking of which, let's chat again.",
    "thanksgiving, nothing, notable, knot, withdrawal, decline, declined, stepped back",
    "Dear FIRSTNAME, xFIRSTNAME at COMPANY_NAME or _COMPANY; [Name] {x} <Role> XXX xxxx ___",
    "",
)
SYNTHETIC = (
    r"\bno\s+thanks?\b",
    r"a|\bnot",
    r"\b(?:the)?x",
    r"\bs?x",
    r"(?:\bthe|\bno)\s",
    r"\b(?:wish(?:es)?|[bw]ell|(?:a|b)c)\s",
)
PATTERNS = (
    *NOT_GRATITUDE_PATTERNS,
    *DECISION_PATTERNS,
    *DECISIONS_WITH_WHY,
    *FAREWELL_PATTERNS,
    *OPEN_DOOR_PATTERNS,
    *PLACEHOLDER_PATTERNS,
    *SYNTHETIC,
)


@pytest.mark.parametrize("pattern", PATTERNS)
def test_the_rewritten_regex_finds_the_same_matches(pattern):
    written, rewritten = re.compile(pattern), re.compile(letters_first(pattern))
    for text in TEXTS:
        assert [m.span() for m in rewritten.finditer(text)] == [
            m.span() for m in written.finditer(text)
        ]


def test_it_moves_the_boundary_after_opening_letters_only():
    assert letters_first(r"\bno,?\s") == r"no(?<!\wno),?\s"
    assert letters_first(r"\b(?:a|bc)\s") == r"(?:a(?<!\wa)|bc(?<!\wbc))\s"
    assert letters_first(r"\b(?:op(?:t|ted)|x)") == r"(?:op(?<!\wop)(?:t|ted)|x(?<!\wx))"
    assert letters_first(r"\bthanks?") == r"thank(?<!\wthank)s?"
    assert letters_first(r"\b(?:a[\]|(]|b\|)") == r"(?:a(?<!\wa)[\]|(]|b(?<!\wb)\|)"
    unchanged = (r"\b(?:the)?x", r"\bs?x", r"[\b]no", r"\\bno", r"x\bno", r"\b(?:a|[bc]d)")
    for pattern in unchanged:
        assert letters_first(pattern) == pattern
