"""Shared by the DSA tests: a real SMTP server on loopback (aiosmtpd) and a CSRF-aware form poster."""

from __future__ import annotations

import itertools
import re
import socket
import time
from collections.abc import Iterator
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from flask.testing import FlaskClient

_addresses = itertools.count(10)


class Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[list[str], EmailMessage]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 (aiosmtpd API)
        msg = message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append((list(envelope.rcpt_tos), msg))  # type: ignore[arg-type]
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


def running_smtp(monkeypatch: pytest.MonkeyPatch) -> Iterator[Inbox]:
    """A real SMTP server on loopback, for the whole test; the app finds it through THREADWATCH_SMTP_*."""
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    monkeypatch.setenv("THREADWATCH_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("THREADWATCH_SMTP_PORT", str(port))
    monkeypatch.setenv("THREADWATCH_SMTP_FROM", "dsa@threadwatch.test")
    try:
        yield inbox
    finally:
        controller.stop()


def own_address(client: FlaskClient) -> str:
    """A client address of its own, so the per-address rate limit of one test never spills into another."""
    address = f"10.16.{next(_addresses) // 250}.{next(_addresses) % 250 + 1}"
    client.environ_base["REMOTE_ADDR"] = address
    return address


def csrf_token(client: FlaskClient, url: str) -> str:
    page = client.get(url)
    match = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page.get_data(as_text=True)) or \
        re.search(r'name="csrf_token" value="([^"]+)"', page.get_data(as_text=True))
    assert match, f"no CSRF token on {url}: {page.status_code}"
    return match.group(1)
