"""Live ingestion: per-source webhook settings, the durable event log, rejected deliveries and
decision callbacks sent back to comment systems."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.extensions import db
from app.models.base import UTCDateTime, utcnow
from app.models.threads import Source

SIGNATURE_SCHEMES = ("standard", "coral", "github")
DEFAULT_MAX_BODY = 256 * 1024


class SourceConfig(db.Model):  # type: ignore[name-defined,misc]
    """How one source's webhooks are verified and decoded. Several secrets may be valid at once so a
    sender can rotate without dropping deliveries."""

    __tablename__ = "source_configs"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"), unique=True)
    scheme: Mapped[str] = mapped_column(String(16))
    payload_format: Mapped[str] = mapped_column(String(16))
    secrets: Mapped[list[str]] = mapped_column(JSON, default=list)
    max_body_bytes: Mapped[int] = mapped_column(Integer, default=DEFAULT_MAX_BODY)
    callback_url: Mapped[str | None] = mapped_column(String(2048))
    callback_secret: Mapped[str | None] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    source: Mapped[Source] = relationship()


class WebhookEvent(db.Model):  # type: ignore[name-defined,misc]
    """Every accepted delivery, written in the same transaction as its effect; the unique key is
    what makes redelivery harmless."""

    __tablename__ = "webhook_events"
    __table_args__ = (UniqueConstraint("source_id", "event_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"))
    event_id: Mapped[str] = mapped_column(String(255))
    event_type: Mapped[str] = mapped_column(String(32))
    raw_body: Mapped[bytes] = mapped_column(LargeBinary)
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id"))
    comment_id: Mapped[int | None] = mapped_column(ForeignKey("comments.id"), index=True)
    outcome: Mapped[str] = mapped_column(String(16))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class RejectedDelivery(db.Model):  # type: ignore[name-defined,misc]
    """A delivery we refused, with why and its raw body, so an integrator can see what went wrong."""

    __tablename__ = "rejected_deliveries"
    __table_args__ = (Index("ix_rejected_deliveries_received", "received_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_slug: Mapped[str] = mapped_column(String(64))
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"))
    status_code: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    headers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    raw_body: Mapped[bytes] = mapped_column(LargeBinary)
    body_truncated: Mapped[bool] = mapped_column(Boolean, default=False)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class CallbackDelivery(db.Model):  # type: ignore[name-defined,misc]
    """A decision POSTed back to a source's callback URL; retried with backoff, re-sendable by hand."""

    __tablename__ = "callback_deliveries"
    __table_args__ = (Index("ix_callback_deliveries_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"))
    comment_id: Mapped[int | None] = mapped_column(ForeignKey("comments.id"), index=True)
    message_id: Mapped[str] = mapped_column(String(64), unique=True)
    action: Mapped[str] = mapped_column(String(32))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16), default="pending")  # pending | delivered | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_status_code: Mapped[int | None] = mapped_column(Integer)
    last_error: Mapped[str | None] = mapped_column(Text)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
