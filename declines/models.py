"""Politely's data: a Decline per interview turned down, its letter's revisions, the reminders sent,
and a Profile per user."""

from datetime import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from .core import nudges

WIZARD_STEPS = ("who", "why", "tone", "help")
STEP_TITLES = {"who": "Who", "why": "Why", "tone": "Tone", "help": "Offer to help"}
# The answers each step asks for: its form shows these, and its service saves only these.
STEP_FIELDS = {
    "who": (
        "recipient_name",
        "recipient_email",
        "company",
        "role",
        "interview_date",
        "interview_time",
        "greeting",
    ),
    "why": ("reason", "reason_detail"),
    "tone": ("tone",),
    "help": ("referral_name", "offer_feedback", "keep_in_touch", "future_interest", "sender_name"),
}
# What the user may change in Settings.
PROFILE_FIELDS = ("display_name", "timezone", "follow_up_days", "email_reminders")


class Reason(models.TextChoices):
    ANOTHER_OFFER = "another_offer", "I accepted another offer"
    CAREER_CHANGE = "career_change", "I'm changing direction in my career"
    PERSONAL = "personal", "Personal or family circumstances"
    ROLE_MISMATCH = "role_mismatch", "The role isn't the right fit for me"
    COMPENSATION = "compensation", "The pay or benefits don't meet my needs"
    LOCATION = "location", "The location or commute doesn't work"
    TIMING = "timing", "The timing isn't right"
    PREFER_NOT_TO_SAY = "prefer_not_to_say", "I'd rather not give a reason"
    OTHER = "other", "Something else"


class Tone(models.TextChoices):
    FORMAL = "formal", "Formal — polished and professional"
    WARM = "warm", "Warm — friendly and personal"
    BRIEF = "brief", "Brief — short and to the point"


class Status(models.TextChoices):
    DRAFT = "draft", "Draft"
    READY = "ready", "Ready to send"
    SENT = "sent", "Sent"
    ACKNOWLEDGED = "acknowledged", "Acknowledged"
    CLOSED = "closed", "Archived"


# The status groups are the nudge policy's (tests/web/test_models.py ties the choices to the core).
PENDING_STATUSES = tuple(Status(value) for value in nudges.PENDING_STATUSES)
UNSENT_STATUSES = tuple(Status(value) for value in nudges.UNSENT_STATUSES)

# The lifecycle: the statuses each action may start from. Services refuse anything else, and
# templates ask `decline.allowed_actions` instead of restating this table.
ACTIONS_FROM = {
    "sent": {Status.READY},
    "acknowledged": {Status.READY, Status.SENT},
    "followed-up": {
        Status.SENT
    },  # and only once: the first follow-up's date is the one that counts
    "close": {Status.DRAFT, Status.READY, Status.SENT, Status.ACKNOWLEDGED},
    "reopen": {Status.CLOSED},
}


# Years an interview date may fall in for the date arithmetic to hold (the form allows much less).
PLAUSIBLE_YEARS = range(1900, 3000)


class Profile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    display_name = models.CharField(
        "Your name",
        max_length=120,
        blank=True,
        help_text="How you sign your letters.",
    )
    timezone = models.CharField("Time zone", max_length=64, default="UTC")
    follow_up_days = models.PositiveSmallIntegerField(
        "Follow-up delay (business days)",
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(10)],
        help_text="How long to wait for an acknowledgement before suggesting a follow-up.",
    )
    email_reminders = models.BooleanField("Email me reminders", default=True)

    def __str__(self):
        return self.display_name or self.user.get_username()

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


