"""Production settings (issue 17 item 9): cookies only over HTTPS, HSTS, a real secret key; the public
development key is announced at start-up."""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from sqlalchemy.orm import Session

from app import create_app
from app.models import User
from config import DEV_SECRET_KEY, DevelopmentConfig, ProductionConfig
from tests.app.queue_helpers import PASSWORD, _fresh_rate_limits, csrf_from  # noqa: F401


def _config(base: type, database_url: str, instance: Path, **attrs: Any) -> type:
    return type("Configured", (base,), {"SQLALCHEMY_DATABASE_URI": database_url, "INSTANCE_DIR": instance, **attrs})


@pytest.mark.parametrize("key", [DEV_SECRET_KEY, "x", "k" * 64, "short-but-not-32"])
def test_production_refuses_a_weak_secret_key(database_url: str, tmp_path: Path, key: str) -> None:
    with pytest.raises(RuntimeError, match="THREADWATCH_SECRET_KEY"):
        create_app(_config(ProductionConfig, database_url, tmp_path, SECRET_KEY=key))


def test_production_cookies_are_secure_and_hsts_is_sent(app: Flask, database_url: str, tmp_path: Path,
                                                        db_session: Session, make_user: Callable[..., User]) -> None:
    production = create_app(_config(ProductionConfig, database_url, tmp_path, SECRET_KEY=secrets.token_urlsafe(48)))
    client = production.test_client()
    page = client.get("/login", base_url="https://threadwatch.example")
    assert page.headers["Strict-Transport-Security"].startswith("max-age=31536000")
    session_cookie = page.headers["Set-Cookie"]
    assert "Secure" in session_cookie and "HttpOnly" in session_cookie and "SameSite=Lax" in session_cookie
    user = make_user(password=PASSWORD)
    response = client.post("/login", base_url="https://threadwatch.example",
                           headers={"Referer": "https://threadwatch.example/login"},
                           data={"email": user.email, "password": PASSWORD, "csrf_token": csrf_from(page.text)})
    assert response.status_code == 302
    cookies = response.headers.getlist("Set-Cookie")
    assert cookies and all("Secure" in c and "SameSite=Lax" in c and "HttpOnly" in c for c in cookies)
    assert any(c.startswith("tw_device=") for c in cookies)


def test_development_announces_the_public_key(database_url: str, tmp_path: Path,
                                              caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="app"):
        create_app(_config(DevelopmentConfig, database_url, tmp_path, SECRET_KEY=DEV_SECRET_KEY))
    assert any("PUBLIC development key" in r.getMessage() for r in caplog.records)
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="app"):
        development = create_app(_config(DevelopmentConfig, database_url, tmp_path,
                                         SECRET_KEY=secrets.token_urlsafe(48)))
    assert not any("PUBLIC development key" in r.getMessage() for r in caplog.records)
    page = development.test_client().get("/login")  # plain HTTP on a developer's machine
    assert "Strict-Transport-Security" not in page.headers and "Secure" not in page.headers["Set-Cookie"]
