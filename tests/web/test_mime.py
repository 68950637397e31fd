"""declines.mime writes the very bytes Django's EmailMultiAlternatives.message().as_bytes() gives,
for the plain messages it writes itself and for the others it leaves to Django."""

from __future__ import annotations

import re
from email import message_from_bytes, policy

import pytest
from django.core.mail import EmailMultiAlternatives
from django.utils.safestring import mark_safe
from hypothesis import event, example, given, settings
from hypothesis import strategies as st

from declines.mime import TextAndHtmlEmail, WrittenMessage

POLICIES = pytest.mark.parametrize("mime_policy", [policy.default, policy.SMTP], ids=["LF", "CRLF"])

# Plain words, and what makes headers and bodies hard: spaces in runs, quotes, brackets, "=?"
# (encoded-word look-alikes), non-ASCII letters, words too long for one line.
PLAIN_WORDS = ["Contoso", "Fabrikam", "Company 12", "the company", "Acme", "R&D", "A.B.", "x"]
HARD_WORDS = [
    *('"Quoted"', "(Paren)", "<Angle>", "=?utf-8?q?x?=", "a=b", "50%", "  ", " ", "\t"),
    *("Zoë", "Café", "O\u2019Brien", "Łódź", "東京", "\u00a0"),
    "Supercalifragilisticexpialidocious-Incorporated-International-Holdings",
]


def mostly(plain, hard):
    """`plain` three times in four, so that both paths are well exercised."""
    return st.integers(0, 3).flatmap(lambda n: plain if n else hard)


PHRASE = mostly(
    st.lists(st.sampled_from(PLAIN_WORDS), min_size=1, max_size=4),
    st.lists(st.sampled_from(PLAIN_WORDS + HARD_WORDS), max_size=12),
).map(" ".join)
ADDRESSES = mostly(
    st.sampled_from(["bench1@example.com", "first.last+tag@mail.example.org", "a_b@x.io"]),
    st.sampled_from(
        [
            "o'brien@example.com",
            '"quoted local"@example.com',
            "user@bücher.example",
            "zoë@example.com",
            "a" * 70 + "@example.com",
        ]
    ),
)
SENDERS = mostly(
    st.sampled_from(["Politely <reminders@localhost>", "reminders@example.com"]),
    st.sampled_from(
        [
            "Politely Reminders <reminders@politely.example>",
            "Politely, Inc. <reminders@example.com>",
            "Zoë <reminders@example.com>",
        ]
    ),
)
URL = "https://politely.example/accounts/settings/"


def body(phrase: str, long_lines: bool) -> str:
    tail = f"To stop reminder emails, turn them off in your settings: {URL}\n" if long_lines else ""
    return f"Hello {phrase},\n\nOpen your letter: https://politely.example/declines/7/\n\n{tail}"


def pair(subject, text, html, to, sender, headers):
    made = [
        cls(subject=subject, body=text, from_email=sender, to=to, headers=headers)
        for cls in (TextAndHtmlEmail, EmailMultiAlternatives)
    ]
    for mail in made:
        mail.attach_alternative(html, "text/html")
    return made


def same_varying_parts(written: bytes, stock: bytes) -> bytes:
    """`stock` with the date, message id and boundary of `written` (those differ on every call)."""
    for pattern in (rb"(?m)^Date: (.*?)\r?$", rb"(?m)^Message-ID: (.*?)\r?$", rb'boundary="(.*?)"'):
        ours, theirs = re.search(pattern, written), re.search(pattern, stock)
        assert ours and theirs
        stock = stock.replace(theirs.group(1), ours.group(1))
    return stock


def assert_same_bytes(mail: TextAndHtmlEmail, stock_mail: EmailMultiAlternatives, mime_policy):
    written = mail.message(policy=mime_policy).as_bytes()
    stock = stock_mail.message(policy=mime_policy).as_bytes()
    assert written == same_varying_parts(written, stock)


@POLICIES
@settings(max_examples=300, deadline=None)
@given(
    subject=PHRASE.map(lambda phrase: f"Reminder: send your letter to {phrase}"),
    name=PHRASE,
    long_lines=st.booleans(),
    to=mostly(st.lists(ADDRESSES, min_size=1, max_size=1), st.lists(ADDRESSES, max_size=2)),
    sender=SENDERS,
    unsubscribe=mostly(st.just(f"<{URL}>"), st.just(f"<{URL}{'x' * 60}>")),
)
@example(
    subject="Reminder: send your letter to Contoso",
    name="Ann",
    long_lines=True,
    to=["bench1@example.com"],
    sender="Politely <reminders@localhost>",
    unsubscribe=f"<{URL}>",
)
def test_the_bytes_are_djangos(mime_policy, subject, name, long_lines, to, sender, unsubscribe):
    headers = {"Auto-Submitted": "auto-generated", "List-Unsubscribe": unsubscribe}
    html = f"<p>Hello {name},</p>\n" + (f'<p><a href="{URL}">turn them off</a> {"x" * 60}</p>\n')
    mail, stock = pair(subject, body(name, long_lines), html, to, sender, headers)
    plain = isinstance(mail.message(policy=mime_policy), WrittenMessage)
    event("written directly" if plain else "left to Django")  # both many times: see `mostly`
    assert_same_bytes(mail, stock, mime_policy)


@POLICIES
def test_a_plain_reminder_is_written_directly_and_reads_as_any_message(mime_policy):
    mail, stock = pair(
        "Reminder: follow up with Globex",
        body("Ann", long_lines=True),
        mark_safe("<p>Hello Ann,</p>\n"),  # as templates render it
        ["ann@example.com"],
        "Politely <reminders@localhost>",
        {"Auto-Submitted": "auto-generated"},
    )
    message = mail.message(policy=mime_policy)

    assert isinstance(message, WrittenMessage)
    assert message["Subject"] == "Reminder: follow up with Globex"
    assert message["To"] == "ann@example.com"
    assert message.get_body(("html",)).get_content() == "<p>Hello Ann,</p>\n"
    # The generator, walking the same tree, writes the same bytes.
    assert message.as_string(policy=mime_policy).encode() == message.as_bytes()
    parsed = message_from_bytes(message.as_bytes().replace(b"\r\n", b"\n"), policy=policy.default)
    assert parsed.get_body(("plain",)).get_content() == body("Ann", long_lines=True)
    assert_same_bytes(mail, stock, mime_policy)


def test_a_header_added_after_writing_is_in_the_bytes():
    (mail, _) = pair("Hi", "Text\n", "<p>x</p>\n", ["a@example.com"], "a@example.com", {})
    message = mail.message()
    message["X-Signed"] = "yes"
    assert b"\nX-Signed: yes\n" in message.as_bytes()


@pytest.mark.parametrize(
    "change",
    [
        {"subject": "Réunion"},
        {"subject": "Reminder: " + "long " * 20},
        {"to": ['"quoted local"@example.com']},
        {"cc": ["b@example.com"]},
        {"headers": {"Reply-To": "b@example.com"}},
    ],
    ids=["non-ASCII subject", "long subject", "quoted address", "cc", "structured extra header"],
)
def test_what_is_not_plain_is_left_to_django(change):
    fields = {"subject": "Hi", "body": "Text\n", "to": ["a@example.com"], "headers": {}} | change
    mail = TextAndHtmlEmail(**fields)
    mail.attach_alternative("<p>x</p>\n", "text/html")
    assert not isinstance(mail.message(), WrittenMessage)
