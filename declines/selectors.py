"""Queries that read declines. Every one is scoped to its owner; none runs a query per row."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from . import nudges
from .models import Decline, LetterRevision, Profile, Status
from .services import decline_state


def declines_of(owner) -> QuerySet[Decline]:
    return Decline.objects.filter(owner=owner)


def decline_get(*, owner, pk: int) -> Decline:
    """The owner's decline, or 404 — another user's id looks exactly like a missing one."""
    return get_object_or_404(declines_of(owner), pk=pk)


def revision_get(*, decline: Decline, pk: int) -> LetterRevision:
    return get_object_or_404(decline.revisions.all(), pk=pk)


def revisions_of(decline: Decline) -> QuerySet[LetterRevision]:
    return decline.revisions.only("id", "source", "created_at", "subject", "body")


@dataclass
class DashboardRow:
    decline: Decline
    nudges: list[nudges.Nudge]

    @property
    def top_nudge(self) -> nudges.Nudge | None:
        return self.nudges[0] if self.nudges else None

    @property
    def urgency(self) -> int:
        return self.top_nudge.urgency if self.top_nudge else 0


@dataclass
class Dashboard:
    drafts: list[DashboardRow] = field(default_factory=list)
    ready: list[DashboardRow] = field(default_factory=list)
    sent: list[DashboardRow] = field(default_factory=list)
    done: list[DashboardRow] = field(default_factory=list)

    @property
    def attention(self) -> list[DashboardRow]:
        """Pending declines with a reminder due, most urgent first."""
        rows = [row for row in self.drafts + self.ready + self.sent if row.nudges]
        return sorted(rows, key=lambda row: -row.urgency)

    @property
    def is_empty(self) -> bool:
        return not (self.drafts or self.ready or self.sent or self.done)


GROUP_OF_STATUS = {
    Status.DRAFT: "drafts",
    Status.READY: "ready",
    Status.SENT: "sent",
    Status.ACKNOWLEDGED: "done",
    Status.CLOSED: "done",
}


def dashboard_for(*, owner, profile: Profile, now) -> Dashboard:
    """All the owner's declines in one query, grouped by status, the most urgent first."""
    rows = declines_of(owner).defer("body", "reason_detail")
    dashboard = Dashboard()
    for decline in rows:
        row = DashboardRow(decline, nudges.due_nudges(decline_state(decline, profile), now))
        getattr(dashboard, GROUP_OF_STATUS[decline.status]).append(row)
    for group in (dashboard.drafts, dashboard.ready, dashboard.sent):
        group.sort(key=lambda row: -row.urgency)  # stable: most recently updated next
    return dashboard
