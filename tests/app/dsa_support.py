"""Shared by the DSA tests: a real SMTP server on loopback (aiosmtpd) and a CSRF-aware form poster."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

import pytest
from flask.testing import FlaskClient

from tests.app.smtp_support import Inbox, free_port, serve_smtp  # noqa: F401  (re-exported to the DSA tests)

_addresses = itertools.count(10)


def running_smtp(monkeypatch: pytest.MonkeyPatch) -> Iterator[Inbox]:
    """A real SMTP server on loopback, for the whole test; the app finds it through THREADWATCH_SMTP_*."""
    for inbox, _port in serve_smtp(monkeypatch, "dsa@threadwatch.test"):
        yield inbox


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
