"""People who moderate, what they decided, and the append-only audit trail."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, UniqueConstraint, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.extensions import db
from app.models.base import UTCDateTime, utcnow


class User(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(255), unique=True)
    password_hash: Mapped[str | None] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16), default="moderator")
    active: Mapped[bool] = mapped_column(default=True)
    # sha256 of a service-account API token; the token itself is shown once and never stored.
    api_token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    # Sessions carry the version they were issued under (get_id); logout and a new password bump it,
    # so every cookie issued before stops working (app/auth/loaders.py).
    session_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    # Flask-Login protocol
    @property
    def is_active(self) -> bool:
        return self.active

    @property
    def is_authenticated(self) -> bool:
        return True

    @property
    def is_anonymous(self) -> bool:
        return False

    def get_id(self) -> str:
        return f"{self.id}:{self.session_version}"

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


class LoginThrottle(db.Model):  # type: ignore[name-defined,misc]
    """Failed logins for one e-mail address, from one client address or (client "") from all.

    Keyed by a digest of the e-mail as typed, whether or not such an account exists, so a throttled
    unknown address looks exactly like a throttled account (see app/services/login_guard.py).
    """

    __tablename__ = "login_throttles"
    __table_args__ = (UniqueConstraint("email_hash", "client"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    email_hash: Mapped[str] = mapped_column(String(64))
    client: Mapped[str] = mapped_column(String(64), default="")
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)


class AuditEntry(db.Model):  # type: ignore[name-defined,misc]
    """Who decided what, when, why, under which rule, with the scores seen at that moment.

    Append-only: rows are never updated or deleted (enforced below), so the trail can be trusted.
    """

    __tablename__ = "audit_entries"
    __table_args__ = (
        Index("ix_audit_comment_created", "comment_id", "created_at"),
        Index("ix_audit_actor_created", "actor_id", "created_at"),
        Index("ix_audit_author_created", "author_id", "created_at"),
        Index("ix_audit_created", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    comment_id: Mapped[int | None] = mapped_column(ForeignKey("comments.id"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("authors.id"))
    # None when the policy (a rule) acted rather than a person.
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    actor_label: Mapped[str] = mapped_column(String(255))
    action: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str | None] = mapped_column(String(64))
    note: Mapped[str | None] = mapped_column(Text)
    rule: Mapped[str | None] = mapped_column(String(64))
    previous_status: Mapped[str | None] = mapped_column(String(16))
    new_status: Mapped[str | None] = mapped_column(String(16))
    scores: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # What undo puts back: the comment's state before this action and the version the action produced
    # (undo applies only while the comment is still at that version). Rows stay append-only, so an
    # undo is a new entry pointing here; unique, so an action is undone at most once.
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    undoes_id: Mapped[int | None] = mapped_column(ForeignKey("audit_entries.id"), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    actor: Mapped[User | None] = relationship()


@event.listens_for(AuditEntry, "before_update")
def _audit_is_append_only_update(*_args: Any) -> None:
    raise RuntimeError("audit entries are append-only")


@event.listens_for(AuditEntry, "before_delete")
def _audit_is_append_only_delete(*_args: Any) -> None:
    raise RuntimeError("audit entries are append-only")


class Flag(db.Model):  # type: ignore[name-defined,misc]
    """A report of a comment by a reader, as forwarded by the comment system."""

    __tablename__ = "flags"

    id: Mapped[int] = mapped_column(primary_key=True)
    comment_id: Mapped[int] = mapped_column(ForeignKey("comments.id"), index=True)
    reason: Mapped[str | None] = mapped_column(String(255))
    reporter: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
