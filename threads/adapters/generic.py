"""The documented generic JSON event (docs/webhooks.md): our own format for comment systems
that can send anything. Strict on purpose: unknown event types and missing fields are errors."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from threads.events import EventError, EventKind, LiveEvent, as_utc, error_from_validation
from threads.model import ParsedArticle, ParsedComment


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)


class AuthorIn(_Model):
    id: str | None = Field(default=None, max_length=255)
    name: str | None = Field(default=None, max_length=255)


class ArticleIn(_Model):
    id: str = Field(min_length=1, max_length=255)
    title: str | None = None
    url: str | None = Field(default=None, max_length=2048)
    body: str | None = None
    byline: str | None = Field(default=None, max_length=255)
    published_at: datetime | None = None


class CommentIn(_Model):
    id: str = Field(min_length=1, max_length=255)
    parent_id: str | None = Field(default=None, max_length=255)
    body: str | None = None
    author: AuthorIn | None = None
    created_at: datetime | None = None


class FlagIn(_Model):
    reason: str | None = Field(default=None, max_length=255)
    reporter: str | None = Field(default=None, max_length=255)


EVENT_TYPES = tuple(kind.value for kind in EventKind)


class GenericEvent(_Model):
    id: str = Field(min_length=1, max_length=255)
    type: Literal["comment.created", "comment.edited", "comment.deleted", "article.created", "flag.reported"]
    occurred_at: datetime | None = None
    article: ArticleIn
    comment: CommentIn | None = None
    flag: FlagIn | None = None


def parse_generic(payload: Any) -> LiveEvent:
    if not isinstance(payload, dict):
        raise EventError("body", "expected a JSON object")
    if "type" in payload and payload["type"] not in EVENT_TYPES:
        raise EventError("type", f"unknown event type {payload['type']!r}; expected one of {', '.join(EVENT_TYPES)}")
    try:
        event = GenericEvent.model_validate(payload)
    except ValidationError as exc:
        raise error_from_validation(exc) from exc
    kind = EventKind(event.type)
    art = event.article
    article = None
    if art.title is not None or kind is EventKind.ARTICLE_CREATED:
        title = art.title or f"article {art.id}"
        article = ParsedArticle(title=title, body=art.body or "", byline=art.byline, url=art.url,
                                external_id=art.id, published_at=as_utc(art.published_at))
    comment = None
    if kind is not EventKind.ARTICLE_CREATED:
        if event.comment is None:
            raise EventError("comment", f"required for {kind.value}")
        c = event.comment
        if kind in (EventKind.COMMENT_CREATED, EventKind.COMMENT_EDITED) and c.body is None:
            raise EventError("comment.body", f"required for {kind.value}")
        comment = ParsedComment(body=c.body or "", external_id=c.id, parent_external_id=c.parent_id or None,
                                author_external_id=c.author.id if c.author else None,
                                author_name=c.author.name if c.author else None,
                                created_at=as_utc(c.created_at))
    return LiveEvent(kind=kind, article_external_id=art.id, event_id=event.id, article=article, comment=comment,
                     source_status="deleted" if kind is EventKind.COMMENT_DELETED else None,
                     flag_reason=event.flag.reason if event.flag else None,
                     flag_reporter=event.flag.reporter if event.flag else None,
                     occurred_at=as_utc(event.occurred_at))


__all__ = ["GenericEvent", "parse_generic"]
