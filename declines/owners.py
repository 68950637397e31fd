"""Who owns a decline: a signed-in user, or a visitor's browser (no account).

A visitor is known by a random token kept in their session, never by the session key itself: the
key changes at log-in, the token survives it, so signing up or logging in from that browser can
move the visitor's drafts to the account (services.visitor_claim). Every lookup goes through an
Owner, so another browser's or another user's decline answers 404 exactly like a missing one.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

from django.db.models import Q
from django.http import HttpRequest

VISITOR_SESSION_KEY = "politely_visitor"
# Drafts nobody claimed are removed after this many days (manage.py purge_visitor_drafts).
VISITOR_DAYS = 14
# A visitor may keep this many declines before being asked to create an account.
VISITOR_DECLINE_LIMIT = 20


@dataclass(frozen=True)
class Owner:
    user: Any = None  # a User, or None for a visitor
    visitor: str = ""

    @property
    def is_visitor(self) -> bool:
        return self.user is None

    def lookup(self) -> Q:
        """The declines this owner may see; a visitor without a token sees none."""
        if self.user is not None:
            return Q(owner=self.user)
        if self.visitor:
            return Q(owner__isnull=True, visitor=self.visitor)
        return Q(pk__in=[])

    def fields(self) -> dict[str, Any]:
        """The columns that make a new decline this owner's."""
        return {"owner": self.user} if self.user is not None else {"visitor": self.visitor}


def owner_of(request: HttpRequest, *, create: bool = False) -> Owner:
    """The request's owner; `create` gives a visitor a token (only when a draft is created)."""
    if request.user.is_authenticated:
        return Owner(user=request.user)
    session = getattr(request, "session", None)
    token = session.get(VISITOR_SESSION_KEY, "") if session is not None else ""
    if not token and create and session is not None:
        token = secrets.token_urlsafe(24)
        session[VISITOR_SESSION_KEY] = token
    return Owner(visitor=token)