class Decline(models.Model):
    # A signed-in user, or a visitor's browser (declines.owners): exactly one is set.
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="declines",
        null=True,
        blank=True,
    )
    visitor = models.CharField(max_length=64, blank=True, default="", db_index=True)
    # who
    recipient_name = models.CharField("Recipient's name", max_length=120)
    recipient_email = models.EmailField("Recipient's email", blank=True)
    company = models.CharField("Company", max_length=120)
    role = models.CharField("Role", max_length=120)
    # The interview is a date with an optional time; together they make `interview_at`.
    interview_date = models.DateField("Interview date", null=True, blank=True)
    interview_time = models.TimeField("Interview time", null=True, blank=True)
    # How the letter greets them ("Dear Dr Raman"); blank means the suggestion from the name and
    # the tone (declines.core.letters.suggested_greeting).
    greeting = models.CharField("Greeting", max_length=120, blank=True)
    # why
    reason = models.CharField("Reason", max_length=32, choices=Reason.choices, blank=True)
    reason_detail = models.CharField("In your own words", max_length=300, blank=True)
    # tone
    tone = models.CharField("Tone", max_length=16, choices=Tone.choices, default=Tone.WARM)
    # offer to help
    referral_name = models.CharField("Recommend someone", max_length=120, blank=True)
    offer_feedback = models.BooleanField("Offer feedback", default=False)
    keep_in_touch = models.BooleanField("Keep in touch", default=True)
    future_interest = models.CharField("Roles you'd like to hear about", max_length=120, blank=True)
    sender_name = models.CharField("Sign as", max_length=120, blank=True)
    # the letter
    subject = models.CharField("Subject", max_length=200, blank=True)
    body = models.TextField("Letter", blank=True)
    variant = models.PositiveSmallIntegerField(default=0)
    # lifecycle
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT)
    steps_done = models.PositiveSmallIntegerField(default=0)  # wizard steps finished, in order
    sent_at = models.DateTimeField(null=True, blank=True)
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    followed_up_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)  # optimistic lock for the letter editor
    # The editor page that saved last: a second quick save from that same page is no conflict.
    last_editor = models.CharField(max_length=32, blank=True, default="")
    # The who-step form that created this draft: a double-submitted first step creates one.
    form_token = models.CharField(max_length=32, blank=True, default="")

    class Meta:
        ordering = ["-updated_at"]
        indexes = [
            # The dashboard: an owner's pending declines, and how many are finished.
            models.Index(fields=["owner", "status"], name="decline_owner_status"),
            # A page of the finished ones, newest first: read in this index's order, stopping
            # after the page, instead of sorting every finished row of a long history.
            models.Index(fields=["owner", "-updated_at", "-id"], name="decline_owner_recent"),
            # send_nudges scans the pending ones only.
            models.Index(
                fields=["status", "created_at"],
                name="decline_pending",
                condition=models.Q(status__in=PENDING_STATUSES),
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["form_token"],
                condition=~models.Q(form_token=""),
                name="decline_created_once",
            ),
            models.CheckConstraint(
                condition=(models.Q(owner__isnull=False) & models.Q(visitor=""))
                | (models.Q(owner__isnull=True) & ~models.Q(visitor="")),
                name="decline_has_one_owner",
            ),
        ]

    def __str__(self):
        return f"{self.role} at {self.company}"

    @property
    def wizard_finished(self) -> bool:
        return self.steps_done >= len(WIZARD_STEPS)

    @property
    def next_step(self) -> str | None:
        """The first unfinished wizard step, or None once the letter has been composed."""
        return None if self.wizard_finished else WIZARD_STEPS[self.steps_done]

    def interview_at(self, zone: ZoneInfo | None = None):
        """A date when only the day is known, an aware datetime in `zone` when the time is too.
        A date no interview can have (saved before the form checked the range) counts as unknown:
        reminders and deadlines reckoned from year 1 would overflow the calendar."""
        if self.interview_date is None or self.interview_date.year not in PLAUSIBLE_YEARS:
            return None
        if self.interview_time is None:
            return self.interview_date
        return datetime.combine(self.interview_date, self.interview_time, tzinfo=zone)

    @property
    def is_pending(self) -> bool:
        return self.status in PENDING_STATUSES

    @property
    def is_archived(self) -> bool:
        return self.status == Status.CLOSED

    @property
    def allowed_actions(self) -> frozenset[str]:
        """The lifecycle actions (ACTIONS_FROM's keys) this decline allows now."""
        return frozenset(
            action
            for action, statuses in ACTIONS_FROM.items()
            if self.status in statuses and not (action == "followed-up" and self.followed_up_at)
        )


class LetterRevision(models.Model):
    class Source(models.TextChoices):
        COMPOSED = "composed", "Composed from your answers"
        EDITED = "edited", "Your edit"
        RESTORED = "restored", "Restored an earlier version"
        RECOMPOSED = "recomposed", "Recomposed from your answers"
        VARIANT = "variant", "Another wording"
        KEPT = "kept", "Unsaved text kept from another window"

    decline = models.ForeignKey(Decline, on_delete=models.CASCADE, related_name="revisions")
    subject = models.CharField(max_length=200, blank=True)
    body = models.TextField(blank=True)
    source = models.CharField(max_length=16, choices=Source.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.get_source_display()} ({self.created_at:%Y-%m-%d %H:%M})"


class NudgeLog(models.Model):
    """One reminder email per decline and kind: claimed first, then marked sent (or covered)."""

    class State(models.TextChoices):
        CLAIMED = "claimed", "Claimed"
        SENT = "sent", "Sent"
        COVERED = "covered", "Covered by a more urgent reminder"

    decline = models.ForeignKey(Decline, on_delete=models.CASCADE, related_name="nudge_logs")
    kind = models.CharField(max_length=24)
    state = models.CharField(max_length=16, choices=State.choices, default=State.CLAIMED)
    claimed_at = models.DateTimeField()
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["decline", "kind"], name="one_nudge_per_kind"),
        ]

    def __str__(self):
        return f"{self.kind} for decline {self.decline_id} ({self.state})"
