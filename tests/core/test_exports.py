"""The letter in forms that leave Politely: pure functions, no database."""

import email
import re
import socket
from datetime import UTC, datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from declines.core.exports import MAILTO_LIMIT, draft_message, mailto_link, plain_text

DATE = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def parse(raw: bytes) -> EmailMessage:
    """The draft as a mail client reads it: the standard library's parser, modern policy."""
    return email.message_from_bytes(raw, policy=policy.default)


def test_mailto_carries_recipient_subject_and_crlf_line_breaks():
    link = mailto_link(
        to="zoë@example.com", subject="Thank you\nagain", body="Hi Zoë,\n\nThanks & bye"
    )
    parts = urlsplit(link)
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == "zoë@example.com"
    query = parse_qs(parts.query)
    assert query["subject"] == ["Thank you again"]
    assert query["body"] == ["Hi Zoë,\r\n\r\nThanks & bye"]
    assert "%0D%0A" in link


def test_mailto_link_in_full():
    link = mailto_link(to="alex@example.com", subject="Hi there", body="Line one\nLine two")
    assert link == "mailto:alex@example.com?subject=Hi%20there&body=Line%20one%0D%0ALine%20two"


@pytest.mark.parametrize(
    ("body", "encoded"),
    [
        pytest.param("a\nb", "a%0D%0Ab", id="lf"),
        pytest.param("a\r\nb", "a%0D%0Ab", id="crlf"),
        pytest.param("a\rb", "a%0D%0Ab", id="lone-cr"),
        pytest.param("a\r\n\r\nb", "a%0D%0A%0D%0Ab", id="crlf-blank-line"),
        pytest.param("a\r\rb", "a%0D%0A%0D%0Ab", id="cr-blank-line"),
        pytest.param("a\n\rb", "a%0D%0A%0D%0Ab", id="lf-then-cr"),
        pytest.param("a\r\nb\rc\nd", "a%0D%0Ab%0D%0Ac%0D%0Ad", id="mixed"),
    ],
)
def test_mailto_line_breaks_are_crlf_never_doubled(body, encoded):
    # RFC 6068: a line break in the body is %0D%0A, whichever of CRLF, LF or a lone CR was typed.
    link = mailto_link(to="a@b.c", subject="s", body=body)
    assert link == f"mailto:a@b.c?subject=s&body={encoded}"
    assert parse_qs(urlsplit(link).query)["body"] == [encoded.replace("%0D%0A", "\r\n")]


def test_mailto_gives_up_when_too_long():
    assert mailto_link(to="a@b.c", subject="s", body="x" * MAILTO_LIMIT) is None


def test_mailto_limit_is_inclusive():
    room = MAILTO_LIMIT - len(mailto_link(to="a@b.c", subject="s", body=""))
    assert len(mailto_link(to="a@b.c", subject="s", body="x" * room)) == MAILTO_LIMIT
    assert mailto_link(to="a@b.c", subject="s", body="x" * (room + 1)) is None


def test_draft_message_is_a_parseable_unsent_utf8_draft():
    raw = draft_message(
        subject="Re: Data Engineer\r\nBcc: evil@example.com",
        body="Hi Zoë,\r\n\r\nThank you.",
        to_name="Zoë O'Brien-Ngũgĩ",
        to_email="zoe@exämple.com",
        from_name="Alex Morgan",
        from_email="alex@example.com",
        date=DATE,
    )
    message = parse(raw)
    assert message["X-Unsent"] == "1"
    assert message["Subject"] == "Re: Data Engineer Bcc: evil@example.com"
    assert message["Bcc"] is None
    to = message["To"].addresses[0]
    assert (to.display_name, to.domain) == ("Zoë O'Brien-Ngũgĩ", "xn--exmple-cua.com")
    assert message.get_content() == "Hi Zoë,\r\n\r\nThank you.\r\n"  # CRLF, as sent
    assert message.get_content_charset() == "utf-8"


def test_draft_message_without_addresses_still_opens_as_a_draft():
    message = parse(draft_message(subject="S", body="B", date=DATE))
    assert message["To"] is None and message["From"] is None
    assert message.get_content() == "B\r\n"


def test_plain_text_has_the_subject_first():
    assert plain_text("Hello\nthere", "  Body  ") == "Subject: Hello there\n\nBody\n"


