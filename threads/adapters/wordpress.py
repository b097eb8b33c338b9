"""WordPress REST API comment objects (`/wp/v2/comments`), as webhooks and JSON dumps carry them.

Fields used: id, post, parent (0 = top level), author (user id, 0 = guest), author_name, date_gmt
(naive UTC), content.rendered (HTML), status (approved / hold / spam / trash).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from threads.adapters.html import html_to_text
from threads.events import EventError, EventKind, LiveEvent, as_utc, error_from_validation
from threads.model import ParsedComment

WP_STATUSES = ("approved", "approve", "hold", "unapproved", "spam", "trash")


class WpContent(BaseModel):
    model_config = ConfigDict(extra="ignore")
    rendered: str = ""


class WpComment(BaseModel):
    model_config = ConfigDict(extra="ignore")
    id: int = Field(ge=1)
    post: int = Field(ge=0)
    parent: int = Field(default=0, ge=0)
    author: int = Field(default=0, ge=0)
    author_name: str = Field(default="", max_length=255)
    date_gmt: datetime | None = None
    content: WpContent | str = Field(default_factory=WpContent)
    status: str = "approved"


def comment_from_wordpress(payload: Any, prefix: str = "") -> tuple[str, ParsedComment, str | None]:
    """(post id, comment, source status) from one REST comment object."""
    if not isinstance(payload, dict):
        raise EventError(prefix or "body", "expected a JSON object (a WordPress comment)")
    try:
        wp = WpComment.model_validate(payload)
    except ValidationError as exc:
        raise error_from_validation(exc, prefix) from exc
    if wp.status not in WP_STATUSES:
        raise EventError(f"{prefix}.status" if prefix else "status",
                         f"unknown status {wp.status!r}; expected one of {', '.join(WP_STATUSES)}")
    html = wp.content if isinstance(wp.content, str) else wp.content.rendered
    author_id = str(wp.author) if wp.author else (f"name:{wp.author_name}" if wp.author_name else None)
    comment = ParsedComment(body=html_to_text(html), external_id=str(wp.id),
                            parent_external_id=str(wp.parent) if wp.parent else None,
                            author_name=wp.author_name or None, author_external_id=author_id,
                            created_at=as_utc(wp.date_gmt))
    status = {"hold": "held", "unapproved": "held", "spam": "deleted", "trash": "deleted"}.get(wp.status)
    return str(wp.post), comment, status


def parse_wordpress(payload: Any) -> LiveEvent:
    """A WordPress object has no event type: it is the comment's current state, applied as an upsert."""
    post, comment, status = comment_from_wordpress(payload)
    kind = EventKind.COMMENT_DELETED if status == "deleted" else EventKind.COMMENT_CREATED
    return LiveEvent(kind=kind, article_external_id=post, comment=comment, source_status=status)
