"""Your data is yours: everything Politely keeps about an account, as JSON, and its letters as
drafts to open in a mail client (.eml), zipped together with the JSON.

A selector: it only reads, only the account's own rows, in the same few queries however many
declines there are (the revisions and the reminders are prefetched).
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, date, datetime, time
from typing import Any

from allauth.account.models import EmailAddress
from django.db.models import Model, Prefetch, QuerySet
from django.utils import timezone
from django.utils.text import slugify

from .core import exports
from .models import PROFILE_FIELDS, Decline, LetterRevision, NudgeLog, Profile

FORMAT = "politely-data"
FORMAT_VERSION = 1

# Every field of a decline in the domain's words, as docs/architecture.md names them; not the owner
# (the account above) nor the visitor token (a decline in an export always has an account).
DECLINE_FIELDS = tuple(
    field.name for field in Decline._meta.concrete_fields if field.name not in ("owner", "visitor")
)
REVISION_FIELDS = ("subject", "body", "source", "created_at")
REMINDER_FIELDS = ("kind", "state", "claimed_at", "sent_at")


def _value(value: Any) -> Any:
    """Dates, times and datetimes as ISO 8601 (datetimes in UTC, with their offset)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    return value


def _fields(instance: Model, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: _value(getattr(instance, name)) for name in names}


def _declines(user) -> QuerySet[Decline]:
    return (
        Decline.objects.filter(owner=user)
        .order_by("created_at", "id")
        .prefetch_related(
            Prefetch("revisions", queryset=LetterRevision.objects.order_by("created_at", "id")),
            Prefetch("nudge_logs", queryset=NudgeLog.objects.order_by("claimed_at", "id")),
        )
    )


def _profile(user) -> Profile:
    try:
        return user.profile  # cached on the user by the time-zone middleware
    except Profile.DoesNotExist:
        return Profile()  # the defaults an account made outside sign-up would get


def _account(user) -> dict[str, Any]:
    address = EmailAddress.objects.get_primary(user)
    return {
        "email": address.email if address else user.email,
        "email_verified": bool(address and address.verified),
        "date_joined": _value(user.date_joined),
    }


def _decline(decline: Decline) -> dict[str, Any]:
    return {
        **_fields(decline, DECLINE_FIELDS),
        "revisions": [_fields(rev, REVISION_FIELDS) for rev in decline.revisions.all()],
        "reminders": [_fields(log, REMINDER_FIELDS) for log in decline.nudge_logs.all()],
    }


def export_data(*, user, now: datetime) -> dict[str, Any]:
    """The account's data: its email, its profile, and every decline with its letter's revisions
    and the reminders emailed about it."""
    return _export(user, list(_declines(user)), now)


def _export(user, declines: list[Decline], now: datetime) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "exported_at": _value(now),
        "account": _account(user),
        "profile": _fields(_profile(user), PROFILE_FIELDS),
        "declines": [_decline(decline) for decline in declines],
    }


def export_json(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


def export_filename(extension: str, *, kind: str, now: datetime) -> str:
    """politely-data-2026-12-01.json: the day in the current (the user's) time zone."""
    return f"politely-{kind}-{timezone.localdate(now).isoformat()}.{extension}"


def letter_filename(decline: Decline) -> str:
    """Unique within the zip: two declines to the same company keep their own letters."""
    return f"letters/{decline.pk}-{slugify(decline.company) or 'letter'}.eml"


def export_zip(*, user, now: datetime) -> bytes:
    """The JSON of export_data, and each decline's current letter as an unsent draft (.eml);
    a decline whose letter is not written yet has no draft."""
    declines = list(_declines(user))
    data = _export(user, declines, now)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(export_filename("json", kind="data", now=now), export_json(data))
        for decline in declines:
            if not (decline.subject or decline.body):
                continue
            draft = exports.draft_message(
                subject=decline.subject,
                body=decline.body,
                to_name=decline.recipient_name,
                to_email=decline.recipient_email,
                from_name=decline.sender_name,
                from_email=data["account"]["email"],
                date=now,
            )
            archive.writestr(letter_filename(decline), draft)
    return buffer.getvalue()
