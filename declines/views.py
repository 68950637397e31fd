"""Declines' views: bind a form, call a service, redirect (post/redirect/get).

Every decline is looked up through its owner, so another user's id answers 404.
"""

from __future__ import annotations

from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from . import ics, selectors, services
from .core import exports
from .forms import STEP_FORMS, LetterForm, WhoForm, seen_token
from .letter_page import follow_up_letter, letter_page, review
from .models import STEP_TITLES, WIZARD_STEPS, LetterRevision
from .owners import VISITOR_DECLINE_LIMIT, owner_of

READ = ("GET", "HEAD")
FORM = ("GET", "HEAD", "POST")
POST = ("POST",)


def methods(*allowed: str):
    """Only the methods a view serves (405 otherwise). Whatever the method, another owner's
    decline answers 404 first, as a missing one does, so that probing ids reveals nothing."""

    def decorate(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.method not in allowed:
                if "pk" in kwargs:
                    selectors.decline_get(owner=owner_of(request), pk=kwargs["pk"])
                return HttpResponseNotAllowed(allowed)
            return view(request, *args, **kwargs)

        return wrapper

    return decorate


def _profile(request):
    """The signed-in user's profile; a visitor's defaults (UTC, unsigned) otherwise."""
    return services.profile_for(request.user if request.user.is_authenticated else None)


@methods(*READ)
def dashboard(request):
    owner = owner_of(request)
    profile = _profile(request)
    board = selectors.dashboard_for(
        owner=owner,
        profile=profile,
        now=timezone.now(),
        done_page=_page_number(request.GET.get("done")),
    )
    if owner.is_visitor and board.is_empty:
        return render(request, "declines/landing.html")
    context = {"board": board, "profile": profile, "declines_url": _declines_url()}
    return render(request, "declines/dashboard.html", context)


# Far past anyone's history, and small enough for every database's OFFSET (SQLite's is 64-bit).
LAST_PAGE = 100_000


def _page_number(value: str | None) -> int:
    try:
        return min(max(int(value or 1), 1), LAST_PAGE)
    except ValueError:
        return 1


def _declines_url() -> str:
    """Where every decline's URLs begin ("/declines/" of "/declines/<pk>/why/"): reversed once a
    page, so the rows join their links to it instead of reversing a URL per link."""
    return reverse("declines:decline_detail", args=[0]).removesuffix("0/")


# --- the wizard -----------------------------------------------------------------------------------


def _wizard_context(form, step: str, decline=None) -> dict:
    number = WIZARD_STEPS.index(step) + 1
    return {
        "form": form,
        "decline": decline,
        "step": step,
        "step_number": number,
        "step_count": len(WIZARD_STEPS),
        "steps": [(name, STEP_TITLES[name]) for name in WIZARD_STEPS],
        "is_last": number == len(WIZARD_STEPS),
    }


def _after_step(request, decline, step: str, action: str):
    """Where each wizard button leads once the step is saved."""
    if action == "exit":
        messages.success(request, "Saved. You can pick up where you left off at any time.")
        return redirect("declines:dashboard")
    index = WIZARD_STEPS.index(step)
    if action == "back":
        return redirect(
            "declines:decline_step", pk=decline.pk, step=WIZARD_STEPS[max(index - 1, 0)]
        )
    if index + 1 < len(WIZARD_STEPS):
        return redirect("declines:decline_step", pk=decline.pk, step=WIZARD_STEPS[index + 1])
    return redirect("declines:decline_detail", pk=decline.pk)


def _warn_past_interview(request, decline) -> None:
    if decline.interview_date and decline.interview_date < timezone.localdate():
        messages.warning(
            request,
            "That interview date has passed. That's all right — Politely will suggest a short "
            "apology for the late reply.",
        )


def _step_action(request) -> str:
    return request.POST.get("action", "next")


def _visitor_is_full(owner) -> bool:
    return selectors.declines_of(owner).count() >= VISITOR_DECLINE_LIMIT


@methods(*FORM)
def decline_new(request):
    """GET shows the empty `who` step; only a POST creates the draft."""
    form = WhoForm(request.POST or None)
    if request.method == "POST":
        action = _step_action(request)
        keep_partial = action == "exit" and form.has_input() and not form.typed_errors()
        owner = owner_of(request, create=True)
        if owner.is_visitor and _visitor_is_full(owner):
            messages.warning(
                request,
                f"You have {VISITOR_DECLINE_LIMIT} letters in this browser. Create a free account "
                "(or log in) to keep them and write more; what you typed is below.",
            )
        elif form.is_valid() or keep_partial:
            values, finished = form.valid_values(), form.is_valid()
            decline, created = services.decline_create(
                owner=owner,
                profile=_profile(request),
                values=values,
                finished=finished,
                form_token=request.POST.get("form_token", "")[:32],
            )
            if not created and not decline.is_archived:
                # This page was sent before (a double click, or Back to it and Next again): its
                # draft exists, so these answers update it rather than start a twin.
                services.decline_save_step(
                    decline=decline, step="who", values=values, finished=finished
                )
            _warn_past_interview(request, decline)
            return _after_step(request, decline, "who", action)
        if action == "exit" and not form.typed_errors():
            return redirect("declines:dashboard")  # nothing typed yet: nothing to keep
    return render(request, "declines/step.html", _wizard_context(form, "who"))


ARCHIVED_ANSWERS = (
    "This decline is archived, so these answers were not saved. What you typed is below: reopen "
    "the decline from the dashboard, then save them again."
)
ARCHIVED_LETTER = (
    "This letter is archived, so it can't be changed. Your text is kept in Earlier versions; "
    "reopen the decline to use it."
)


@methods(*FORM)
def decline_step(request, pk: int, step: str):
    decline = selectors.decline_get(owner=owner_of(request), pk=pk)
    if WIZARD_STEPS.index(step) > decline.steps_done:
        return redirect("declines:decline_step", pk=decline.pk, step=decline.next_step)
    form = STEP_FORMS[step](request.POST or None, instance=decline)
    if request.method == "POST" and decline.is_archived:
        # Archived declines are read-only everywhere; what was typed is shown back, not dropped.
        messages.warning(request, ARCHIVED_ANSWERS)
        return render(request, "declines/step.html", _wizard_context(form, step, decline))
    if request.method == "POST" and form.is_stale():
        messages.warning(
            request,
            "These answers were changed in another window since you opened this page. What you "
            "typed is below; check it and save again to keep it.",
        )
        data = request.POST.copy()
        data[form.add_prefix("seen")] = seen_token(decline)
        form = STEP_FORMS[step](data, instance=decline)
        return render(request, "declines/step.html", _wizard_context(form, step, decline))
    if request.method == "POST":
        action = _step_action(request)
        finished = form.is_valid()
        # Back and Save-and-exit keep what is valid; they only stay when typed words would be lost.
        if finished or (action in {"back", "exit"} and not form.typed_errors()):
            was_composed = bool(decline.body)
            services.decline_save_step(
                decline=decline, step=step, values=form.valid_values(), finished=finished
            )
            if step == "who":
                _warn_past_interview(request, decline)
            if was_composed and form.has_changed():
                messages.info(
                    request,
                    "Your answers are saved. Your letter is unchanged; choose "
                    "\u201cRecompose from my answers\u201d to rewrite it with them.",
                )
            return _after_step(request, decline, step, action)
    return render(request, "declines/step.html", _wizard_context(form, step, decline))


# --- the letter -------------------------------------------------------------------------------------


def _letter_context(request, decline, form) -> dict:
    profile = _profile(request)
    return {
        "decline": decline,
        "form": form,
        "page": letter_page(decline, profile, timezone.now()),
        "revisions": selectors.revisions_of(decline)[:20],
        "mailto": exports.mailto_link(
            to=decline.recipient_email, subject=decline.subject, body=decline.body
        ),
    }


@methods(*FORM)
def decline_detail(request, pk: int):
    decline = selectors.decline_get(owner=owner_of(request), pk=pk)
    if not decline.wizard_finished:
        return redirect("declines:decline_step", pk=decline.pk, step=decline.next_step)
    form = LetterForm.for_decline(decline, request.POST or None)
    if request.method == "POST" and form.is_valid():
        typed = {key: form.cleaned_data[key] for key in ("subject", "body")}
        try:
            changed = services.decline_save_letter(
                decline=decline,
                version=form.cleaned_data["version"],
                editor=form.cleaned_data["editor"],
                **typed,
            )
        except (services.StaleEditError, services.ArchivedError) as error:
            services.decline_keep_text(decline=decline, **typed)
            stale = isinstance(error, services.StaleEditError)
            messages.error(request, STALE_EDIT if stale else ARCHIVED_LETTER)
            return render(request, "declines/detail.html", _letter_context(request, decline, form))
        messages.success(request, "Letter saved." if changed else "No changes to save.")
        return redirect("declines:decline_detail", pk=decline.pk)
    return render(request, "declines/detail.html", _letter_context(request, decline, form))


STALE_EDIT = (
    "This letter was changed in another window since you opened it. Your text is below and kept "
    "in Earlier versions; reload to see the latest version."
)
STALE_LETTER = (
    "This letter was changed in another window since you opened it. Nothing was replaced; "
    "here is the latest version, and the text you had on that page is kept in Earlier versions."
)


def _keep_typed_text(request, decline) -> bool:
    """Keep the text on the page, saved or not, as a revision before an action replaces it.
    False (with a message) when it could not be saved: the letter changed elsewhere meanwhile,
    or it is archived. The text is then kept among the revisions, and nothing else happens."""
    form = LetterForm(request.POST)
    if not form.is_valid():
        return True  # no text posted, or an emptied letter: nothing worth keeping
    typed = {key: form.cleaned_data[key] for key in ("subject", "body")}
    try:
        services.decline_save_letter(
            decline=decline,
            version=form.cleaned_data["version"],
            editor=form.cleaned_data["editor"],
            **typed,
        )
    except (services.StaleEditError, services.ArchivedError) as error:
        services.decline_keep_text(decline=decline, **typed)
        stale = isinstance(error, services.StaleEditError)
        messages.error(request, STALE_LETTER if stale else ARCHIVED_LETTER)
        return False
    return True


def _replace_letter(request, decline, replace, done: str):
    """Run `replace` once the typed text is safe, and go back to the letter."""
    if _keep_typed_text(request, decline):
        try:
            replace()
        except services.StaleEditError:
            messages.error(request, STALE_LETTER)
        except services.ArchivedError:
            messages.error(request, ARCHIVED_LETTER)
        else:
            messages.success(request, done)
    return redirect("declines:decline_detail", pk=decline.pk)


@methods(*FORM)
def decline_recompose(request, pk: int):
    """Recompose after a confirmation page; the text on the page is kept as a revision first."""
    decline = selectors.decline_get(owner=owner_of(request), pk=pk)
    if wait := _unfinished(request, decline):
        return wait
    if request.method == "POST" and request.POST.get("confirmed"):
        return _replace_letter(
            request,
            decline,
            lambda: services.decline_compose(
                decline=decline, source=LetterRevision.Source.RECOMPOSED
            ),
            "Letter recomposed. Your previous text is kept in Earlier versions.",
        )
    if request.method == "POST":
        if not _keep_typed_text(request, decline):
            return redirect("declines:decline_detail", pk=decline.pk)
        return redirect("declines:decline_recompose", pk=decline.pk)
    return render(request, "declines/recompose_confirm.html", {"decline": decline})


@methods(*POST)
def decline_variant(request, pk: int):
    decline = selectors.decline_get(owner=owner_of(request), pk=pk)
    if wait := _unfinished(request, decline):
        return wait
    return _replace_letter(
        request,
        decline,
        lambda: services.decline_try_variant(decline=decline),
        "Here is another wording. Your previous text is kept in Earlier versions.",
    )


@methods(*POST)
def revision_restore(request, pk: int, revision_pk: int):
    decline = selectors.decline_get(owner=owner_of(request), pk=pk)
    revision = selectors.revision_get(decline=decline, pk=revision_pk)
    return _replace_letter(
        request,
        decline,
        lambda: services.decline_restore_revision(decline=decline, revision=revision),
        "That version is restored. The text it replaced is kept too.",
    )


ACTIONS = {
    "sent": (services.decline_mark_sent, "Marked as sent. Politely will remind you to follow up."),
    "acknowledged": (services.decline_mark_acknowledged, "Great — they confirmed. All done."),
    "followed-up": (services.decline_mark_followed_up, "Noted: you followed up."),
    "close": (services.decline_close, "Archived. You can reopen it from the dashboard."),
    "reopen": (services.decline_reopen, "Reopened."),
}


@methods(*POST)
def decline_action(request, pk: int, action: str):
    decline = selectors.decline_get(owner=owner_of(request), pk=pk)
    service, done_message = ACTIONS[action]
    # From the letter page, "Mark as sent" submits the letter form: what was sent is what the
    # page showed, so typed text is saved first; if it cannot be, nothing is marked.
    if "body" in request.POST and not _keep_typed_text(request, decline):
        return redirect("declines:decline_detail", pk=decline.pk)
    try:
        service(decline=decline)
    except services.TransitionError:
        messages.error(request, "That step doesn't apply to this letter right now.")
    else:
        messages.success(request, done_message)
    # Buttons on the dashboard bring the user back there; elsewhere, to the decline's page.
    if request.POST.get("next") == "dashboard":
        return redirect("declines:dashboard")
    return redirect("declines:decline_detail", pk=decline.pk)


@methods(*POST)
def decline_review(request, pk: int):
    """The guideline review of unsaved text, for the scorecard to update as the user types."""
    decline = selectors.decline_get(owner=owner_of(request), pk=pk)
    body = request.POST.get("body", "")[:20_000]
    checks = review(body, decline, _profile(request), timezone.now())
    return JsonResponse(
        {
            "checks": [
                {
                    "guideline": c.guideline,
                    "title": c.title,
                    "ok": c.ok,
                    "level": c.level,
                    "note": c.note,
                }
                for c in checks
            ],
            "passed": sum(c.ok for c in checks),
        }
    )


# --- downloads --------------------------------------------------------------------------------------


def _unfinished(request, decline):
    """A draft has no letter yet: its downloads and rewrites wait for the answers."""
    if decline.wizard_finished:
        return None
    messages.info(request, "Finish the steps first: your letter is written from your answers.")
    return redirect("declines:decline_step", pk=decline.pk, step=decline.next_step)


def _download(content, *, filename: str, content_type: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _filename(decline, extension: str) -> str:
    return f"decline-{slugify(decline.company) or decline.pk}.{extension}"


@methods(*READ)
def reminders_ics(request, pk: int):
    decline = selectors.decline_get(owner=owner_of(request), pk=pk)
    content = ics.reminders_ics(decline, _profile(request), site_url=settings.SITE_URL)
    return _download(
        content,
        filename=f"reminders-{slugify(decline.company) or decline.pk}.ics",
        content_type="text/calendar; charset=utf-8",
    )


@methods(*READ)
def letter_txt(request, pk: int):
    decline = selectors.decline_get(owner=owner_of(request), pk=pk)
    if wait := _unfinished(request, decline):
        return wait
    return _download(
        exports.plain_text(decline.subject, decline.body),
        filename=_filename(decline, "txt"),
        content_type="text/plain; charset=utf-8",
    )


def _eml(request, decline, *, subject: str, body: str, filename: str) -> HttpResponse:
    message = exports.draft_message(
        subject=subject,
        body=body,
        to_name=decline.recipient_name,
        to_email=decline.recipient_email,
        from_name=decline.sender_name,
        from_email=request.user.email if request.user.is_authenticated else "",
        date=timezone.now(),
    )
    return _download(message, filename=filename, content_type="message/rfc822")


@methods(*READ)
def letter_eml(request, pk: int):
    decline = selectors.decline_get(owner=owner_of(request), pk=pk)
    if wait := _unfinished(request, decline):
        return wait
    return _eml(
        request,
        decline,
        subject=decline.subject,
        body=decline.body,
        filename=_filename(decline, "eml"),
    )


@methods(*READ)
def follow_up_eml(request, pk: int):
    decline = selectors.decline_get(owner=owner_of(request), pk=pk)
    if wait := _unfinished(request, decline):
        return wait
    follow_up = follow_up_letter(decline, _profile(request), timezone.now())
    return _eml(
        request,
        decline,
        subject=follow_up.subject,
        body=follow_up.body,
        filename=_filename(decline, "follow-up.eml"),
    )
