"""`manage.py send_nudges`: exactly the due reminders arrive, once each, to the right person, and
stay right with stale claims, failures, real SMTP and (on PostgreSQL) two runners at once."""

from __future__ import annotations

import email
import re
import socket
import threading
import warnings
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from email import policy
from io import StringIO

import pytest
from aiosmtpd.controller import Controller
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.deprecation import RemovedInDjango2028Warning

from declines import reminders
from declines.mime import TextAndHtmlEmail, WrittenMessage
from declines.models import Decline, NudgeLog, Status
from declines.reminders import send_due_nudges
from tests.factories import make_decline, make_user

pytestmark = pytest.mark.django_db

HOUR, DAY = timedelta(hours=1), timedelta(days=1)


def aged(decline: Decline, **fields) -> Decline:
    """Move a decline's timestamps into the past (created_at is auto_now_add)."""
    Decline.objects.filter(pk=decline.pk).update(**fields)
    decline.refresh_from_db()
    return decline


def link(decline: Decline) -> str:
    return f"{settings.SITE_URL}/declines/{decline.pk}/"


@pytest.fixture
def scene(user):
    """Declines in every state for `user` (reminders on) and two due ones for a user with them off."""
    now, today = timezone.now(), timezone.now().date()
    d = {
        "fresh_draft": aged(
            make_decline(user, status=Status.DRAFT, company="Fresh"), created_at=now - 2 * HOUR
        ),
        "old_draft": aged(
            make_decline(user, status=Status.DRAFT, company="Contoso"), created_at=now - 30 * HOUR
        ),
        # Date-only interviews start at 09:00 UTC: tomorrow is always within 48 hours.
        "urgent": make_decline(user, company="Fabrikam", interview_date=today + DAY),
        "passed": aged(
            make_decline(user, company="Initech", interview_date=today - DAY),
            created_at=now - 3 * DAY,
        ),
        "follow_up": make_decline(user, status=Status.SENT, company="Globex"),
        "just_sent": make_decline(user, status=Status.SENT, company="Hooli"),
        "acknowledged": make_decline(user, status=Status.ACKNOWLEDGED, company="Umbrella"),
        "closed": make_decline(user, status=Status.CLOSED, company="Soylent"),
        "followed_up": make_decline(user, status=Status.SENT, company="Wonka"),
    }
    for name in ("follow_up", "acknowledged", "followed_up"):
        aged(d[name], created_at=now - 12 * DAY, sent_at=now - 10 * DAY)
    aged(d["closed"], created_at=now - 12 * DAY)
    aged(d["followed_up"], followed_up_at=now - 2 * DAY)
    quiet = make_user("quiet", email_reminders=False)
    d["quiet_draft"] = aged(make_decline(quiet, status=Status.DRAFT), created_at=now - 30 * HOUR)
    d["quiet_sent"] = aged(make_decline(quiet, status=Status.SENT), sent_at=now - 10 * DAY)
    return d


def run(*args: str) -> str:
    out = StringIO()
    call_command("send_nudges", *args, stdout=out)
    return out.getvalue()


def by_company(outbox) -> dict[str, object]:
    """Each email keyed by the company its subject names."""
    companies = [
        "Contoso",
        "Fabrikam",
        "Initech",
        "Globex",
        "Fresh",
        "Hooli",
        "Umbrella",
        "Soylent",
        "Wonka",
    ]
    found = {}
    for message in outbox:
        (company,) = [name for name in companies if name in message.subject]
        found[company] = message
    return found


# --- what arrives ----------------------------------------------------------------------------------


def test_exactly_the_due_reminders_arrive_once_each(scene, mailoutbox, user):
    first = run()
    second = run()

    sent = by_company(mailoutbox)
    assert len(mailoutbox) == 4
    assert sent.keys() == {"Contoso", "Fabrikam", "Initech", "Globex"}
    assert sent["Contoso"].subject == "Reminder: send your letter to Contoso"
    assert sent["Fabrikam"].subject == "Reminder: send your letter to Fabrikam today"
    assert sent["Globex"].subject == "Reminder: follow up with Globex"
    for company, decline in [
        ("Contoso", scene["old_draft"]),
        ("Fabrikam", scene["urgent"]),
        ("Initech", scene["passed"]),
        ("Globex", scene["follow_up"]),
    ]:
        assert sent[company].to == [user.email]
        assert link(decline) in sent[company].body
    assert "sent 4, covered 1" in first
    assert "sent 0, covered 0" in second
    assert "failed 0" in second


