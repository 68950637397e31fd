"""Everything that changes a decline's state. Views call these; they never write rows themselves.

Keyword-only functions named <entity>_<action>; each that writes more than one row is atomic.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import F, Model
from django.utils import timezone

from .adapters import letter_facts
from .core import letters
from .models import (
    PROFILE_FIELDS,
    STEP_FIELDS,
    WIZARD_STEPS,
    Decline,
    LetterRevision,
    Profile,
    Status,
)
from .owners import VISITOR_DAYS, Owner


class StaleEditError(Exception):
    """The letter changed in another tab or device since this edit began."""


class ArchivedError(Exception):
    """An archived decline is read-only: reopen it to change its answers or its letter."""


class TransitionError(Exception):
    """The action does not apply to the decline in its current state."""


def _check_transition(decline: Decline, action: str) -> None:
    if action not in decline.allowed_actions:
        raise TransitionError(action)


# --- accounts ---------------------------------------------------------------------------------------


@transaction.atomic
def user_create(
    *,
    email: str,
    password: str,
    username: str = "",
    display_name: str = "",
    tz: str = "UTC",
    verified: bool = False,
):
    """An account made outside sign-up (tests, seed_demo, the shell), as sign-up would make it:
    the user, their primary email address (verified or not) and their profile."""
    user = get_user_model().objects.create_user(
        username=username or email, email=email, password=password
    )
    EmailAddress.objects.create(user=user, email=email, primary=True, verified=verified)
    profile_create(user=user, display_name=display_name, tz=tz)
    return user


@transaction.atomic
def account_delete(*, user) -> dict[str, int]:
    """Delete the account and everything it owns, all or nothing: its declines with their
    revisions and reminder logs, its profile, its email addresses and passkeys. Returns how many
    rows of each model went, as QuerySet.delete() counts them."""
    # The declines first, explicitly: an account's letters must never outlive it, even if a
    # foreign key's on_delete changes one day.
    _, declines = Decline.objects.filter(owner=user).delete()
    _, rest = get_user_model().objects.filter(pk=user.pk).delete()
    return {label: declines.get(label, 0) + rest.get(label, 0) for label in {*declines, *rest}}


def profile_create(*, user, display_name: str = "", tz: str = "UTC") -> Profile:
    # No name given: letters go unsigned (and say so) rather than signed with a login name.
    return Profile.objects.create(user=user, display_name=display_name, timezone=tz)


def profile_for(user) -> Profile:
    """The user's profile, created on first use for accounts made outside sign-up (admin, shell).
    A visitor (None) gets the defaults, unsaved: UTC, unsigned letters, three business days."""
    if user is None:
        return Profile()
    try:
        return user.profile  # cached on the user once the time-zone middleware has read it
    except Profile.DoesNotExist:
        profile, _ = Profile.objects.get_or_create(user=user)  # unsigned letters, as at sign-up
        return profile


def model_update(
    *, instance: Model, fields: Iterable[str], data: Mapping[str, object]
) -> list[str]:
    """Set the fields a service names from `data` and return those set. A key of `data` that the
    service did not name is a mistake, never silently written (HackSoft's model_update)."""
    allowed = tuple(fields)
    unknown = set(data) - set(allowed)
    if unknown:
        raise ValueError(f"{type(instance).__name__} fields not updatable here: {sorted(unknown)}")
    changed = [name for name in allowed if name in data]
    for name in changed:
        setattr(instance, name, data[name])
    return changed


def profile_update(*, profile: Profile, values: Mapping[str, object]) -> Profile:
    changed = model_update(instance=profile, fields=PROFILE_FIELDS, data=values)
    profile.save(update_fields=changed)
    return profile


# --- the wizard -----------------------------------------------------------------------------------


def _finish_step(decline: Decline, step: str) -> None:
    index = WIZARD_STEPS.index(step)
    if decline.steps_done == index:
        decline.steps_done = index + 1


@transaction.atomic
def decline_create(
    *, owner: Owner, profile: Profile, values: dict, finished: bool, form_token: str = ""
) -> tuple[Decline, bool]:
    """Create a draft from the `who` step's answers; returns it and whether it is new. The same
    form sent twice (a double click, a slow connection) gives the draft the first one made."""
    if form_token:
        existing = Decline.objects.filter(owner.lookup(), form_token=form_token).first()
        if existing:
            return existing, False
    decline = Decline(**owner.fields(), sender_name=profile.display_name, form_token=form_token)
    model_update(instance=decline, fields=STEP_FIELDS["who"], data=values)
    if finished:
        _finish_step(decline, "who")
    try:
        with transaction.atomic():
            decline.save()
    except IntegrityError:
        twin = Decline.objects.filter(owner.lookup(), form_token=form_token).first()
        if twin:  # the twin request won the race: its draft is the one
            return twin, False
        decline.form_token = ""  # another owner's token, never this page's: a draft of its own
        decline.save()
    return decline, True


def _check_editable(decline: Decline) -> None:
    if decline.is_archived:
        raise ArchivedError


@transaction.atomic
def decline_save_step(*, decline: Decline, step: str, values: dict, finished: bool) -> Decline:
    """Save one step's answers; a finished last step composes the letter if there is none yet."""
    _check_editable(decline)
    changed = model_update(instance=decline, fields=STEP_FIELDS[step], data=values)
    if finished:
        _finish_step(decline, step)
    if decline.wizard_finished and decline.status == Status.DRAFT:
        decline.status = Status.READY
    # Only this step's fields: a step must never clobber the letter edited in another tab.
    decline.save(update_fields=[*changed, "steps_done", "status", "updated_at"])
    if decline.wizard_finished and not decline.body:
        decline_compose(decline=decline, source=LetterRevision.Source.COMPOSED)
    return decline


# --- the letter -------------------------------------------------------------------------------------


def _store_letter(decline: Decline, subject: str, body: str, source: str, editor: str = "") -> None:
    """Write the text and keep it as a revision; every saved version is a revision."""
    _check_editable(decline)
    updated = Decline.objects.filter(pk=decline.pk, version=decline.version).update(
        subject=subject,
        body=body,
        variant=decline.variant,
        version=F("version") + 1,
        last_editor=editor,
        updated_at=timezone.now(),
    )
    if not updated:
        raise StaleEditError
    decline.subject, decline.body = subject, body
    decline.version += 1
    decline.last_editor = editor
    LetterRevision.objects.create(decline=decline, subject=subject, body=body, source=source)


@transaction.atomic
def decline_compose(*, decline: Decline, source: str, variant: int | None = None) -> Decline:
    """(Re)write the letter from the answers; the previous text stays among the revisions."""
    if variant is not None:
        decline.variant = variant
    facts = letter_facts(decline, profile_for(decline.owner))
    letter = letters.compose_letter(facts, variant=decline.variant)
    _store_letter(decline, letter.subject, letter.body, source)
    return decline


@transaction.atomic
def decline_try_variant(*, decline: Decline) -> Decline:
    return decline_compose(
        decline=decline, source=LetterRevision.Source.VARIANT, variant=decline.variant + 1
    )


@transaction.atomic
def decline_save_letter(
    *, decline: Decline, subject: str, body: str, version: int, editor: str = ""
) -> bool:
    """Save the user's edit. Returns False when nothing changed; raises StaleEditError on a
    conflicting edit made elsewhere since `version` was read. `editor` names the page: a newer
    version that this same page saved (two quick saves) is not a conflict."""
    _check_editable(decline)
    same_page = bool(editor) and editor == decline.last_editor
    if version != decline.version and not same_page:
        raise StaleEditError
    if (subject, body) == (decline.subject, decline.body):
        return False
    _store_letter(decline, subject, body, LetterRevision.Source.EDITED, editor)
    return True


def decline_keep_text(*, decline: Decline, subject: str, body: str) -> bool:
    """Keep text that could not be saved (a stale page, an archived letter) among the revisions,
    without touching the letter: nothing typed is thrown away. False when it was nothing new."""
    if (subject, body) == (decline.subject, decline.body) or not body.strip():
        return False
    if decline.revisions.filter(subject=subject, body=body).exists():
        return False  # kept already (the same stale page tried twice)
    LetterRevision.objects.create(
        decline=decline, subject=subject, body=body, source=LetterRevision.Source.KEPT
    )
    return True


@transaction.atomic
def decline_restore_revision(*, decline: Decline, revision: LetterRevision) -> Decline:
    _store_letter(decline, revision.subject, revision.body, LetterRevision.Source.RESTORED)
    return decline


# --- lifecycle ------------------------------------------------------------------------------------


def _set_status(decline: Decline, status: str, **stamps) -> Decline:
    decline.status = status
    for name, value in stamps.items():
        setattr(decline, name, value)
    decline.save(update_fields=["status", "updated_at", *stamps])
    return decline


def decline_mark_sent(*, decline: Decline, now=None) -> Decline:
    _check_transition(decline, "sent")
    return _set_status(decline, Status.SENT, sent_at=now or timezone.now())


def decline_mark_acknowledged(*, decline: Decline, now=None) -> Decline:
    _check_transition(decline, "acknowledged")
    # Acknowledgement implies it was sent, even if the user never said so.
    return _set_status(
        decline,
        Status.ACKNOWLEDGED,
        acknowledged_at=now or timezone.now(),
        sent_at=decline.sent_at or now or timezone.now(),
    )


def decline_mark_followed_up(*, decline: Decline, now=None) -> Decline:
    _check_transition(decline, "followed-up")
    decline.followed_up_at = now or timezone.now()
    decline.save(update_fields=["followed_up_at", "updated_at"])
    return decline


def decline_close(*, decline: Decline, now=None) -> Decline:
    _check_transition(decline, "close")
    return _set_status(decline, Status.CLOSED, closed_at=now or timezone.now())


def decline_reopen(*, decline: Decline) -> Decline:
    """Back to the state its dates say it was in before it was closed."""
    _check_transition(decline, "reopen")
    if decline.acknowledged_at:
        status = Status.ACKNOWLEDGED
    elif decline.sent_at:
        status = Status.SENT
    elif decline.wizard_finished:
        status = Status.READY
    else:
        status = Status.DRAFT
    return _set_status(decline, status, closed_at=None)


# --- visitors ---------------------------------------------------------------------------------------


def visitor_claim(*, visitor: str, user) -> int:
    """Move a visitor's declines to the account they signed up or logged in with. Returns how
    many moved; a second call moves nothing, so nothing is ever duplicated."""
    if not visitor:
        return 0
    profile = profile_for(user)
    claimed = Decline.objects.filter(owner__isnull=True, visitor=visitor)
    # Drafts whose letter is not written yet take the account's name, as a draft started signed
    # in would. A letter already composed unsigned keeps saying so on its page (it is the user's
    # text now), rather than a name that the letter itself lacks.
    claimed.filter(sender_name="", body="").update(sender_name=profile.display_name)
    return claimed.update(owner=user, visitor="")


def visitor_drafts_purge(*, now=None) -> int:
    """Delete the visitors' declines nobody claimed and nobody touched for VISITOR_DAYS."""
    before = (now or timezone.now()) - timedelta(days=VISITOR_DAYS)
    _, per_model = Decline.objects.filter(owner__isnull=True, updated_at__lt=before).delete()
    return per_model.get(Decline._meta.label, 0)
