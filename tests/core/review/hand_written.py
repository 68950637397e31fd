"""Hand-written letters, in the many ways real people write them, through review_letter: the
facts they answer, the template the bad letters are made from, and the review's verdicts.

None of these letters come from our composer. March 2026: Monday 2 is "today"; the interview is
Monday 9 at 10:00 UTC unless a letter says otherwise.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from declines.core.letters import LetterFacts
from declines.core.review import review_letter

UTC = ZoneInfo("UTC")
MONDAY = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
INTERVIEW = datetime(2026, 3, 9, 10, 0, tzinfo=UTC)
KEYS = ("prompt", "personal", "grateful", "reason", "positive", "helpful", "open_door", "follow_up")

FACTS = LetterFacts(
    recipient_name="Priya Shah",
    company="Brightwave",
    role="Product Analyst",
    sender_name="Tom Becker",
    interview_at=INTERVIEW,
    reason="another_offer",
)


def verdicts(body: str, facts: LetterFacts, today: datetime = MONDAY) -> dict[str, bool]:
    return {c.guideline: c.ok for c in review_letter(body, facts, today=today)}


LETTER = """{greeting}

{thanks} {decision}

{door}

Best,
Tom
"""


def letter(
    greeting="Dear Priya,",
    thanks="Thank you for inviting me to interview for the Product Analyst role.",
    decision="I've accepted another offer, so I'm withdrawing from the process.",
    door="Please keep me in mind for future openings.",
) -> str:
    return LETTER.format(greeting=greeting, thanks=thanks, decision=decision, door=door)
