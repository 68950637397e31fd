"""The letter in forms that leave Politely: pure functions, no database."""

import email
from email import policy
from urllib.parse import parse_qs, unquote, urlsplit

from declines.core.exports import MAILTO_LIMIT, draft_message, mailto_link, plain_text


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


def test_mailto_gives_up_when_too_long():
    assert mailto_link(to="a@b.c", subject="s", body="x" * MAILTO_LIMIT) is None


def test_draft_message_is_a_parseable_unsent_utf8_draft():
    raw = draft_message(
        subject="Re: Data Engineer\r\nBcc: evil@example.com",
        body="Hi Zoë,\r\n\r\nThank you.",
        to_name="Zoë O'Brien-Ngũgĩ",
        to_email="zoe@exämple.com",
        from_name="Alex Morgan",
        from_email="alex@example.com",
    )
    message = email.message_from_bytes(raw, policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert message["Subject"] == "Re: Data Engineer Bcc: evil@example.com"
    assert message["Bcc"] is None
    to = message["To"].addresses[0]
    assert (to.display_name, to.domain) == ("Zoë O'Brien-Ngũgĩ", "xn--exmple-cua.com")
    assert message.get_content() == "Hi Zoë,\r\n\r\nThank you.\r\n"  # CRLF, as sent
    assert message.get_content_charset() == "utf-8"


def test_draft_message_without_addresses_still_opens_as_a_draft():
    message = email.message_from_bytes(draft_message(subject="S", body="B"), policy=policy.default)
    assert message["To"] is None and message["From"] is None
    assert message.get_content() == "B\r\n"


def test_plain_text_has_the_subject_first():
    assert plain_text("Hello\nthere", "  Body  ") == "Subject: Hello there\n\nBody\n"


def test_a_long_subject_reads_back_exactly_and_lines_end_in_crlf():
    subject = "Withdrawing from the Senior Data Analyst (Platform) interview process at Acme Corp"
    raw = draft_message(subject=subject, body="Hello,\nBye.")
    assert email.message_from_bytes(raw, policy=policy.default)["Subject"] == subject
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
