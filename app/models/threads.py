"""Sources, articles, authors and comments: the reply trees everything else hangs off."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.extensions import db
from app.models.base import UTCDateTime, utcnow

# Each level of a comment's materialised path is its sibling position, zero-padded so that string
# order is tree order: "000003/000000/" is the first reply to the fourth top-level comment.
PATH_WIDTH = 6
PATH_SEP = "/"


def path_segment(position: int) -> str:
    return f"{position:0{PATH_WIDTH}d}{PATH_SEP}"


def ancestor_paths(path: str) -> list[str]:
    """Every proper prefix of a path, so ancestors are one `path IN (...)` indexed query."""
    step = PATH_WIDTH + len(PATH_SEP)
    return [path[:i] for i in range(step, len(path), step)]


class CommentStatus(StrEnum):
    VISIBLE = "visible"
    HELD = "held"
    REMOVED = "removed"
    DELETED = "deleted"  # deleted at the source (e.g. by its author); the row stays


class ScoreState(StrEnum):
    PENDING = "pending"
    SCORED = "scored"
    FAILED = "failed"


class ReviewState(StrEnum):
    UNREVIEWED = "unreviewed"  # not scored yet, or approved by policy without a human
    NEEDS_REVIEW = "needs_review"
    ESCALATED = "escalated"
    DEFERRED = "deferred"
    DECIDED = "decided"


class Source(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(32), default="scraped")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    articles: Mapped[list[Article]] = relationship(back_populates="source")


class Article(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "articles"
    __table_args__ = (
        UniqueConstraint("source_id", "external_id"),
        Index("ix_articles_source_published", "source_id", "published_at"),
        Index("ix_articles_content_hash", "content_hash"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"))
    external_id: Mapped[str | None] = mapped_column(String(255))
    url: Mapped[str | None] = mapped_column(String(2048), index=True)
    title: Mapped[str] = mapped_column(Text)
    byline: Mapped[str | None] = mapped_column(String(255))
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    body: Mapped[str] = mapped_column(Text, default="")
    content_hash: Mapped[str] = mapped_column(String(64))
    # MinHash signature of the body, for near-duplicate detection across sources.
    minhash: Mapped[list[int] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    source: Mapped[Source] = relationship(back_populates="articles")


class ArticleLink(db.Model):  # type: ignore[name-defined,misc]
    """A detected relation between two articles (near-duplicate stories). Stored once, lower id first."""

    __tablename__ = "article_links"
    __table_args__ = (UniqueConstraint("article_id", "other_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)
    other_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32), default="near_duplicate")
    similarity: Mapped[float]
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Author(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "authors"
    __table_args__ = (UniqueConstraint("source_id", "external_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"))
    external_id: Mapped[str | None] = mapped_column(String(255))
    display_name: Mapped[str] = mapped_column(String(255), index=True)
    # Moderation standing: active, warned, suspended, banned. New comments of suspended or banned
    # authors are held automatically.
    standing: Mapped[str] = mapped_column(String(16), default="active")
    suspended_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    aliases: Mapped[list[AuthorAlias]] = relationship(back_populates="author", cascade="all, delete-orphan")


class AuthorAlias(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "author_aliases"
    __table_args__ = (UniqueConstraint("author_id", "alias"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("authors.id"))
    alias: Mapped[str] = mapped_column(String(255), index=True)

    author: Mapped[Author] = relationship(back_populates="aliases")


class Comment(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "comments"
    __table_args__ = (
        UniqueConstraint("article_id", "external_id"),
        # children of a comment, in order
        Index("ix_comments_parent_position", "parent_id", "position"),
        # comments of an article in tree order; subtree = path prefix range
        Index("ix_comments_article_path", "article_id", "path"),
        Index("ix_comments_author_created", "author_id", "created_at"),
        Index("ix_comments_status_created", "status", "created_at"),
        Index("ix_comments_score_state", "score_state", "id"),
        Index("ix_comments_review_queue", "review_state", "priority", "queued_at"),
        Index("ix_comments_content_hash", "content_hash"),
        Index("ix_comments_orphans", "article_id", "parent_external_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("comments.id"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("authors.id"))
    external_id: Mapped[str | None] = mapped_column(String(255))
    # Set while a reply's parent has not arrived yet (out-of-order webhooks); cleared on linking.
    parent_external_id: Mapped[str | None] = mapped_column(String(255))
    position: Mapped[int] = mapped_column(Integer, default=0)
    depth: Mapped[int] = mapped_column(Integer, default=0)
    path: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    # ISO 639-1 code detected when the comment is scored; None until then or when undetermined.
    language: Mapped[str | None] = mapped_column(String(8), index=True)
    created_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    ingested_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    status: Mapped[str] = mapped_column(String(16), default=CommentStatus.VISIBLE.value)
    score_state: Mapped[str] = mapped_column(String(16), default=ScoreState.PENDING.value)
    # Worker lease for claiming pending comments in batches; expired leases are claimed again.
    lease_owner: Mapped[str | None] = mapped_column(String(64))
    lease_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    review_state: Mapped[str] = mapped_column(String(16), default=ReviewState.UNREVIEWED.value)
    priority: Mapped[int] = mapped_column(Integer, default=0)
    queued_rule: Mapped[str | None] = mapped_column(String(64))
    queued_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    flag_count: Mapped[int] = mapped_column(Integer, default=0)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # Optimistic concurrency: every decision is a conditional UPDATE ... WHERE version = :seen.
    version: Mapped[int] = mapped_column(Integer, default=1)

    article: Mapped[Article] = relationship()
    author: Mapped[Author | None] = relationship()
    parent: Mapped[Comment | None] = relationship(remote_side=[id])
