"""Receiving one delivery: size cap, signature, payload, then the event and its effect in one
transaction. Anything refused is recorded with its reason and raw body, within the bounds in
rejections.py; a database outage answers
503 with Retry-After so the sender retries, and leaves nothing half-written."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from typing import Any

from flask import Response, current_app, jsonify, request
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from app.errors import RETRY_AFTER_SECONDS, database_unavailable
from app.extensions import db
from app.models import Source
from app.models.live import DEFAULT_MAX_BODY, SourceConfig, WebhookEvent
from app.services.live_ingest import apply_event
from app.webhooks import bp
from app.webhooks.fastpath import try_fast_create
from app.webhooks.rejections import UNKNOWN_SOURCE_BODY_BYTES, record_rejection
from app.webhooks.signatures import SignatureError, verify
from threads.adapters import parse_event
from threads.events import EventError

log = logging.getLogger(__name__)

APPLY_ATTEMPTS = 3


class Rejected(Exception):
    def __init__(self, status: int, reason: str, *, field: str | None = None) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason
        self.field = field


def _read_body(limit: int) -> tuple[bytes, bool]:
    """At most `limit` + 1 bytes: an oversized body is refused without being read into memory."""
    body = request.stream.read(limit + 1)
    return body[:limit], len(body) > limit


def _answer(status: int, **payload: Any) -> Response:
    response = jsonify({"status": status, **payload})
    response.status_code = status
    return response


@bp.post("/<source>")
def receive(source: str) -> Response:
    headers = {k.lower(): v for k, v in request.headers.items()}
    try:
        return _receive(source, headers)
    except Exception as exc:
        if not database_unavailable(exc):
            raise
        try:
            db.session.rollback()
        except Exception:  # noqa: BLE001 - the connection is already gone; nothing was committed
            log.debug("rollback after database failure also failed", exc_info=True)
        log.warning("webhook %s: database unavailable: %s", source, exc.__class__.__name__)
        response = _answer(503, error="database unavailable, retry later")
        response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response


@dataclass(frozen=True)
class _Settings:
    source_id: int
    active: bool
    scheme: str
    payload_format: str
    secrets: tuple[str, ...]
    max_body_bytes: int


# slug -> (settings or None, fetched at). A few seconds of caching saves a query per delivery; a
# rotated secret or a new source is therefore honoured within CONFIG_CACHE_SECONDS.
_config_cache: dict[str, tuple[_Settings | None, float]] = {}
_cache_lock = threading.Lock()


def _settings(slug: str) -> _Settings | None:
    ttl = float(current_app.config.get("WEBHOOK_CONFIG_CACHE_SECONDS", 0 if current_app.testing else 5))
    now = time.monotonic()
    if ttl > 0:
        with _cache_lock:
            cached = _config_cache.get(slug)
        if cached is not None and now - cached[1] < ttl:
            return cached[0]
    row = db.session.execute(
        select(Source.id, SourceConfig).join(SourceConfig, SourceConfig.source_id == Source.id)
        .where(Source.slug == slug)
    ).first()
    settings = None
    if row is not None:
        config = row[1]
        settings = _Settings(row[0], config.active, config.scheme, config.payload_format,
                             tuple(config.secrets or ()), config.max_body_bytes)
    if ttl > 0:
        with _cache_lock:
            _config_cache[slug] = (settings, now)
    return settings


def _receive(slug: str, headers: dict[str, str]) -> Response:
    settings = _settings(slug)
    if settings is None or not settings.active:
        # Nothing can be redelivered to an unknown source: read only what is kept of its body.
        body, truncated = _read_body(UNKNOWN_SOURCE_BODY_BYTES if settings is None else DEFAULT_MAX_BODY)
        record_rejection(slug, settings.source_id if settings else None, 404, "unknown source", headers, body,
                          truncated)
        return _answer(404, error=f"unknown source {slug!r}")
    source_id, scheme, fmt = settings.source_id, settings.scheme, settings.payload_format
    secrets, cap = list(settings.secrets), settings.max_body_bytes
    declared = request.content_length
    body, truncated = _read_body(cap)
    try:
        if truncated or (declared is not None and declared > cap):
            raise Rejected(413, f"body over the {cap}-byte cap for this source")
        delivery_id = verify(scheme, secrets, headers, body)
        try:
            event = parse_event(fmt, body, delivery_id=delivery_id)
        except EventError as exc:
            raise Rejected(400, str(exc), field=exc.field) from exc
        return _store(source_id, slug, event, body)
    except SignatureError as exc:
        record_rejection(slug, source_id, 401, exc.reason, headers, body, truncated)
        return _answer(401, error=f"invalid signature: {exc.reason}")
    except Rejected as exc:
        record_rejection(slug, source_id, exc.status, exc.reason, headers, body, truncated)
        extra = {"field": exc.field} if exc.field else {}
        return _answer(exc.status, error=exc.reason, **extra)


def _begin_write() -> None:
    """On SQLite, take the write lock first, waiting for it (busy_timeout), instead of upgrading a
    read transaction later: an upgrade that loses a race fails at once with "database is locked"."""
    if db.session.get_bind().dialect.name == "sqlite":
        db.session.rollback()
        db.session.execute(text("UPDATE source_configs SET id = id WHERE 0 = 1"))


def _store(source_id: int, slug: str, event: Any, body: bytes) -> Response:
    assert event.event_id is not None
    actor = f"webhook:{slug}"
    for attempt in range(1, APPLY_ATTEMPTS + 1):
        _begin_write()
        try:
            fast = try_fast_create(db.session(), source_id, event, body, actor)
            if fast is not None and fast.duplicate_of is None:
                db.session.commit()
        except IntegrityError:
            db.session.rollback()
            if attempt == APPLY_ATTEMPTS:
                raise
            continue
        if fast is not None:
            if fast.duplicate_of is not None:
                db.session.rollback()
                return _answer(200, result="duplicate", event_id=event.event_id, comment_id=fast.duplicate_of[0],
                               article_id=fast.duplicate_of[1])
            return _answer(202, result=fast.outcome, event_id=event.event_id, comment_id=fast.comment_id,
                           article_id=fast.article_id)
        seen = db.session.scalar(
            select(WebhookEvent).where(WebhookEvent.source_id == source_id, WebhookEvent.event_id == event.event_id)
        )
        if seen is not None:
            db.session.rollback()
            return _answer(200, result="duplicate", event_id=seen.event_id, comment_id=seen.comment_id,
                           article_id=seen.article_id)
        source = db.session.get(Source, source_id)
        assert source is not None
        try:
            result = apply_event(db.session(), source, event, actor=actor)
            db.session.add(WebhookEvent(source_id=source_id, event_id=event.event_id, event_type=event.kind.value,
                                        raw_body=body, article_id=result.article_id, comment_id=result.comment_id,
                                        outcome=result.outcome))
            db.session.commit()
        except EventError as exc:
            db.session.rollback()
            raise Rejected(400, str(exc), field=exc.field) from exc
        except IntegrityError:
            # a concurrent delivery of the same event, or of a sibling creating the same article or
            # author: start again; the duplicate check at the top answers the former
            db.session.rollback()
            if attempt == APPLY_ATTEMPTS:
                raise
            continue
        return _answer(202, result=result.outcome, event_id=event.event_id, comment_id=result.comment_id,
                       article_id=result.article_id)
    raise AssertionError("unreachable")
