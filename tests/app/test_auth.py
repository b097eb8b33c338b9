"""Login, lockout, CSRF, tokens, roles and the users CLI."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.auth.passwords import token_hash
from app.extensions import limiter
from app.models import LoginThrottle, User
from app.services import login_guard
from tests.app.queue_helpers import PASSWORD, _fresh_rate_limits, csrf_from, login  # noqa: F401


def test_pages_need_login(client: FlaskClient) -> None:
    for path in ("/", "/stats", "/articles/1/thread", "/comments/1"):
        response = client.get(path)
        assert response.status_code == 302
        assert "/login" in response.headers["Location"]
    assert client.get("/api/queue").status_code == 401


def test_login_and_logout(client: FlaskClient, make_user: Callable[..., User]) -> None:
    user = make_user(password=PASSWORD)
    response = login(client, user.email)
    assert response.status_code == 302
    assert client.get("/").status_code == 200
    page = client.get("/")
    assert client.post("/logout", data={"csrf_token": csrf_from(page.text)}).status_code == 302
    assert client.get("/").status_code == 302


def test_password_is_argon2_hashed(make_user: Callable[..., User]) -> None:
    user = make_user(password=PASSWORD)
    assert user.password_hash and user.password_hash.startswith("$argon2id$")
    assert PASSWORD not in user.password_hash


def test_login_without_csrf_is_refused(client: FlaskClient, make_user: Callable[..., User]) -> None:
    user = make_user(password=PASSWORD)
    response = client.post("/login", data={"email": user.email, "password": PASSWORD})
    assert response.status_code in (200, 400)
    assert client.get("/").status_code == 302


def _from(client: FlaskClient, address: str) -> FlaskClient:
    client.environ_base["REMOTE_ADDR"] = address
    return client


def test_lockout_after_failed_logins(client: FlaskClient, make_user: Callable[..., User]) -> None:
    user = make_user(password=PASSWORD)
    for _ in range(4):
        assert login(client, user.email, "wrong password!").status_code == 401
    response = login(client, user.email, "wrong password!")
    assert response.status_code == 429
    assert "try again in 15 minutes" in response.text.lower()
    assert int(response.headers["Retry-After"]) > 14 * 60
    # this client (no earlier login to the account) keeps waiting, even with the right password
    response = login(client, user.email)
    assert response.status_code == 429
    assert "Try again in" in response.text


def test_a_stranger_cannot_lock_the_owner_out(app: Flask, db_session: Session,
                                              make_user: Callable[..., User]) -> None:
    admin = make_user(role="admin", password=PASSWORD)
    stranger = _from(app.test_client(), "203.0.113.66")
    for minutes in (15, 30, 60):  # each streak of guesses doubles the stranger's wait
        for _ in range(login_guard.PAIR_LIMIT - 1):
            assert login(stranger, admin.email, "wrong password!").status_code == 401
        response = login(stranger, admin.email, "wrong password!")
        assert response.status_code == 429 and f"try again in {minutes} minutes" in response.text.lower()
        db_session.execute(update(LoginThrottle).values(locked_until=None))  # the stranger waits it out
    owner = _from(app.test_client(), "198.51.100.7")
    assert login(owner, admin.email).status_code == 302
    assert owner.get("/").status_code == 200


def test_the_owners_device_passes_a_lock_spread_over_many_addresses(
        app: Flask, db_session: Session, make_user: Callable[..., User]) -> None:
    admin = make_user(role="admin", password=PASSWORD)
    owner = _from(app.test_client(), "198.51.100.7")
    assert login(owner, admin.email).status_code == 302
    owner.post("/logout", data={"csrf_token": csrf_from(owner.get("/").text)})
    for n in range(login_guard.ACCOUNT_LIMIT):
        login(_from(app.test_client(), f"203.0.113.{n + 1}"), admin.email, "wrong password!")
    # a new device on a clean address waits: the guesses came from everywhere
    fresh = _from(app.test_client(), "192.0.2.50")
    assert login(fresh, admin.email).status_code == 429
    # the owner's browser, even from a new address, still gets in with the right password...
    _from(owner, "192.0.2.99")
    assert login(owner, admin.email, "wrong password!").status_code == 401  # ...but not without it
    assert login(owner, admin.email).status_code == 302
    assert owner.get("/").status_code == 200


def test_an_unknown_email_answers_exactly_like_a_wrong_password(
        client: FlaskClient, make_user: Callable[..., User]) -> None:
    user = make_user(email="real@example.test", password=PASSWORD)
    other = client.application.test_client()

    def answer(c: FlaskClient, email: str) -> tuple[int, str]:
        response = login(c, email, "wrong password!")
        text = re.sub(r'(value|content)="[^"]*"', "", response.text)  # the echoed e-mail, CSRF tokens
        return response.status_code, text

    for _ in range(login_guard.PAIR_LIMIT + 1):
        known, unknown = answer(client, user.email), answer(other, "nobody@example.test")
        assert known == unknown
    assert known[0] == 429


def test_an_unknown_email_costs_a_password_hash(client: FlaskClient, make_user: Callable[..., User],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from app.auth import passwords

    calls: list[str] = []

    class CountingHasher:
        def __init__(self, inner: Any) -> None:
            self.inner = inner

        def verify(self, stored: str, password: str) -> bool:
            calls.append(stored)
            return bool(self.inner.verify(stored, password))

        def __getattr__(self, name: str) -> Any:
            return getattr(self.inner, name)

    monkeypatch.setattr(passwords, "_hasher", CountingHasher(passwords._hasher))
    user = make_user(password=PASSWORD)
    assert login(client, user.email, "wrong password!").status_code == 401
    assert login(client, "nobody@example.test", "wrong password!").status_code == 401
    assert len(calls) == 2  # one argon2 verification each: no fast path for unknown e-mails
    started = time.perf_counter()
    login(client, "nobody@example.test", "wrong password!")
    unknown = time.perf_counter() - started
    started = time.perf_counter()
    login(client, user.email, "wrong password!")
    known = time.perf_counter() - started
    assert unknown > known / 3


def test_cli_unlock_lifts_the_back_off(client: FlaskClient, runner: FlaskCliRunner,
                                       make_user: Callable[..., User]) -> None:
    user = make_user(password=PASSWORD)
    for _ in range(login_guard.PAIR_LIMIT):
        login(client, user.email, "wrong password!")
    assert login(client, user.email).status_code == 429
    result = runner.invoke(args=["users", "unlock", user.email.upper()])
    assert result.exit_code == 0 and "unlocked" in result.output
    assert login(client, user.email).status_code == 302


def test_rate_limit_on_login_posts(client: FlaskClient, make_user: Callable[..., User]) -> None:
    limiter.reset()
    page = client.get("/login")
    token = csrf_from(page.text)
    # a different e-mail each time: the per-address limit, not the back-off per e-mail address
    codes = [client.post("/login", data={"email": f"nobody{n}@example.test", "password": "x" * 12,
                                          "csrf_token": token}).status_code for n in range(21)]
    assert codes[-1] == 429
    assert 429 not in codes[:20]
    limiter.reset()


def test_bearer_token_auth(client: FlaskClient, make_user: Callable[..., User], db_session: Session) -> None:
    user = make_user()
    user.api_token_hash = token_hash("tw_secret-token")
    db_session.flush()
    ok = client.get("/api/queue", headers={"Authorization": "Bearer tw_secret-token"})
    assert ok.status_code == 200
    bad = client.get("/api/queue", headers={"Authorization": "Bearer nope"})
    assert bad.status_code == 401


def test_role_required_admin(client: FlaskClient, make_user: Callable[..., User], make_comment: Callable[..., object]) -> None:
    from app.models import Comment

    moderator = make_user(password=PASSWORD)
    comment = make_comment(scores={"toxicity": 0.9}, review_state="escalated")
    assert isinstance(comment, Comment)
    login(client, moderator.email)
    page = client.get(f"/comments/{comment.id}")
    response = client.post(f"/comments/{comment.id}/decide", headers={"Accept": "application/json"},
                           data={"action": "approve", "expected_version": comment.version,
                                 "csrf_token": csrf_from(page.text)})
    assert response.status_code == 403


def test_cli_create_user_and_token(runner, db_session: Session) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(args=["users", "create", "Mod@Example.test", "--role", "admin", "--password", PASSWORD])
    assert result.exit_code == 0, result.output
    user = db_session.scalar(select(User).where(User.email == "mod@example.test"))
    assert user is not None and user.role == "admin"
    result = runner.invoke(args=["users", "create", "mod@example.test", "--password", PASSWORD])
    assert result.exit_code != 0 and "exists" in result.output
    result = runner.invoke(args=["users", "set-password", "mod@example.test", "--password", "short"])
    assert result.exit_code != 0
    result = runner.invoke(args=["users", "create-token", "mod@example.test"])
    token = result.output.strip()
    db_session.refresh(user)
    assert token.startswith("tw_") and user.api_token_hash == token_hash(token)
    first = runner.invoke(args=["users", "ensure-demo"]).output
    assert "password:" in first
    assert "exists" in runner.invoke(args=["users", "ensure-demo"]).output


EVIL_NEXTS = ["/\t/evil.example/", "/\n/evil.example/", "/\r\n/evil.example/", "/\\evil.example/",
              "//evil.example/", "https://evil.example/", "\t//evil.example/", "/\x00/evil.example/",
              "/\u3000/evil.example/", "/%0a/x\nSet-Cookie: a=b"]


@pytest.mark.parametrize("target", EVIL_NEXTS)
def test_login_never_redirects_off_site(client: FlaskClient, make_user: Callable[..., User], target: str) -> None:
    user = make_user(password=PASSWORD)
    page = client.get("/login", query_string={"next": target})
    assert page.status_code == 200
    response = client.post("/login", data={"email": user.email, "password": PASSWORD, "next": target,
                                           "csrf_token": csrf_from(page.text)})
    assert response.status_code == 302
    assert response.headers["Location"] == "/"


def test_login_keeps_a_same_site_next(client: FlaskClient, make_user: Callable[..., User]) -> None:
    user = make_user(password=PASSWORD)
    page = client.get("/login")
    response = client.post("/login", data={"email": user.email, "password": PASSWORD, "csrf_token": csrf_from(page.text),
                                           "next": "/comments/5?queue=review&page=2"})
    assert response.headers["Location"] == "/comments/5?queue=review&page=2"


@pytest.mark.parametrize("target", EVIL_NEXTS)
def test_decisions_never_redirect_off_site(client: FlaskClient, make_user: Callable[..., User],
                                           make_comment: Callable[..., object], target: str) -> None:
    from app.models import Comment

    user = make_user(password=PASSWORD)
    login(client, user.email)
    comment = make_comment(scores={"toxicity": 0.9}, review_state="needs_review")
    assert isinstance(comment, Comment)
    response = client.post(f"/comments/{comment.id}/decide", data={
        "action": "defer", "expected_version": comment.version, "next": target,
        "csrf_token": csrf_from(client.get("/").text)})
    assert response.status_code == 302 and response.headers["Location"] == "/"


def _replay(app: Flask, cookie: str) -> FlaskClient:
    thief = app.test_client()
    thief.set_cookie("session", cookie)
    return thief


def test_a_captured_session_cookie_dies_with_logout(app: Flask, client: FlaskClient,
                                                    make_user: Callable[..., User]) -> None:
    user = make_user(password=PASSWORD)
    login(client, user.email)
    cookie = client.get_cookie("session")
    assert cookie is not None
    assert _replay(app, cookie.value).get("/").status_code == 200  # the copy works while logged in
    client.post("/logout", data={"csrf_token": csrf_from(client.get("/").text)})
    assert _replay(app, cookie.value).get("/").status_code == 302
    assert _replay(app, cookie.value).get("/api/queue").status_code == 401
    assert login(client, user.email).status_code == 302  # logging in again works as before
    assert client.get("/").status_code == 200


def test_a_new_password_ends_every_session(app: Flask, client: FlaskClient, runner: FlaskCliRunner,
                                           make_user: Callable[..., User]) -> None:
    user = make_user(password=PASSWORD)
    login(client, user.email)
    other_device = app.test_client()
    login(other_device, user.email)
    cookie = client.get_cookie("session")
    assert cookie is not None
    result = runner.invoke(args=["users", "set-password", user.email, "--password", "a brand new passphrase"])
    assert result.exit_code == 0, result.output
    for c in (client, other_device, _replay(app, cookie.value)):
        assert c.get("/").status_code == 302
    assert login(client, user.email, "a brand new passphrase").status_code == 302


def test_migration_0006_downgrades_and_upgrades(tmp_path: Path) -> None:
    from flask_migrate import downgrade, upgrade
    from sqlalchemy import inspect

    from app import create_app
    from app.extensions import db
    from tests.app.conftest import make_config

    application = create_app(make_config(f"sqlite:///{tmp_path / 'm.db'}", tmp_path))
    with application.app_context():
        upgrade()
        columns = {c["name"] for c in inspect(db.engine).get_columns("users")}
        assert "session_version" in columns and "locked_until" not in columns
        downgrade(revision="0005_comment_language")
        columns = {c["name"] for c in inspect(db.engine).get_columns("users")}
        assert "locked_until" in columns and "session_version" not in columns
        assert "login_throttles" not in inspect(db.engine).get_table_names()
        upgrade()
        assert "login_throttles" in inspect(db.engine).get_table_names()
        db.session.remove()
        db.engine.dispose()
