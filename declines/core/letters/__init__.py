"""Compose a letter from plain facts: the decline, its follow-up, a phone script, a short message.

The pipeline, each step its own module:
- `facts`: `LetterFacts`, what a letter needs to know, and the reasons and tones;
- `tidy` and `names`: facts as people type them, tidied (a role from a job board, "Park, Helen");
- `reasons`: the user's own words about why, framed as a sentence and kept brief;
- `voices`: every phrase of every tone, so a reviewer reads all the English in one place;
- `compose`: picks the phrases, fills in the facts and joins the sentences.
"""

from declines.core.letters.compose import (
    SHORT_LIMIT,
    SUBJECT_LIMIT,
    VARIANTS,
    Letter,
    compose_follow_up,
    compose_letter,
    compose_short,
    phone_script,
)
from declines.core.letters.facts import REASONS, TONES, LetterFacts

__all__ = [
    "REASONS",
    "SHORT_LIMIT",
    "SUBJECT_LIMIT",
    "TONES",
    "VARIANTS",
    "Letter",
    "LetterFacts",
    "compose_follow_up",
    "compose_letter",
    "compose_short",
    "phone_script",
]
