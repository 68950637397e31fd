"""What the letter page shows besides the letter: the guideline review, the other ways to say it,
and where the decline stands in time. Assembled from the pure modules; reads nothing itself."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from .adapters import decline_state, letter_facts
from .core import exports, letters, nudges
from .core.review import Check, review_letter
from .models import Decline, Profile


@dataclass(frozen=True)
class LetterPage:
    checks: list[Check]
    follow_up: letters.Letter
    follow_up_mailto: str | None
    phone_script: str
    short_message: str
    nudges: list[nudges.Nudge]
    send_by: datetime | None
    follow_up_due_at: datetime | None

    @property
    def follow_up_due(self) -> bool:
        return any(nudge.kind == "follow_up" for nudge in self.nudges)

    @property
    def checks_passed(self) -> int:
        return sum(check.ok for check in self.checks)


def review(
    body: str,
    decline: Decline,
    profile: Profile,
    now: datetime,
    facts: letters.LetterFacts | None = None,
) -> list[Check]:
    """The guideline review, once per request. review_letter keeps the checks that depend only
    on the text and the facts, so the same letter is not read again (the page after a save, the
    scorecard as the user pauses); the time-based ones are judged afresh each time."""
    # "Today" is the user's today: an interview on Friday is Friday where they live.
    today = now.astimezone(profile.zone)
    return review_letter(body, facts or letter_facts(decline, profile), today=today)


def follow_up_letter(
    decline: Decline, profile: Profile, now: datetime, facts: letters.LetterFacts | None = None
) -> letters.Letter:
    """The follow-up, dated from when the letter was sent (or today, to preview it)."""
    return _other_ways(decline, profile, now, facts)[0]


def _other_ways(
    decline: Decline, profile: Profile, now: datetime, facts: letters.LetterFacts | None = None
) -> tuple[letters.Letter, str, str]:
    """The follow-up, the phone script and the short message."""
    facts = facts or letter_facts(decline, profile)
    sent_on = (decline.sent_at or now).astimezone(profile.zone).date()
    return _composed(facts, _zone_of(facts), sent_on)


def _zone_of(facts: letters.LetterFacts) -> str:
    return repr(getattr(facts.interview_at, "tzinfo", None))


# The other ways to say it depend only on the typed facts and the follow-up's day, and the letter
# page shows them on every visit: they are composed once and remembered, as the review is (about
# 1 ms together; a few thousand kept cost a few MB a worker). Facts compare their interview time
# as an instant, so the same instant in two zones (another day on the calendar) would be equal
# facts: the zone is part of the key too.
@lru_cache(maxsize=2048)
def _composed(
    facts: letters.LetterFacts, zone: str, sent_on: date
) -> tuple[letters.Letter, str, str]:
    follow_up = letters.compose_follow_up(facts, sent_on=sent_on)
    return follow_up, letters.phone_script(facts), letters.compose_short(facts)


def letter_page(decline: Decline, profile: Profile, now: datetime) -> LetterPage:
    facts = letter_facts(decline, profile)  # once, for the review and every other wording
    state = decline_state(decline, profile)
    follow_up, phone_script, short_message = _other_ways(decline, profile, now, facts)
    return LetterPage(
        checks=review(decline.body, decline, profile, now, facts),
        follow_up=follow_up,
        follow_up_mailto=exports.mailto_link(
            to=decline.recipient_email, subject=follow_up.subject, body=follow_up.body
        ),
        phone_script=phone_script,
        short_message=short_message,
        nudges=nudges.due_nudges(state, now),
        send_by=nudges.send_by(state),
        follow_up_due_at=nudges.follow_up_due_at(state),
    )
