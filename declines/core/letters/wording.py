"""Words a person would not repeat: no content word three times in one letter.

A letter's own phrases are written so that no two of them share a content word, but facts bring
words of their own: a role called "Data role", a reason that says "time". `Budget` counts what a
letter has said so far and lets `compose` pick, for each sentence, the first wording that keeps
every content word under three. Pure Python, no Django import.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

# A content word may come at most this often in one letter.
MAX_REPEATS = 2

# Words that carry grammar, not meaning: repeating them is how English works. Everything else
# (nouns, verbs, adjectives, names) is a content word.
STOP_WORDS = frozenset(
    (
        *("a", "an", "the", "and", "or", "but", "so", "if", "as", "than", "that", "this"),
        *("these", "those", "there", "here", "then", "when", "while", "because", "since"),
        *("i", "me", "my", "mine", "myself", "you", "your", "yours", "we", "us", "our", "it"),
        *("its", "they", "them", "their", "he", "him", "his", "she", "her", "who", "whom"),
        *("which", "what", "one", "to", "of", "in", "on", "at", "for", "with", "from", "by"),
        *("about", "into", "over", "after", "before", "up", "down", "out", "off", "again"),
        *("be", "am", "is", "are", "was", "were", "been", "being", "have", "has", "had"),
        *("do", "does", "did", "will", "would", "can", "could", "shall", "should", "may"),
        *("might", "must", "not", "no", "nor", "all", "any", "some", "such", "more", "most"),
        *("very", "really", "just", "also", "too", "own", "other", "another", "each", "both"),
        *("i'm", "i've", "i'd", "i'll", "it's", "that's", "let's", "you've", "you're", "don't"),
        *("isn't", "it'll", "there's", "we're", "we've", "can't", "won't", "didn't"),
        *("doesn't", "let", "like", "well", "way", "so", "yet", "now", "still", "ever"),
    )
)
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")


def stem(word: str) -> str:
    """A word folded with its plural: "Roles" and "role", "thanks" and "thank" count as one."""
    word = word.lower().replace("\u2019", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def content_words(text: str) -> list[str]:
    """The content words of a text, each as its `stem`."""
    words = (w.lower().replace("\u2019", "'") for w in _WORD.findall(text))
    return [stem(w) for w in words if w not in STOP_WORDS and len(w) > 1]


def repeated_words(text: str) -> dict[str, int]:
    """The content words a text uses more than MAX_REPEATS times, with their counts."""
    counts = Counter(content_words(text))
    return {word: count for word, count in counts.items() if count > MAX_REPEATS}


@lru_cache(maxsize=4096)
def _counted(text: str) -> tuple[tuple[str, int], ...]:
    """How often the text says each content word, as pairs. A letter weighs every wording of
    every slot, and letters share most of them, so each is counted once."""
    return tuple(Counter(content_words(text)).items())


class Budget:
    """The content words a letter has used so far, to choose wordings that add no third one.
    (Plain loops over a dict: this runs for every wording weighed, a few dozen a letter.)"""

    def __init__(self, *texts: str) -> None:
        self.counts: dict[str, int] = {}
        for text in texts:
            self.add(text)

    def add(self, text: str) -> str:
        counts = self.counts
        for word, times in _counted(text):
            counts[word] = counts.get(word, 0) + times
        return text

    def excess(self, text: str) -> int:
        """How far past MAX_REPEATS the text would take the letter's words."""
        counts, over = self.counts, 0
        for word, times in _counted(text):
            past = counts.get(word, 0) + times - MAX_REPEATS
            if past > 0:
                over += past
        return over

    def pick(self, options: Iterable[str]) -> str:
        """The first option that repeats no content word a third time (else the one that repeats
        least), counted as used."""
        best, least = "", -1
        for text in options:
            excess = self.excess(text) if text else -1
            if excess == 0:
                return self.add(text)  # nothing repeats less, and the first of equals wins
            if excess > 0 and (least < 0 or excess < least):
                best, least = text, excess
        return self.add(best) if best else ""
