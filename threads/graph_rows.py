"""The input shape of the argument graph: one flat row per comment.

The app reads comments from the database and the bench generates them; both hand the graph plain
rows rather than ORM objects or nested parser output, so the graph code never imports either.
Scraped pages arrive as a `ParsedArticle` tree and are flattened here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from threads.model import ParsedArticle, walk


@dataclass(frozen=True, slots=True)
class CommentRow:
    id: str
    thread_id: str
    parent_id: str | None
    author_id: str | None
    author_name: str | None
    body: str
    created_at: datetime | None = None
    toxicity: float | None = None
    insult: float | None = None
    # A moderation decision removed the comment; counted as an offence in the per-author stats.
    removed: bool = False


def path_label(path: tuple[int, ...]) -> str:
    """1-based dotted label ("12.2" = second reply under top-level 12), as a reader counts them.

    Evidence in reports quotes these ids, so they should match the numbers printed on the page.
    """
    return ".".join(str(i + 1) for i in path)


def comment_id(thread_id: str, path: tuple[int, ...]) -> str:
    return f"{thread_id}:{path_label(path)}"


def rows_from_article(article: ParsedArticle, thread_id: str) -> list[CommentRow]:
    """Flatten a parsed page into rows, parents before children (page order).

    Scraped comments have no ids, so the id is the comment's position in the tree. Sources that do
    carry ids and authors (webhooks, exports) keep their author fields; the comment id stays
    positional so that one article's rows are always addressed the same way.
    """
    rows: list[CommentRow] = []
    for path, comment in walk(article.comments):
        parent = comment_id(thread_id, path[:-1]) if len(path) > 1 else None
        rows.append(
            CommentRow(
                id=comment_id(thread_id, path),
                thread_id=thread_id,
                parent_id=parent,
                author_id=comment.author_external_id,
                author_name=comment.author_name,
                body=comment.body,
                created_at=comment.created_at,
            )
        )
    return rows
