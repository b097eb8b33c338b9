"""Flat live events: what a webhook or an export row says happened to one comment or article.

Webhooks and exports name a comment's parent instead of nesting under it, and they arrive one at
a time and out of order, so they cannot be a ParsedArticle tree. Each event still carries the same
domain objects the scraped-page parser produces (ParsedArticle, ParsedComment), so the ingestion
service stores one shape whatever the origin.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from pydantic import ValidationError

from threads.model import ParsedArticle, ParsedComment


class EventKind(StrEnum):
    COMMENT_CREATED = "comment.created"
    COMMENT_EDITED = "comment.edited"
    COMMENT_DELETED = "comment.deleted"
    ARTICLE_CREATED = "article.created"
    FLAG_REPORTED = "flag.reported"


COMMENT_KINDS = frozenset({EventKind.COMMENT_CREATED, EventKind.COMMENT_EDITED, EventKind.COMMENT_DELETED})


class EventError(ValueError):
    """A payload we cannot accept; `field` names the offending field so the sender can fix it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass
class LiveEvent:
    kind: EventKind
    article_external_id: str
    # Delivery identity for idempotency; adapters fall back to a digest of the raw body.
    event_id: str | None = None
    # Article metadata when the event carries any (always for article.created).
    article: ParsedArticle | None = None
    # The comment concerned (comment.* and flag.reported); external_id is always set.
    comment: ParsedComment | None = None
    # What the source says about the comment's visibility: "held" (waiting in its own queue),
    # "deleted", or None for an ordinary visible comment.
    source_status: str | None = None
    flag_reason: str | None = None
    flag_reporter: str | None = None
    occurred_at: datetime | None = None


def body_digest(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def as_utc(value: datetime | None) -> datetime | None:
    """Naive times from exports are UTC by their formats' definition (date_gmt, Disqus createdAt)."""
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def error_from_validation(exc: ValidationError, prefix: str = "") -> EventError:
    """The first pydantic error as an EventError naming the dotted field path."""
    first = exc.errors()[0]
    loc = ".".join(str(part) for part in first.get("loc", ()) if part != "__root__")
    field = ".".join(p for p in (prefix, loc) if p) or "body"
    return EventError(field, str(first.get("msg", "invalid value")))
