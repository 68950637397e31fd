"""Calendar words and business days, shared by the letters, the review and the nudge policy.

Pure Python. Day and month names are our own, so a server locale can never change "Tuesday 3 March".
"""

from __future__ import annotations

from datetime import date, time, timedelta

# An interview known only by its day is taken to start at nine in the morning, by the review and
# by the nudge policy alike.
DATE_ONLY_INTERVIEW_TIME = time(9, 0)
SATURDAY = 5  # date.weekday(): Monday is 0
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def day_name(day: date) -> str:
    """'Tuesday 3 March'."""
    return f"{DAY_NAMES[day.weekday()]} {day.day} {MONTH_NAMES[day.month - 1]}"


def add_business_days(start: date, count: int) -> date:
    """Weekdays only. A weekend start counts from Monday, so Saturday + 1 is Tuesday."""
    day = start
    while day.weekday() >= SATURDAY:
        day += timedelta(days=1)
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < SATURDAY:
            count -= 1
    return day


def business_days_between(start: date, end: date) -> int:
    """Weekdays after `start`, up to and including `end`."""
    days = (start + timedelta(days=offset) for offset in range(1, (end - start).days + 1))
    return sum(1 for day in days if day.weekday() < SATURDAY)
