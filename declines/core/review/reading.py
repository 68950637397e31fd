"""A letter's text as the guideline review reads it, and how word lists are matched against it.

The body is folded (lower-case, accents off, straight quotes), split into sentences and paragraphs
with pasted header lines left out, and its greeting line found. Pure Python, no Django import.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from declines.core.review.words import (
    ABBREVIATIONS,
    GREETING_SEARCH_LINES,
    GREETING_WORDS,
    HEADER_FIELDS,
)
from declines.core.text import fold, straighten


@dataclass(frozen=True)
class LetterText:
    """A letter's body, read once and shared by every guideline's check."""

    raw: str  # the body with curly quotes straightened
    folded: str  # lower-case, accents and curly quotes removed: what word lists match against
    sentences: tuple[str, ...]  # folded, one per sentence or line, header lines left out
    paragraphs: tuple[int, ...]  # which paragraph each sentence is in
    greeting: str  # folded greeting line: the first one that opens like a greeting, or line one
    greeting_line: str = ""  # the same line as written (curly quotes straightened)


def read_letter(body: str) -> LetterText:
    """The body as the checks read it: folded sentences by paragraph, and its greeting line."""
    raw = straighten(body.replace("\r\n", "\n"))
    sentences, paragraphs, lines = [], [], []
    for index, paragraph in enumerate(re.split(r"\n\s*\n", raw)):
        for line in paragraph.split("\n"):
            line = line.strip()
            if not line or _HEADER_LINE.match(line):
                continue  # "Subject: Withdrawing my application" is not the letter's own text
            lines.append(line)
            for sentence in SENTENCE_END.split(line):
                if sentence.strip():
                    sentences.append(fold(sentence))
                    paragraphs.append(index)
    # The greeting may follow an address block or a date: the first line that opens like one,
    # else the last line before the first sentence ("Priya,"), else the first line.
    opening = [fold(line) for line in lines[:GREETING_SEARCH_LINES]]
    at = next((i for i, line in enumerate(opening) if _GREETING_START.match(line)), None)
    if at is None:
        before_text = list(itertools.takewhile(lambda line: not re.search(r"[.!?]", line), opening))
        at = len(before_text) - 1 if before_text else 0
    greeting = opening[at] if opening else ""
    written = lines[at] if lines else ""
    return LetterText(raw, fold(raw), tuple(sentences), tuple(paragraphs), greeting, written)


_HEADER_LINE = re.compile(r"^(?:" + "|".join(HEADER_FIELDS) + r")\s*:", re.IGNORECASE)
# How a greeting line opens ("Dear", "Good morning"), as a regex over the start of a line.
GREETING_OPENING = (
    r"^(?:" + "|".join(r"\s+".join(map(re.escape, g.split())) for g in GREETING_WORDS) + r")\b"
)
_GREETING_START = re.compile(GREETING_OPENING)
# Where one sentence ends and the next begins; "Dr." and "e.g." end none.
SENTENCE_END = re.compile(
    "".join(rf"(?<!\b{re.escape(abbr)})" for abbr in ABBREVIATIONS) + r"(?<=[.!?])\s+",
    re.IGNORECASE,
)
# One word, with its inner apostrophes and hyphens: "don't", "O'Brien-Ngugi".
WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")


@lru_cache(maxsize=2048)
def phrase_regex(phrase: str) -> re.Pattern[str]:
    """A listed phrase as a regex over folded text: whole words, any spaces between them."""
    words = r"\s+".join(re.escape(word) for word in fold(phrase).split())
    return re.compile(rf"(?<!\w){words}(?!\w)")


def first_match(folded: str, phrases: tuple[str, ...]) -> str | None:
    """The listed phrase that occurs earliest in the text, as written in the list."""
    found = []
    for phrase in phrases:
        match = phrase_regex(phrase).search(folded)
        if match:
            found.append((match.start(), -len(phrase), phrase))
    return min(found)[2] if found else None


def contains(folded: str, phrase: str) -> bool:
    """Whether the folded text holds the phrase as whole words; a blank phrase is never found."""
    return bool(phrase.strip()) and phrase_regex(phrase).search(folded) is not None


def word_count(text: str) -> int:
    """How many words the text has, "don't" and "O'Brien" counted as one each."""
    return len(WORD.findall(text))
