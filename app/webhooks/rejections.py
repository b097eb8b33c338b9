"""What a refused delivery leaves behind, within bounds.

A refused delivery is kept with its raw body, so an integrator can see what went wrong. The
endpoint is public, though, so without bounds anyone could fill the database by posting to it:

- **Unknown sources** keep only the first few KB of the body. There is nothing to redeliver it to.
- **A flood** is cut off. Each source, and all unknown sources together as one, may leave at most
  `WEBHOOK_REJECTIONS_PER_MINUTE` rows a minute in each process. Beyond that, refusals are only
  logged, with a count at the end of the minute. Senders retry refused deliveries, so the sender
  still holds whatever is not kept here.
- **Retention:** the `webhook-rejections-prune` periodic job deletes rows older than
  `WEBHOOK_REJECTIONS_RETENTION_DAYS`.
"""

from __future__ import annotations

import logging
import threading
import time
from datetime import datetime, timedelta

from flask import Flask, current_app
from sqlalchemy import delete
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.orm import Session

from app.extensions import db
from app.models.base import utcnow
from app.models.live import RejectedDelivery

log = logging.getLogger(__name__)

KEPT_HEADERS = ("content-type", "content-length", "user-agent", "webhook-id", "webhook-timestamp",
                "webhook-signature", "x-coral-signature", "x-hub-signature-256", "x-github-delivery")
UNKNOWN_SOURCE_BODY_BYTES = 4096
UNKNOWN_SOURCES = "<unknown sources>"
WINDOW_SECONDS = 60.0


class RejectionBudget:
    """Rows allowed per key and fixed one-minute window, in this process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._windows: dict[str, tuple[float, int, int]] = {}  # key -> (window start, kept, dropped)

    def allow(self, key: str, per_minute: int, now: float | None = None) -> bool:
        if per_minute <= 0:
            return True
        now = time.monotonic() if now is None else now
        with self._lock:
            start, kept, dropped = self._windows.get(key, (now, 0, 0))
            if now - start >= WINDOW_SECONDS:
                if dropped:
                    log.warning("webhook %s: %d refused deliveries in the last minute were not kept", key, dropped)
                start, kept, dropped = now, 0, 0
            allowed = kept < per_minute
            if allowed:
                kept += 1
            else:
                if not dropped:
                    log.warning("webhook %s: over %d refused deliveries a minute; keeping no more until "
                                "the minute is over", key, per_minute)
                dropped += 1
            self._windows[key] = (start, kept, dropped)
            return allowed


budget = RejectionBudget()


def record_rejection(slug: str, source_id: int | None, status: int, reason: str, headers: dict[str, str],
                     body: bytes, truncated: bool) -> None:
    """Keep a refused delivery, within the bounds above; the caller answers the sender either way."""
    log.warning("webhook %s rejected with %s: %s", slug, status, reason)
    key = slug if source_id is not None else UNKNOWN_SOURCES
    if not budget.allow(key, int(current_app.config["WEBHOOK_REJECTIONS_PER_MINUTE"])):
        return
    if source_id is None and len(body) > UNKNOWN_SOURCE_BODY_BYTES:
        body, truncated = body[:UNKNOWN_SOURCE_BODY_BYTES], True
    try:
        db.session.rollback()
        db.session.add(RejectedDelivery(source_slug=slug[:64], source_id=source_id, status_code=status,
                                        reason=reason, body_truncated=truncated, raw_body=body,
                                        headers={k: v for k, v in headers.items() if k in KEPT_HEADERS}))
        db.session.commit()
    except (OperationalError, InterfaceError):
        db.session.rollback()
        log.exception("could not record the rejected delivery for %s", slug)


def delete_rejections_before(session: Session, cutoff: datetime) -> int:
    """Delete refused deliveries received before `cutoff`; the caller commits."""
    result = session.execute(delete(RejectedDelivery).where(RejectedDelivery.received_at < cutoff))
    session.flush()
    return int(getattr(result, "rowcount", 0) or 0)


def prune_job(app: Flask) -> int:
    """The periodic job: delete refused deliveries past WEBHOOK_REJECTIONS_RETENTION_DAYS."""
    with app.app_context():
        cutoff = utcnow() - timedelta(days=int(app.config["WEBHOOK_REJECTIONS_RETENTION_DAYS"]))
        deleted = delete_rejections_before(db.session(), cutoff)
        db.session.commit()
        db.session.remove()
    if deleted:
        log.info("deleted %d refused webhook deliveries received before %s", deleted, cutoff.isoformat())
    return deleted
