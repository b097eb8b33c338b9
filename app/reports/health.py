"""Volume and health figures: all of them are GROUP BY aggregates computed in the database."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import and_, case, distinct, func, select

from app.models import Article, Comment, CommentScore, IncitementCue
from app.reports.data import DailyRate, DeepThread, Derailing, HeatedArticle, Incident, LabelRate, Volume
from app.reports.periods import Period
from app.reports.scope import Scope, ratio

MAX_DEEP_THREADS = 5
MAX_INCIDENTS = 50
MAX_HEATED = 10
# An article needs this many scored comments before its hostile share is ranked; 1 of 1 is not heated.
MIN_HEATED_COMMENTS = 3
# Derailing: the opening of a thread is its first DERAIL_OPENING comments in time order, and a thread
# needs more comments than that to have a "later" at all.
DERAIL_OPENING = 3


def _flag(column: Any, threshold: float) -> Any:
    return func.sum(case((column >= threshold, 1), else_=0))


def compute_volume(scope: Scope, period: Period) -> Volume:
    base = select(
        func.count(Comment.id),
        func.count(distinct(Comment.article_id)),
        func.count(distinct(Comment.author_id)),
        func.sum(case((Comment.parent_id.is_not(None), 1), else_=0)),
    ).select_from(Comment)
    comments, articles, authors, replies = scope.one(scope.comments_in(base, period))
    replies = int(replies or 0)
    (previous,) = scope.one(scope.comments_in(select(func.count(Comment.id)).select_from(Comment),
                                              period.previous()))
    active = scope.comments_in(select(Comment.author_id).select_from(Comment), period).where(
        Comment.author_id.is_not(None)).distinct().scalar_subquery()
    # New = the author's first comment ever falls in this period; returning = active but not new.
    firsts = (select(Comment.author_id).where(Comment.author_id.in_(active)).group_by(Comment.author_id)
              .having(func.min(scope.posted) >= period.start).subquery())
    (new,) = scope.one(select(func.count()).select_from(firsts))

    root = scope.root_key()
    deep_stmt = scope.comments_in(
        select(Comment.article_id, root.label("root"), func.max(Comment.depth), func.count(Comment.id))
        .select_from(Comment), period,
    ).group_by(Comment.article_id, root).order_by(func.max(Comment.depth).desc(), func.count(Comment.id).desc(),
                                                  Comment.article_id, root).limit(MAX_DEEP_THREADS)
    deepest: list[DeepThread] = []
    for article_id, root_path, depth, count in scope.all(deep_stmt):
        row = scope.one(select(Comment.id, Article.title, Article.url).join(Article, Article.id == Comment.article_id)
                        .where(Comment.article_id == article_id, Comment.path == root_path))
        deepest.append(DeepThread(article_id=article_id, article_title=row.title, url=row.url,
                                  root_comment_id=row.id, depth=int(depth), comments=int(count)))
    return Volume(comments=int(comments), previous_comments=int(previous), articles_with_comments=int(articles),
                  active_authors=int(authors), new_authors=int(new), returning_authors=int(authors) - int(new),
                  replies=replies, replies_per_comment=ratio(replies, comments), deepest_threads=deepest,
                  account_authors=int(authors))


def _label_counts(scope: Scope, period: Period, thresholds: Mapping[str, float]) -> tuple[int, dict[str, int]]:
    labels = list(thresholds)
    cols = [_flag(getattr(CommentScore, label), thresholds[label]) for label in labels]
    stmt = scope.comments_in(select(func.count(CommentScore.comment_id), *cols)
                             .select_from(Comment).join(CommentScore, CommentScore.comment_id == Comment.id),
                             period)
    scored, *counts = scope.one(stmt)
    return int(scored), {label: int(c or 0) for label, c in zip(labels, counts, strict=True)}


def compute_rates(scope: Scope, period: Period, thresholds: Mapping[str, float]
                  ) -> tuple[int, int, list[LabelRate]]:
    scored, counts = _label_counts(scope, period, thresholds)
    prev_scored, prev_counts = _label_counts(scope, period.previous(), thresholds)
    rates: list[LabelRate] = []
    for label, threshold in thresholds.items():
        rate, prev_rate = ratio(counts[label], scored), ratio(prev_counts[label], prev_scored)
        trend = None if rate is None or prev_rate is None else rate - prev_rate
        rates.append(LabelRate(label=label, threshold=threshold, count=counts[label], rate=rate,
                               previous_count=prev_counts[label], previous_rate=prev_rate, trend=trend))
    return scored, prev_scored, rates


def compute_daily(scope: Scope, period: Period, thresholds: Mapping[str, float]) -> list[DailyRate]:
    day = scope.day(scope.posted)
    stmt = scope.comments_in(
        select(day.label("day"), func.count(Comment.id), func.count(CommentScore.comment_id),
               _flag(CommentScore.toxicity, thresholds.get("toxicity", 0.5)),
               _flag(CommentScore.incitement, thresholds.get("incitement", 0.5)))
        .select_from(Comment).outerjoin(CommentScore, CommentScore.comment_id == Comment.id), period,
    ).group_by(day)
    found = {str(row[0]): row for row in scope.all(stmt)}
    out: list[DailyRate] = []
    for d in period.days():  # every day appears, a quiet day as zeros rather than a gap
        row = found.get(d.isoformat())
        comments, scored, toxic, incite = (int(v or 0) for v in row[1:]) if row else (0, 0, 0, 0)
        out.append(DailyRate(day=d, comments=comments, scored=scored, toxic=toxic, incitement=incite,
                             toxic_rate=ratio(toxic, scored), incitement_rate=ratio(incite, scored)))
    return out


def compute_distribution(scope: Scope, period: Period, hostile: float) -> dict[str, int]:
    """Worst label of each hostile comment; civil comments are counted under "civil"."""
    label = case((CommentScore.worst_score >= hostile, func.coalesce(CommentScore.worst_label, "unknown")),
                 else_="civil")
    stmt = scope.comments_in(select(label, func.count()).select_from(Comment)
                             .join(CommentScore, CommentScore.comment_id == Comment.id), period).group_by(label)
    return {str(k): int(v) for k, v in sorted(scope.all(stmt), key=lambda r: (-r[1], r[0]))}


def compute_incidents(scope: Scope, period: Period, threshold: float, base_url: str
                      ) -> tuple[int, list[Incident]]:
    cond = CommentScore.incitement >= threshold
    join = select(func.count()).select_from(Comment).join(CommentScore, CommentScore.comment_id == Comment.id)
    (total,) = scope.one(scope.comments_in(join.where(cond), period))
    stmt = scope.comments_in(
        select(Comment.id, Comment.article_id, scope.posted.label("created_at"), Comment.body, CommentScore.incitement)
        .select_from(Comment).join(CommentScore, CommentScore.comment_id == Comment.id).where(cond), period,
    ).order_by(CommentScore.incitement.desc(), Comment.id).limit(MAX_INCIDENTS)
    rows = scope.all(stmt)
    ids = [r.id for r in rows]
    reasons: dict[int, list[str]] = {}
    titles: dict[int, tuple[str, str | None]] = {}
    if ids:
        for cid, cue, text in scope.all(select(IncitementCue.comment_id, IncitementCue.cue, IncitementCue.text)
                                        .where(IncitementCue.comment_id.in_(ids)).order_by(IncitementCue.id)):
            reasons.setdefault(cid, []).append(f"{cue}: “{text}”")
        for aid, title, url in scope.all(select(Article.id, Article.title, Article.url)
                                         .where(Article.id.in_({r.article_id for r in rows}))):
            titles[aid] = (title, url)
    incidents = [
        Incident(comment_id=r.id, article_id=r.article_id, article_title=titles[r.article_id][0],
                 url=titles[r.article_id][1], link=f"{base_url}/api/comments/{r.id}", created_at=r.created_at,
                 incitement=float(r.incitement), reasons=reasons.get(r.id, []),
                 excerpt=r.body if len(r.body) <= 200 else r.body[:199] + "…")
        for r in rows
    ]
    return int(total), incidents


def heated_rows(scope: Scope, period: Period, hostile: float) -> list[tuple[int, int, int]]:
    """(article id, scored comments, hostile comments) per article with comments in the period."""
    hostile_sum = _flag(CommentScore.worst_score, hostile)
    stmt = scope.comments_in(
        select(Comment.article_id, func.count(CommentScore.comment_id), hostile_sum)
        .select_from(Comment).join(CommentScore, CommentScore.comment_id == Comment.id), period,
    ).group_by(Comment.article_id)
    return [(int(aid), int(n), int(h or 0)) for aid, n, h in scope.all(stmt)]


def heated_lists(scope: Scope, rows: list[tuple[int, int, int]], flame: Mapping[int, int]
                 ) -> tuple[list[HeatedArticle], list[HeatedArticle]]:
    """Most heated articles twice: by hostile share (min MIN_HEATED_COMMENTS scored), and by flame wars."""
    by_share = sorted((r for r in rows if r[1] >= MIN_HEATED_COMMENTS and r[2] > 0),
                      key=lambda r: (-(r[2] / r[1]), -r[2], r[0]))[:MAX_HEATED]
    by_flame = sorted((r for r in rows if flame.get(r[0], 0) > 0),
                      key=lambda r: (-flame[r[0]], -r[2], r[0]))[:MAX_HEATED]
    ids = {r[0] for r in by_share} | {r[0] for r in by_flame}
    titles = {aid: (t, u) for aid, t, u in scope.all(select(Article.id, Article.title, Article.url)
                                                    .where(Article.id.in_(ids)))} if ids else {}

    def make(r: tuple[int, int, int]) -> HeatedArticle:
        aid, n, h = r
        return HeatedArticle(article_id=aid, title=titles[aid][0], url=titles[aid][1], comments=n, hostile=h,
                             hostile_share=ratio(h, n), flame_wars=flame.get(aid, 0))

    return [make(r) for r in by_share], [make(r) for r in by_flame]


def _derail_counts(scope: Scope, period: Period, hostile: float) -> tuple[int, int]:
    root = scope.root_key()
    is_hostile = case((CommentScore.worst_score >= hostile, 1), else_=0)
    rank = func.row_number().over(partition_by=(Comment.article_id, root),
                                  order_by=(scope.posted, Comment.path))
    ranked = scope.comments_in(
        select(Comment.article_id.label("article_id"), root.label("root"), is_hostile.label("hostile"),
               rank.label("rn")).select_from(Comment).join(CommentScore, CommentScore.comment_id == Comment.id),
        period,
    ).subquery()
    opening = ranked.c.rn <= DERAIL_OPENING
    threads = (select(func.max(case((opening, ranked.c.hostile), else_=0)).label("early"),
                      func.max(case((~opening, ranked.c.hostile), else_=0)).label("late"))
               .group_by(ranked.c.article_id, ranked.c.root)
               .having(func.count() > DERAIL_OPENING).subquery())
    considered, derailed = scope.one(select(func.count(), func.sum(case(
        (and_(threads.c.early == 0, threads.c.late == 1), 1), else_=0))).select_from(threads))
    return int(considered), int(derailed or 0)


def compute_derailing(scope: Scope, period: Period, hostile: float) -> Derailing:
    """The share of threads that derail: civil at first, hostile later.

    A thread is a top-level comment with all its replies, counting only scored comments posted in the
    period. A thread is *considered* when it has more than DERAIL_OPENING (3) such comments. It
    *derails* when its opening — its first 3 comments in posting order (ties broken by tree order) —
    are all below the hostile threshold (worst label score < hostile_threshold) and at least one
    later comment is at or above it. Threads hostile from the start are not derailing: they were
    never civil. share = derailed / considered, None when no thread is considered.
    """
    considered, derailed = _derail_counts(scope, period, hostile)
    prev_considered, prev_derailed = _derail_counts(scope, period.previous(), hostile)
    return Derailing(threads_considered=considered, derailed=derailed, share=ratio(derailed, considered),
                     previous_considered=prev_considered, previous_derailed=prev_derailed,
                     previous_share=ratio(prev_derailed, prev_considered))