def test_each_sent_reminder_is_logged_and_nothing_for_quiet_or_finished_declines(scene):
    run()
    logged = {(log.decline_id, log.kind): log.state for log in NudgeLog.objects.all()}
    assert logged == {
        (scene["old_draft"].pk, "send_soon"): "sent",
        (scene["urgent"].pk, "send_urgent"): "sent",
        (scene["passed"].pk, "interview_passed"): "sent",
        (scene["passed"].pk, "send_soon"): "covered",
        (scene["follow_up"].pk, "follow_up"): "sent",
    }
    assert NudgeLog.objects.filter(state="sent", sent_at__isnull=True).count() == 0


def test_the_email_has_text_and_html_parts_with_the_links(user, mailoutbox):
    decline = aged(
        make_decline(user, status=Status.DRAFT, company="Smith & <Sons>"),
        created_at=timezone.now() - 2 * DAY,
    )
    run()

    (message,) = mailoutbox
    assert message.subject == "Reminder: send your letter to Smith & <Sons>"
    assert message.from_email == settings.DEFAULT_FROM_EMAIL
    assert message.extra_headers["Auto-Submitted"] == "auto-generated"
    ((html, mimetype),) = message.alternatives
    assert mimetype == "text/html"
    settings_link = f"{settings.SITE_URL}/accounts/settings/"
    for part in (message.body, html):
        assert link(decline) in part
        assert settings_link in part
    assert "Hello Ada Lovelace," in message.body
    assert "kind to Smith & <Sons>." in message.body  # plain text is not HTML-escaped
    assert "Smith &amp; &lt;Sons&gt;" in html
    assert "<Sons>" not in html
    parsed = email.message_from_bytes(message.message().as_bytes(), policy=policy.default)
    assert parsed.get_content_type() == "multipart/alternative"


def test_a_follow_up_reminder_carries_a_follow_up_email_and_a_phone_script(user, mailoutbox):
    aged(
        make_decline(user, status=Status.SENT, company="Globex", recipient_name="Helen Park"),
        sent_at=timezone.now() - 10 * DAY,
    )
    run()

    (message,) = mailoutbox
    assert "hasn't confirmed your letter" in message.body
    assert "Subject: Re: " in message.body
    assert "Dear Helen Park" in message.body or "Hi Helen" in message.body
    assert "Voicemail:" in message.body
    assert "Voicemail:" in message.alternatives[0].content


@pytest.mark.parametrize("mime_policy", [policy.default, policy.SMTP], ids=["default", "SMTP"])
def test_reminders_build_the_same_bytes_as_django_only_faster(user, mailoutbox, mime_policy):
    """Reminders are written by declines.mime (tests/web/test_mime.py has the generated cases);
    the real ones, with a non-ASCII name and company, must be Django's bytes too."""
    user.profile.display_name = "Zoë O\u2019Brien"
    user.profile.save()
    aged(
        make_decline(user, status=Status.SENT, company="Café Zoë & <Sons>"),
        sent_at=timezone.now() - 10 * DAY,
    )
    aged(make_decline(user, status=Status.DRAFT), created_at=timezone.now() - 2 * DAY)
    run()

    def stock(message) -> bytes:
        return EmailMultiAlternatives.message(message, policy=mime_policy).as_bytes()

    def varying(raw: bytes) -> bytes:  # the date, the message id and the part boundary vary
        raw = re.sub(rb"(?m)^(Date|Message-ID): .*$", b"", raw)
        return re.sub(rb"={15}\d+==", b"BOUNDARY", raw)

    assert len(mailoutbox) == 2
    written = [message.message(policy=mime_policy) for message in mailoutbox]
    # The Northwind one is plain; the café's subject is not ASCII and takes Django's path.
    assert sorted(isinstance(message, WrittenMessage) for message in written) == [False, True]
    for message in mailoutbox:
        assert isinstance(message, TextAndHtmlEmail)
        fast = message.message(policy=mime_policy).as_bytes()
        assert varying(fast) == varying(stock(message))


def test_the_sender_uses_the_mailers_api_without_deprecation_warnings(scene, mailoutbox):
    with warnings.catch_warnings():
        warnings.simplefilter("error", RemovedInDjango2028Warning)
        run()
    assert len(mailoutbox) == 4


# --- dry run, loop, settings -------------------------------------------------------------------------


