"""Every page a user meets is valid HTML, by the Nu Html Checker (vnu).

The pages are drawn through Django's test client, in the states people meet them in (empty and
full, with form errors, as a visitor and signed in), written to a temporary folder, and checked
by one run of vnu over them all: the JVM is slow to start, so it starts once. The HTML emails that
the same journeys send are checked with them. Warnings are printed, not failed.

vnu comes from the npm registry (`npm install` at the repository root puts it in node_modules/)
and needs Java 11 or newer. Without either the test skips with that hint on a laptop, and fails
in CI (`CI=true`), so a missing checker never passes silently there.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from datetime import timedelta
from email import message_from_bytes
from pathlib import Path

import pytest
from allauth.mfa.models import Authenticator
from django.core.cache import cache
from django.template.loader import get_template
from django.test import Client
from django.utils import timezone

from declines.models import Decline, Status
from tests.factories import PASSWORD, make_decline, make_user

pytestmark = pytest.mark.django_db

REPO_ROOT = Path(__file__).resolve().parents[2]
VNU_JAR = REPO_ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
LINK = re.compile(r"https?://\S+")
BAD_VALUE = re.compile(r"Bad value “[^”]*”")

WHO = {"recipient_name": "Helen Park", "company": "Northwind", "role": "Analyst"}
STEPS = {"why": {"reason": "timing"}, "tone": {"tone": "warm"}, "help": {"keep_in_touch": "on"}}


def vnu_command() -> list[str]:
    """`java -jar vnu.jar`, or a skip (a failure in CI) that says what to install."""
    java = shutil.which("java")
    missing = []
    if not VNU_JAR.is_file():
        missing.append(
            f"the Nu Html Checker ({VNU_JAR.relative_to(REPO_ROOT)}): run 'npm install' at the "
            "repository root (it needs Node.js and npm)"
        )
    if java is None:
        missing.append("Java 11 or newer: 'sudo apt-get install -y default-jre-headless'")
    if missing:
        message = "HTML is not checked: install " + "; and ".join(missing) + "."
        if os.environ.get("CI") == "true":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return [str(java), "-jar", str(VNU_JAR)]


# --- the pages ------------------------------------------------------------------------------------


class Pages:
    """The pages collected so far, each by a file name that says what it is."""

    def __init__(self) -> None:
        self.html: dict[str, str] = {}

    def add(self, name: str, response, status: int = 200) -> None:
        assert response.status_code == status, f"{name}: {response.status_code}, not {status}"
        assert name not in self.html, name
        self.html[name] = response.content.decode()

    def get(self, name: str, client: Client, url: str, status: int = 200) -> None:
        self.add(name, client.get(url), status)

    def post(self, name: str, client: Client, url: str, data: dict, status: int = 200) -> None:
        self.add(name, client.post(url, data), status)


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def visitor_pages(pages: Pages) -> None:
    """No account: the landing page, the wizard, the letter and the visitor's dashboard."""
    visitor = Client()
    pages.get("landing", visitor, "/")
    pages.get("wizard-who-new", visitor, "/declines/new/")
    pages.post("wizard-who-errors", visitor, "/declines/new/", {"company": "", "action": "next"})
    visitor.post("/declines/new/", {**WHO, "action": "next"})
    decline = Decline.objects.get(visitor__isnull=False)
    for step, data in STEPS.items():
        pages.get(f"wizard-{step}", visitor, f"/declines/{decline.pk}/{step}/")
        visitor.post(f"/declines/{decline.pk}/{step}/", {**data, "action": "next"})
    pages.get("visitor-letter", visitor, f"/declines/{decline.pk}/")
    pages.get("visitor-dashboard", visitor, "/")


