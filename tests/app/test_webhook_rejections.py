"""Refused deliveries are kept for the integrator, but an open endpoint cannot fill the database."""

from __future__ import annotations

from datetime import timedelta
from importlib import import_module

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.jobs.schedule import job_named
from app.models.base import utcnow
from app.models.live import RejectedDelivery
from app.webhooks import rejections
from app.webhooks.rejections import RejectionBudget, delete_rejections_before
from tests.app.live_support import add_source, generic_event, poster


def _rows(session: Session, slug: str | None = None) -> int:
    query = select(func.count()).select_from(RejectedDelivery)
    if slug is not None:
        query = query.where(RejectedDelivery.source_slug == slug)
    return int(session.scalar(query) or 0)


def test_unknown_sources_keep_only_the_start_of_the_body(client: FlaskClient, db_session: Session) -> None:
    response = client.post("/webhooks/nowhere", data=b"x" * 20_000)
    assert response.status_code == 404
    row = db_session.scalars(select(RejectedDelivery)).one()
    assert row.body_truncated and len(row.raw_body) == rejections.UNKNOWN_SOURCE_BODY_BYTES


def test_a_flood_of_refusals_is_cut_off_per_source(
    app: Flask, client: FlaskClient, db_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(app.config, "WEBHOOK_REJECTIONS_PER_MINUTE", 3)
    monkeypatch.setattr(rejections, "budget", RejectionBudget())
    add_source(db_session, "flooded")
    add_source(db_session, "quiet")
    for i in range(5):
        unsigned = client.post("/webhooks/flooded", json=generic_event(f"evt-{i}"))
        assert unsigned.status_code == 401  # every sender still gets its answer
        assert client.post(f"/webhooks/made-up-{i}", data=b"{}").status_code == 404
    assert _rows(db_session, "flooded") == 3
    # Unknown slugs share one budget, or an attacker would vary the slug.
    assert _rows(db_session) - _rows(db_session, "flooded") == 3
    # Another source's refusals and every valid delivery are unaffected.
    assert client.post("/webhooks/quiet", json=generic_event("evt-q")).status_code == 401
    assert _rows(db_session, "quiet") == 1
    assert poster(client, "flooded")(generic_event("evt-good")).status_code == 202


def test_the_budget_is_per_key_and_per_minute() -> None:
    budget = RejectionBudget()
    assert [budget.allow("a", 2, now=100.0) for _ in range(3)] == [True, True, False]
    assert budget.allow("b", 2, now=100.0)
    assert not budget.allow("a", 2, now=159.0)
    assert budget.allow("a", 2, now=160.0)
    assert all(budget.allow("a", 0, now=160.0) for _ in range(10))  # 0: keep every one


def test_old_refusals_are_deleted_by_the_prune_job(db_session: Session) -> None:
    now = utcnow()
    for age in (45, 31, 2):
        db_session.add(RejectedDelivery(source_slug=f"s{age}", source_id=None, status_code=404, reason="unknown",
                                        headers={}, raw_body=b"", received_at=now - timedelta(days=age)))
    db_session.flush()
    assert delete_rejections_before(db_session, now - timedelta(days=30)) == 2
    assert db_session.scalars(select(RejectedDelivery.source_slug)).all() == ["s2"]
    job = job_named("webhook-rejections-prune")
    module, _, name = job.target.partition(":")
    assert callable(getattr(import_module(module), name))
