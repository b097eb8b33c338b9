"""Login, lockout, CSRF, tokens, roles and the users CLI."""

from __future__ import annotations

from collections.abc import Callable

from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.auth.passwords import token_hash
from app.extensions import limiter
from app.models import User
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


def test_lockout_after_failed_logins(client: FlaskClient, make_user: Callable[..., User], db_session: Session) -> None:
    user = make_user(password=PASSWORD)
    for _ in range(4):
        assert login(client, user.email, "wrong password!").status_code == 401
    response = login(client, user.email, "wrong password!")
    assert response.status_code == 429
    assert "locked" in response.text and "try again in 15 minutes" in response.text.lower()
    # even the right password is refused while locked, with the same clear message
    response = login(client, user.email)
    assert response.status_code == 429
    assert "Try again in" in response.text
    db_session.refresh(user)
    assert user.locked_until is not None


def test_rate_limit_on_login_posts(client: FlaskClient, make_user: Callable[..., User]) -> None:
    limiter.reset()
    page = client.get("/login")
    token = csrf_from(page.text)
    codes = [client.post("/login", data={"email": "nobody@example.test", "password": "x" * 12,
                                          "csrf_token": token}).status_code for _ in range(21)]
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
