"""Shared by the queue tests: log in through the real form, pull CSRF tokens out of pages."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from flask import Flask
from flask.testing import FlaskClient

from app.extensions import limiter

PASSWORD = "correct horse battery"
# When the shared `queued` fixture (tests/app/conftest.py) queues a comment, unless told otherwise.
QUEUED_AT = datetime(2026, 1, 1, tzinfo=UTC)


def csrf_from(html: str) -> str:
    match = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html) or re.search(
        r'<meta name="csrf-token" content="([^"]+)"', html)
    assert match, "no CSRF token in page"
    return match.group(1)


def login(client: FlaskClient, email: str, password: str = PASSWORD):  # type: ignore[no-untyped-def]
    page = client.get("/login")
    return client.post("/login", data={"email": email, "password": password, "csrf_token": csrf_from(page.text)})


class FreshContextClient(FlaskClient):
    """A test client whose every request gets its own app context, as in production.

    The suite's `app` fixture keeps one app context pushed for the whole session, and Flask reuses
    a pushed context for requests, so `g` (Flask-Login's user, Flask-WTF's CSRF token) would leak
    from one request, client and test into the next.
    """

    def open(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        with self.application.app_context():
            return super().open(*args, **kwargs)


@pytest.fixture(autouse=True)
def _fresh_rate_limits(app: Flask) -> Iterator[None]:
    """Every test logs in from 127.0.0.1; without a reset the login limit would leak across tests."""
    limiter.reset()
    previous = app.test_client_class
    app.test_client_class = FreshContextClient
    yield
    app.test_client_class = previous
    limiter.reset()
