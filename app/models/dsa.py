"""EU Digital Services Act records: readers' notices (Art. 16), statements of reasons (Art. 17),
appeals (Art. 20), and the e-mails that carry them. See docs/dsa.md.

The figures of the transparency report (Art. 15) come from the audit log; these tables hold what the
audit log cannot: the notice's text and its reporter, the statement as sent, the appeal's text.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text, event, inspect
from sqlalchemy.orm import Mapped, mapped_column

from app.extensions import db
from app.models.base import UTCDateTime, utcnow


class DsaNotice(db.Model):  # type: ignore[name-defined,misc]
    """A reader's notice that a comment is illegal. Its own state, answered by a decision on the comment."""

    __tablename__ = "dsa_notices"
    __table_args__ = (Index("ix_dsa_notices_state_created", "state", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Random, for the reporter's receipt and links: ids in order would tell how many notices there are.
    public_id: Mapped[str] = mapped_column(String(32), unique=True)
    comment_id: Mapped[int] = mapped_column(ForeignKey("comments.id"), index=True)
    category: Mapped[str] = mapped_column(String(48))
    explanation: Mapped[str] = mapped_column(Text)
    # The exact location as the reporter gave it (a permalink), beside the comment it resolved to.
    content_url: Mapped[str | None] = mapped_column(String(2048))
    reporter_name: Mapped[str | None] = mapped_column(String(255))
    reporter_email: Mapped[str | None] = mapped_column(String(255))
    good_faith: Mapped[bool] = mapped_column(Boolean, default=False)
    channel: Mapped[str] = mapped_column(String(16), default="form")  # form | api
    # open -> decided (by a decision on the comment)
    state: Mapped[str] = mapped_column(String(16), default="open")
    # removed | restricted | no_action, once decided
    outcome: Mapped[str | None] = mapped_column(String(16))
    # The law a moderator named when removing as illegal (optional; else the site's terms).
    legal_ground: Mapped[str | None] = mapped_column(Text)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decision_audit_id: Mapped[int | None] = mapped_column(ForeignKey("audit_entries.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class DsaStatement(db.Model):  # type: ignore[name-defined,misc]
    """A statement of reasons for one restriction, frozen in `body` when issued and never changed once sent."""

    __tablename__ = "dsa_statements"
    __table_args__ = (Index("ix_dsa_statements_created", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(String(32), unique=True)
    # The audit entry that recorded the restriction: one statement per restriction.
    audit_entry_id: Mapped[int] = mapped_column(ForeignKey("audit_entries.id"), unique=True)
    comment_id: Mapped[int | None] = mapped_column(ForeignKey("comments.id"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("authors.id"), index=True)
    # removal | hold | suspension | ban
    kind: Mapped[str] = mapped_column(String(16))
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # Everything the statement says (Art. 17(3)), in the Transparency Database's field names.
    body: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    appeal_until: Mapped[datetime] = mapped_column(UTCDateTime())
    # email | callback | link (the stable link only: nobody to send it to)
    sent_via: Mapped[str | None] = mapped_column(String(16))
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


# Columns of a statement that may change after it is sent: how it travelled, nothing it says.
_STATEMENT_DELIVERY_COLUMNS = {"sent_via", "sent_at"}


@event.listens_for(DsaStatement, "before_update")
def _statement_frozen(_mapper: Any, _connection: Any, target: DsaStatement) -> None:
    """What a statement says never changes; how it travelled is recorded once, when it is sent."""
    state: Any = inspect(target)
    changed = {attr.key for attr in state.attrs if attr.history.has_changes()}
    already_sent = any(v is not None for v in state.attrs.sent_at.history.deleted)
    if changed - _STATEMENT_DELIVERY_COLUMNS or (already_sent and changed):
        raise RuntimeError("a statement of reasons is stored unchanged once issued and sent")


@event.listens_for(DsaStatement, "before_delete")
def _statement_kept(*_args: Any) -> None:
    raise RuntimeError("statements of reasons are kept")


class DsaAppeal(db.Model):  # type: ignore[name-defined,misc]
    """A complaint against a statement's decision (internal complaint handling, Art. 20)."""

    __tablename__ = "dsa_appeals"
    __table_args__ = (Index("ix_dsa_appeals_state_created", "state", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(String(32), unique=True)
    statement_id: Mapped[int] = mapped_column(ForeignKey("dsa_statements.id"), index=True)
    explanation: Mapped[str] = mapped_column(Text)
    contact_email: Mapped[str | None] = mapped_column(String(255))
    # open -> upheld (the decision stands) | reversed (the restriction is lifted)
    state: Mapped[str] = mapped_column(String(16), default="open")
    outcome_note: Mapped[str | None] = mapped_column(Text)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class DsaAuthorContact(db.Model):  # type: ignore[name-defined,misc]
    """Where a commenter receives statements of reasons, when the comment system tells us."""

    __tablename__ = "dsa_author_contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("authors.id"), unique=True)
    email: Mapped[str] = mapped_column(String(255))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class DsaEmail(db.Model):  # type: ignore[name-defined,misc]
    """An e-mail to a reporter or commenter, written in the decision's transaction and sent after it
    commits, so a mail server that is down delays the message instead of losing it or the decision."""

    __tablename__ = "dsa_emails"
    __table_args__ = (Index("ix_dsa_emails_status", "status", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # notice-receipt | notice-decision | statement | appeal-receipt | appeal-decision
    kind: Mapped[str] = mapped_column(String(24))
    recipient: Mapped[str] = mapped_column(String(255))
    subject: Mapped[str] = mapped_column(String(255))
    body: Mapped[str] = mapped_column(Text)
    notice_id: Mapped[int | None] = mapped_column(ForeignKey("dsa_notices.id"))
    statement_id: Mapped[int | None] = mapped_column(ForeignKey("dsa_statements.id"))
    appeal_id: Mapped[int | None] = mapped_column(ForeignKey("dsa_appeals.id"))
    status: Mapped[str] = mapped_column(String(16), default="pending")  # pending | sent | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
