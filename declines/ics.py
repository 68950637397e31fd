"""A decline's reminders as an iCalendar file, so they reach the user's own calendar app.

Built with the `icalendar` library (escaping, folding and CRLFs are its job, not ours). Choices:

- Times are written in UTC (`...Z`): valid without a VTIMEZONE block, and every calendar app shows
  them in its own zone. The moments themselves come from `nudges` in the user's zone.
- UIDs are stable (`decline-<id>-send@politely`, `decline-<id>-follow-up@politely`), so importing
  the file again updates the events instead of duplicating them.
- The send-by event exists while the letter is unsent. The follow-up event exists once the letter is
  marked sent: before that its date is a guess that moves with the real sending day, and a guess in
  someone's calendar is worse than none. Download again after marking it sent.
- A decline with nothing left to do (acknowledged, closed, followed up) gives a calendar without
  events, as calendar apps export an empty calendar.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.urls import reverse
from icalendar import Alarm, Calendar, Event

from .adapters import decline_state
from .core import nudges
from .core.text import one_line
from .models import Decline, Profile

PRODID = "-//Politely//Decline reminders//EN"
EVENT_LENGTH = timedelta(minutes=15)
# Time to write and send the letter before the deadline passes.
SEND_ALARM_BEFORE = timedelta(minutes=30)


@dataclass(frozen=True)
class _Reminder:
    uid: str
    at: datetime
    summary: str
    description: str
    alarm_before: timedelta


def reminders_ics(
    decline: Decline, profile: Profile, *, site_url: str, now: datetime | None = None
) -> bytes:
    """The decline's upcoming reminders as an iCalendar file (bytes, CRLF lines)."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    link = site_url.rstrip("/") + reverse("declines:decline_detail", args=[decline.pk])
    calendar = Calendar.new(prodid=PRODID, uid=f"decline-{decline.pk}@politely")
    for reminder in _reminders(decline, profile, link):
        calendar.add_component(_event(reminder, stamp=stamp, link=link))
    return calendar.to_ical()


def _reminders(decline: Decline, profile: Profile, link: str) -> list[_Reminder]:
    state = decline_state(decline, profile)
    company = one_line(decline.company) or "the company"
    reminders = []
    if (deadline := nudges.send_by(state)) is not None:
        reminders.append(
            _Reminder(
                uid=f"decline-{decline.pk}-send@politely",
                at=deadline,
                summary=f"Send your letter to {company}",
                description=(
                    f"Turning down the interview with {company} promptly lets them plan. "
                    f"Your letter is ready to finish and send: {link}"
                ),
                alarm_before=SEND_ALARM_BEFORE,
            )
        )
    if (due := nudges.follow_up_due_at(state)) is not None:
        reminders.append(
            _Reminder(
                uid=f"decline-{decline.pk}-follow-up@politely",
                at=due,
                summary=f"Follow up with {company} if they haven't replied",
                description=(
                    f"If {company} hasn't confirmed your letter yet, a short follow-up makes "
                    f"sure it arrived. A follow-up email and a phone script: {link}"
                ),
                alarm_before=timedelta(0),
            )
        )
    return reminders


def _event(reminder: _Reminder, *, stamp: datetime, link: str) -> Event:
    start = reminder.at.astimezone(UTC)
    event = Event.new(
        uid=reminder.uid,
        stamp=stamp,
        start=start,
        end=start + EVENT_LENGTH,
        summary=reminder.summary,
        description=reminder.description,
        url=link,
    )
    alarm = Alarm.new(description=reminder.summary)
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", -reminder.alarm_before)
    event.add_component(alarm)
    return event
