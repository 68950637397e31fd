"""What a letter is about: the facts the user gave, and the reasons and tones they choose from.

Its own small module so that `declines.core.letters.reasons`, which `declines.letters` imports, can take
`LetterFacts` without a circular import. `declines.letters` re-exports everything here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

REASONS = (
    "another_offer",
    "career_change",
    "personal",
    "role_mismatch",
    "compensation",
    "location",
    "timing",
    "prefer_not_to_say",
    "other",
)
TONES = ("formal", "warm", "brief")


@dataclass(frozen=True)
class LetterFacts:
    """What a letter needs to know, named by the domain words in docs/architecture.md."""

    recipient_name: str
    company: str
    role: str
    # How the letter greets them ("Dear Dr Raman", "Hi María José"), when the user chose it; blank
    # means the greeting suggested from the name and the tone (`suggested_greeting`). Every text
    # uses it: the letter, the follow-up, the short message and the phone script.
    greeting: str = ""
    sender_name: str = ""
    recipient_email: str = ""
    # A date when only the day is known, an aware datetime when the time is known too.
    interview_at: date | datetime | None = None
    reason: str = "prefer_not_to_say"
    reason_detail: str = ""
    tone: str = "warm"
    referral_name: str = ""
    offer_feedback: bool = False
    keep_in_touch: bool = False
    future_interest: str = ""
    # Lifecycle, for the review's time-based guidelines (prompt, follow_up).
    sent_at: datetime | None = None
    acknowledged_at: datetime | None = None
    followed_up_at: datetime | None = None
    follow_up_days: int = 3
    # The day the letter is written, in the writer's zone. After the interview day, the letter
    # apologises for the late reply instead of offering the slot back.
    written_on: date | None = None
