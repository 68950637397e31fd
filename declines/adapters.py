"""Rows to pure values: the one place where a Decline and its owner's Profile become the core's
dataclasses (`LetterFacts` for the letters and the review, `DeclineState` for the nudge policy).

Services, selectors, reminders, the calendar and the letter page all convert through here, so a new
fact is added in one place.
"""

from __future__ import annotations

from django.utils import timezone

from .core import letters
from .core.nudges import DeclineState
from .models import Decline, Profile


def letter_facts(decline: Decline, profile: Profile) -> letters.LetterFacts:
    """The facts a letter needs; the interview time is read in the owner's own zone."""
    zone = profile.zone
    return letters.LetterFacts(
        recipient_name=decline.recipient_name,
        greeting=decline.greeting,
        recipient_email=decline.recipient_email,
        company=decline.company,
        role=decline.role,
        interview_at=decline.interview_at(zone),
        reason=decline.reason or "prefer_not_to_say",
        reason_detail=decline.reason_detail,
        tone=decline.tone,
        referral_name=decline.referral_name,
        offer_feedback=decline.offer_feedback,
        keep_in_touch=decline.keep_in_touch,
        future_interest=decline.future_interest,
        sender_name=decline.sender_name,
        sent_at=decline.sent_at,
        acknowledged_at=decline.acknowledged_at,
        followed_up_at=decline.followed_up_at,
        follow_up_days=profile.follow_up_days,
        written_on=timezone.now().astimezone(zone).date(),
    )


def wording_facts(decline: Decline) -> letters.LetterFacts:
    """What the wizard shows of the letter-to-be (its greeting, how it names the company, the
    role and the reason), from the decline alone: no profile, no clock."""
    return letters.LetterFacts(
        recipient_name=decline.recipient_name,
        greeting=decline.greeting,
        company=decline.company,
        role=decline.role,
        reason=decline.reason or "prefer_not_to_say",
        reason_detail=decline.reason_detail,
        tone=decline.tone,
    )


def decline_state(decline: Decline, profile: Profile) -> DeclineState:
    return DeclineState(
        status=decline.status,
        created_at=decline.created_at,
        interview_at=decline.interview_at(profile.zone),
        sent_at=decline.sent_at,
        acknowledged_at=decline.acknowledged_at,
        followed_up_at=decline.followed_up_at,
        follow_up_days=profile.follow_up_days,
        timezone=profile.timezone,
        company=decline.company,
    )
