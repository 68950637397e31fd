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


def letters_first(pattern: str) -> str:
    r"""The regex with each \b that opens it (or opens one of its groups or alternatives) and is
    followed by letters moved after them: "\bnot" as "not(?<!\wnot)", and "\b(?:work|chos(?:e|en))"
    as "(?:work(?<!\wwork)|chos(?<!\wchos)(?:e|en))".

    As a letter follows the \b, both ask only that no word character comes before: the matches
    are the same. But a regex that opens with plain letters is searched for far faster than one
    that tries \b at every character (phrase_regex is written so too). Anything else is left as
    it is: a \b before a quantified letter or group, or before something other than letters.
    """
    out, at = [], 0
    for boundary in _OPENING_BOUNDARY.finditer(pattern):
        rest = pattern[boundary.end() :]
        moved = _word_first(rest) or _group_first(rest)
        if moved is not None:
            out.append(pattern[at : boundary.start()])
            out.append(moved[0])
            at = boundary.end() + moved[1]
    return "".join(out) + pattern[at:]


# A \b at the start of the regex, of a group or of an alternative. (The review's patterns have no
# "|\b" or "(?:\b" inside a character class, where this would misread it.)
_OPENING_BOUNDARY = re.compile(r"(?:^|(?<=\(\?:)|(?<=\|))\\b")
# Letters that open a regex, not counting one a quantifier makes optional ("thanks?" is "thank").
_LETTERS = re.compile(r"[A-Za-z]+(?![?*+{])")
_QUANTIFIER = re.compile(r"[?*+{]")


def _word_first(rest: str) -> tuple[str, int] | None:
    r""" "not..." as "not(?<!\wnot)", and how much of `rest` that replaces (the word)."""
    word = _LETTERS.match(rest)
    return (rf"{word[0]}(?<!\w{word[0]})", word.end()) if word else None


def _group_first(rest: str) -> tuple[str, int] | None:
    """ "(?:a|b)..." with each alternative's opening letters first, and how much of `rest` that
    replaces (the group); None unless every alternative opens with letters."""
    group = _group(rest) if rest.startswith("(?:") else None
    if group is None or _QUANTIFIER.match(rest, group[1]):
        return None
    alternatives = []
    for alternative in group[0]:
        word = _word_first(alternative)
        if word is None:
            return None
        alternatives.append(word[0] + alternative[word[1] :])
    return "(?:" + "|".join(alternatives) + ")", group[1]


def _group(text: str) -> tuple[list[str], int] | None:
    """The alternatives of the "(?:...)" group `text` opens with, and where the group ends."""
    alternatives: list[str] = []
    depth, start, i = 0, 3, 3
    while i < len(text):
        char = text[i]
        if char == "\\":
            i += 1  # an escaped character is just a character
        elif char == "[":
            i = _class_end(text, i)
        elif char == "(":
            depth += 1
        elif char == ")" and depth > 0:
            depth -= 1
        elif char == ")":
            return [*alternatives, text[start:i]], i + 1
        elif char == "|" and depth == 0:
            alternatives.append(text[start:i])
            start = i + 1
        i += 1
    return None


def _class_end(text: str, i: int) -> int:
    """Where the character class that opens at `i` ends: its "]", escapes skipped."""
    i += 2 if text[i + 1 : i + 2] == "^" else 1
    i += 1 if text[i : i + 1] == "]" else 0  # a "]" first in a class is one of its characters
    while i < len(text) and text[i] != "]":
        i += 2 if text[i] == "\\" else 1
    return i


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


# A word list is matched through the words the text has. A phrase can only match where each of
# its words stands whole in the text (its regex wants no word character on either side), so only
# the phrases whose words the text has are searched for: most texts have the words of a handful.
_WORD_RUN = re.compile(r"\w+")


@lru_cache(maxsize=64)
def _filed(
    phrases: tuple[str, ...],
) -> tuple[dict[str, tuple[tuple[str, frozenset[str]], ...]], tuple[str, ...]]:
    """The phrases by the word they open with, each with the other words it needs; and those
    that open with no word at all (searched for in every text)."""
    by_word: dict[str, list[tuple[str, frozenset[str]]]] = {}
    others = []
    for phrase in sorted(set(phrases)):
        words = phrase_words(phrase)
        runs = _WORD_RUN.findall(" ".join(words))
        if words and _WORD_RUN.match(words[0]):
            by_word.setdefault(runs[0], []).append((phrase, frozenset(runs[1:])))
        else:
            others.append(phrase)
    return {word: tuple(listed) for word, listed in by_word.items()}, tuple(others)


@lru_cache(maxsize=256)
def words_in(folded: str) -> frozenset[str]:
    """Every whole word of the text, shared by every word list matched against it."""
    return frozenset(_WORD_RUN.findall(folded))


def first_match(
    folded: str, phrases: tuple[str, ...], words: frozenset[str] | None = None
) -> str | None:
    """The listed phrase that occurs earliest in the text, as written in the list; of those
    starting at the same place, the longest. `words` may hold the text's words, or more (those
    of the text it was blanked from), to save finding them again."""
    by_word, others = _filed(phrases)
    present = words_in(folded) if words is None else words
    candidates = [*others]  # none in today's lists
    for word in by_word.keys() & present:
        candidates += (phrase for phrase, needs in by_word[word] if needs <= present)
    found = [
        (match.start(), -len(phrase), phrase)
        for phrase in candidates
        if (match := phrase_regex(phrase).search(folded))
    ]
    return min(found)[2] if found else None


@lru_cache(maxsize=2048)
def phrase_words(phrase: str) -> tuple[str, ...]:
    return tuple(fold(phrase).split())


def without_phrases(folded: str, phrases: tuple[str, ...]) -> str:
    """The folded text with each phrase (as whole words) blanked out in turn.

    Blanking only takes words away, so a phrase whose words the text lacks can match neither
    before nor after the others are blanked: its regex is not run at all.
    """
    present = words_in(folded)
    for phrase, needs in _needs(phrases):
        if needs <= present:
            folded = phrase_regex(phrase).sub(" ", folded)
    return folded


@lru_cache(maxsize=256)
def _needs(phrases: tuple[str, ...]) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each phrase, in order, with the whole words a text must have for it to match there."""
    return tuple(
        (phrase, frozenset(_WORD_RUN.findall(" ".join(phrase_words(phrase))))) for phrase in phrases
    )


def contains(folded: str, phrase: str) -> bool:
    """Whether the folded text holds the phrase as whole words; a blank phrase is never found."""
    return bool(phrase.strip()) and phrase_regex(phrase).search(folded) is not None


def word_count(text: str) -> int:
    """How many words the text has, "don't" and "O'Brien" counted as one each."""
    return len(WORD.findall(text))
