"""Telling the comment system what was decided: a signed POST (Standard Webhooks) to the source's
callback URL, recorded so failures are retried with exponential backoff and can be re-sent."""

from __future__ import annotations

import json
import logging
import time
import uuid
from datetime import timedelta

import httpx
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.models import Article, Comment
from app.models.base import utcnow
from app.models.live import CallbackDelivery, SourceConfig
from app.webhooks.signatures import sign_standard

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
BASE_BACKOFF = timedelta(seconds=30)
MAX_BACKOFF = timedelta(hours=6)
TIMEOUT_SECONDS = 5.0


def backoff(attempts: int) -> timedelta:
    """30 s, 1 min, 2 min, ... capped at 6 h: a comment system that is down for a while catches up."""
    factor: int = 2 ** max(attempts - 1, 0)  # int ** int is typed Any (a negative exponent gives a float)
    return min(BASE_BACKOFF * factor, MAX_BACKOFF)


def enqueue_decision_callback(session: Session, comment: Comment, decision_action: str,
                              actor: str) -> CallbackDelivery | None:
    """Record a decision to send back, if the comment's source has a callback URL; flushes only.

    Called by the moderator queue and by the scoring pipeline after the policy acts. Sending
    happens in the background job (`send_due_callbacks`), never in the request.
    """
    article = session.get(Article, comment.article_id)
    if article is None:
        return None
    config = session.scalar(select(SourceConfig).where(SourceConfig.source_id == article.source_id))
    if config is None or not config.callback_url or not config.callback_secret:
        return None
    message_id = "msg_" + uuid.uuid4().hex
    payload = {
        "type": "comment.decision",
        "timestamp": utcnow().isoformat(),
        "data": {
            "comment_id": comment.external_id,
            "article_id": article.external_id,
            "threadwatch_comment_id": comment.id,
            "action": decision_action,
            "status": comment.status,
            "rule": comment.queued_rule,
            "actor": actor,
        },
    }
    delivery = CallbackDelivery(source_id=article.source_id, comment_id=comment.id, message_id=message_id,
                                action=decision_action, payload=payload, status="pending", attempts=0,
                                next_attempt_at=utcnow())
    session.add(delivery)
    session.flush()
    return delivery


def send_delivery(session: Session, delivery: CallbackDelivery, *, force: bool = False,
                  client: httpx.Client | None = None) -> bool:
    """One attempt. Updates the record (flush only); True when the receiver answered 2xx."""
    if delivery.status == "delivered" and not force:
        return True
    config = session.scalar(select(SourceConfig).where(SourceConfig.source_id == delivery.source_id))
    if config is None or not config.callback_url or not config.callback_secret:
        delivery.status, delivery.last_error = "failed", "source has no callback URL any more"
        session.flush()
        return False
    body = json.dumps(delivery.payload, separators=(",", ":")).encode()
    stamp = int(time.time())
    headers = {
        "content-type": "application/json",
        "webhook-id": delivery.message_id,
        "webhook-timestamp": str(stamp),
        "webhook-signature": sign_standard(config.callback_secret, delivery.message_id, stamp, body),
    }
    delivery.attempts += 1
    try:
        if client is None:
            with httpx.Client(timeout=TIMEOUT_SECONDS) as own:
                response = own.post(config.callback_url, content=body, headers=headers)
        else:
            response = client.post(config.callback_url, content=body, headers=headers)
        delivery.last_status_code = response.status_code
        ok = 200 <= response.status_code < 300
        delivery.last_error = None if ok else f"HTTP {response.status_code}"
    except httpx.HTTPError as exc:
        ok = False
        delivery.last_status_code = None
        delivery.last_error = f"{exc.__class__.__name__}: {exc}"
    if ok:
        delivery.status, delivery.delivered_at, delivery.next_attempt_at = "delivered", utcnow(), None
    elif delivery.attempts >= MAX_ATTEMPTS and not force:
        delivery.status, delivery.next_attempt_at = "failed", None
        log.warning("callback %s failed for good after %s attempts", delivery.id, delivery.attempts)
    else:
        delivery.status, delivery.next_attempt_at = "pending", utcnow() + backoff(delivery.attempts)
    session.flush()
    return ok


def send_due_callbacks(session: Session, *, limit: int = 50) -> int:
    """Send pending deliveries whose time has come; the caller commits. Returns how many succeeded."""
    now = utcnow()
    query = (select(CallbackDelivery)
             .where(CallbackDelivery.status == "pending",
                    or_(CallbackDelivery.next_attempt_at.is_(None), CallbackDelivery.next_attempt_at <= now))
             .order_by(CallbackDelivery.id).limit(limit))
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    sent = 0
    with httpx.Client(timeout=TIMEOUT_SECONDS) as client:
        for delivery in list(session.scalars(query)):
            sent += send_delivery(session, delivery, client=client)
    return sent
