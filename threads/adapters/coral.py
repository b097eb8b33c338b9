"""Coral Talk webhook events.

Coral's envelope is `{"id", "type", "createdAt", "data": {...}}` and its data carries ids only
(`storyID`, `commentID`, `ancestorIDs`, `storyURL`, `queue`). Comment text is not in Coral's
payload: a relay that fetches it (Coral's GraphQL `comment(id)`) adds `data.comment` =
`{"body", "author": {"id", "username"}, "createdAt"}`; without it the comment is stored with an
empty body and filled in by a later delivery that has it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from threads.adapters.html import html_to_text
from threads.events import EventError, EventKind, LiveEvent, as_utc, error_from_validation
from threads.model import ParsedArticle, ParsedComment

CORAL_TYPES = ("STORY_CREATED", "COMMENT_CREATED", "COMMENT_REPLY_CREATED", "COMMENT_ENTERED_MODERATION_QUEUE")


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True)


class CoralAuthor(_Model):
    id: str | None = Field(default=None, max_length=255)
    username: str | None = Field(default=None, max_length=255)


class CoralComment(_Model):
    body: str = ""
    author: CoralAuthor | None = None
    created_at: datetime | None = Field(default=None, alias="createdAt")


class CoralData(_Model):
    story_id: str = Field(alias="storyID", min_length=1, max_length=255)
    story_url: str | None = Field(default=None, alias="storyURL", max_length=2048)
    comment_id: str | None = Field(default=None, alias="commentID", max_length=255)
    ancestor_ids: list[str] = Field(default_factory=list, alias="ancestorIDs")
    queue: str | None = None
    status: str | None = None
    comment: CoralComment | None = None


class CoralEvent(_Model):
    id: str = Field(min_length=1, max_length=255)
    type: Literal["STORY_CREATED", "COMMENT_CREATED", "COMMENT_REPLY_CREATED", "COMMENT_ENTERED_MODERATION_QUEUE"]
    created_at: datetime | None = Field(default=None, alias="createdAt")
    data: CoralData


def parse_coral(payload: Any) -> LiveEvent:
    if not isinstance(payload, dict):
        raise EventError("body", "expected a JSON object")
    if "type" in payload and payload["type"] not in CORAL_TYPES:
        raise EventError("type", f"unknown Coral event {payload['type']!r}; expected one of {', '.join(CORAL_TYPES)}")
    try:
        event = CoralEvent.model_validate(payload)
    except ValidationError as exc:
        raise error_from_validation(exc) from exc
    data = event.data
    occurred = as_utc(event.created_at)
    if event.type == "STORY_CREATED":
        article = ParsedArticle(title=data.story_url or f"story {data.story_id}", body="", url=data.story_url,
                                external_id=data.story_id)
        return LiveEvent(kind=EventKind.ARTICLE_CREATED, article_external_id=data.story_id, event_id=event.id,
                         article=article, occurred_at=occurred)
    if not data.comment_id:
        raise EventError("data.commentID", f"required for {event.type}")
    extra = data.comment or CoralComment()
    parent = data.ancestor_ids[0] if data.ancestor_ids else None
    comment = ParsedComment(body=html_to_text(extra.body), external_id=data.comment_id, parent_external_id=parent,
                            author_external_id=extra.author.id if extra.author else None,
                            author_name=extra.author.username if extra.author else None,
                            created_at=as_utc(extra.created_at) or occurred)
    if event.type == "COMMENT_ENTERED_MODERATION_QUEUE":
        return LiveEvent(kind=EventKind.FLAG_REPORTED, article_external_id=data.story_id, event_id=event.id,
                         comment=comment, flag_reason=f"coral:{(data.queue or 'queue').lower()}",
                         flag_reporter="coral", occurred_at=occurred)
    if event.type == "COMMENT_REPLY_CREATED" and parent is None:
        raise EventError("data.ancestorIDs", "a reply needs its parent as the first ancestor id")
    return LiveEvent(kind=EventKind.COMMENT_CREATED, article_external_id=data.story_id, event_id=event.id,
                     comment=comment, occurred_at=occurred)
