"""The webhook's hot path: a new comment on a known article, in five round trips.

The general path (`services/live_ingest.apply_event`) loads ORM objects one lookup at a time,
which is right for edits, deletes, flags and imports but costs ten round trips per delivery.
Almost every delivery is a brand-new comment, so this path looks up everything it needs in one
statement (duplicate event, article, existing comment, parent, author, next sibling position,
waiting replies), then inserts with Core. Anything unusual (unknown article, existing comment)
returns None and the caller takes the general path in the same transaction.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import BindParameter, Select, bindparam, func, insert, select, text
from sqlalchemy.orm import Session

from app.models import Article, AuditEntry, Author, Comment, CommentStatus, ReviewState, ScoreState
from app.models.base import utcnow
from app.models.live import WebhookEvent
from app.models.threads import path_segment
from app.services.live_ingest import RESTRICTED_RULE, _link_orphans
from threads.events import EventKind, LiveEvent
from threads.model import content_hash


@dataclass
class FastResult:
    duplicate_of: tuple[int | None, int | None] | None  # (comment id, article id) of an earlier delivery
    article_id: int | None = None
    comment_id: int | None = None
    outcome: str = "new"


def lock_article_key(session: Session, source_id: int, article_external_id: str) -> None:
    """Serialise position allocation per article on PostgreSQL. An advisory lock keyed on the
    article's identity works before the row exists; it is released at commit."""
    if session.get_bind().dialect.name != "postgresql":
        return
    digest = hashlib.blake2b(f"{source_id}:{article_external_id}".encode(), digest_size=8).digest()
    session.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                    {"key": int.from_bytes(digest, "big", signed=True)})


def try_fast_create(session: Session, source_id: int, event: LiveEvent, raw_body: bytes,
                    actor: str) -> FastResult | None:
    if event.kind is not EventKind.COMMENT_CREATED or event.comment is None or not event.comment.external_id:
        return None
    parsed = event.comment
    if event.source_status is not None:
        return None  # a source-side status (held, deleted): the general path handles it
    meta = event.article
    if meta is not None and (meta.body or meta.byline or meta.published_at):
        return None  # article fields to compare and update: the general path
    author_key = parsed.author_external_id or (f"name:{parsed.author_name}" if parsed.author_name else None)
    lock_article_key(session, source_id, event.article_external_id)
    row = session.execute(_lookup(parsed.parent_external_id is not None), {
        "source_id": source_id, "article_ext": event.article_external_id, "event_id": event.event_id,
        "comment_ext": parsed.external_id, "parent_ext": parsed.parent_external_id, "author_key": author_key,
    }).one()
    (dup, art_id, art_title, art_url, existing, par_id, par_depth, par_path, auth_id, standing, suspended_until, auth_name,
     max_pos, waiting) = row
    c, au, we = Comment.__table__, Author.__table__, WebhookEvent.__table__
    if dup is not None:
        seen = session.execute(select(we.c.comment_id, we.c.article_id).where(we.c.id == dup)).one()
        return FastResult(duplicate_of=(seen[0], seen[1]))
    if art_id is None or existing is not None:
        return None
    if meta is not None and (meta.title != art_title or (meta.url is not None and meta.url != art_url)):
        return None  # the event renames the article: the general path updates it
    if parsed.parent_external_id is not None and par_id is None:
        # the parent has not arrived: this reply waits as a root; recompute the root slot
        max_pos = session.scalar(select(func.max(c.c.position)).where(c.c.article_id == art_id,
                                                                       c.c.parent_id.is_(None)))
    if author_key is not None and auth_id is None:
        auth_id = session.execute(insert(au).values(source_id=source_id, external_id=author_key,
                                                    display_name=parsed.author_name or author_key)
                                  .returning(au.c.id)).scalar_one()
    elif auth_id is not None and parsed.author_name and auth_name != parsed.author_name:
        session.execute(au.update().where(au.c.id == auth_id).values(display_name=parsed.author_name))
    if suspended_until is not None and suspended_until.tzinfo is None:
        suspended_until = suspended_until.replace(tzinfo=utcnow().tzinfo)
    restricted = standing == "banned" or (standing == "suspended" and (suspended_until is None
                                                                         or suspended_until > utcnow()))
    position = 0 if max_pos is None else int(max_pos) + 1
    linked = par_id is not None
    values = dict(article_id=art_id, parent_id=par_id if linked else None, author_id=auth_id,
                  external_id=parsed.external_id,
                  parent_external_id=None if linked else parsed.parent_external_id,
                  position=position, depth=(par_depth + 1) if linked else 0,
                  path=(par_path if linked else "") + path_segment(position), body=parsed.body,
                  content_hash=content_hash(parsed.body), created_at=parsed.created_at,
                  status=CommentStatus.VISIBLE.value, score_state=ScoreState.PENDING.value,
                  review_state=ReviewState.UNREVIEWED.value, priority=0, flag_count=0, version=1)
    if restricted:
        values.update(status=CommentStatus.HELD.value, review_state=ReviewState.NEEDS_REVIEW.value,
                      queued_rule=RESTRICTED_RULE, queued_at=utcnow())
    comment_id = session.execute(insert(c).values(**values).returning(c.c.id)).scalar_one()
    if restricted:
        session.add(AuditEntry(comment_id=comment_id, author_id=auth_id, actor_id=None, actor_label=actor,
                               action="policy-hold", reason=RESTRICTED_RULE, rule=RESTRICTED_RULE,
                               previous_status=CommentStatus.VISIBLE.value, new_status=CommentStatus.HELD.value))
    if waiting:
        new_row = session.get(Comment, comment_id)
        assert new_row is not None
        _link_orphans(session, new_row)
    session.execute(insert(we).values(source_id=source_id, event_id=event.event_id, event_type=event.kind.value,
                                      raw_body=raw_body, article_id=art_id, comment_id=comment_id, outcome="new"))
    return FastResult(duplicate_of=None, article_id=art_id, comment_id=comment_id)


