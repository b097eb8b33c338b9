"""The moderator queues: which comments each holds, in what order, filtered how, and how many.

Every queue's ORDER BY matches an index (see app/models/queue_indexes.py), so a page is an index
walk that stops after `per_page` rows. Counts are capped (`COUNT_CAP`): the navigation needs
"how much work is there", and an exact count of a million-row table on every page view would cost
more than the page itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, TypeVarTuple

from sqlalchemy import ColumnElement, Select, and_, func, literal_column, select
from sqlalchemy.orm import Session

from app.models import ALL_LABELS, Article, Author, Comment, CommentScore, CommentStatus, ReviewState, Source

_Ts = TypeVarTuple("_Ts")

QUEUES: dict[str, str] = {
    "review": "Needs review",
    "held": "Held",
    "reported": "Reported",
    "escalated": "Escalated",
    "decided": "Recently decided",
    "all": "All",
}
FILTER_LABELS: tuple[str, ...] = ALL_LABELS + ("worst",)
COUNT_CAP = 10_000
MAX_PER_PAGE = 200


@dataclass(frozen=True)
class QueueFilter:
    queue: str = "review"
    source: str | None = None
    article_ids: tuple[int, ...] = ()
    label: str | None = None
    min_score: float | None = None
    max_score: float | None = None
    author: str | None = None
    language: str | None = None  # ISO 639-1, or "und" for comments whose language was not told
    date_from: datetime | None = None
    date_to: datetime | None = None
    page: int = 1
    per_page: int = 50

    def __post_init__(self) -> None:
        if self.queue not in QUEUES:
            raise ValueError(f"unknown queue {self.queue!r}; one of {', '.join(QUEUES)}")
        if self.label is not None and self.label not in FILTER_LABELS:
            raise ValueError(f"unknown label {self.label!r}; one of {', '.join(FILTER_LABELS)}")
        for bound in (self.min_score, self.max_score):
            if bound is not None and not 0.0 <= bound <= 1.0:
                raise ValueError("scores are between 0 and 1")
        if self.min_score is not None and self.max_score is not None and self.min_score > self.max_score:
            raise ValueError("min score is above max score")
        if self.language is not None and not (self.language.isalpha() and 2 <= len(self.language) <= 3):
            raise ValueError("language must be a two-letter code such as en or de (und: undetermined)")
        if self.page < 1 or not 1 <= self.per_page <= MAX_PER_PAGE:
            raise ValueError(f"page must be >= 1 and per_page 1..{MAX_PER_PAGE}")

    @property
    def has_score_range(self) -> bool:
        return self.min_score is not None or self.max_score is not None

    def query_args(self, **overrides: Any) -> dict[str, Any]:
        """The filter as URL query arguments (for links that keep the current filter)."""
        f = replace(self, **overrides) if overrides else self
        args: dict[str, Any] = {"queue": f.queue}
        if f.source:
            args["source"] = f.source
        if f.article_ids:
            args["article"] = list(f.article_ids)
        if f.label:
            args["label"] = f.label
        if f.min_score is not None:
            args["min"] = f.min_score
        if f.max_score is not None:
            args["max"] = f.max_score
        if f.author:
            args["author"] = f.author
        if f.language:
            args["language"] = f.language
        if f.date_from:
            args["from"] = f.date_from.date().isoformat()
        if f.date_to:
            args["to"] = f.date_to.date().isoformat()
        if f.page != 1:
            args["page"] = f.page
        return args


@dataclass
class QueuePage:
    filter: QueueFilter
    rows: list[tuple[Comment, CommentScore | None]]
    has_next: bool
    counts: dict[str, int] = field(default_factory=dict)


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def _label_column(label: str) -> Any:
    return CommentScore.worst_score if label == "worst" else getattr(CommentScore, label)


def _queue_condition(queue: str) -> ColumnElement[bool] | None:
    return {
        "review": Comment.review_state == ReviewState.NEEDS_REVIEW.value,
        "escalated": Comment.review_state == ReviewState.ESCALATED.value,
        "held": Comment.status == CommentStatus.HELD.value,
        "reported": Comment.flag_count > 0,
        "decided": Comment.decided_at.is_not(None),
        "all": None,
    }[queue]


def _ordering(queue: str) -> list[Any]:
    orderings: dict[str, list[Any]] = {
        "review": [Comment.priority.desc(), Comment.queued_at, Comment.id],
        "escalated": [Comment.priority.desc(), Comment.queued_at, Comment.id],
        "held": [Comment.queued_at, Comment.id],
        "reported": [Comment.flag_count.desc(), Comment.id.desc()],
        "decided": [Comment.decided_at.desc()],
        "all": [Comment.id.desc()],
    }
    return orderings[queue]


def _score_range(f: QueueFilter, dialect: str) -> ColumnElement[bool]:
    column = _label_column(f.label or "worst")
    bounds = []
    if f.min_score is not None:
        bounds.append(column >= f.min_score)
    if f.max_score is not None:
        bounds.append(column <= f.max_score)
    condition = and_(*bounds)
    if dialect != "sqlite":
        return condition  # PostgreSQL has histograms and estimates the range itself
    # Without STAT4 SQLite assumes any range is highly selective and scans the score index, then
    # sorts; walking the queue's ordered index and checking scores is far cheaper unless the range
    # is tiny. likelihood() passes our estimate (the range's width) to the planner.
    width = (f.max_score if f.max_score is not None else 1.0) - (f.min_score or 0.0)
    estimate = min(0.9, max(0.001, width))
    return func.likelihood(condition, literal_column(f"{estimate:.3f}"))


def _filtered(stmt: Select[*_Ts], f: QueueFilter, queue: str, *, join_scores: bool,
              dialect: str = "postgresql", session: Session | None = None) -> Select[*_Ts]:
    condition = _queue_condition(queue)
    if condition is not None:
        stmt = stmt.where(condition)
    if f.article_ids:
        stmt = stmt.where(Comment.article_id.in_(f.article_ids))
    if f.source:
        stmt = stmt.where(Comment.article_id.in_(
            select(Article.id).join(Source, Source.id == Article.source_id).where(Source.slug == f.source)))
    if f.author:
        stmt = stmt.where(_author_condition(session, f.author))
    if f.language == "und":
        stmt = stmt.where(Comment.language.is_(None), Comment.score_state == "scored")
    elif f.language:
        stmt = stmt.where(Comment.language == f.language)
    if f.date_from is not None:
        stmt = stmt.where(Comment.created_at >= f.date_from)
    if f.date_to is not None:
        stmt = stmt.where(Comment.created_at < f.date_to)
    if f.label and f.has_score_range:
        if not join_scores:
            stmt = stmt.join(CommentScore, CommentScore.comment_id == Comment.id)
        stmt = stmt.where(_score_range(f, dialect))
    return stmt


def _author_condition(session: Session | None, name: str) -> ColumnElement[bool]:
    """An account with this name, or else the person the argument graph shows under it (anonymous pages)."""
    accounts = select(Author.id).where(func.lower(Author.display_name) == name.lower())
    if session is not None and session.scalar(accounts.limit(1)) is None:
        from app.services.author_profile import comments_of_name

        return Comment.id.in_(comments_of_name(session, name))
    return Comment.author_id.in_(accounts)


def list_queue(session: Session, f: QueueFilter, *, with_counts: bool = True) -> QueuePage:
    stmt = select(Comment, CommentScore).outerjoin(CommentScore, CommentScore.comment_id == Comment.id)
    stmt = _filtered(stmt, f, f.queue, join_scores=True, dialect=_dialect(session), session=session)
    stmt = stmt.order_by(*_ordering(f.queue)).offset((f.page - 1) * f.per_page).limit(f.per_page + 1)
    rows: list[tuple[Comment, CommentScore | None]] = [(c, s) for c, s in session.execute(stmt)]
    page = QueuePage(f, rows[: f.per_page], has_next=len(rows) > f.per_page)
    if with_counts:
        page.counts = queue_counts(session, f)
    return page


def count_matching(session: Session, f: QueueFilter, queue: str | None = None, cap: int | None = COUNT_CAP) -> int:
    inner = _filtered(select(Comment.id), f, queue or f.queue, join_scores=False, dialect=_dialect(session), session=session)
    if cap is not None:
        inner = inner.limit(cap + 1)
    return int(session.scalar(select(func.count()).select_from(inner.subquery())) or 0)


def queue_counts(session: Session, f: QueueFilter) -> dict[str, int]:
    """Items per queue under the indexable filters (source, articles, author), capped at COUNT_CAP + 1.

    Score ranges and dates are left out on purpose: counting them means probing every row of a
    queue (100,000 index entries at a million comments, most of a second), for six queues on every
    page view. The listing applies them; the score-range batch counts exactly before it acts.
    """
    cheap = replace(f, label=None, min_score=None, max_score=None, date_from=None, date_to=None, page=1)
    return {queue: count_matching(session, cheap, queue) for queue in QUEUES}


def targets_in_range(session: Session, f: QueueFilter, limit: int) -> list[tuple[int, int]]:
    """(id, version) of every comment the filter (with its score range) selects, in queue order."""
    stmt = _filtered(select(Comment.id, Comment.version), f, f.queue, join_scores=False, dialect=_dialect(session), session=session)
    stmt = stmt.order_by(*_ordering(f.queue)).limit(limit)
    return [(int(i), int(v)) for i, v in session.execute(stmt)]
