"""The sample letter the guideline tests start from, and helpers that review it.

A good letter from Sam Rivera to Helen Park at Northwind, built from parts, so that a test can swap
one part out or add a paragraph. Plain functions: no database, no clock, fixed dates.

March 2026: Monday 2, Tuesday 3, Wednesday 4, Thursday 5, Friday 6, Saturday 7, Sunday 8,
Monday 9.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from declines.core.letters import LetterFacts
from declines.core.review import Check, review_letter

UTC = ZoneInfo("UTC")
AUCKLAND = ZoneInfo("Pacific/Auckland")
KEYS = ("prompt", "personal", "grateful", "reason", "positive", "helpful", "open_door", "follow_up")
TEXT_KEYS = ("personal", "grateful", "reason", "positive", "helpful", "open_door")

MONDAY = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
INTERVIEW = datetime(2026, 3, 9, 10, 0, tzinfo=UTC)  # a week after MONDAY

FACTS = LetterFacts(
    recipient_name="Helen Park",
    company="Northwind",
    role="Product Designer",
    sender_name="Sam Rivera",
    interview_at=INTERVIEW,
    reason="another_offer",
    referral_name="Jo Malik",
    offer_feedback=True,
    keep_in_touch=True,
)

GREETING = "Dear Helen,"
THANKS = "Thank you for inviting me to interview for the Product Designer role at Northwind."
DECISION = "I have accepted another offer, so I am withdrawing from the process."
OFFERS = (
    "If it helps, my former colleague Jo Malik would be a strong candidate, and I'm happy "
    "to share feedback on the application process."
)
DOOR = "I'd be glad to stay in touch and hear about future roles."
SIGNATURE = "Best wishes,\nSam Rivera"


def letter(
    *,
    greeting: str = GREETING,
    thanks: str = THANKS,
    decision: str = DECISION,
    offers: str = OFFERS,
    door: str = DOOR,
    extra: str = "",
) -> str:
    """The good letter, with one part swapped out or one paragraph added."""
    paragraphs = (greeting, f"{thanks} {decision}".strip(), offers, extra, door, SIGNATURE)
    return "\n\n".join(p for p in paragraphs if p) + "\n"


GOOD = letter()


def review(body: str = GOOD, facts: LetterFacts = FACTS, today: date | datetime = MONDAY):
    return {check.guideline: check for check in review_letter(body, facts, today=today)}


def verdicts(body: str = GOOD, facts: LetterFacts = FACTS, today: date | datetime = MONDAY):
    return {key: check.ok for key, check in review(body, facts, today).items()}


def check(key: str, body: str = GOOD, facts: LetterFacts = FACTS, today=MONDAY) -> Check:
    return review(body, facts, today)[key]


def all_pass_but(key: str | None) -> dict[str, bool]:
    return {k: k != key for k in KEYS}
