"""Queries that read declines. Every one is scoped to its owner; none runs a query per row."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.utils.formats import date_format
from django.utils.timezone import localtime

from .adapters import decline_state
from .core import nudges
from .core.nudges import Nudge
from .models import STEP_TITLES, Decline, LetterRevision, Profile, Status
from .owners import Owner


def declines_of(owner: Owner) -> QuerySet[Decline]:
    return Decline.objects.filter(owner.lookup())


def decline_get(*, owner: Owner, pk: int) -> Decline:
    """The owner's decline, or 404: another user's or browser's id looks exactly like a missing one."""
    return get_object_or_404(declines_of(owner), pk=pk)


def revision_get(*, decline: Decline, pk: int) -> LetterRevision:
    return get_object_or_404(decline.revisions.all(), pk=pk)


def revisions_of(decline: Decline) -> QuerySet[LetterRevision]:
    return decline.revisions.only("id", "source", "created_at", "body")


@dataclass
class DashboardRow:
    decline: Decline
    nudges: list[Nudge]
    follow_up_due_at: datetime | None = None

    @property
    def next_step(self) -> str:
        """What to do next, in plain words, when no reminder says it already."""
        status, decline = self.decline.status, self.decline
        if status == Status.DRAFT:
            assert decline.next_step is not None  # finishing the wizard makes a draft ready
            return f"Next: answer the {STEP_TITLES[decline.next_step]} step."
        if status == Status.READY:
            return "Next: send your letter, then mark it as sent."
        if status == Status.SENT:
            if decline.followed_up_at:
                return "You followed up. Waiting for a reply."
            if self.follow_up_due_at:
                day = date_format(localtime(self.follow_up_due_at), "MONTH_DAY_FORMAT")
                return f"Waiting for a reply. If none comes, follow up on {day}."
            return "Waiting for a reply."
        if status == Status.ACKNOWLEDGED:
            return "Done: they confirmed your letter."
        return "Archived."

    @property
    def top_nudge(self) -> Nudge | None:
        return self.nudges[0] if self.nudges else None

    @property
    def urgency(self) -> int:
        return self.top_nudge.urgency if self.top_nudge else 0


@dataclass
class Dashboard:
    """Each decline appears once: in `attention` while a reminder is due, else in its status group."""

    attention: list[DashboardRow] = field(default_factory=list)
    drafts: list[DashboardRow] = field(default_factory=list)
    ready: list[DashboardRow] = field(default_factory=list)
    sent: list[DashboardRow] = field(default_factory=list)
    done: list[DashboardRow] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.attention or self.drafts or self.ready or self.sent or self.done)


GROUP_OF_STATUS: dict[str, str] = {
    Status.DRAFT: "drafts",
    Status.READY: "ready",
    Status.SENT: "sent",
    Status.ACKNOWLEDGED: "done",
    Status.CLOSED: "done",
}


def dashboard_for(*, owner: Owner, profile: Profile, now) -> Dashboard:
    """All the owner's declines in one query: those with a reminder due first, most urgent on
    top, then the rest by status, most recently updated first."""
    dashboard = Dashboard()
    for decline in declines_of(owner).defer("body", "reason_detail"):
        state = decline_state(decline, profile)
        row = DashboardRow(decline, nudges.due_nudges(state, now), nudges.follow_up_due_at(state))
        group = "attention" if row.nudges else GROUP_OF_STATUS[decline.status]
        getattr(dashboard, group).append(row)
    dashboard.attention.sort(key=lambda row: -row.urgency)  # stable: recent first among equals
    return dashboard