def account_pages(pages: Pages, mailoutbox) -> None:
    """Sign-up, log-in and password reset, as a visitor meets them, errors included."""
    anon = Client()
    pages.get("signup", anon, "/accounts/signup/")
    pages.post("signup-errors", anon, "/accounts/signup/", {"email": "not-an-email"})
    pages.get("login", anon, "/accounts/login/")
    pages.post("login-errors", anon, "/accounts/login/", {"login": "nobody", "password": "no"})
    pages.get("password-reset", anon, "/accounts/password/reset/")
    pages.post("password-reset-errors", anon, "/accounts/password/reset/", {"email": "x"})
    user = make_user("reset")
    response = anon.post("/accounts/password/reset/", {"email": user.email}, follow=True)
    pages.add("password-reset-done", response)
    (link,) = LINK.findall(mailoutbox[-1].body)
    pages.add("password-reset-key", anon.get(link, follow=True))
    pages.get("password-reset-key-expired", Client(), "/accounts/password/reset/key/1-old-link/")

    newcomer = Client()
    signup = {"display_name": "Grace Hopper", "email": "grace@example.com", "password1": PASSWORD}
    pages.add("signup-done-dashboard", newcomer.post("/accounts/signup/", signup, follow=True))
    (link,) = LINK.findall(mailoutbox[-1].body)
    pages.get("email-confirm", newcomer, link)


def dashboard_declines(user) -> list[Decline]:
    """A decline in every state, and reminders due on some of them."""
    now = timezone.now()
    tomorrow, days_ago = (now + timedelta(days=1)).date(), (now - timedelta(days=2)).date()
    declines = [
        make_decline(user, status=Status.DRAFT, steps_done=1, company="Draftco"),
        make_decline(user, status=Status.READY, company="Readyco"),
        make_decline(user, status=Status.READY, company="Urgentco", interview_date=tomorrow),
        make_decline(user, status=Status.READY, company="Lateco", interview_date=days_ago),
        make_decline(user, status=Status.SENT, company="Sentco"),
        make_decline(user, status=Status.ACKNOWLEDGED, company="Thanksco"),
        make_decline(user, status=Status.CLOSED, company="Archivedco"),
    ]
    Decline.objects.filter(pk__in=[d.pk for d in declines]).update(
        created_at=now - timedelta(days=9)
    )
    Decline.objects.filter(status=Status.SENT).update(sent_at=now - timedelta(days=9))
    return declines


def letter_form(client: Client, decline: Decline) -> dict:
    """The letter form as one page (one window) draws it: its version and its page token."""
    form = client.get(f"/declines/{decline.pk}/").context["form"]
    return {name: form[name].value() for name in ("subject", "body", "version", "editor")}


def user_pages(pages: Pages) -> None:
    """Signed in: the dashboard, the wizard, the letter in each state, settings."""
    user = make_user("writer", display_name="Wren Writer")
    client = signed_in(user)
    pages.get("dashboard-empty", client, "/")
    draft, ready, urgent, late, sent, thanked, archived = dashboard_declines(user)
    pages.get("dashboard", client, "/")

    for step in ("who", "why", "tone", "help"):
        pages.get(f"wizard-{step}-composed", client, f"/declines/{ready.pk}/{step}/")
    pages.get("wizard-why-draft", client, f"/declines/{draft.pk}/why/")
    pages.post(
        "wizard-why-errors",
        client,
        f"/declines/{draft.pk}/why/",
        {"reason": "", "reason_detail": "y" * 340, "action": "next"},
    )
    pages.get("wizard-who-archived", client, f"/declines/{archived.pk}/who/")

    letters = {"ready": ready, "urgent": urgent, "late": late, "sent": sent}
    letters |= {"acknowledged": thanked, "archived": archived}
    for name, decline in letters.items():
        pages.get(f"letter-{name}", client, f"/declines/{decline.pk}/")
    stale, elsewhere = letter_form(client, ready), letter_form(client, ready)
    client.post(f"/declines/{ready.pk}/", {**elsewhere, "body": "Saved in another window."})
    pages.post("letter-stale", client, f"/declines/{ready.pk}/", {**stale, "body": "Mine."})
    pages.post("letter-errors", client, f"/declines/{ready.pk}/", {**stale, "body": ""})
    pages.get("recompose-confirm", client, f"/declines/{ready.pk}/recompose/")

    pages.get("settings", client, "/accounts/settings/")
    pages.post("settings-errors", client, "/accounts/settings/", {"timezone": "Mars/Olympus"})
    unverified = signed_in(make_user("unverified", verified=False))
    pages.get("settings-unverified", unverified, "/accounts/settings/")
    pages.get("email", client, "/accounts/email/")
    pages.get("password-change", client, "/accounts/password/change/")
    pages.get("passkeys", client, "/accounts/2fa/")
    pages.add("passkey-add", client.get("/accounts/2fa/webauthn/add/", follow=True))
    Authenticator.objects.create(
        user=user,
        type=Authenticator.Type.WEBAUTHN,
        data={"name": "Laptop", "credential": {}, "passwordless": True},
        last_used_at=timezone.now(),
    )
    pages.get("passkeys-with-a-key", client, "/accounts/2fa/")
    pages.get("passkey-list", client, "/accounts/2fa/webauthn/")
    pages.get("delete-account", client, "/accounts/settings/delete/")
    pages.post("delete-account-errors", client, "/accounts/settings/delete/", {"password": "no"})
    pages.get("logout-confirm", client, "/accounts/logout/")


