"""Disqus XML exports: `<thread dsq:id>` elements (id, link, title, createdAt) followed by
`<post dsq:id>` elements (message HTML, createdAt, isDeleted, isSpam, author name/username,
`<thread dsq:id>` and an optional `<parent dsq:id>`). Categories are ignored."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from threads.adapters.html import html_to_text
from threads.events import EventKind, LiveEvent, as_utc
from threads.importers.xmlstream import attr, child, child_text, local, parse_time, stream
from threads.model import ParsedArticle, ParsedComment


def _true(raw: str | None) -> bool:
    return (raw or "").strip().lower() == "true"


def read_disqus(path: Path) -> Iterator[LiveEvent]:
    for element in stream(path, frozenset({"thread", "post"}), depth=1):
        dsq_id = attr(element, "id")
        if not dsq_id:
            continue
        if local(element.tag) == "thread":
            if len(element) == 0:
                continue  # a post's <thread dsq:id/> reference, not a thread definition
            title = (child_text(element, "title") or "").strip() or f"thread {dsq_id}"
            article = ParsedArticle(title=title, body="", url=(child_text(element, "link") or "").strip() or None,
                                    external_id=dsq_id,
                                    published_at=as_utc(parse_time(child_text(element, "createdAt"))))
            yield LiveEvent(kind=EventKind.ARTICLE_CREATED, article_external_id=dsq_id, article=article)
            continue
        thread = child(element, "thread")
        thread_id = attr(thread, "id") if thread is not None else None
        if not thread_id:
            continue
        parent = child(element, "parent")
        author = child(element, "author")
        username = (child_text(author, "username") or "").strip() if author is not None else ""
        name = (child_text(author, "name") or "").strip() if author is not None else ""
        comment = ParsedComment(
            body=html_to_text(child_text(element, "message") or ""), external_id=dsq_id,
            parent_external_id=attr(parent, "id") if parent is not None else None,
            author_name=name or username or None,
            author_external_id=username or (f"name:{name}" if name else None),
            created_at=as_utc(parse_time(child_text(element, "createdAt"))),
        )
        deleted = _true(child_text(element, "isDeleted")) or _true(child_text(element, "isSpam"))
        yield LiveEvent(kind=EventKind.COMMENT_DELETED if deleted else EventKind.COMMENT_CREATED,
                        article_external_id=thread_id, comment=comment,
                        source_status="deleted" if deleted else None)