def test_dry_run_lists_what_it_would_send_and_changes_nothing(scene, mailoutbox, user):
    out = run("--dry-run")

    decline = scene["old_draft"]
    assert f"would send send_soon to {user.email} for decline {decline.pk} (Contoso)" in out
    assert f"would send follow_up to {user.email} for decline {scene['follow_up'].pk}" in out
    assert sum(line.startswith("would send ") for line in out.splitlines()) == 4
    assert "would send 4, would cover 1" in out
    assert mailoutbox == []
    assert NudgeLog.objects.count() == 0


def test_loop_runs_rounds_until_stopped(scene, mailoutbox, monkeypatch):
    sleeps = []

    def sleep(seconds):
        sleeps.append(seconds)
        if len(sleeps) == 2:
            raise KeyboardInterrupt

    monkeypatch.setattr("declines.management.commands.send_nudges.time.sleep", sleep)
    # The test's transaction looks like a broken connection to close_old_connections (as in
    # Django's own test client, which disconnects it for the same reason).
    monkeypatch.setattr(
        "declines.management.commands.send_nudges.close_old_connections", lambda: None
    )
    out = run("--loop", "60")

    assert sleeps == [60, 60]
    assert out.count("checked") == 2
    assert out.rstrip().endswith("stopped")
    assert len(mailoutbox) == 4


def test_changing_follow_up_days_changes_what_is_due(user, mailoutbox):
    # Sent Friday 6 March 2026 10:00 UTC; Wednesday 11 March 12:00 is 3 business days later.
    now = datetime(2026, 3, 11, 12, tzinfo=UTC)
    aged(make_decline(user, status=Status.SENT), sent_at=datetime(2026, 3, 6, 10, tzinfo=UTC))
    user.profile.follow_up_days = 4
    user.profile.save()
    assert send_due_nudges(now=now).sent == 0

    user.profile.follow_up_days = 3
    user.profile.save()
    assert send_due_nudges(now=now).sent == 1
    assert mailoutbox[0].subject == "Reminder: follow up with Northwind"


def test_turning_reminders_off_stops_them(user, mailoutbox):
    aged(make_decline(user, status=Status.DRAFT), created_at=timezone.now() - 2 * DAY)
    user.profile.email_reminders = False
    user.profile.save()
    run()
    assert mailoutbox == []


# --- claims --------------------------------------------------------------------------------------------


def claim(decline: Decline, kind: str, age: timedelta) -> NudgeLog:
    return NudgeLog.objects.create(
        decline=decline, kind=kind, state="claimed", claimed_at=timezone.now() - age
    )


def test_a_stale_claim_is_retried(user, mailoutbox):
    decline = aged(make_decline(user, status=Status.DRAFT), created_at=timezone.now() - 2 * DAY)
    log = claim(decline, "send_soon", reminders.CLAIM_TIMEOUT + timedelta(minutes=1))

    run()

    assert len(mailoutbox) == 1
    log.refresh_from_db()
    assert log.state == "sent"
    assert NudgeLog.objects.count() == 1


def test_a_fresh_claim_by_another_runner_is_left_alone(user, mailoutbox):
    decline = aged(make_decline(user, status=Status.DRAFT), created_at=timezone.now() - 2 * DAY)
    log = claim(decline, "send_soon", timedelta(minutes=1))

    run()

    assert mailoutbox == []
    log.refresh_from_db()
    assert log.state == "claimed"


def test_a_stale_claim_of_a_lesser_kind_is_covered(user, mailoutbox):
    decline = aged(
        make_decline(user, interview_date=timezone.now().date() - DAY),
        created_at=timezone.now() - 3 * DAY,
    )
    log = claim(decline, "send_soon", timedelta(hours=2))

    run()

    assert [m.subject for m in mailoutbox] == ["Reminder: a short note to Northwind is still kind"]
    log.refresh_from_db()
    assert log.state == "covered"


class RefusingBackend(BaseEmailBackend):
    """A mail server that accepts the connection and refuses every message."""

    def send_messages(self, messages):
        raise OSError("550 mailbox unavailable")


class UnreachableBackend(BaseEmailBackend):
    def open(self):
        raise ConnectionRefusedError("no mail server")

    def send_messages(self, messages):  # pragma: no cover - never reached
        raise AssertionError


def test_a_refused_message_releases_its_claim_for_the_next_run(scene, settings, mailoutbox):
    settings.MAILERS = {"default": {"BACKEND": f"{__name__}.RefusingBackend"}}
    summary = send_due_nudges()
    assert (summary.sent, summary.failed) == (0, 4)
    assert set(NudgeLog.objects.values_list("state", flat=True)) == {"covered"}

    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
    assert send_due_nudges().sent == 4


