"""Plain-text emails with an HTML alternative, written to bytes without the `email` package's tree.

Django builds a message with the standard library: every header is parsed into an object and
folded back, each body goes through the content manager, and a generator walks the tree. For a
reminder that was about half of the time to send it. `TextAndHtmlEmail.message()` writes the same
bytes by joining strings when the message is plain, as nearly every reminder is:

- headers that need no folding and no encoding: printable ASCII that fits on one line, and
  addresses of the simplest shapes (`name@example.com`, `Some Name <name@example.com>`);
- the text and the HTML encoded by the very function `set_content()` uses, so each part gets the
  transfer encoding (7bit, quoted-printable, ...) Django's message would;
- one of the two policies Django's mailers use: `email.policy.default` and `email.policy.SMTP`.

Anything else (a non-ASCII or long subject, an address that needs quoting, attachments, another
policy) takes Django's own path. The bytes are the same either way: tests/web/test_mime.py
compares them over many generated messages.
"""

from __future__ import annotations

import email.contentmanager
import email.headerregistry
import email.message
import email.policy
import email.utils
import random
import re
import sys
from datetime import UTC, datetime
from functools import cache
from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.core.mail.utils import DNS_NAME
from django.utils.timezone import get_current_timezone

Headers = list[tuple[str, str]]
Parts = list[tuple[Headers, str]]  # each part's headers and encoded payload

# message()'s default policy, and the one the SMTP mailer asks for (the same, with CRLF lines).
_POLICIES = (email.policy.default, email.policy.SMTP)
# The function EmailMessage.set_content() encodes text with. It is private to the standard library,
# but calling it is what keeps each part's transfer encoding the same as in Django's message; were
# it ever gone, every message would take Django's path.
_encode_text = getattr(email.contentmanager, "_encode_text", None)
# Address shapes the standard library writes back unchanged: no quoting, no encoded words.
_ADDR_SPEC = r"[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
_PLAIN_ADDRESS = re.compile(rf"{_ADDR_SPEC}|[A-Za-z0-9]+(?: [A-Za-z0-9]+)* <{_ADDR_SPEC}>")
_NEWLINE = re.compile(r"\r\n|\r|\n")  # the generator writes each as the policy's line end
_BOUNDARY_DIGITS = len(repr(sys.maxsize - 1))  # as in email.generator's boundaries


class TextAndHtmlEmail(EmailMultiAlternatives):
    """An EmailMultiAlternatives whose message() is written straight to bytes when it is plain."""

    def message(self, *, policy: Any = email.policy.default) -> email.message.EmailMessage:
        written = _written(self, policy) if _plain_shape(self, policy) else None
        return written or super().message(policy=policy)


class WrittenMessage(email.message.EmailMessage):
    """A message whose bytes were written when it was made. Its headers and parts read like any
    message's; as_bytes() returns the written bytes, unless another policy is asked for or a
    header has changed since (then the standard generator writes it)."""

    def __init__(self, policy: Any, headers: Headers, parts: Parts, written: bytes) -> None:
        super().__init__(policy=policy)
        for name, value in headers:
            self.set_raw(name, value)
        self.set_payload([_tree_part(policy, *part) for part in parts])
        self.written = written
        self._written_headers = _all_headers(self)

    def as_bytes(self, unixfrom: bool = False, policy: Any = None) -> bytes:
        same_policy = policy is None or policy is self.policy
        if unixfrom or not same_policy or _all_headers(self) != self._written_headers:
            return super().as_bytes(unixfrom=unixfrom, policy=policy)
        return self.written


def _tree_part(policy: Any, headers: Headers, payload: str) -> email.message.Message:
    part = email.message.EmailMessage(policy=policy)
    for name, value in headers:
        part.set_raw(name, value)
    part.set_payload(payload)
    return part


def _all_headers(message: email.message.Message) -> list[list[tuple[str, Any]]]:
    return [list(part.raw_items()) for part in message.walk()]


# --- which messages are plain --------------------------------------------------------------------


def _plain_shape(mail: EmailMultiAlternatives, policy: Any) -> bool:
    """A text body and one HTML alternative, in UTF-8, to be written for a known policy, with
    extra headers of free text only (the ones Django sets itself are handled apart)."""
    alternatives = [mimetype for _, mimetype in mail.alternatives]
    return (
        any(policy is known for known in _POLICIES)
        and _encode_text is not None
        and (mail.encoding or settings.DEFAULT_CHARSET) == "utf-8"
        and mail.content_subtype == "plain"
        and bool(mail.body)
        and bool(mail.to)
        and not (mail.cc or mail.reply_to or mail.attachments)
        and alternatives == ["text/html"]
        and isinstance(mail.alternatives[0][0], str)  # a SafeString, when rendered by a template
        and all(isinstance(value, str) for value in mail.extra_headers.values())
        and all(_free_text(name) for name in mail.extra_headers)
    )


