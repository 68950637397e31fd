"""Compose a letter from plain facts: the decline, its follow-up, a phone script, a short message.

The pipeline, each step its own module:
- `facts`: `LetterFacts`, what a letter needs to know, and the reasons and tones;
- `tidy` and `names`: facts as people type them, tidied (a role from a job board, "Park, Helen");
- `greetings`: how the letter greets them, suggested from the name and tone or as the user chose;
- `reasons`: the user's own words about why, framed as a sentence and kept brief;
- `voices`: every phrase of every tone, so a reviewer reads all the English in one place;
- `wording`: the content words a letter may not say three times;
- `compose`: picks the phrases, fills in the facts and joins the sentences.
"""

from declines.core.letters.compose import (
    INBOX_LINE,
    SHORT_LIMIT,
    SUBJECT_LIMIT,
    SUBJECT_LINE_LIMIT,
    VARIANTS,
    Letter,
    ShownForms,
    compose_follow_up,
    compose_letter,
    compose_short,
    phone_script,
    shown_forms,
)
from declines.core.letters.facts import REASONS, TONES, LetterFacts
from declines.core.letters.greetings import Greeting, greeting_for, suggested_greeting

__all__ = [
    "INBOX_LINE",
    "REASONS",
    "SHORT_LIMIT",
    "SUBJECT_LIMIT",
    "SUBJECT_LINE_LIMIT",
    "TONES",
    "VARIANTS",
    "Greeting",
    "Letter",
    "LetterFacts",
    "ShownForms",
    "compose_follow_up",
    "compose_letter",
    "compose_short",
    "greeting_for",
    "phone_script",
    "shown_forms",
    "suggested_greeting",
]