def test_an_unreachable_mail_server_stops_the_run_and_keeps_nothing_claimed(scene, settings):
    settings.MAILERS = {"default": {"BACKEND": f"{__name__}.UnreachableBackend"}}
    with pytest.raises(ConnectionRefusedError):
        run()
    assert not NudgeLog.objects.filter(state="claimed").exists()


class StoppedAfterThree(BaseEmailBackend):
    """A mailer that accepts three messages, then the process is interrupted (Ctrl-C)."""

    accepted: list = []

    def send_messages(self, messages):
        if len(StoppedAfterThree.accepted) == 3:
            raise KeyboardInterrupt
        StoppedAfterThree.accepted += messages
        return len(messages)


def due_follow_ups(user, count: int) -> None:
    for n in range(count):
        make_decline(user, status=Status.SENT, company=f"Company {n}")
    Decline.objects.update(sent_at=timezone.now() - 10 * DAY)


def test_sent_claims_are_marked_in_groups(user, mailoutbox):
    due_follow_ups(user, reminders.MARK_GROUP + 5)

    with CaptureQueriesContext(connection) as queries:
        assert send_due_nudges().sent == reminders.MARK_GROUP + 5

    marks = [q["sql"] for q in queries if q["sql"].startswith('UPDATE "declines_nudgelog"')]
    assert len(marks) == 2  # a full group, then the rest
    assert set(NudgeLog.objects.values_list("state", flat=True)) == {"sent"}


def test_an_interrupted_run_still_marks_what_it_sent(user, settings, monkeypatch):
    due_follow_ups(user, 5)
    monkeypatch.setattr(StoppedAfterThree, "accepted", [])
    settings.MAILERS = {"default": {"BACKEND": f"{__name__}.StoppedAfterThree"}}

    with pytest.raises(KeyboardInterrupt):
        send_due_nudges()

    sent = {message.subject for message in StoppedAfterThree.accepted}
    logs = NudgeLog.objects.select_related("decline")
    assert {
        f"Reminder: follow up with {log.decline.company}" for log in logs if log.state == "sent"
    } == sent
    # The two never sent stay claimed, to be retaken once stale.
    assert sorted(log.state for log in logs) == ["claimed"] * 2 + ["sent"] * 3


def test_a_claim_retaken_before_it_was_marked_is_left_to_its_new_runner(
    user, mailoutbox, caplog, monkeypatch
):
    due_follow_ups(user, 2)
    mark_sent = reminders._mark_sent

    def retaken_meanwhile(claims):  # another runner judged the first claim stale and took it
        NudgeLog.objects.filter(pk=claims[0].log.pk).update(claimed_at=timezone.now())
        mark_sent(claims)

    monkeypatch.setattr(reminders, "_mark_sent", retaken_meanwhile)
    assert send_due_nudges().sent == 2

    assert sorted(NudgeLog.objects.values_list("state", flat=True)) == ["claimed", "sent"]
    assert "1 of the reminders for declines" in caplog.text


# --- scale ---------------------------------------------------------------------------------------------


def test_batches_send_everything_and_a_quiet_run_costs_one_query(
    user, mailoutbox, django_assert_num_queries
):
    for n in range(7):
        make_decline(user, status=Status.SENT, company=f"Company {n}")
    Decline.objects.update(sent_at=timezone.now() - 10 * DAY)
    make_decline(user, status=Status.ACKNOWLEDGED)

    assert send_due_nudges(batch_size=3).sent == 7
    with django_assert_num_queries(1):  # already reminded: the SQL filter leaves no candidate
        assert send_due_nudges(batch_size=3).checked == 0
    assert len(mailoutbox) == 7


def test_candidates_are_a_superset_of_the_due_ones_and_skip_the_finished(scene):
    candidates = set(reminders.due_candidates(timezone.now()).values_list("pk", flat=True))
    due = {scene[name].pk for name in ("old_draft", "urgent", "passed", "follow_up")}
    assert due <= candidates
    finished = {scene[name].pk for name in ("acknowledged", "closed", "followed_up")}
    quiet = {scene["quiet_draft"].pk, scene["quiet_sent"].pk}
    assert not candidates & (finished | quiet | {scene["fresh_draft"].pk, scene["just_sent"].pk})


# --- a real SMTP conversation --------------------------------------------------------------------------


class Collector:
    def __init__(self):
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def smtp_server(settings):
    collector = Collector()
    controller = Controller(collector, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": "127.0.0.1",
                "port": controller.port,
                "use_tls": False,
                "timeout": 5,
            },
        }
    }
    yield collector
    controller.stop()