@cache
def _free_text(name: str) -> bool:
    """Whether the standard library reads this header as unstructured text (not an address, date
    or MIME header), which it writes back unchanged when it is plain. Subject is set apart."""
    header_class = email.headerregistry.HeaderRegistry()[name]
    return name.lower() != "subject" and issubclass(
        header_class, email.headerregistry.UnstructuredHeader
    )


def _fits(name: str, value: str) -> bool:
    """Printable ASCII, not looking like an encoded word, on one line of at most 78 characters:
    the standard library would write it as it is."""
    return (
        value.isascii()
        and value.isprintable()
        and "=?" not in value
        and value == value.strip()
        and len(name) + 2 + len(value) <= 78
    )


def _plain_address(name: str, value: str) -> bool:
    return _PLAIN_ADDRESS.fullmatch(value) is not None and len(name) + 2 + len(value) <= 78


# --- writing ---------------------------------------------------------------------------------------


def _written(mail: EmailMultiAlternatives, policy: Any) -> WrittenMessage | None:
    """The message, written, or None when something in it is not plain after all."""
    headers = _headers(mail)
    if headers is None:
        return None
    parts = [
        _part(mail.content_subtype, str(mail.body), policy, []),
        _part("html", str(mail.alternatives[0][0]), policy, [("MIME-Version", "1.0")]),
    ]
    boundary = "=" * 15 + f"{random.randrange(sys.maxsize):0{_BOUNDARY_DIGITS}d}" + "=="
    if any(boundary in payload for _, payload in parts):  # as likely as a lottery win; still
        return None
    # Folded as the standard library folds this header for 78-character lines (both policies).
    content_type = f'multipart/alternative;\n boundary="{boundary}"'
    headers = [("MIME-Version", "1.0"), ("Content-Type", content_type), *headers]
    return WrittenMessage(policy, headers, parts, _bytes(headers, parts, boundary, policy.linesep))


def _headers(mail: EmailMultiAlternatives) -> Headers | None:
    """Subject, From, To, Date, Message-ID and the extra headers, in the order Django sets them;
    None if one of them is not plain."""
    zone = get_current_timezone() if settings.EMAIL_USE_LOCALTIME else UTC
    addresses = [("From", str(mail.from_email)), ("To", ", ".join(map(str, mail.to)))]
    texts = [
        # What Django's Date header object writes for the datetime Django gives it.
        ("Date", email.utils.format_datetime(datetime.now(zone))),
        ("Message-ID", email.utils.make_msgid(domain=DNS_NAME)),  # Django's way, for its host name
        *mail.extra_headers.items(),
    ]
    subject = ("Subject", str(mail.subject))
    recipients_plain = all(_plain_address("To", to) for to in map(str, mail.to))
    if not (recipients_plain and _plain_address(*addresses[0]) and _fits("To", addresses[1][1])):
        return None
    if not all(_fits(name, value) for name, value in [subject, *texts]):
        return None
    return [subject, *addresses, *texts]


def _part(subtype: str, text: str, policy: Any, extra: Headers) -> tuple[Headers, str]:
    assert _encode_text is not None  # _plain_shape checked
    encoding, payload = _encode_text(text, "utf-8", None, policy)
    content_type = ("Content-Type", f'text/{subtype}; charset="utf-8"')
    return [content_type, ("Content-Transfer-Encoding", encoding), *extra], payload


def _bytes(headers: Headers, parts: Parts, boundary: str, nl: str) -> bytes:
    """What BytesGenerator writes for this tree: headers, a blank line, each part after a boundary
    line, the closing boundary. Line ends are the policy's; non-ASCII bytes of an 8bit part were
    kept as surrogates by the encoder and go out as they came."""
    text = [_header_lines(headers, nl), nl]
    for part_headers, payload in parts:
        text += [f"--{boundary}{nl}", _header_lines(part_headers, nl), nl]
        text += [_line_ends(payload, nl), nl]
    text.append(f"--{boundary}--{nl}")
    return "".join(text).encode("ascii", "surrogateescape")


def _line_ends(payload: str, nl: str) -> str:
    """The payload with the policy's line ends, as the generator writes it. The encoder ends lines
    with "\n" (a lone "\r" is rare), so a plain replace does, and it is much cheaper than a regex."""
    if "\r" in payload:
        return _NEWLINE.sub(nl, payload)
    return payload if nl == "\n" else payload.replace("\n", nl)


def _header_lines(headers: Headers, nl: str) -> str:
    # Only a folded header has a line end inside: "\n", written as the policy's.
    return "".join(f"{name}: {value.replace('\n', nl)}{nl}" for name, value in headers)
