"""The letter in forms that leave Politely: plain text, an RFC 5322 draft message, a mailto: link.

Pure Python: no Django import.
"""

from __future__ import annotations

import re
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid
from urllib.parse import quote

from declines.core.text import one_line

# CRLF line ends as RFC 5322 asks, and headers folded only past RFC 5322's 998-character limit:
# folding a subject of 80 characters made some readers see a leading space in it.
DRAFT_POLICY = policy.SMTP.clone(max_line_length=998)

# Mail clients and browsers truncate or refuse longer mailto: links; past this we point to Copy.
MAILTO_LIMIT = 1800


def plain_text(subject: str, body: str) -> str:
    return f"Subject: {one_line(subject)}\n\n{body.strip()}\n"


def mailto_link(*, to: str, subject: str, body: str) -> str | None:
    """A mailto: link, or None when it would be too long for mail clients."""
    # RFC 6068: line breaks in a mailto: body are written %0D%0A, whether typed as CRLF, LF or a
    # lone CR (old Mac text); CRLF is one break, not two.
    lines = re.split(r"\r\n|\r|\n", body)
    encoded_body = "%0D%0A".join(quote(line) for line in lines)
    query = f"subject={quote(one_line(subject))}&body={encoded_body}"
    link = f"mailto:{quote(to, safe='@')}?{query}"
    return link if len(link) <= MAILTO_LIMIT else None


# A local part that needs no quotes (RFC 5322 dot-atom): letters, digits, some marks, single dots.
_DOT_ATOM = re.compile(r"[\w!#$%&'*+/=?^`{|}~-]+(?:\.[\w!#$%&'*+/=?^`{|}~-]+)*\Z")


def _address(name: str, email: str) -> Address | str | None:
    if not email or "@" not in email:
        return None
    # The domain never holds an "@"; a quoted local part may ("a@b"@example.com).
    local, _, domain = email.rpartition("@")
    # An address header can't carry an encoded word: a non-ASCII domain goes as punycode.
    domain = domain.encode("idna").decode("ascii")
    if len(local) > 1 and local[0] == local[-1] == '"':
        unquoted = re.sub(r"\\(.)", r"\1", local[1:-1])
        if not _DOT_ATOM.match(unquoted):
            # Quotes it needs ("a@b", "a..b", ""): kept as typed, which Address would drop.
            return formataddr((one_line(name), f"{local}@{domain}"))
        local = unquoted  # "h.park" is h.park
    return Address(display_name=one_line(name), username=local, domain=domain)


def draft_message(
    *,
    subject: str,
    body: str,
    to_name: str = "",
    to_email: str = "",
    from_name: str = "",
    from_email: str = "",
    date: datetime,
) -> bytes:
    """An unsent draft (X-Unsent: 1) that mail clients open ready to edit and send.

    `date` is required: RFC 5322 requires a Date header, and the core reads no clock. The
    Message-ID names a fixed domain, never the server's host name.
    """
    message = EmailMessage(policy=DRAFT_POLICY)
    message["Subject"] = one_line(subject)
    if to := _address(to_name, to_email):
        message["To"] = to
    if sender := _address(from_name, from_email):
        message["From"] = sender
    message["Date"] = format_datetime(date)
    message["Message-ID"] = make_msgid(domain="politely.invalid")
    message["X-Unsent"] = "1"
    message.set_content(re.sub(r"\r\n?", "\n", body).strip() + "\n", charset="utf-8")
    return bytes(message)
