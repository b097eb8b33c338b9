"""Domain objects shared by every source of threads.

The scraped-page parser, the webhook adapters and the export importers all produce these, so the
ingestion service has exactly one shape to store. Vocabulary follows ConvoKit: an article is the
conversation root, a comment is an utterance that may reply to another, an author is a speaker.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class ParsedComment:
    body: str
    replies: list[ParsedComment] = field(default_factory=list)
    # Where the comment came from; None for scraped pages, which carry no ids or names.
    external_id: str | None = None
    author_name: str | None = None
    author_external_id: str | None = None
    created_at: datetime | None = None
    # For flat sources (webhooks, exports) that name the parent instead of nesting under it.
    parent_external_id: str | None = None
    # 1-based line in the source page where the comment starts; for error messages and debugging.
    line: int | None = None


@dataclass
class ParsedArticle:
    title: str
    body: str
    comments: list[ParsedComment] = field(default_factory=list)
    byline: str | None = None
    url: str | None = None
    external_id: str | None = None
    published_at: datetime | None = None

    @property
    def content_hash(self) -> str:
        return content_hash(self.title + "\n\n" + self.body)


def content_hash(text: str) -> str:
    """Stable identity of a text: whitespace-insensitive so re-scrapes that only reflow lines match."""
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def walk(comments: Sequence[ParsedComment]) -> Iterator[tuple[tuple[int, ...], ParsedComment]]:
    """Pre-order walk yielding (path, comment); path holds 0-based sibling positions from the root.

    An explicit stack, not recursion: scraped reply chains can be thousands deep.
    """
    stack: list[tuple[tuple[int, ...], ParsedComment]] = [
        ((i,), c) for i, c in reversed(list(enumerate(comments)))
    ]
    while stack:
        path, comment = stack.pop()
        yield path, comment
        for i in range(len(comment.replies) - 1, -1, -1):
            stack.append((path + (i,), comment.replies[i]))


def count_comments(comments: Sequence[ParsedComment]) -> int:
    return sum(1 for _ in walk(comments))


def article_to_dict(article: ParsedArticle) -> dict[str, object]:
    """The `{"title", "body", "comments": [{"body", "replies"}]}` shape shared by the CLI and the API."""
    roots: list[dict[str, object]] = []
    parents: dict[tuple[int, ...], list[dict[str, object]]] = {(): roots}
    for path, comment in walk(article.comments):
        replies: list[dict[str, object]] = []
        node: dict[str, object] = {"body": comment.body, "replies": replies}
        parents[path[:-1]].append(node)
        parents[path] = replies
    return {"title": article.title, "body": article.body, "byline": article.byline, "comments": roots}
