"""A real SMTP server on loopback for tests that send mail (reports, DSA receipts and statements)."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller


class Inbox:
    """What the server received: (recipients, message) in arrival order."""

    def __init__(self) -> None:
        self.messages: list[tuple[list[str], EmailMessage]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 (aiosmtpd API)
        msg = message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append((list(envelope.rcpt_tos), msg))
        return "250 OK"

    def to(self, address: str, kind: str | None = None) -> list[EmailMessage]:
        return [m for rcpt, m in self.messages if address in rcpt and (kind is None or m["X-Threadwatch-Kind"] == kind)]

    def wait_for(self, count: int, timeout: float = 5.0) -> None:
        end = time.monotonic() + timeout
        while len(self.messages) < count and time.monotonic() < end:
            time.sleep(0.02)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve_smtp(monkeypatch: pytest.MonkeyPatch, sender: str) -> Iterator[tuple[Inbox, int]]:
    """Run the server for the whole test; the app finds it through THREADWATCH_SMTP_*."""
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    monkeypatch.setenv("THREADWATCH_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("THREADWATCH_SMTP_PORT", str(port))
    monkeypatch.setenv("THREADWATCH_SMTP_FROM", sender)
    try:
        yield inbox, port
    finally:
        controller.stop()
