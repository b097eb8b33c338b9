"""What a moderator sees around each queued comment, fetched in a handful of batched queries.

A page of 50 items must not cost 50 x (parent + replies + spans + history) round trips, so every
lookup here takes the whole page's ids at once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Row, case, func, select
from sqlalchemy.orm import Session

from app.models import (
    DETOXIFY_LABELS,
    Article,
    Author,
    Comment,
    CommentScore,
    CommentStatus,
    IncitementCue,
    ScoreSpan,
)

HIGHLIGHT_THRESHOLD = 0.5
FIRST_REPLIES = 3
# Words moderators use for each label, in the queue's reason line and highlight tags.
LABEL_WORDS = {
    "incitement": "calls for violence",
    "threat": "threat",
    "severe_toxicity": "severe toxicity",
    "identity_attack": "identity attack",
    "insult": "insult",
    "toxicity": "toxic language",
    "obscene": "obscenity",
    "sexual_explicit": "sexually explicit",
}
STATE_WORDS = {
    ("held", "needs_review"): "Held, waiting for review",
    ("visible", "needs_review"): "Waiting for review",
    ("visible", "escalated"): "Escalated to an admin",
    ("held", "escalated"): "Held and escalated to an admin",
    ("removed", "decided"): "Removed",
    ("visible", "decided"): "Approved",
    ("removed", "escalated"): "Removed, escalated to an admin",
    ("visible", "deferred"): "Deferred",
    ("held", "deferred"): "Held, deferred",
    ("removed", "unreviewed"): "Removed by a rule",
    ("held", "decided"): "Held",
    ("held", "unreviewed"): "Held by a rule",
    ("visible", "unreviewed"): "Published",
}


def state_words(status: str, review_state: str) -> str:
    """'Held, waiting for review', 'Approved', 'Deleted at the source', ... for a status pair: the
    one wording the queue, the thread view and the author pages share."""
    if status == "deleted":
        return "Deleted at the source"
    found = STATE_WORDS.get((status, review_state))
    return found or f"{status}, {review_state.replace('_', ' ')}".capitalize()


def label_words(label: str) -> str:
    return LABEL_WORDS.get(label, label.replace("_", " "))


@dataclass
class Segment:
    """A slice of the raw body; templates escape it. `label` is set where the slice drove a rule."""

    text: str
    label: str | None = None
    score: float = 0.0

    @property
    def words(self) -> str:
        return label_words(self.label) if self.label else ""


@dataclass
class AuthorHistory:
    comments: int = 0
    decided: int = 0
    removed: int = 0

    @property
    def removal_rate(self) -> float:
        return self.removed / self.decided if self.decided else 0.0


@dataclass
class ItemContext:
    comment: Comment
    score: CommentScore | None
    article: Article | None
    author: Author | None
    segments: list[Segment]
    cues: list[IncitementCue] = field(default_factory=list)
    parent: Comment | None = None
    replies: list[Comment] = field(default_factory=list)
    history: AuthorHistory = field(default_factory=AuthorHistory)
    thresholds: dict[str, float] = field(default_factory=dict)  # the policy's review threshold per label

    def over(self, label: str, value: float) -> bool:
        return value >= self.thresholds.get(label, HIGHLIGHT_THRESHOLD)

    @property
    def labels(self) -> dict[str, float]:
        return self.score.label_scores() if self.score else {}

    @property
    def ordered_labels(self) -> list[tuple[str, float]]:
        """The label that queued the comment first, then the rest from highest score down."""
        labels = self.labels
        first = self.reason_label
        return sorted(labels.items(), key=lambda kv: (kv[0] != first, -kv[1]))

    @property
    def reason_label(self) -> str | None:
        rule = self.comment.queued_rule or (self.score.policy_rule if self.score else None) or ""
        return next((label for label in LABEL_WORDS if rule.startswith(label.replace("_", "-"))), None)

    @property
    def reason_line(self) -> str:
        """One plain line first: what happened, why, how sure, and the rule (its name, for the audit)."""
        c = self.comment
        state = state_words(c.status, c.review_state)
        rule = c.queued_rule or (self.score.policy_rule if self.score else None)
        label = self.reason_label
        if label is not None and label in self.labels:
            return f"{state}: {label_words(label)}, {self.labels[label]:.2f}; rule {rule}"
        if rule == "language-not-covered":
            return f"{state}: no model covers this comment's language; rule {rule}"
        if rule == "not-fully-scored":
            return f"{state}: too long to score in full; rule {rule}"
        return f"{state}; rule {rule}" if rule else state


def highlight(body: str, spans: list[ScoreSpan], thresholds: dict[str, float] | None = None,
              flagged: Sequence[tuple[int, int, float]] = ()) -> list[Segment]:
    """Split the body into plain and highlighted slices: every sentence whose score reached the rule
    threshold of its label (`thresholds`, the policy's; 0.5 for a label without one), and every
    sentence the incitement model flagged (`flagged`: start, end, score), which wins an overlap."""
    thresholds = thresholds or {}
    marked: list[tuple[int, int, str, float]] = [
        (max(0, a), min(len(body), b), "incitement", value) for a, b, value in sorted(flagged) if a < b
    ]
    for span in sorted(spans, key=lambda s: s.start):
        best_label, best = None, 0.0
        for label in DETOXIFY_LABELS:
            value = getattr(span, label)
            if value is not None and value >= thresholds.get(label, HIGHLIGHT_THRESHOLD) and value > best:
                best_label, best = label, float(value)
        start, end = max(0, span.start), min(len(body), span.end)
        if best_label and start < end and not any(start < b and a < end for a, b, _, _ in marked):
            marked.append((start, end, best_label, best))
    marked.sort()
    kept: list[tuple[int, int, str, float]] = []
    for item in marked:
        if not kept or item[0] >= kept[-1][1]:
            kept.append(item)
    marked = kept
    out: list[Segment] = []
    pos = 0
    for start, end, label, value in marked:
        if start > pos:
            out.append(Segment(body[pos:start]))
        out.append(Segment(body[start:end], label, value))
        pos = end
    if pos < len(body) or not out:
        out.append(Segment(body[pos:]))
    return out


def author_histories(session: Session, author_ids: set[int]) -> dict[int, AuthorHistory]:
    if not author_ids:
        return {}
    rows = session.execute(
        select(Comment.author_id, func.count(),
               func.sum(case((Comment.decided_at.is_not(None), 1), else_=0)),
               func.sum(case((Comment.status == CommentStatus.REMOVED.value, 1), else_=0)))
        .where(Comment.author_id.in_(author_ids)).group_by(Comment.author_id)
    )
    return {int(a): AuthorHistory(int(n), int(d or 0), int(r or 0)) for a, n, d, r in rows}


def build_context(session: Session, rows: list[tuple[Comment, CommentScore | None]], *,
                  with_thread: bool = True, thresholds: dict[str, float] | None = None) -> list[ItemContext]:
    """`thresholds`: the policy's review threshold per label, for the highlights."""
    if not rows:
        return []
    ids = [c.id for c, _ in rows]
    spans: dict[int, list[ScoreSpan]] = defaultdict(list)
    for span in session.scalars(select(ScoreSpan).where(ScoreSpan.comment_id.in_(ids))):
        spans[span.comment_id].append(span)
    cues: dict[int, list[IncitementCue]] = defaultdict(list)
    for cue in session.scalars(select(IncitementCue).where(IncitementCue.comment_id.in_(ids))):
        cues[cue.comment_id].append(cue)
    articles = {a.id: a for a in session.scalars(select(Article).where(Article.id.in_({c.article_id for c, _ in rows})))}
    author_ids = {c.author_id for c, _ in rows if c.author_id is not None}
    authors = {a.id: a for a in session.scalars(select(Author).where(Author.id.in_(author_ids)))} if author_ids else {}
    parents: dict[int, Comment] = {}
    replies: dict[int, list[Comment]] = defaultdict(list)
    if with_thread:
        parent_ids = {c.parent_id for c, _ in rows if c.parent_id is not None}
        if parent_ids:
            parents = {p.id: p for p in session.scalars(select(Comment).where(Comment.id.in_(parent_ids)))}
        for reply in session.scalars(select(Comment).where(Comment.parent_id.in_(ids), Comment.position < FIRST_REPLIES)
                                     .order_by(Comment.parent_id, Comment.position)):
            replies[reply.parent_id or 0].append(reply)
    histories = author_histories(session, author_ids)
    return [
        ItemContext(
            comment=c, score=s, article=articles.get(c.article_id),
            author=authors.get(c.author_id) if c.author_id else None,
            segments=highlight(c.body, spans.get(c.id, []), thresholds,
                               [(q.start, q.end, (s.incitement if s else 0.0)) for q in cues.get(c.id, [])
                                if q.cue == "model"]),
            cues=[q for q in cues.get(c.id, []) if q.cue != "model"],
            parent=parents.get(c.parent_id) if c.parent_id else None, replies=replies.get(c.id, []),
            history=histories.get(c.author_id, AuthorHistory()) if c.author_id else AuthorHistory(),
            thresholds=thresholds or {},
        )
        for c, s in rows
    ]


def comment_with_score(session: Session, comment_id: int) -> tuple[Comment, CommentScore | None] | None:
    row = session.execute(select(Comment, CommentScore).outerjoin(CommentScore, CommentScore.comment_id == Comment.id)
                          .where(Comment.id == comment_id)).first()
    return (row[0], row[1]) if row else None


@dataclass
class ThreadPage:
    rows: list[Row[*tuple[Any, ...]]]
    page: int
    pages: int
    total: int


def thread_page(session: Session, article_id: int, *, per_page: int, page: int | None = None,
                focus: int | None = None) -> ThreadPage:
    """One page of an article's reply tree in tree order, with status and worst label.

    Tree order is path order, so a page is a range scan of the path index. Without a page number the
    page holding `focus` is shown (a moderator following a link from the queue lands on it). A page
    out of range shows the nearest one.
    """
    in_article = Comment.article_id == article_id
    total = int(session.scalar(select(func.count()).select_from(Comment).where(in_article)) or 0)
    pages = max(1, -(-total // per_page))
    if page is None and focus is not None:
        path = session.scalar(select(Comment.path).where(Comment.id == focus, in_article))
        if path is not None:
            before = session.scalar(select(func.count()).select_from(Comment).where(in_article, Comment.path < path))
            page = int(before or 0) // per_page + 1
    page = min(max(page or 1, 1), pages)
    rows = session.execute(
        select(Comment.id, Comment.parent_id, Comment.depth, Comment.body, Comment.status, Comment.review_state,
               Comment.version, Comment.created_at, Comment.author_id, CommentScore.worst_label,
               CommentScore.worst_score)
        .outerjoin(CommentScore, CommentScore.comment_id == Comment.id)
        .where(in_article).order_by(Comment.path)
        .offset((page - 1) * per_page).limit(per_page)
    )
    return ThreadPage(list(rows), page, pages, total)  # Rows, not dicts: attribute access is fastest in templates