@lru_cache(maxsize=2)
def _lookup(has_parent: bool) -> Select[Any]:
    """Built once per process: constructing this statement costs more than running it."""
    a, c, au, we = Article.__table__, Comment.__table__, Author.__table__, WebhookEvent.__table__
    p = c.alias("p")
    source_id: BindParameter[Any] = bindparam("source_id")
    article_ext: BindParameter[Any] = bindparam("article_ext")
    comment_ext: BindParameter[Any] = bindparam("comment_ext")
    parent_ext: BindParameter[Any] = bindparam("parent_ext")
    author_key: BindParameter[Any] = bindparam("author_key")
    article_id = select(a.c.id).where(a.c.source_id == source_id, a.c.external_id == article_ext).scalar_subquery()

    def parent_col(col: str) -> Any:
        return select(p.c[col]).where(p.c.article_id == article_id, p.c.external_id == parent_ext).scalar_subquery()

    def author_col(col: str) -> Any:
        return select(au.c[col]).where(au.c.source_id == source_id, au.c.external_id == author_key).scalar_subquery()

    siblings = c.c.parent_id == parent_col("id") if has_parent else c.c.parent_id.is_(None)
    return select(
        select(we.c.id).where(we.c.source_id == source_id, we.c.event_id == bindparam("event_id")).scalar_subquery(),
        article_id,
        select(a.c.title).where(a.c.id == article_id).scalar_subquery(),
        select(a.c.url).where(a.c.id == article_id).scalar_subquery(),
        select(c.c.id).where(c.c.article_id == article_id, c.c.external_id == comment_ext).scalar_subquery(),
        parent_col("id"), parent_col("depth"), parent_col("path"),
        author_col("id"), author_col("standing"), author_col("suspended_until"), author_col("display_name"),
        select(func.max(c.c.position)).where(c.c.article_id == article_id, siblings).scalar_subquery(),
        select(func.count(c.c.id)).where(c.c.article_id == article_id,
                                         c.c.parent_external_id == comment_ext).scalar_subquery(),
    )
