"""Storing flat events (webhooks, export rows) one comment or article at a time.

Unlike `ingest.py`, which stores a whole scraped tree, events name their parent by external id and
may arrive before it. Such a reply is kept as a temporary root with `parent_external_id` set; when
the parent arrives, the reply and its whole subtree move under it (parent, depth, path).
Nothing is deleted: a deletion at the source is a status.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    Article,
    AuditEntry,
    Author,
    Comment,
    CommentStatus,
    Flag,
    ReviewState,
    ScoreState,
    Source,
)
from app.models.base import utcnow
from app.models.threads import path_segment
from threads.events import EventError, EventKind, LiveEvent
from threads.model import ParsedArticle, ParsedComment, content_hash

log = logging.getLogger(__name__)

RESTRICTED_RULE = "author-restricted"


@dataclass
class ApplyResult:
    outcome: str  # new | updated | unchanged | deleted | flagged
    article_id: int
    comment_id: int | None = None


def upsert_article(session: Session, source: Source, external_id: str,
                   parsed: ParsedArticle | None = None, *, lock: bool = False) -> tuple[Article, str]:
    """Find the source's article by external id, creating a placeholder if a comment came first.

    With `lock`, the article row is locked on PostgreSQL (in the same round trip) so that sibling
    positions are allocated one writer at a time per article; SQLite has a single writer anyway.
    """
    query = select(Article).where(Article.source_id == source.id, Article.external_id == external_id)
    if lock and session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    article = session.scalar(query)
    if article is None:
        title = parsed.title if parsed else f"{source.slug} article {external_id}"
        body = parsed.body if parsed else ""
        article = Article(source_id=source.id, external_id=external_id, title=title, body=body,
                          url=parsed.url if parsed else None, byline=parsed.byline if parsed else None,
                          published_at=parsed.published_at if parsed else None,
                          content_hash=content_hash(title + "\n\n" + body))
        session.add(article)
        session.flush()
        return article, "new"
    if parsed is None:
        return article, "unchanged"
    changed = False
    for name in ("title", "body", "url", "byline", "published_at"):
        value = getattr(parsed, name)
        if value in (None, "") and name != "title":
            continue  # an event that omits a field does not erase it
        if getattr(article, name) != value:
            setattr(article, name, value)
            changed = True
    if changed:
        article.content_hash = content_hash(article.title + "\n\n" + article.body)
    return article, "updated" if changed else "unchanged"


def find_or_create_author(session: Session, source: Source, external_id: str | None,
                          name: str | None) -> Author | None:
    if not external_id and not name:
        return None
    key = external_id or f"name:{name}"
    author = session.scalar(select(Author).where(Author.source_id == source.id, Author.external_id == key))
    if author is None:
        author = Author(source_id=source.id, external_id=key, display_name=name or key)
        session.add(author)
        session.flush()
    elif name and author.display_name != name:
        author.display_name = name
    return author


def _restricted(author: Author | None) -> bool:
    if author is None:
        return False
    if author.standing == "banned":
        return True
    return author.standing == "suspended" and (author.suspended_until is None or author.suspended_until > utcnow())


def next_position(session: Session, article_id: int, parent_id: int | None) -> int:
    """The next free place among a parent's replies (or the article's roots)."""
    parent_clause = Comment.parent_id.is_(None) if parent_id is None else Comment.parent_id == parent_id
    current = session.scalar(
        select(func.max(Comment.position)).where(Comment.article_id == article_id, parent_clause)
    )
    return 0 if current is None else int(current) + 1


def _slot(session: Session, article_id: int, parent_id: int | None, external_id: str) -> tuple[int, bool]:
    """Next sibling position under `parent_id`, and whether replies naming `external_id` are
    waiting for it: one round trip on the webhook's hot path."""
    parent_clause = Comment.parent_id.is_(None) if parent_id is None else Comment.parent_id == parent_id
    current, waiting = session.execute(
        select(func.max(Comment.position).filter(parent_clause),
               func.count(Comment.id).filter(Comment.parent_external_id == external_id))
        .where(Comment.article_id == article_id)
    ).one()
    return (0 if current is None else int(current) + 1), bool(waiting)


def _find_comment(session: Session, article: Article, external_id: str) -> Comment | None:
    return session.scalar(
        select(Comment).where(Comment.article_id == article.id, Comment.external_id == external_id)
    )


def link_waiting_replies(session: Session, article: Article) -> int:
    """Move every reply of ``article`` that waits for a parent already stored under it: one query
    for the waiting roots (the orphans' index), one per parent they name."""
    named = {name for name in session.scalars(
        select(Comment.parent_external_id).where(Comment.article_id == article.id, Comment.parent_id.is_(None),
                                                 Comment.parent_external_id.is_not(None))
    ) if name}
    linked = 0
    for external_id in sorted(named):
        parent = _find_comment(session, article, external_id)
        if parent is not None:
            linked += _link_orphans(session, parent)
    return linked


