"""Storing a parsed article and its reply tree, idempotently.

Re-ingesting the same page must not duplicate anything: the article is found again by its
external id (or URL, or content hash), comments by their external id or, for scraped pages that
have none, by their position in the tree. Changed text is updated in place and queued for
re-scoring; nothing is ever deleted here.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Article, ArticleLink, Author, Comment, ScoreState, Source
from app.models.threads import path_segment
from app.services.live_ingest import find_or_create_author, link_waiting_replies, next_position
from threads.model import ParsedArticle, ParsedComment, content_hash
from threads.neardup import article_signature, estimate_similarity, is_near_duplicate

log = logging.getLogger(__name__)


@dataclass
class IngestResult:
    article_id: int
    outcome: str  # "new" | "updated" | "unchanged"
    comments_total: int = 0
    comments_new: int = 0
    comments_updated: int = 0
    comments_unchanged: int = 0
    article_fields_changed: list[str] = field(default_factory=list)
    near_duplicates: list[tuple[int, float]] = field(default_factory=list)
    replies_linked: int = 0  # replies moved under a comment stored from another page of the thread

    def summary(self) -> str:
        parts = [
            f"{self.outcome}",
            f"{self.comments_total} comments",
            f"{self.comments_new} new",
            f"{self.comments_updated} updated",
        ]
        if self.article_fields_changed:
            parts.append("article fields changed: " + ", ".join(self.article_fields_changed))
        if self.replies_linked:
            parts.append(f"{self.replies_linked} replies linked to comments on other pages")
        if self.near_duplicates:
            parts.append(
                "near-duplicate of " + ", ".join(f"#{aid} ({sim:.2f})" for aid, sim in self.near_duplicates)
            )
        return "; ".join(parts)


def _find_article(session: Session, source: Source, parsed: ParsedArticle, external_id: str | None) -> Article | None:
    if external_id:
        return session.scalar(
            select(Article).where(Article.source_id == source.id, Article.external_id == external_id)
        )
    if parsed.url:
        return session.scalar(select(Article).where(Article.source_id == source.id, Article.url == parsed.url))
    return session.scalar(
        select(Article).where(Article.source_id == source.id, Article.content_hash == parsed.content_hash)
    )


def _apply_article_fields(article: Article, parsed: ParsedArticle) -> list[str]:
    changed: list[str] = []
    wanted = {
        "title": parsed.title,
        "body": parsed.body,
        "byline": parsed.byline,
        "url": parsed.url,
        "published_at": parsed.published_at,
        "content_hash": parsed.content_hash,
    }
    for name, value in wanted.items():
        if value is None and name in {"url", "published_at", "byline"}:
            continue  # a source that omits a field does not erase what another told us
        if getattr(article, name) != value:
            setattr(article, name, value)
            changed.append(name)
    return changed


def ingest_article(
    session: Session,
    parsed: ParsedArticle,
    *,
    source: Source,
    actor: str,
    external_id: str | None = None,
) -> IngestResult:
    external_id = external_id or parsed.external_id
    article = _find_article(session, source, parsed, external_id)
    if article is None:
        article = Article(source=source, external_id=external_id, title=parsed.title, body=parsed.body,
                          byline=parsed.byline, url=parsed.url, published_at=parsed.published_at,
                          content_hash=parsed.content_hash)
        session.add(article)
        session.flush()
        result = IngestResult(article_id=article.id, outcome="new")
        fields_changed = ["title", "body"]
    else:
        fields_changed = _apply_article_fields(article, parsed)
        result = IngestResult(article_id=article.id, outcome="updated" if fields_changed else "unchanged",
                              article_fields_changed=fields_changed)

    _upsert_comments(session, article, parsed.comments, result)
    if result.outcome == "unchanged" and (result.comments_new or result.comments_updated):
        result.outcome = "updated"
    if "body" in fields_changed or article.minhash is None:
        article.minhash = article_signature(parsed.title + "\n" + parsed.body)
        result.near_duplicates = link_near_duplicates(session, article)
    session.flush()
    log.debug("ingested article %s by %s: %s", article.id, actor, result.summary())
    return result


def _upsert_comments(session: Session, article: Article, roots: list[ParsedComment], result: IngestResult) -> None:
    existing_by_path: dict[str, Comment] = {}
    existing_by_ext: dict[str, Comment] = {}
    if result.outcome != "new":
        for comment in session.scalars(select(Comment).where(Comment.article_id == article.id)):
            existing_by_path[comment.path] = comment
            if comment.external_id:
                existing_by_ext[comment.external_id] = comment

    # Authors the page named (HTML pages, exports) become real authors of this source; comments of
    # scraped text, which names nobody, keep author_id empty and the graph infers who is who.
    authors: dict[tuple[str | None, str | None], Author | None] = {}

    def author_of(parsed: ParsedComment) -> Author | None:
        key = (parsed.author_external_id, parsed.author_name)
        if key not in authors:
            authors[key] = find_or_create_author(session, article.source, *key)
        return authors[key]

    waiting = False  # whether a new root names its parent by id
    # Explicit stack of (parsed, parent row, parent path, depth, position); deep chains are common.
    stack: list[tuple[ParsedComment, Comment | None, str, int, int]] = [
        (c, None, "", 0, i) for i, c in reversed(list(enumerate(roots)))
    ]
    while stack:
        parsed, parent, parent_path, depth, position = stack.pop()
        path = parent_path + path_segment(position)
        digest = content_hash(parsed.body)
        row = existing_by_ext.get(parsed.external_id) if parsed.external_id else existing_by_path.get(path)
        result.comments_total += 1
        author = author_of(parsed) if parsed.author_name or parsed.author_external_id else None
        if row is None and path in existing_by_path:
            # another page of the thread, stored before: its comments hold this place; go after them
            position = next_position(session, article.id, parent.id if parent is not None else None)
            path = parent_path + path_segment(position)
        if row is None:
            row = Comment(article=article, parent=parent, external_id=parsed.external_id, position=position,
                          depth=depth, path=path, body=parsed.body, content_hash=digest,
                          author_id=author.id if author is not None else None,
                          created_at=parsed.created_at, score_state=ScoreState.PENDING.value,
                          # a root answering a comment on another page of the thread: linked below
                          parent_external_id=parsed.parent_external_id if parent is None else None)
            session.add(row)
            result.comments_new += 1
            waiting = waiting or bool(row.parent_external_id)
        else:
            changed = False
            if row.content_hash != digest or row.body != parsed.body:
                row.body = parsed.body
                row.content_hash = digest
                row.score_state = ScoreState.PENDING.value
                changed = True
            if author is not None and row.author_id != author.id:
                row.author_id = author.id
                changed = True
            if parsed.created_at is not None and row.created_at is None:
                row.created_at = parsed.created_at
                changed = True
            if changed:
                result.comments_updated += 1
            else:
                result.comments_unchanged += 1
        for i in range(len(parsed.replies) - 1, -1, -1):
            stack.append((parsed.replies[i], row, path, depth + 1, i))
    if waiting or result.comments_new:
        # Pages of one thread saved apart: a reply on page 3 to a comment on page 2 waits, as a root
        # naming its parent's id, until that comment is stored, whichever page comes first.
        session.flush()
        result.replies_linked = link_waiting_replies(session, article)


def link_near_duplicates(session: Session, article: Article) -> list[tuple[int, float]]:
    """Link this article to earlier near-duplicate stories; both are kept.

    A linear scan over stored signatures: fine for newsroom-sized archives (thousands of
    articles). An LSH index would be the next step for millions.
    """
    if article.minhash is None:
        return []
    found: list[tuple[int, float]] = []
    rows = session.execute(
        select(Article.id, Article.minhash).where(Article.id != article.id, Article.minhash.is_not(None))
    )
    for other_id, signature in rows:
        # The WHERE clause excludes NULL signatures, which the column's Optional type cannot express.
        signature = cast("list[int]", signature)
        if not is_near_duplicate(article.minhash, signature):
            continue
        similarity = estimate_similarity(article.minhash, signature)
        low, high = sorted((article.id, other_id))
        link = session.scalar(
            select(ArticleLink).where(ArticleLink.article_id == low, ArticleLink.other_id == high,
                                      ArticleLink.kind == "near_duplicate")
        )
        if link is None:
            session.add(ArticleLink(article_id=low, other_id=high, kind="near_duplicate", similarity=similarity))
        else:
            link.similarity = similarity
        found.append((other_id, similarity))
    return found
