"""Small explicit factories: each makes one thing, with readable defaults you can override."""

from __future__ import annotations

import itertools

from django.utils import timezone

from declines import services
from declines.models import Decline, LetterRevision, Status

_numbers = itertools.count(1)
PASSWORD = "a-calm-Passphrase-42"


def make_user(username: str | None = None, *, tz: str = "UTC", verified: bool = True, **profile):
    username = username or f"user{next(_numbers)}"
    user = services.user_create(
        username=username,
        email=f"{username}@example.com",
        password=PASSWORD,
        display_name=profile.pop("display_name", username.title()),  # most people give a name
        tz=tz,
        verified=verified,
    )
    if profile:
        for name, value in profile.items():
            setattr(user.profile, name, value)
        user.profile.save()
    return user


WHO = {
    "recipient_name": "Helen Park",
    "recipient_email": "helen@northwind.example",
    "company": "Northwind",
    "role": "Product Analyst",
}


def make_decline(owner, *, status: str = Status.READY, compose: bool = True, **fields) -> Decline:
    """A decline whose wizard is finished (unless status is draft), with its letter composed."""
    steps_done = fields.pop("steps_done", 1)
    values = {
        **WHO,
        "reason": "another_offer",
        "tone": "warm",
        "sender_name": owner.profile.display_name,
        **fields,
    }
    finished = status != Status.DRAFT
    decline = Decline.objects.create(
        owner=owner, steps_done=4 if finished else steps_done, **values
    )
    if finished and compose:
        services.decline_compose(decline=decline, source=LetterRevision.Source.COMPOSED)
    stamps = {
        Status.SENT: {"sent_at": timezone.now()},
        Status.ACKNOWLEDGED: {"sent_at": timezone.now(), "acknowledged_at": timezone.now()},
        Status.CLOSED: {"closed_at": timezone.now()},
    }.get(status, {})
    Decline.objects.filter(pk=decline.pk).update(status=status, **stamps)
    decline.refresh_from_db()
    return decline