def _link_orphans(session: Session, parent: Comment) -> int:
    """Move replies that arrived before `parent` (and their subtrees) under it."""
    if not parent.external_id:
        return 0
    orphans = list(session.scalars(
        select(Comment).where(Comment.article_id == parent.article_id, Comment.parent_id.is_(None),
                              Comment.parent_external_id == parent.external_id, Comment.id != parent.id)
        .order_by(Comment.created_at, Comment.id)
    ))
    for orphan in orphans:
        old_path, old_depth = orphan.path, orphan.depth
        if parent.path.startswith(old_path):
            log.warning("comment %s names its own descendant %s as parent; left as a root",
                        orphan.external_id, parent.external_id)
            continue
        orphan.position = next_position(session, parent.article_id, parent.id)
        orphan.parent_id = parent.id
        orphan.parent_external_id = None
        orphan.depth = parent.depth + 1
        orphan.path = parent.path + path_segment(orphan.position)
        shift = orphan.depth - old_depth
        subtree = session.scalars(
            select(Comment).where(Comment.article_id == parent.article_id, Comment.path.startswith(old_path),
                                  Comment.id != orphan.id)
        )
        for row in subtree:
            row.path = orphan.path + row.path[len(old_path):]
            row.depth += shift
        session.flush()
    return len(orphans)


def upsert_comment(session: Session, source: Source, article: Article, parsed: ParsedComment, *,
                   source_status: str | None = None, actor: str) -> tuple[Comment, str]:
    """Create or update one comment; returns (row, new | updated | unchanged | deleted)."""
    if not parsed.external_id:
        raise EventError("comment.id", "a live comment needs an external id")
    row = _find_comment(session, article, parsed.external_id)
    author = find_or_create_author(session, source, parsed.author_external_id, parsed.author_name)
    digest = content_hash(parsed.body)
    if row is None:
        parent = None
        if parsed.parent_external_id:
            parent = _find_comment(session, article, parsed.parent_external_id)
        row = Comment(article_id=article.id, parent_id=parent.id if parent else None,
                      author_id=author.id if author else None, external_id=parsed.external_id,
                      parent_external_id=parsed.parent_external_id if parent is None else None,
                      body=parsed.body, content_hash=digest, created_at=parsed.created_at,
                      status=CommentStatus.VISIBLE.value, score_state=ScoreState.PENDING.value,
                      review_state=ReviewState.UNREVIEWED.value, priority=0, flag_count=0, version=1)
        row.position, orphans_waiting = _slot(session, article.id, parent.id if parent else None, parsed.external_id)
        row.depth = parent.depth + 1 if parent else 0
        row.path = (parent.path if parent else "") + path_segment(row.position)
        if source_status == "deleted":
            row.status = CommentStatus.DELETED.value
        elif source_status == "held" or _restricted(author):
            _hold(session, row, RESTRICTED_RULE if _restricted(author) else "source-held", actor=actor)
        session.add(row)
        session.flush()
        if orphans_waiting:
            _link_orphans(session, row)
        return row, "deleted" if row.status == CommentStatus.DELETED.value else "new"

    outcome = "unchanged"
    if source_status == "deleted":
        if row.status != CommentStatus.DELETED.value:
            row.status = CommentStatus.DELETED.value
            outcome = "deleted"
        return row, outcome
    if parsed.body and (row.content_hash != digest or row.body != parsed.body):
        row.body = parsed.body
        row.content_hash = digest
        row.score_state = ScoreState.PENDING.value  # edits re-score
        row.lease_owner = None
        row.lease_expires_at = None
        outcome = "updated"
    if author is not None and row.author_id is None:
        row.author_id = author.id
        outcome = "updated"
    if parsed.created_at is not None and row.created_at is None:
        row.created_at = parsed.created_at
    return row, outcome


def _hold(session: Session, comment: Comment, rule: str, *, actor: str) -> None:
    comment.status = CommentStatus.HELD.value
    comment.review_state = ReviewState.NEEDS_REVIEW.value
    comment.queued_rule = rule
    comment.queued_at = utcnow()
    log.info("holding new comment %s from %s (%s)", comment.external_id, actor, rule)


def apply_event(session: Session, source: Source, event: LiveEvent, *, actor: str) -> ApplyResult:
    """Apply one event. Flushes, never commits: the caller writes its event log row in the same
    transaction and commits both."""
    article, article_outcome = upsert_article(session, source, event.article_external_id, event.article,
                                              lock=event.kind is not EventKind.ARTICLE_CREATED)
    if event.kind is EventKind.ARTICLE_CREATED:
        return ApplyResult(article_outcome, article.id)
    if event.comment is None or not event.comment.external_id:
        raise EventError("comment.id", f"required for {event.kind.value}")
    if event.kind is EventKind.FLAG_REPORTED:
        comment = _find_comment(session, article, event.comment.external_id)
        if comment is None:
            raise EventError("comment.id", f"unknown comment {event.comment.external_id!r} on this article")
        comment.flag_count = (comment.flag_count or 0) + 1
        session.add(Flag(comment_id=comment.id, reason=event.flag_reason, reporter=event.flag_reporter))
        session.flush()
        return ApplyResult("flagged", article.id, comment.id)
    status = "deleted" if event.kind is EventKind.COMMENT_DELETED else event.source_status
    comment, outcome = upsert_comment(session, source, article, event.comment, source_status=status, actor=actor)
    if outcome == "new" and comment.status == CommentStatus.HELD.value and comment.queued_rule == RESTRICTED_RULE:
        session.add(AuditEntry(comment_id=comment.id, author_id=comment.author_id, actor_id=None, actor_label=actor,
                               action="policy-hold", reason=RESTRICTED_RULE, rule=RESTRICTED_RULE,
                               previous_status=CommentStatus.VISIBLE.value, new_status=CommentStatus.HELD.value))
    session.flush()
    return ApplyResult(outcome, article.id, comment.id)
