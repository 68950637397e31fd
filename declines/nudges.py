"""The nudge policy: which reminders are due for a decline at a given moment, and how urgent.

Pure Python: no Django import, no clock read (pass `now`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

KINDS = ("send_soon", "send_urgent", "interview_passed", "follow_up")


@dataclass(frozen=True)
class DeclineState:
    """A decline's lifecycle as the policy sees it. All datetimes are aware."""

    status: str  # draft, ready, sent, acknowledged, closed
    created_at: datetime
    # A date when only the day is known, an aware datetime when the time is known too.
    interview_at: date | datetime | None = None
    sent_at: datetime | None = None
    acknowledged_at: datetime | None = None
    followed_up_at: datetime | None = None
    follow_up_days: int = 3  # business days, 1–10
    timezone: str = "UTC"  # IANA name of the user's zone


@dataclass(frozen=True)
class Nudge:
    kind: str
    urgency: int  # higher is more urgent; the dashboard sorts by it
    due_at: datetime  # when this nudge became (or becomes) due
    message: str  # plain words for the dashboard and the email
