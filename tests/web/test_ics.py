"""The reminders .ics: parsed back with icalendar, its events, times, alarms and UIDs, and the view's
download headers and owner scoping."""

from datetime import UTC, datetime, timedelta

import pytest
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.http import Http404
from django.test import RequestFactory
from django.utils import timezone
from icalendar import Calendar

from declines.adapters import decline_state
from declines.core import nudges
from declines.ics import reminders_ics
from declines.models import Decline, Status
from declines.views import reminders_ics as reminders_ics_view
from tests.factories import make_decline

pytestmark = pytest.mark.django_db

STAMP = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def aged(decline: Decline, **fields) -> Decline:
    Decline.objects.filter(pk=decline.pk).update(**fields)
    decline.refresh_from_db()
    return decline


def parse(decline: Decline) -> Calendar:
    content = reminders_ics(decline, decline.owner.profile, site_url="https://politely.example/")
    return Calendar.from_ical(content)


def events_by_uid(calendar: Calendar) -> dict:
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_an_unsent_letter_has_a_send_by_event_with_an_alarm(user):
    created = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    decline = aged(make_decline(user, company="Northwind"), created_at=created)

    calendar = parse(decline)

    assert calendar["VERSION"] == "2.0"
    assert "Politely" in str(calendar["PRODID"])
    (event,) = calendar.walk("VEVENT")
    assert str(event["UID"]) == f"decline-{decline.pk}-send@politely"
    start = event.decoded("DTSTART")
    assert start.utcoffset() == timedelta(0)  # aware, written in UTC
    assert start == created + timedelta(hours=24)
    assert event.decoded("DTEND") > start
    assert event.decoded("DTSTAMP").tzinfo is not None
    assert str(event["SUMMARY"]) == "Send your letter to Northwind"
    link = f"https://politely.example/declines/{decline.pk}/"
    assert str(event["URL"]) == link
    assert link in str(event["DESCRIPTION"])
    (alarm,) = event.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm.decoded("TRIGGER") == timedelta(minutes=-30)
    assert str(alarm["DESCRIPTION"])


def test_an_interview_soon_brings_the_send_by_moment_forward(user):
    decline = aged(
        make_decline(user, interview_date=datetime(2026, 3, 4).date()),
        created_at=datetime(2026, 3, 1, 10, tzinfo=UTC),
    )
    (event,) = parse(decline).walk("VEVENT")
    # A date-only interview starts at 09:00 in the user's zone; send 48 hours before.
    assert event.decoded("DTSTART") == datetime(2026, 3, 2, 9, tzinfo=UTC)


def test_a_decline_started_too_late_for_the_deadline_is_due_at_once(user):
    started = datetime(2026, 3, 2, 8, tzinfo=UTC)
    decline = aged(
        make_decline(user, interview_date=datetime(2026, 3, 3).date()), created_at=started
    )
    (event,) = parse(decline).walk("VEVENT")
    assert event.decoded("DTSTART") == started


def test_the_times_follow_the_users_zone(user):
    user.profile.timezone = "America/New_York"
    user.profile.save()
    decline = aged(
        make_decline(user, interview_date=datetime(2026, 3, 4).date()),
        created_at=datetime(2026, 3, 2, 8, tzinfo=UTC),
    )
    (event,) = parse(decline).walk("VEVENT")
    # 09:00 in New York on 4 March is 14:00 UTC; 48 hours earlier is 2 March 14:00 UTC.
    assert event.decoded("DTSTART") == datetime(2026, 3, 2, 14, tzinfo=UTC)


def test_a_sent_letter_has_a_follow_up_event_instead(user):
    sent_at = datetime(2026, 3, 6, 10, tzinfo=UTC)  # a Friday
    decline = aged(make_decline(user, status=Status.SENT), sent_at=sent_at)

    events = events_by_uid(parse(decline))

    assert list(events) == [f"decline-{decline.pk}-follow-up@politely"]
    (event,) = events.values()
    due = nudges.follow_up_due_at(decline_state(decline, user.profile))
    assert event.decoded("DTSTART") == due == datetime(2026, 3, 11, 10, tzinfo=UTC)
    assert "Follow up with Northwind" in str(event["SUMMARY"])
    (alarm,) = event.walk("VALARM")
    assert alarm.decoded("TRIGGER") == timedelta(0)


@pytest.mark.parametrize("status", [Status.ACKNOWLEDGED, Status.CLOSED])
def test_a_finished_decline_has_no_events(user, status):
    decline = make_decline(user, status=status)
    assert parse(decline).walk("VEVENT") == []


def test_a_followed_up_decline_has_no_events(user):
    decline = aged(make_decline(user, status=Status.SENT), followed_up_at=timezone.now())
    assert parse(decline).walk("VEVENT") == []


def test_the_file_is_stable_for_the_same_moment(user):
    decline = make_decline(user)
    profile = user.profile
    first = reminders_ics(decline, profile, site_url="https://p.example", now=STAMP)
    second = reminders_ics(decline, profile, site_url="https://p.example", now=STAMP)
    assert first == second
    assert b"\r\n" in first  # RFC 5545 line endings


def test_awkward_company_names_survive_the_round_trip(user):
    decline = make_decline(user, company="Smith, Jones; & Co\\")
    (event,) = parse(decline).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Send your letter to Smith, Jones; & Co\\"


# --- the view -----------------------------------------------------------------------------------------


def get(user, decline):
    request = RequestFactory().get(f"/declines/{decline.pk}/reminders.ics")
    request.user = user
    return reminders_ics_view(request, pk=decline.pk)


def test_the_view_downloads_the_calendar(user):
    decline = make_decline(user, company="Northwind Traders")

    response = get(user, decline)

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert (
        response["Content-Disposition"] == 'attachment; filename="reminders-northwind-traders.ics"'
    )
    (event,) = Calendar.from_ical(response.content).walk("VEVENT")
    assert str(event["URL"]) == f"{settings.SITE_URL}/declines/{decline.pk}/"


def test_another_users_decline_is_not_found(user, other_user):
    decline = make_decline(user)
    with pytest.raises(Http404):
        get(other_user, decline)


def test_a_visitor_cannot_open_a_users_calendar(user):
    with pytest.raises(Http404):
        get(AnonymousUser(), make_decline(user))
