"""Decisions while the database is unavailable answer 503 with Retry-After, like webhooks (issue 17
item 10), and change nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from flask_migrate import upgrade
from sqlalchemy import event

from app import create_app
from app.auth.passwords import hash_password, token_hash
from app.extensions import db
from app.models import Article, Comment, Source, User
from tests.app.conftest import FreshContextClient, make_config
from tests.app.queue_helpers import PASSWORD, csrf_from, login
from threads.model import content_hash

TOKEN = "tw_outage-test-token"


def test_a_decision_while_the_database_is_locked_answers_503(tmp_path: Path) -> None:
    path = tmp_path / "locked.db"
    application = create_app(make_config(f"sqlite:///{path}", tmp_path / "instance"))
    application.test_client_class = FreshContextClient  # no `g` (current user) shared between requests
    with application.app_context():
        upgrade()

        @event.listens_for(db.engine, "connect")
        def _short_wait(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.execute("PRAGMA busy_timeout=100")  # runs after the app's own pragmas

        db.engine.dispose()
        source = Source(slug="s", name="S")
        article = Article(source=source, title="T", body="", content_hash=content_hash("t"))
        comment = Comment(article=article, body="b", content_hash=content_hash("b"), path="000000/",
                          review_state="needs_review")
        db.session.add_all([source, article, comment,
                            User(email="mod@example.test", role="moderator", api_token_hash=token_hash(TOKEN),
                                 password_hash=hash_password(PASSWORD))])
        db.session.commit()
        comment_id = comment.id
        db.session.remove()
        api = application.test_client()
        api.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {TOKEN}"
        browser = application.test_client()
        assert login(browser, "mod@example.test").status_code == 302
        token = csrf_from(browser.get("/").text)

        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")
        try:
            response = api.post(f"/api/comments/{comment_id}/decision", json={"action": "approve",
                                                                                "expected_version": 1})
            form = browser.post(f"/comments/{comment_id}/decide", data={
                "action": "approve", "expected_version": "1", "csrf_token": token})
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert response.status_code == 503, response.get_data(as_text=True)
        assert response.headers["Retry-After"] == "5" and response.get_json()["status"] == 503
        assert form.status_code == 503 and form.headers["Retry-After"] == "5"
        assert "nothing was changed" in form.get_data(as_text=True)
        stored = db.session.get(Comment, comment_id)
        assert stored is not None and (stored.version, stored.review_state) == (1, "needs_review")
        db.session.remove()
        # once the lock is gone, the same request goes through
        retry = api.post(f"/api/comments/{comment_id}/decision", json={"action": "approve", "expected_version": 1})
        assert retry.status_code == 200
        db.session.remove()
        db.engine.dispose()


def test_a_decision_with_the_database_unreachable_answers_503(tmp_path: Path) -> None:
    application = create_app(make_config("postgresql+psycopg://nobody@127.0.0.1:9/none", tmp_path))
    with application.app_context():
        client = application.test_client()
        response = client.post("/api/comments/1/decision", json={"action": "approve", "expected_version": 1},
                               headers={"Authorization": f"Bearer {TOKEN}"})
        assert response.status_code == 503 and response.headers["Retry-After"] == "5"
