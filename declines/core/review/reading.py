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
    for index, paragraph in enumerate(_PARAGRAPH_BREAK.split(raw)):
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
        before_text = list(
            itertools.takewhile(lambda line: not _SENTENCE_MARK.search(line), opening)
        )
        at = len(before_text) - 1 if before_text else 0
    greeting = opening[at] if opening else ""
    written = lines[at] if lines else ""
    return LetterText(raw, fold(raw), tuple(sentences), tuple(paragraphs), greeting, written)


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_SENTENCE_MARK = re.compile(r"[.!?]")
_HEADER_LINE = re.compile(r"^(?:" + "|".join(HEADER_FIELDS) + r")\s*:", re.IGNORECASE)
# How a greeting line opens ("Dear", "Good morning"), as a regex over the start of a line.
GREETING_OPENING = (
    r"^(?:" + "|".join(r"\s+".join(map(re.escape, g.split())) for g in GREETING_WORDS) + r")\b"
)
_GREETING_START = re.compile(GREETING_OPENING)
# Where one sentence ends and the next begins; "Dr." and "e.g." end none.
SENTENCE_END = re.compile(
    r"(?<=[.!?])"  # first, as it rules out most places at once
    + "".join(rf"(?<!\b{re.escape(abbr)})" for abbr in ABBREVIATIONS)
    + r"\s+",
    re.IGNORECASE,
)
# One word, with its inner apostrophes and hyphens: "don't", "O'Brien-Ngugi".
WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")


@lru_cache(maxsize=2048)
def phrase_regex(phrase: str) -> re.Pattern[str]:
    """A listed phrase as a regex over folded text: whole words, any spaces between them."""
    words = [re.escape(word) for word in fold(phrase).split()] or [""]
    # "(?<!\w)helen\s+park(?!\w)", written to open with its first word: a regex that opens with
    # plain letters is searched for far faster. The lookbehind after the first word checks, as
    # the usual one before it would, that no letter comes just before.
    return re.compile(
        rf"{words[0]}(?<!\w{words[0]})" + "".join(rf"\s+{w}" for w in words[1:]) + r"(?!\w)"
    )


# A word list is matched in one pass over the text's words: each phrase is filed under its first
# word, and only where a word of the text opens a listed phrase is that phrase's regex tried. A
# phrase can only start where a word does, because its regex wants no word character before it.
_WORD_RUN = re.compile(r"\w+")


@lru_cache(maxsize=64)
def _filed(phrases: tuple[str, ...]) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """The phrases by the word they open with, the longest first (then A to Z), so the first to
    match at a place is the one `first_match` picks; and those that open with no word at all."""
    by_word: dict[str, list[str]] = {}
    others = []
    for phrase in sorted(set(phrases), key=lambda phrase: (-len(phrase), phrase)):
        words = phrase_words(phrase)
        opening = _WORD_RUN.match(words[0]) if words else None
        if opening:
            by_word.setdefault(opening.group(), []).append(phrase)
        else:
            others.append(phrase)
    return {word: tuple(listed) for word, listed in by_word.items()}, tuple(others)


@lru_cache(maxsize=256)
def _word_places(folded: str) -> dict[str, list[int]]:
    """Where each word of the text starts (shared by every word list: never changed)."""
    places: dict[str, list[int]] = {}
    for match in _WORD_RUN.finditer(folded):
        places.setdefault(match.group(), []).append(match.start())
    return places


def first_match(folded: str, phrases: tuple[str, ...]) -> str | None:
    """The listed phrase that occurs earliest in the text, as written in the list; of those
    starting at the same place, the longest."""
    by_word, others = _filed(phrases)
    places = _word_places(folded)
    found = [  # none in today's lists: searched the plain way
        (match.start(), -len(phrase), phrase)
        for phrase in others
        if (match := phrase_regex(phrase).search(folded))
    ]
    # Only the list's opening words that the text has; at one place, only phrases opening with
    # the word there can match, and the first of them to match is the longest.
    for word in by_word.keys() & places.keys():
        listed = by_word[word]
        for start in places[word]:
            phrase = next((p for p in listed if phrase_regex(p).match(folded, start)), None)
            if phrase is not None:
                found.append((start, -len(phrase), phrase))
                break
    return min(found)[2] if found else None


@lru_cache(maxsize=2048)
def phrase_words(phrase: str) -> tuple[str, ...]:
    return tuple(fold(phrase).split())


def without_phrase(folded: str, phrase: str) -> str:
    """The folded text with the phrase (as whole words) blanked out. The regex runs only when
    every word of the phrase is in the text somewhere, which it must be to match."""
    if all(word in folded for word in phrase_words(phrase)):
        return phrase_regex(phrase).sub(" ", folded)
    return folded


def contains(folded: str, phrase: str) -> bool:
    """Whether the folded text holds the phrase as whole words; a blank phrase is never found."""
    return bool(phrase.strip()) and phrase_regex(phrase).search(folded) is not None


def word_count(text: str) -> int:
    """How many words the text has, "don't" and "O'Brien" counted as one each."""
    return len(WORD.findall(text))
