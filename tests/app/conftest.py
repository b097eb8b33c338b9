"""App fixtures: an app per database backend, a rolled-back session per test, and factories.

The schema is built by running the real Alembic migrations once per backend, so the migration
chain is tested by every run.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner
from flask_migrate import downgrade, upgrade
from flask_sqlalchemy.session import Session as FlaskSession
from sqlalchemy import text
from sqlalchemy.orm import Session

from app import create_app
from app.extensions import db
from app.models import Article, Author, Comment, CommentScore, Source, User
from app.models.threads import path_segment
from config import TestingConfig
from tests.conftest import require_service
from threads.model import content_hash

BACKENDS = ["sqlite", "postgres"]


def make_config(database_url: str, instance_dir: Path, **overrides: Any) -> type[TestingConfig]:
    attrs = {"SQLALCHEMY_DATABASE_URI": database_url, "INSTANCE_DIR": instance_dir, **overrides}
    return type("PerTestConfig", (TestingConfig,), attrs)


def _reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(scope="session", params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path_factory.mktemp('sqlite') / 'test.db'}"
    url = require_service("THREADWATCH_TEST_POSTGRES_URL", "PostgreSQL", "a postgresql+psycopg:// URL")
    _reset_postgres(url)
    return url


class FreshContextClient(FlaskClient):
    """Every request gets its own app context, as in production, so `g` (Flask-Login's user,
    the CSRF token) never leaks from one request into the next through the test's context."""

    def open(self, *args: Any, **kwargs: Any) -> Any:
        with self.application.app_context():
            return super().open(*args, **kwargs)


