"""A real SMTP server for the browser tests: the live server sends its email over a socket to an
aiosmtpd server in this process, and the tests read what arrived the way a person would, by subject
and by the words of a link. The `mailbox` fixture (conftest.py) starts it and points MAILERS at it."""

from __future__ import annotations

import email
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from html.parser import HTMLParser

from aiosmtpd.controller import Controller


@dataclass(frozen=True)
class Received:
    """One message as the SMTP server got it: the envelope's recipients and the parsed message."""

    rcpt_tos: list[str]
    message: EmailMessage

    @property
    def subject(self) -> str:
        return str(self.message["Subject"])

    @property
    def text(self) -> str:
        return self.message.get_body(("plain",)).get_content()

    @property
    def html(self) -> str:
        return self.message.get_body(("html",)).get_content()

    def link(self, words: str) -> str:
        """The address of the HTML part's link that reads `words`; the plain-text part must carry
        the same address, so a reader of either can follow it."""
        parser = _Links()
        parser.feed(self.html)
        found = [href for href, text in parser.links if text == words]
        if len(found) != 1:
            raise AssertionError(f"expected one link {words!r}, found {parser.links!r}")
        (href,) = found
        if href not in self.text:
            raise AssertionError(f"the plain-text part lacks {href!r}:\n{self.text}")
        return href


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self._href: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self._href = dict(attrs).get("href") or ""
            self._text = []

    def handle_data(self, data):
        if self._href is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "a" and self._href is not None:
            self.links.append((self._href, " ".join("".join(self._text).split())))
            self._href = None


class Mailbox:
    """aiosmtpd's handler: keeps every message it accepts, in order."""

    def __init__(self) -> None:
        self._received: list[Received] = []
        self._lock = threading.Lock()
        self.port = 0

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=policy.default)
        with self._lock:
            self._received.append(Received(list(envelope.rcpt_tos), message))
        return "250 Message accepted for delivery"

    @property
    def received(self) -> list[Received]:
        with self._lock:
            return list(self._received)

    def wait_for(self, *, to: str, subject: str, timeout: float = 10.0) -> Received:
        """The one message to `to` with this subject, waiting for it to arrive."""
        deadline = time.monotonic() + timeout
        while True:
            found = [m for m in self.received if to in m.rcpt_tos and m.subject == subject]
            if len(found) > 1:
                raise AssertionError(f"{len(found)} messages {subject!r} to {to}, expected one")
            if found:
                return found[0]
            if time.monotonic() > deadline:
                seen = [(m.rcpt_tos, m.subject) for m in self.received]
                raise AssertionError(f"no message {subject!r} to {to} arrived; got {seen!r}")
            time.sleep(0.05)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_mailbox(settings) -> Iterator[Mailbox]:
    """Start the SMTP server and send Django's email (pytest-django's `settings`, which the live
    server's thread shares) to it; stop it afterwards."""
    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=_free_port())
    controller.start()
    mailbox.port = controller.port
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
    try:
        yield mailbox
    finally:
        controller.stop()