def test_a_reminder_really_goes_out_over_smtp(user, smtp_server):
    decline = aged(
        make_decline(user, status=Status.SENT, company="Northwind"),
        sent_at=timezone.now() - 10 * DAY,
    )
    run()

    (envelope,) = smtp_server.envelopes
    assert envelope.rcpt_tos == [user.email]
    message = email.message_from_bytes(envelope.content, policy=policy.default)
    assert message["Subject"] == "Reminder: follow up with Northwind"
    assert message["To"] == user.email
    assert message["From"] == settings.DEFAULT_FROM_EMAIL
    assert message["Auto-Submitted"] == "auto-generated"
    assert message["List-Unsubscribe"] == f"<{settings.SITE_URL}/accounts/settings/>"
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert link(decline) in text
    assert f'href="{link(decline)}"' in html
    assert "Voicemail:" in text
    assert NudgeLog.objects.get().state == "sent"


# --- two runners at once (PostgreSQL) ---------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_three_runners_at_once_send_each_reminder_exactly_once(mailoutbox):
    if connection.vendor != "postgresql":
        pytest.skip(
            "needs PostgreSQL: SQLite has no row locks, and send_nudges promises one runner there"
        )
    owners = [make_user(f"runner{n}") for n in range(3)]
    for n in range(30):
        make_decline(owners[n % 3], status=Status.SENT, company=f"Company {n}")
    Decline.objects.update(sent_at=timezone.now() - 10 * DAY)
    for decline in Decline.objects.order_by("pk")[:10]:  # left behind by a runner that crashed
        claim(decline, "follow_up", timedelta(hours=1))
    barrier = threading.Barrier(3)
    summaries, errors = [], []

    def runner():
        try:
            barrier.wait(timeout=10)
            summaries.append(send_due_nudges(batch_size=4))
        except Exception as error:  # surfaced below; a thread can't fail the test itself
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=runner) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert errors == []
    sent = [(message.to[0], message.subject) for message in mailoutbox]
    assert len(sent) == 30
    assert len(set(sent)) == 30
    assert sum(summary.sent for summary in summaries) == 30
    assert set(NudgeLog.objects.values_list("state", flat=True)) == {"sent"}
    assert NudgeLog.objects.count() == 30


def test_the_unique_constraint_stops_a_runner_that_read_before_another_claimed(
    user, mailoutbox, monkeypatch
):
    now = timezone.now()
    taken = aged(
        make_decline(user, status=Status.DRAFT, company="Contoso"), created_at=now - 2 * DAY
    )
    free = aged(
        make_decline(user, status=Status.DRAFT, company="Fabrikam"), created_at=now - 2 * DAY
    )
    NudgeLog.objects.create(decline=taken, kind="send_soon", state="sent", claimed_at=now)
    # This runner read the logs (and the candidates) before the other runner's claim committed.
    monkeypatch.setattr(reminders, "_logs_by_decline", lambda ids: defaultdict(dict))
    monkeypatch.setattr(reminders, "due_candidates", lambda now, **kw: Decline.objects.all())

    summary = send_due_nudges()

    assert [message.subject for message in mailoutbox] == ["Reminder: send your letter to Fabrikam"]
    assert (summary.sent, summary.skipped) == (1, 1)
    assert NudgeLog.objects.get(decline=free).state == "sent"
    assert NudgeLog.objects.get(decline=taken).state == "sent"


def test_one_broken_profile_does_not_stop_the_others(user, mailoutbox):
    broken = make_user("broken", tz="Mars/Olympus_Mons")
    for owner in (broken, user):
        aged(make_decline(owner, status=Status.DRAFT), created_at=timezone.now() - 2 * DAY)

    summary = send_due_nudges()

    assert [message.to for message in mailoutbox] == [[user.email]]
    assert (summary.sent, summary.skipped) == (1, 1)


def test_reminders_reach_only_a_verified_address(mailoutbox):
    """Anyone can type someone else's address at sign-up: until its owner confirms it, no
    reminder goes there. Once verified, the due reminder arrives."""
    from allauth.account.models import EmailAddress

    owner = make_user("unverified", verified=False)
    decline = make_decline(owner)
    Decline.objects.filter(pk=decline.pk).update(created_at=timezone.now() - timedelta(days=3))
    send_due_nudges(now=timezone.now())
    assert mailoutbox == []
    EmailAddress.objects.filter(user=owner).update(verified=True)
    send_due_nudges(now=timezone.now())
    assert [message.to for message in mailoutbox] == [[owner.email]]
