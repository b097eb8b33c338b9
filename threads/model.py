"""Domain objects shared by every source of threads.

The scraped-page parser, the webhook adapters and the export importers all produce these, so the
ingestion service has exactly one shape to store. Vocabulary follows ConvoKit: an article is the
conversation root, a comment is an utterance that may reply to another, an author is a speaker.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime


@dataclass(repr=False)
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

    def __repr__(self) -> str:
        # Shallow on purpose: the generated repr recurses into replies and fails on deep chains.
        return f"ParsedComment(body={self.body[:40]!r}, replies={len(self.replies)}, line={self.line})"


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
    """The `{"title", "body", "comments": [{"body", "replies"}]}` shape shared by the CLI and the API,
    plus `id`, `author`, `created_at` and `published_at` where the source gave them.

    Built with an explicit stack; serialise it with `dumps_tree`, since `json.dumps` recurses.
    """
    roots: list[dict[str, object]] = []
    stack: list[tuple[ParsedComment, list[dict[str, object]]]] = [(c, roots) for c in reversed(article.comments)]
    while stack:
        comment, siblings = stack.pop()
        replies: list[dict[str, object]] = []
        entry: dict[str, object] = {"body": comment.body, "replies": replies}
        # What HTML pages and exports tell (scraped text has none of it), only where known.
        if comment.external_id is not None:
            entry["id"] = comment.external_id
        if comment.author_name is not None:
            entry["author"] = comment.author_name
        if comment.created_at is not None:
            entry["created_at"] = comment.created_at.isoformat()
        siblings.append(entry)
        stack.extend((reply, replies) for reply in reversed(comment.replies))
    result: dict[str, object] = {"title": article.title, "body": article.body, "byline": article.byline}
    if article.published_at is not None:
        result["published_at"] = article.published_at.isoformat()
    result["comments"] = roots
    return result


def dumps_tree(value: object, indent: int | None = None) -> str:
    """JSON for arbitrarily deep nesting of dicts and lists.

    The standard encoder recurses once per level and fails on reply chains a few thousand deep.
    """
    out: list[str] = []
    # Stack items are either a value to encode or a literal string to emit.
    stack: list[tuple[object, int, bool]] = [(value, 0, False)]
    nl = indent is not None

    def pad(level: int) -> str:
        return "\n" + " " * (indent * level) if nl and indent is not None else ""

    while stack:
        item, level, literal = stack.pop()
        if literal:
            out.append(str(item))
            continue
        if isinstance(item, dict):
            if not item:
                out.append("{}")
                continue
            parts: list[tuple[object, int, bool]] = [("{", level, True)]
            for i, (key, val) in enumerate(item.items()):
                sep = "," if i else ""
                parts.append((sep + pad(level + 1) + json.dumps(str(key), ensure_ascii=False) + ": ", level, True))
                parts.append((val, level + 1, False))
            parts.append((pad(level) + "}", level, True))
            stack.extend(reversed(parts))
        elif isinstance(item, list | tuple):
            if not item:
                out.append("[]")
                continue
            parts = [("[", level, True)]
            for i, val in enumerate(item):
                parts.append((("," if i else "") + pad(level + 1), level, True))
                parts.append((val, level + 1, False))
            parts.append((pad(level) + "]", level, True))
            stack.extend(reversed(parts))
        else:
            out.append(json.dumps(item, ensure_ascii=False))
    return "".join(out)
