"""Payload adapters: each format into the shared domain objects, errors naming the field."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from threads.adapters import parse_event
from threads.adapters.html import html_to_text
from threads.events import EventError, EventKind


def _raw(payload: object) -> bytes:
    return json.dumps(payload).encode()


def test_generic_comment_created() -> None:
    event = parse_event("generic", _raw({
        "id": "e1", "type": "comment.created", "article": {"id": "a1", "title": "T"},
        "comment": {"id": "c2", "parent_id": "c1", "body": "Hi", "author": {"id": "u1", "name": "Ann"},
                    "created_at": "2024-05-01T12:00:00+02:00"}}))
    assert event.kind is EventKind.COMMENT_CREATED and event.event_id == "e1"
    assert event.comment is not None
    assert (event.comment.external_id, event.comment.parent_external_id) == ("c2", "c1")
    assert (event.comment.author_external_id, event.comment.author_name) == ("u1", "Ann")
    assert event.comment.created_at == datetime(2024, 5, 1, 10, 0, tzinfo=UTC)
    assert event.article is not None and event.article.title == "T"


@pytest.mark.parametrize(("payload", "field"), [
    ({"id": "e1", "type": "nope", "article": {"id": "a"}}, "type"),
    ({"type": "article.created", "article": {"id": "a"}}, "id"),
    ({"id": "e1", "type": "comment.created", "article": {}}, "article.id"),
    ({"id": "e1", "type": "comment.deleted", "article": {"id": "a"}}, "comment"),
    ({"id": "e1", "type": "comment.created", "article": {"id": "a"}, "comment": {"id": "c", "created_at": "soon"},
      }, "comment.created_at"),
    ([1, 2], "body"),
])
def test_generic_errors_name_the_field(payload: object, field: str) -> None:
    with pytest.raises(EventError) as info:
        parse_event("generic", _raw(payload))
    assert info.value.field == field


def test_malformed_json_is_an_event_error() -> None:
    with pytest.raises(EventError) as info:
        parse_event("generic", b"\xff\xfe{")
    assert info.value.field == "body"


def test_coral_reply_uses_first_ancestor_as_parent() -> None:
    event = parse_event("coral", _raw({
        "id": "ce1", "type": "COMMENT_REPLY_CREATED", "createdAt": "2024-06-01T10:00:00.000Z",
        "data": {"commentID": "k3", "ancestorIDs": ["k2", "k1"], "storyID": "s1",
                 "comment": {"body": "<p>Yes</p>", "author": {"id": "u", "username": "zed"}}}}))
    assert event.comment is not None and event.comment.parent_external_id == "k2"
    assert event.comment.body == "Yes" and event.comment.author_name == "zed"


def test_coral_story_and_moderation_queue() -> None:
    story = parse_event("coral", _raw({"id": "x", "type": "STORY_CREATED",
                                       "data": {"storyID": "s1", "storyURL": "https://n.example/s1"}}))
    assert story.kind is EventKind.ARTICLE_CREATED and story.article is not None
    assert story.article.url == "https://n.example/s1"
    queued = parse_event("coral", _raw({"id": "y", "type": "COMMENT_ENTERED_MODERATION_QUEUE",
                                        "data": {"storyID": "s1", "commentID": "k1", "queue": "REPORTED"}}))
    assert queued.kind is EventKind.FLAG_REPORTED and queued.flag_reason == "coral:reported"
    with pytest.raises(EventError) as info:
        parse_event("coral", _raw({"id": "z", "type": "COMMENT_FEATURED", "data": {"storyID": "s"}}))
    assert info.value.field == "type"
    with pytest.raises(EventError) as info:
        parse_event("coral", _raw({"id": "z", "type": "COMMENT_CREATED", "data": {"storyID": "s"}}))
    assert info.value.field == "data.commentID"


def test_wordpress_object_and_its_statuses() -> None:
    obj = {"id": 7, "post": 3, "parent": 5, "author": 0, "author_name": "Ines", "date_gmt": "2024-05-01T12:00:00",
           "content": {"rendered": "<p>One &amp; two</p>\n<p>three</p>"}, "status": "approved"}
    event = parse_event("wordpress", _raw(obj), delivery_id="d1")
    assert event.kind is EventKind.COMMENT_CREATED and event.event_id == "d1"
    assert event.article_external_id == "3"
    assert event.comment is not None
    assert (event.comment.body, event.comment.parent_external_id) == ("One & two\nthree", "5")
    assert event.comment.created_at == datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
    assert parse_event("wordpress", _raw({**obj, "status": "trash"})).kind is EventKind.COMMENT_DELETED
    assert parse_event("wordpress", _raw({**obj, "status": "hold"})).source_status == "held"
    no_id = parse_event("wordpress", _raw(obj))
    assert no_id.event_id is not None and no_id.event_id.startswith("sha256:")
    with pytest.raises(EventError) as info:
        parse_event("wordpress", _raw({**obj, "post": "three"}))
    assert info.value.field == "post"


def test_html_to_text_keeps_paragraphs() -> None:
    assert html_to_text("<p>a <b>b</b></p><p>c<br>d</p>") == "a b\nc\nd"
    assert html_to_text("plain") == "plain"


def test_nul_characters_are_refused_with_the_field() -> None:
    payload = {"id": "e1", "type": "comment.created", "article": {"id": "a"},
               "comment": {"id": "c", "body": "bad\u0000byte"}}
    with pytest.raises(EventError) as info:
        parse_event("generic", json.dumps(payload).encode())
    assert info.value.field == "comment.body"
