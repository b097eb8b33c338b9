"""Indexes the moderator queue needs beyond the base schema (migration 0002_queue).

They live beside the tables rather than in them so that the queue feature owns its own schema:
each one matches an ORDER BY of a queue, so listing a page is an index walk, not a sort.
"""

from __future__ import annotations

from sqlalchemy import Index

from app.models.threads import Comment

# Needs review / Escalated: priority (highest first), then oldest queued first.
ix_comments_review_order = Index(
    "ix_comments_review_order", Comment.review_state, Comment.priority.desc(), Comment.queued_at, Comment.id
)
# Recently decided.
ix_comments_decided_at = Index("ix_comments_decided_at", Comment.decided_at)
# Reported: only rows with flags are interesting, most-flagged first.
ix_comments_flag_count = Index("ix_comments_flag_count", Comment.flag_count, Comment.id)
# Held: oldest held first.
ix_comments_status_queued = Index("ix_comments_status_queued", Comment.status, Comment.queued_at, Comment.id)
# Per-article filters on a queue.
ix_comments_article_review = Index("ix_comments_article_review", Comment.article_id, Comment.review_state)
# Author history on every queue item (comments, decided, removed): answered from the index alone.
ix_comments_author_history = Index("ix_comments_author_history", Comment.author_id, Comment.status, Comment.decided_at)
