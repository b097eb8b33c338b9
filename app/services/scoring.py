"""Scoring stored comments: claim pending ones, score them, store labels/spans/reasons, apply policy.

Claiming uses a lease so that several workers (or a worker that died mid-batch) never leave a
comment unscored or score it twice: a batch is claimed in one short transaction, scored outside
any transaction, and written back only where the lease is still ours.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from app.models import (
    DETOXIFY_LABELS,
    AuditEntry,
    Author,
    Comment,
    CommentScore,
    CommentStatus,
    IncitementCue,
    ReviewState,
    ScoreSpan,
    ScoreState,
)
from app.models.base import utcnow
from moderation.policy import Decision, Policy
from moderation.scoring import Scorer
from moderation.verdict import Analysis, analyse

log = logging.getLogger(__name__)

DEFAULT_LEASE = timedelta(minutes=10)


@dataclass
class ScoreRun:
    scored: int = 0
    reused: int = 0
    failed: int = 0
    actions: dict[str, int] = field(default_factory=dict)


def claim_batch(session: Session, *, worker: str | None = None, batch_size: int = 64,
                lease: timedelta = DEFAULT_LEASE, article_id: int | None = None) -> tuple[str, list[int]]:
    """Lease up to `batch_size` pending comments to `worker`; the caller commits the claim."""
    worker = worker or uuid.uuid4().hex
    now = utcnow()
    query = (
        select(Comment.id)
        .where(Comment.score_state == ScoreState.PENDING.value,
               or_(Comment.lease_expires_at.is_(None), Comment.lease_expires_at < now))
        .order_by(Comment.id)
        .limit(batch_size)
    )
    if article_id is not None:
        query = query.where(Comment.article_id == article_id)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    ids = list(session.scalars(query))
    if ids:
        session.execute(
            update(Comment).where(Comment.id.in_(ids))
            .values(lease_owner=worker, lease_expires_at=now + lease)
            .execution_options(synchronize_session=False)
        )
        session.flush()
    return worker, ids


def score_claimed(session: Session, scorer: Scorer, policy: Policy, worker: str, ids: Sequence[int],
                  *, actor: str = "policy") -> ScoreRun:
    """Score the leased comments and write the results where the lease is still `worker`'s."""
    run = ScoreRun()
    comments = list(session.scalars(select(Comment).where(Comment.id.in_(ids), Comment.lease_owner == worker)))
    if not comments:
        return run
    texts = [c.body for c in comments]
    analyses = analyse(scorer, policy, texts)
    for comment, analysis in zip(comments, analyses, strict=True):
        _store(session, comment, analysis, actor=actor)
        run.scored += 1
        run.actions[analysis.decision.action] = run.actions.get(analysis.decision.action, 0) + 1
    session.flush()
    return run


def _store(session: Session, comment: Comment, analysis: Analysis, *, actor: str) -> None:
    labels = analysis.labels
    text_score = analysis.text_score
    decision = analysis.decision
    worst_label = max(labels, key=lambda k: labels[k]) if labels else None
    row = session.get(CommentScore, comment.id)
    if row is None:
        row = CommentScore(comment_id=comment.id)
        session.add(row)
    row.model_identity = text_score.model_identity
    row.scored_at = utcnow()
    for label in DETOXIFY_LABELS:
        setattr(row, label, text_score.labels.get(label))
    row.incitement = analysis.incitement.score
    row.worst_label = worst_label
    row.worst_score = labels[worst_label] if worst_label else 0.0
    row.policy_action = decision.action
    row.policy_rule = decision.rule
    row.policy_priority = decision.priority

    session.execute(delete(ScoreSpan).where(ScoreSpan.comment_id == comment.id))
    session.execute(delete(IncitementCue).where(IncitementCue.comment_id == comment.id))
    for span in text_score.spans:
        session.add(ScoreSpan(comment_id=comment.id, kind=span.kind, start=span.start, end=span.end,
                              **{k: v for k, v in span.scores.items() if k in DETOXIFY_LABELS}))
    for reason in analysis.incitement.reasons:
        session.add(IncitementCue(comment_id=comment.id, cue=reason.cue, start=reason.start, end=reason.end,
                                  text=reason.text, target=reason.target))

    comment.language = analysis.language
    comment.score_state = ScoreState.SCORED.value
    comment.lease_owner = None
    comment.lease_expires_at = None
    _apply_decision(session, comment, decision, labels, actor=actor)


def _author_restricted(session: Session, comment: Comment) -> bool:
    if comment.author_id is None:
        return False
    author = session.get(Author, comment.author_id)
    if author is None:
        return False
    if author.standing == "banned":
        return True
    return author.standing == "suspended" and (author.suspended_until is None or author.suspended_until > utcnow())


def _apply_decision(session: Session, comment: Comment, decision: Decision, labels: dict[str, float],
                    *, actor: str) -> None:
    """Route a freshly scored comment. A human decision already taken is never undone by a re-score."""
    if comment.review_state == ReviewState.DECIDED.value and comment.decided_by_id is not None:
        return
    action, rule, priority = decision.action, decision.rule, decision.priority
    if _author_restricted(session, comment) and action in {"approve", "review"}:
        action, rule = "hold", "author-restricted"
    previous = comment.status
    now = utcnow()
    if action == "approve":
        comment.review_state = ReviewState.UNREVIEWED.value
        comment.queued_rule = rule
        return
    comment.queued_rule = rule
    comment.priority = priority
    comment.queued_at = comment.queued_at or now
    if action == "review":
        comment.review_state = ReviewState.NEEDS_REVIEW.value
    elif action == "hold":
        comment.review_state = ReviewState.NEEDS_REVIEW.value
        comment.status = CommentStatus.HELD.value
    elif action == "remove":
        comment.review_state = ReviewState.DECIDED.value
        comment.status = CommentStatus.REMOVED.value
        comment.decided_at = now
    comment.version += 1
    if comment.status != previous or action == "remove":
        session.add(AuditEntry(comment_id=comment.id, author_id=comment.author_id, actor_id=None,
                               actor_label=actor, action=f"policy-{action}", reason=rule, rule=rule,
                               previous_status=previous, new_status=comment.status,
                               scores={k: round(v, 6) for k, v in labels.items()}))


def mark_pending(session: Session, *, article_id: int | None = None, stale_for: str | None = None,
                 all_comments: bool = False) -> int:
    """Queue comments for (re)scoring: all, one article's, or those scored by another model."""
    query = update(Comment).values(score_state=ScoreState.PENDING.value, lease_owner=None, lease_expires_at=None)
    if stale_for is not None:
        stale_ids = select(CommentScore.comment_id).where(CommentScore.model_identity != stale_for)
        query = query.where(Comment.id.in_(stale_ids))
    elif article_id is not None:
        query = query.where(Comment.article_id == article_id)
    elif not all_comments:
        raise ValueError("say which comments to mark: article_id, stale_for or all_comments")
    result = session.execute(query.execution_options(synchronize_session=False))
    session.flush()
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