def error_pages(pages: Pages) -> None:
    """The 404 page as a request meets it; the others as Django draws them from the templates."""
    anon = Client()
    pages.get("404", anon, "/no-such-page/", status=404)
    someone = make_user("someone")
    theirs = make_decline(make_user("owner"))
    pages.get(
        "404-another-owners-letter", signed_in(someone), f"/declines/{theirs.pk}/", status=404
    )
    strict = Client(enforce_csrf_checks=True)
    pages.post("403-csrf", strict, "/accounts/login/", {}, status=403)
    for template in ("400.html", "403.html", "500.html"):
        pages.html[f"template-{template.removesuffix('.html')}"] = get_template(template).render({})


def email_pages(pages: Pages, mailoutbox) -> None:
    """The HTML part of each email the journeys above sent."""
    for number, message in enumerate(mailoutbox):
        parsed = message_from_bytes(message.message().as_bytes())
        for part in parsed.walk():
            if part.get_content_type() == "text/html":
                html = part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")
                pages.html[f"email-{number}"] = html


# --- the check ------------------------------------------------------------------------------------


def run_vnu(command: list[str], files: list[Path]) -> list[dict]:
    result = subprocess.run(
        [*command, "--format", "json", "--stdout", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    # vnu exits 1 when it found errors; its report is the JSON either way.
    try:
        return json.loads(result.stdout)["messages"]
    except (json.JSONDecodeError, KeyError):
        pytest.fail(f"vnu gave no report (exit {result.returncode}): {result.stderr[-2000:]}")


def where(message: dict) -> str:
    return f"{Path(message.get('url', '?')).name}:{message.get('lastLine', '?')}"


def report(messages: list[dict]) -> str:
    """One line per distinct message, with an extract and every page:line it was found at."""
    found: dict[str, list[dict]] = {}
    for message in messages:
        # "Bad value “2026-12-01T15:49:07.924289+00:00” for …" is one mistake on every page.
        text = BAD_VALUE.sub("Bad value “…”", message.get("message", "?"))
        found.setdefault(text, []).append(message)
    lines = []
    for text, seen in found.items():
        extract = " ".join(seen[0].get("extract", "").split())
        places = ", ".join(where(m) for m in seen[:8]) + (" …" if len(seen) > 8 else "")
        lines.append(f"- {text}\n    [{extract}]\n    on {places}")
    return "\n".join(lines)


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """The log-in rate limits live in the cache, which outlives a test's transaction."""
    cache.clear()
    yield
    cache.clear()


def test_every_page_a_user_meets_is_valid_html(tmp_path, mailoutbox):
    command = vnu_command()
    pages = Pages()
    visitor_pages(pages)
    account_pages(pages, mailoutbox)
    user_pages(pages)
    error_pages(pages)
    email_pages(pages, mailoutbox)

    files = []
    for name, html in pages.html.items():
        path = tmp_path / f"{name}.html"
        path.write_text(html, encoding="utf-8")
        files.append(path)
    messages = run_vnu(command, files)

    # "error" and "non-document-error" (a page vnu could not read) fail; "info" (warnings) not.
    errors = [m for m in messages if m.get("type") != "info"]
    warnings = [m for m in messages if m not in errors]
    print(f"\nvnu checked {len(files)} pages: {len(errors)} errors, {len(warnings)} warnings")
    if warnings:
        print(report(warnings))
    assert not errors, f"{len(errors)} HTML errors:\n{report(errors)}"
