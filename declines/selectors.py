"""Queries that read declines. Every one is scoped to its owner; none runs a query per row."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from math import ceil

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.utils.formats import date_format, time_format
from django.utils.timezone import localtime

from .adapters import decline_state
from .core import nudges
from .core.nudges import Nudge
from .models import PENDING_STATUSES, STEP_TITLES, Decline, LetterRevision, Profile, Status
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


# The finished declines ("Done") are paged: the dashboard's cost follows what still needs doing,
# not how many interviews someone has turned down over the years.
DONE_PAGE_SIZE = 10
# The columns a dashboard row reads: its words, the nudge policy's state, its buttons.
ROW_COLUMNS = (
    "id",
    "status",
    "steps_done",
    "role",
    "company",
    "recipient_name",
    "interview_date",
    "interview_time",
    "created_at",
    "sent_at",
    "acknowledged_at",
    "followed_up_at",
    "updated_at",
)


@dataclass(frozen=True, slots=True)
class Link:
    """A row's main link, relative to the decline's own URL ("" is the letter page)."""

    label: str
    to: str
    style: str


@dataclass(frozen=True, slots=True)
class Button:
    """A lifecycle action a row offers (a key of models.ACTIONS_FROM, as in its URL)."""

    action: str
    label: str
    style: str = "btn-outline-primary"


OPEN = Link("Open", "", "btn-outline-primary")
REVIEW = Link("Review and send", "", "btn-primary")
FOLLOW_UP = Link("Follow up", "#follow-up", "btn-primary")
MARK_SENT = Button("sent", "Mark as sent")
FOLLOWED_UP = Button("followed-up", "I followed up")
REPLIED = Button("acknowledged", "They replied")
REOPEN = Button("reopen", "Reopen")
ARCHIVE = Button("close", "Archive", "btn-link")


@dataclass(frozen=True, slots=True)
class RowShown:
    """Everything a dashboard row shows, and nothing else: the whole input of its template, so
    that a row drawn once can be drawn again from memory while it shows the same."""

    pk: str  # the decline's id as text, for its links and labels: a number would be localised
    title: str  # "Analyst · Northwind"
    details: str  # "To Helen Park · Interview Tue 5 Mar 2030 at 10:00"
    status: str
    status_label: str  # "Ready to send", shown beside a reminder
    nudge_kind: str  # the most urgent reminder's kind, or "" (the row's colour)
    text: str  # the most urgent reminder's words, or what to do next
    link: Link
    buttons: tuple[Button, ...]


@dataclass(slots=True)
class DashboardRow:
    """One decline as the dashboard draws it, with what it says and offers worked out once."""

    decline: Decline
    nudges: list[Nudge]
    shown: RowShown

    @property
    def top_nudge(self) -> Nudge | None:
        return self.nudges[0] if self.nudges else None

    @property
    def urgency(self) -> int:
        return self.nudges[0].urgency if self.nudges else 0


def dashboard_row(decline: Decline, profile: Profile, now: datetime) -> DashboardRow:
    state = decline_state(decline, profile)
    due = nudges.due_nudges(state, now)
    link, buttons = _offers(decline, due[0] if due else None)
    shown = RowShown(
        pk=str(decline.pk),
        title=_title(decline),
        details=_details(decline),
        status=decline.status,
        status_label=decline.get_status_display(),
        nudge_kind=due[0].kind if due else "",
        text=due[0].message if due else _next_step(decline, state),
        link=link,
        buttons=buttons,
    )
    return DashboardRow(decline, due, shown)


def _title(decline: Decline) -> str:
    return f"{decline.role or 'Untitled role'} · {decline.company or 'Company not set'}"


def _details(decline: Decline) -> str:
    when = "No interview date"
    if decline.interview_date:
        when = f"Interview {date_format(decline.interview_date)}"
        if decline.interview_time:
            when += f" at {time_format(decline.interview_time)}"
    return f"To {decline.recipient_name or '—'} · {when}"


def _next_step(decline: Decline, state: nudges.DeclineState) -> str:
    """What to do next, in plain words, when no reminder says it already."""
    status = decline.status
    if status == Status.DRAFT:
        assert decline.next_step is not None  # finishing the wizard makes a draft ready
        return f"Next: answer the {STEP_TITLES[decline.next_step]} step."
    if status == Status.READY:
        return "Next: send your letter, then mark it as sent."
    if status == Status.SENT:
        if decline.followed_up_at:
            return "You followed up. Waiting for a reply."
        due_at = nudges.follow_up_due_at(state)
        if due_at:
            day = date_format(localtime(due_at), "MONTH_DAY_FORMAT")
            return f"Waiting for a reply. If none comes, follow up on {day}."
        return "Waiting for a reply."
    if status == Status.ACKNOWLEDGED:
        return "Done: they confirmed your letter."
    return "Archived."


def _offers(decline: Decline, nudge: Nudge | None) -> tuple[Link, tuple[Button, ...]]:
    """The row's main link and its action buttons, as its status and reminder allow."""
    actions = decline.allowed_actions
    buttons = []
    if decline.is_archived:
        link = OPEN
    elif decline.next_step:
        link = Link("Continue", f"{decline.next_step}/", "btn-primary")
    elif "sent" in actions:
        link = REVIEW
        buttons.append(MARK_SENT)
    elif "followed-up" in actions and nudge is not None and nudge.kind == "follow_up":
        link = FOLLOW_UP
        buttons.append(FOLLOWED_UP)
    else:
        link = OPEN
    if "acknowledged" in actions and decline.sent_at:
        buttons.append(REPLIED)
    if "reopen" in actions:
        buttons.append(REOPEN)
    if decline.is_pending:
        buttons.append(ARCHIVE)
    return link, tuple(buttons)


