"""How the tests count repeated words in a letter, on their own terms (not the composer's).

A content word is any word that is not a stop word below: nouns, verbs, adjectives, adverbs that
carry meaning, names. A plural counts as its singular ("roles" is "role", "thanks" is "thank").
No content word may appear three times in one letter.
"""

from __future__ import annotations

import re
from collections import Counter

MAX_REPEATS = 2

# The stop words: articles, pronouns and their contractions, prepositions, conjunctions, the
# auxiliary and modal verbs, and a few function words. Nothing else is exempt.
STOP_WORDS = frozenset(
    (
        # articles, determiners, quantifiers
        *("a", "an", "the", "this", "that", "these", "those", "some", "any", "all", "each"),
        *("both", "no", "more", "most", "such", "own", "other", "another", "one"),
        # pronouns and their contractions
        *("i", "me", "my", "mine", "myself", "you", "your", "yours", "we", "us", "our", "it"),
        *("its", "they", "them", "their", "he", "him", "his", "she", "her", "who", "whom"),
        *("which", "what", "there", "here", "i'm", "i've", "i'd", "i'll", "it's", "that's"),
        *("let's", "you've", "you're", "we're", "we've", "there's", "it'll"),
        # prepositions and particles
        *("to", "of", "in", "on", "at", "for", "with", "from", "by", "about", "into", "over"),
        *("after", "before", "up", "down", "out", "off", "again"),
        # conjunctions
        *("and", "or", "but", "so", "if", "as", "than", "then", "when", "while", "because"),
        *("since", "yet", "nor"),
        # auxiliary and modal verbs, negation
        *("be", "am", "is", "are", "was", "were", "been", "being", "have", "has", "had", "do"),
        *("does", "did", "will", "would", "can", "could", "shall", "should", "may", "might"),
        *("must", "not", "don't", "isn't", "can't", "won't", "didn't", "doesn't", "let"),
        # function adverbs
        *("very", "really", "just", "also", "too", "now", "still", "ever", "well", "way", "like"),
    )
)
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")


def _singular(word: str) -> str:
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def repeated(text: str) -> dict[str, int]:
    """The content words that appear more than MAX_REPEATS times, with their counts."""
    words = (w.lower().replace("\u2019", "'") for w in _WORD.findall(text))
    counts = Counter(_singular(w) for w in words if w not in STOP_WORDS and len(w) > 1)
    return {word: count for word, count in counts.items() if count > MAX_REPEATS}