@pytest.fixture(scope="session")
def app(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    instance = tmp_path_factory.mktemp("instance")
    application = create_app(make_config(database_url, instance))
    with application.app_context():
        upgrade()
    application.test_client_class = FreshContextClient
    yield application
    with application.app_context():
        db.session.remove()
        db.engine.dispose()


class _ConnectionBoundSession(FlaskSession):
    """Flask-SQLAlchemy's Session picks the app's engine in get_bind and ignores `bind=`, which would
    let the code under test commit for real; this one stays on the test's connection."""

    def get_bind(self, *args: Any, **kwargs: Any) -> Any:
        return self.bind if self.bind is not None else super().get_bind(*args, **kwargs)


@pytest.fixture
def db_session(app: Flask) -> Iterator[Session]:
    """A session inside an outer transaction that is rolled back after the test.

    Code under test may commit: with `create_savepoint` its commits only release savepoints, so
    views, CLI commands and services run exactly as in production and still leave nothing behind.
    """
    ctx = app.app_context()
    ctx.push()
    connection = db.engine.connect()
    outer = connection.begin()
    scoped = db._make_scoped_session({"bind": connection, "join_transaction_mode": "create_savepoint",
                                      "class_": _ConnectionBoundSession})
    original = db.session
    db.session = scoped
    try:
        yield scoped()
    finally:
        scoped.remove()
        db.session = original
        if outer.is_active:
            outer.rollback()
        connection.close()
        ctx.pop()


@pytest.fixture
def client(app: Flask, db_session: Session) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def runner(app: Flask, db_session: Session) -> FlaskCliRunner:
    return app.test_cli_runner()


_counter = itertools.count(1)


@pytest.fixture
def make_source(db_session: Session) -> Callable[..., Source]:
    def factory(slug: str | None = None, **kw: Any) -> Source:
        source = Source(slug=slug or f"source-{next(_counter)}", name=kw.pop("name", "Test source"), **kw)
        db_session.add(source)
        db_session.flush()
        return source

    return factory


@pytest.fixture
def make_article(db_session: Session, make_source: Callable[..., Source]) -> Callable[..., Article]:
    def factory(title: str = "An article", body: str = "Body text.", source: Source | None = None, **kw: Any) -> Article:
        article = Article(source=source or make_source(), title=title, body=body,
                          content_hash=content_hash(title + body), **kw)
        db_session.add(article)
        db_session.flush()
        return article

    return factory


@pytest.fixture
def make_comment(db_session: Session, make_article: Callable[..., Article]) -> Callable[..., Comment]:
    def factory(body: str = "A comment.", article: Article | None = None, parent: Comment | None = None,
                scores: dict[str, float] | None = None, **kw: Any) -> Comment:
        if article is None:
            article = parent.article if parent is not None else make_article()
        siblings = db_session.query(Comment).filter(
            Comment.article_id == article.id,
            Comment.parent_id == (parent.id if parent else None),
        ).count()
        path = (parent.path if parent else "") + path_segment(siblings)
        comment = Comment(article=article, parent=parent, body=body, content_hash=content_hash(body),
                          position=siblings, depth=(parent.depth + 1) if parent else 0, path=path, **kw)
        db_session.add(comment)
        db_session.flush()
        if scores is not None:
            worst = max(scores, key=lambda k: scores[k]) if scores else None
            db_session.add(CommentScore(comment_id=comment.id, model_identity="test-model",
                                        policy_action=kw.get("review_state", "review"), worst_label=worst,
                                        worst_score=scores[worst] if worst else 0.0, **scores))
            comment.score_state = "scored"
            db_session.flush()
        return comment

    return factory


@pytest.fixture
def make_user(db_session: Session) -> Callable[..., User]:
    def factory(email: str | None = None, role: str = "moderator", password: str | None = None) -> User:
        user = User(email=email or f"user{next(_counter)}@example.test", role=role)
        if password is not None:
            from argon2 import PasswordHasher

            user.password_hash = PasswordHasher().hash(password)
        db_session.add(user)
        db_session.flush()
        return user

    return factory


@pytest.fixture
def queued(make_comment: Callable[..., Comment]) -> Callable[..., Comment]:
    """A comment waiting for review, as an insult rule queues it (keywords override each default)."""
    from tests.app.queue_helpers import QUEUED_AT

    def factory(body: str = "a queued comment", **kw: Any) -> Comment:
        kw.setdefault("scores", {"toxicity": 0.6, "insult": 0.8})
        kw.setdefault("review_state", "needs_review")
        kw.setdefault("queued_rule", "insult-review")
        kw.setdefault("queued_at", QUEUED_AT)
        return make_comment(body=body, **kw)

    return factory


@pytest.fixture
def author(db_session: Session, make_source: Callable[..., Source]) -> Author:
    """An account named "Loud Larry", in good standing."""
    row = Author(source_id=make_source().id, display_name="Loud Larry")
    db_session.add(row)
    db_session.flush()
    return row


@pytest.fixture
def moderator(client: FlaskClient, make_user: Callable[..., User]) -> User:
    """A moderator logged in on `client` through the real login form."""
    from app.extensions import limiter
    from tests.app.queue_helpers import PASSWORD, login

    limiter.reset()  # every test logs in from 127.0.0.1
    user = make_user(password=PASSWORD)
    assert login(client, user.email).status_code == 302
    return user


__all__ = ["downgrade"]


@pytest.fixture(scope="session")
def tiny_checkpoint_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from moderation.testing import build_tiny_checkpoint

    return build_tiny_checkpoint(tmp_path_factory.mktemp("tiny-detoxify"))


@pytest.fixture
def tiny_model_env(app: Flask, tiny_checkpoint_files: tuple[Path, Path],
                   monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Point the app's scorer at the tiny random checkpoint through the same env vars users set."""
    checkpoint, hf_config = tiny_checkpoint_files
    monkeypatch.setenv("THREADWATCH_DETOXIFY_CHECKPOINT", str(checkpoint))
    monkeypatch.setenv("THREADWATCH_DETOXIFY_HF_CONFIG", str(hf_config))
    monkeypatch.delenv("THREADWATCH_DETOXIFY_MODEL", raising=False)
    app.extensions.pop("threadwatch_scorer", None)
    yield
    app.extensions.pop("threadwatch_scorer", None)


@pytest.fixture
def app_context(app: Flask) -> Iterator[None]:
    """For tests that manage their own connections (races, live servers) but need `db.engine`."""
    with app.app_context():
        yield


@pytest.fixture
def api_client(app: Flask, db_session: Session, make_user: Callable[..., User]) -> FlaskClient:
    """A client authenticated as a service account (Bearer token), as integrations call the API."""
    import secrets

    from app.auth.passwords import token_hash

    token = secrets.token_urlsafe(24)
    user = make_user(email=f"service{next(_counter)}@example.test")
    user.api_token_hash = token_hash(token)
    db_session.flush()
    client = app.test_client()
    client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {token}"
    return client