@dataclass
class Dashboard:
    """Each pending decline appears once: in `attention` while a reminder is due, else in its
    status group. `done` holds one page of the finished ones, newest first."""

    attention: list[DashboardRow] = field(default_factory=list)
    drafts: list[DashboardRow] = field(default_factory=list)
    ready: list[DashboardRow] = field(default_factory=list)
    sent: list[DashboardRow] = field(default_factory=list)
    done: list[DashboardRow] = field(default_factory=list)
    done_total: int = 0  # all the finished declines, on every page
    done_page: int = 1

    @property
    def is_empty(self) -> bool:
        return not (self.attention or self.drafts or self.ready or self.sent or self.done_total)

    @property
    def done_first(self) -> int:
        """The position of the page's first finished decline, counting from 1."""
        return (self.done_page - 1) * DONE_PAGE_SIZE + 1

    @property
    def done_last(self) -> int:
        return self.done_first + len(self.done) - 1

    @property
    def done_older(self) -> int:
        """How many finished declines come after this page."""
        return max(self.done_total - self.done_page * DONE_PAGE_SIZE, 0)


GROUP_OF_STATUS: dict[str, str] = {
    Status.DRAFT: "drafts",
    Status.READY: "ready",
    Status.SENT: "sent",
}


def dashboard_for(*, owner: Owner, profile: Profile, now, done_page: int = 1) -> Dashboard:
    """The owner's pending declines, those with a reminder due first (most urgent on top), then
    the rest by status, most recently updated first; and one page of the finished ones. Two or
    three queries, whatever the number of declines."""
    rows = declines_of(owner).only(*ROW_COLUMNS)
    dashboard = Dashboard()
    # Sorted here, not in SQL: an ORDER BY would lead the database to walk the owner's whole
    # history in date order (decline_owner_recent) instead of picking the pending ones by status.
    pending = rows.filter(status__in=PENDING_STATUSES).order_by()
    for decline in sorted(pending, key=lambda row: (row.updated_at, row.pk), reverse=True):
        row = dashboard_row(decline, profile, now)
        group = "attention" if row.nudges else GROUP_OF_STATUS[decline.status]
        getattr(dashboard, group).append(row)
    dashboard.attention.sort(key=lambda row: -row.urgency)  # stable: recent first among equals
    # Newest first, the id breaking ties (a bulk update gives many rows one time), so that no row
    # shows on two pages and none on neither.
    finished = rows.filter(status__in=nudges.FINISHED_STATUSES).order_by("-updated_at", "-pk")
    dashboard.done_page, done, dashboard.done_total = _done_page(finished, done_page)
    dashboard.done = [dashboard_row(decline, profile, now) for decline in done]
    return dashboard


def _done_page(finished: QuerySet[Decline], page: int) -> tuple[int, list[Decline], int]:
    """One page of the finished declines, and how many there are. A first page that is not full
    has counted them already; any other page is counted on the (owner, status) index, which
    costs far less than a window counted over every finished row. A page past the end gives the
    last one."""
    if page == 1:
        found = _done_rows(finished, 1)
        total = len(found) if len(found) < DONE_PAGE_SIZE else finished.count()
        return 1, found, total
    for _ in range(2):  # again if some were reopened or deleted between the count and the page
        total = finished.count()
        page = min(page, max(ceil(total / DONE_PAGE_SIZE), 1))
        found = _done_rows(finished, page)
        if found or page == 1:
            break
    return page, found, total


def _done_rows(finished: QuerySet[Decline], page: int) -> list[Decline]:
    start = (page - 1) * DONE_PAGE_SIZE
    return list(finished[start : start + DONE_PAGE_SIZE])