def test_a_long_subject_reads_back_exactly_and_lines_end_in_crlf():
    subject = "Withdrawing from the Senior Data Analyst (Platform) interview process at Acme Corp"
    raw = draft_message(subject=subject, body="Hello,\nBye.", date=DATE)
    assert parse(raw)["Subject"] == subject
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")


@pytest.mark.parametrize(
    "date",
    [
        pytest.param(DATE, id="utc"),
        pytest.param(datetime(2026, 3, 2, 10, 30, tzinfo=timezone(timedelta(hours=1))), id="+0100"),
    ],
)
def test_draft_message_always_carries_its_date(date):
    for raw in (
        draft_message(subject="S", body="B", date=date),
        draft_message(subject="S", body="B", to_email="zoe@example.com", date=date),
    ):
        message = parse(raw)
        assert message["Date"].datetime == date
        assert message["Date"].datetime.utcoffset() == date.utcoffset()


def test_a_draft_message_cannot_be_made_without_a_date():
    # A message without a Date header is not a valid RFC 5322 message, and the core reads no
    # clock: the caller says when.
    with pytest.raises(TypeError, match="date"):
        draft_message(subject="S", body="B")


def test_message_id_names_a_fixed_domain_never_the_server():
    ids = [parse(draft_message(subject="S", body="B", date=DATE))["Message-ID"] for _ in range(2)]
    for message_id in ids:
        assert re.fullmatch(r"<[^@<>\s]+@politely\.invalid>", message_id), message_id
        for host in {socket.gethostname(), socket.getfqdn()}:
            if not host.replace(".", "").isdigit():
                assert host not in message_id
    assert ids[0] != ids[1]


def test_draft_message_headers_in_full():
    raw = draft_message(
        subject="Re: Data Engineer",
        body="Hello",
        to_name="Zoë",
        to_email="zoe@example.com",
        from_name="Alex Morgan",
        from_email="alex@example.com",
        date=DATE,
    )
    head = raw.split(b"\r\n\r\n", 1)[0].decode("ascii").split("\r\n")
    # Field names are written as mail software writes them, each once.
    assert [line.split(":", 1)[0] for line in head] == [
        "Subject",
        "To",
        "From",
        "Date",
        "Message-ID",
        "X-Unsent",
        "Content-Type",
        "Content-Transfer-Encoding",
        "MIME-Version",
    ]
    message = parse(raw)
    sender = message["From"].addresses[0]
    assert (sender.display_name, sender.addr_spec) == ("Alex Morgan", "alex@example.com")
    assert message["To"].addresses[0].addr_spec == "zoe@example.com"
    assert message["Date"] == "Mon, 02 Mar 2026 09:30:00 +0000"


@pytest.mark.parametrize("address", ["", "zoe", "zoe.example.com"])
def test_an_address_without_at_sign_is_left_out(address):
    message = parse(
        draft_message(subject="S", body="B", to_email=address, from_email=address, date=DATE)
    )
    assert message["To"] is None and message["From"] is None


@pytest.mark.parametrize(
    ("address", "local"),
    [
        ('"helen@home"@example.com', "helen@home"),
        ('"helen \\"park\\""@example.com', 'helen "park"'),
        ('"a..b"@example.com', "a..b"),
        ('".a"@example.com', ".a"),
        ('""@example.com', ""),
        ('"h.park"@example.com', "h.park"),
    ],
)
def test_a_quoted_local_part_reads_back_as_typed(address, local):
    # Django's EmailValidator accepts all of these; split at the first "@", or unquoted where
    # quotes are needed, the .eml's To: header came out broken.
    message = parse(
        draft_message(subject="S", body="B", to_name="Helen", to_email=address, date=DATE)
    )
    (to,) = message["To"].addresses
    assert (to.display_name, to.username, to.domain) == ("Helen", local, "example.com")
    assert not message["To"].defects


def test_an_ascii_body_is_still_declared_utf8():
    # A mail client keeps the declared charset when the user adds "Zoë" before sending.
    message = parse(draft_message(subject="S", body="Plain words only.", date=DATE))
    assert message.get_content_charset() == "utf-8"
    assert message.get_content() == "Plain words only.\r\n"
