"""The webhook under failure: database unavailable (503 + Retry-After, nothing half-written) and
fuzzed bodies and signatures (never a 5xx, never partial rows)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from flask_migrate import upgrade
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, event, func, select, text
from sqlalchemy.orm import Session

from app import create_app
from app.extensions import db
from app.models import Article, Author, Comment
from app.models.live import SourceConfig, WebhookEvent
from tests.app.conftest import make_config
from tests.app.live_support import add_source, generic_event, poster, signed_headers
from tests.conftest import require_service

DOMAIN_TABLES = (Article, Author, Comment, WebhookEvent)

@pytest.fixture
def standard_source(db_session: Session) -> SourceConfig:
    return add_source(db_session, "gazette-live")


def _counts(session: Session) -> dict[str, int]:
    return {m.__tablename__: int(session.scalar(select(func.count()).select_from(m)) or 0) for m in DOMAIN_TABLES}


def _fresh_app(url: str, tmp_path: Path) -> Flask:
    application = create_app(make_config(url, tmp_path / "instance"))
    with application.app_context():
        upgrade()
    return application


def test_sqlite_locked_by_another_writer_answers_503_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "locked.db"
    application = _fresh_app(f"sqlite:///{path}", tmp_path)
    with application.app_context():
        @event.listens_for(db.engine, "connect")
        def _short_wait(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.execute("PRAGMA busy_timeout=200")  # runs after the app's own pragmas

        db.engine.dispose()
        add_source(db.session, "gazette-live")
        before = _counts(db.session)
        db.session.remove()
        client = application.test_client()
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")
        try:
            response = poster(client, "gazette-live")(generic_event("evt-1"))
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert response.status_code == 503
        assert response.headers["Retry-After"] == "5"
        assert _counts(db.session) == before
        # once the lock is gone, the sender's retry goes through
        retry = poster(client, "gazette-live")(generic_event("evt-1"))
        assert retry.status_code == 202
        db.session.remove()
        db.engine.dispose()


def test_unreachable_database_answers_503(tmp_path: Path) -> None:
    application = create_app(make_config("postgresql+psycopg://nobody@127.0.0.1:9/none", tmp_path))
    with application.app_context():
        response = application.test_client().post("/webhooks/anything", data=b"{}")
        assert response.status_code == 503 and "Retry-After" in response.headers


@pytest.mark.postgres
def test_postgres_failing_mid_transaction_leaves_nothing_behind(tmp_path: Path) -> None:
    base = require_service("THREADWATCH_TEST_POSTGRES_URL", "PostgreSQL", "a postgresql+psycopg:// URL")
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text("DROP DATABASE IF EXISTS threadwatch_h5_outage"))
        conn.execute(text("CREATE DATABASE threadwatch_h5_outage"))
    url = base.rsplit("/", 1)[0] + "/threadwatch_h5_outage"
    application = _fresh_app(url, tmp_path)
    try:
        with application.app_context():
            add_source(db.session, "gazette-live")
            before = _counts(db.session)
            db.session.remove()
            db.engine.dispose()
            blocker = create_engine(url)
            with blocker.connect() as conn:
                conn.execute(text("LOCK TABLE comments IN ACCESS EXCLUSIVE MODE"))
                # the article insert succeeds, then the comment write times out on the lock
                with db.engine.connect() as c:
                    c.execute(text("ALTER ROLE CURRENT_USER SET lock_timeout = '300ms'"))
                    c.commit()
                db.engine.dispose()
                response = poster(application.test_client(), "gazette-live")(generic_event("evt-1"))
                conn.rollback()
            blocker.dispose()
            assert response.status_code == 503 and response.headers["Retry-After"] == "5"
            assert _counts(db.session) == before
            with db.engine.connect() as c:
                c.execute(text("ALTER ROLE CURRENT_USER RESET lock_timeout"))
                c.commit()
            db.session.remove()
            db.engine.dispose()
    finally:
        with admin.connect() as conn:
            conn.execute(text("DROP DATABASE IF EXISTS threadwatch_h5_outage WITH (FORCE)"))
        admin.dispose()


VALID = json.dumps(generic_event("fuzz-base")).encode()
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12,
)
event_like = st.fixed_dictionaries({
    "id": st.text(min_size=0, max_size=300) | st.integers(),
    "type": st.sampled_from(["comment.created", "comment.edited", "comment.deleted", "article.created",
                             "flag.reported", "bogus", ""]),
    "article": st.none() | st.fixed_dictionaries({"id": st.text(max_size=300) | st.integers()}),
    "comment": st.none() | json_values | st.fixed_dictionaries({
        "id": st.text(max_size=300), "body": st.text(max_size=200) | st.none(),
        "parent_id": st.none() | st.text(max_size=10), "created_at": st.text(max_size=30)}),
})


@st.composite
def deliveries(draw: st.DrawFn) -> tuple[bytes, dict[str, str], bool]:
    """(body, headers, correctly_signed)."""
    kind = draw(st.sampled_from(["random-bytes", "corrupted", "json", "event"]))
    if kind == "random-bytes":
        body = draw(st.binary(max_size=400))
    elif kind == "corrupted":
        raw = bytearray(VALID)
        for _ in range(draw(st.integers(1, 5))):
            raw[draw(st.integers(0, len(raw) - 1))] = draw(st.integers(0, 255))
        body = bytes(raw)
    elif kind == "json":
        body = json.dumps(draw(json_values)).encode()
    else:
        body = json.dumps(draw(event_like)).encode()
    msg_id = draw(st.text(alphabet="abcdef0123456789_", min_size=1, max_size=20))
    headers = signed_headers("standard", body, msg_id=msg_id)
    signed = draw(st.booleans())
    if not signed:
        mangle = draw(st.sampled_from(["drop", "garbage", "timestamp"]))
        if mangle == "drop":
            headers.pop(draw(st.sampled_from(["webhook-id", "webhook-timestamp", "webhook-signature"])))
        elif mangle == "garbage":
            headers["webhook-signature"] = draw(st.text(max_size=60).filter(lambda s: "\n" not in s and "\r" not in s))
        else:
            headers["webhook-timestamp"] = draw(st.text(alphabet="0123456789-x ", max_size=12))
    return body, headers, signed


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(delivery=deliveries())
def test_fuzzed_deliveries_never_5xx_or_partial(client: FlaskClient, db_session: Session,
                                                standard_source: SourceConfig, delivery: Any) -> None:
    body, headers, signed = delivery
    before = _counts(db_session)
    response = client.post("/webhooks/gazette-live", data=body, headers=headers)
    after = _counts(db_session)
    assert response.status_code < 500, response.json
    if response.status_code == 202:
        assert signed
        assert after["webhook_events"] == before["webhook_events"] + 1
    else:
        # refused or a duplicate: no domain row at all was added
        assert after == before, response.json
