"""The moderation desk: queue size over time, time to decision, decisions per moderator, overturns and
how often each policy rule agrees with the humans who reviewed its comments.

Verdicts: every audit action is read as a verdict on the comment — "remove" (remove, hold and their
policy-* forms), "keep" (approve, restore, policy-approve) — or as no verdict (escalate, defer, ...).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, case, func, or_, select

from app.models import Article, AuditEntry, Comment, CommentScore, User
from app.reports.data import Moderation, ModeratorStat, QueuePoint, RuleAgreement
from app.reports.periods import Period
from app.reports.scope import Scope, as_utc, hours, percentile, ratio
from app.services.undone import standing_decision

REMOVE_ACTIONS = frozenset({"remove", "hold", "policy-remove", "policy-hold"})
KEEP_ACTIONS = frozenset({"approve", "restore", "policy-approve"})
VERDICT_ACTIONS = REMOVE_ACTIONS | KEEP_ACTIONS
# What a policy action predicts a human will conclude. "review" flags a comment as suspect, so a human
# removal agrees with it and an approval is a false alarm: the number to tune review thresholds with.
EXPECTED_VERDICT = {"remove": "remove", "hold": "remove", "review": "remove", "approve": "keep"}


def verdict(action: str) -> str | None:
    if action in REMOVE_ACTIONS:
        return "remove"
    if action in KEEP_ACTIONS:
        return "keep"
    return None


def _audit_scope(scope: Scope, stmt: Any, period: Period, *, comments_joined: bool = False) -> Any:
    """The period's (and source's) decisions that still stand: undone ones and the undos are left out."""
    stmt = stmt.where(AuditEntry.created_at >= period.start, AuditEntry.created_at < period.end,
                      standing_decision())
    if scope.source_id is not None:
        if not comments_joined:
            stmt = stmt.join(Comment, Comment.id == AuditEntry.comment_id)
        stmt = stmt.join(Article, Article.id == Comment.article_id).where(Article.source_id == scope.source_id)
    return stmt


def _queue_series(scope: Scope, period: Period) -> list[tuple[int, object]]:
    """Comments waiting for a human at each day's end: queued before it and not yet decided then.

    "Decided" is read from the audit trail — the first human action that was not undone, or a policy
    removal — not from Comment.decided_at, which a later decision (an overturn) overwrites.
    """
    days = period.days()
    ends = [min(datetime.combine(d, time.min, tzinfo=UTC) + timedelta(days=1), period.end) for d in days]
    first = (select(AuditEntry.comment_id.label("comment_id"), func.min(AuditEntry.created_at).label("at"))
             .where(or_(AuditEntry.actor_id.is_not(None), AuditEntry.action == "policy-remove"), standing_decision())
             .group_by(AuditEntry.comment_id).subquery())
    cols = [func.sum(case((and_(Comment.queued_at < e, or_(first.c.at.is_(None), first.c.at >= e)), 1), else_=0))
            for e in ends]
    stmt = (select(*cols).select_from(Comment).outerjoin(first, first.c.comment_id == Comment.id)
            .where(Comment.queued_at < period.end, or_(first.c.at.is_(None), first.c.at >= period.start)))
    if scope.source_id is not None:
        stmt = stmt.join(Article, Article.id == Comment.article_id).where(Article.source_id == scope.source_id)
    row = scope.one(stmt)
    return [(int(v or 0), d) for v, d in zip(row, days, strict=True)]


def compute_moderation(scope: Scope, period: Period) -> Moderation:
    series = _queue_series(scope, period)

    # Decisions per moderator and action: a GROUP BY in the database.
    per_mod = _audit_scope(scope, select(User.email, AuditEntry.action, func.count()).select_from(AuditEntry)
                           .join(User, User.id == AuditEntry.actor_id), period).group_by(User.email, AuditEntry.action)
    moderators: dict[str, ModeratorStat] = {}
    for email, action, count in scope.all(per_mod):
        stat = moderators.setdefault(email, ModeratorStat(moderator=email, decisions=0, actions={}))
        stat.decisions += int(count)
        stat.actions[action] = int(count)
    (all_decisions,) = scope.one(_audit_scope(scope, select(func.count()).select_from(AuditEntry), period))

    # The audit trail of the period, in order, for latencies and overturns (Python: a sequence walk).
    trail = scope.all(_audit_scope(
        scope, select(AuditEntry.comment_id, AuditEntry.actor_id, AuditEntry.action, AuditEntry.created_at,
                      Comment.queued_at).select_from(AuditEntry)
        .join(Comment, Comment.id == AuditEntry.comment_id), period, comments_joined=True,
    ).order_by(AuditEntry.comment_id, AuditEntry.created_at, AuditEntry.id))
    latencies: list[float] = []
    by_day: dict[object, list[float]] = defaultdict(list)
    decisions_by_day: dict[object, int] = defaultdict(int)
    verdicts = overturned = 0
    current: object = object()
    open_verdicts: list[str] = []
    first_human_seen = False
    for comment_id, actor_id, action, created_at, queued_at in trail:
        if comment_id != current:
            current, open_verdicts, first_human_seen = comment_id, [], False
        created = as_utc(created_at)
        v = verdict(action)
        if actor_id is not None:
            decisions_by_day[created.date()] += 1  # type: ignore[union-attr]
            # A later human verdict opposite to earlier ones overturns each of them.
            if v is not None:
                overturned += sum(1 for old in open_verdicts if old != v)
                open_verdicts = [old for old in open_verdicts if old == v]
            if not first_human_seen and queued_at is not None:
                first_human_seen = True
                wait = (created - as_utc(queued_at)).total_seconds()  # type: ignore[operator]
                latencies.append(hours(max(wait, 0.0)))
                by_day[created.date()].append(latencies[-1])  # type: ignore[union-attr]
        if v is not None:
            verdicts += 1
            open_verdicts.append(v)

    queue = [QueuePoint(day=d, queue_size=size, decisions=decisions_by_day.get(d, 0),  # type: ignore[arg-type]
                        latency_p50_hours=percentile(by_day.get(d, []), 0.5)) for size, d in series]
    human = sum(m.decisions for m in moderators.values())
    return Moderation(
        queue=queue, queue_now=series[-1][0] if series else 0, decisions=int(all_decisions),
        human_decisions=human, latency_p50_hours=percentile(latencies, 0.5),
        latency_p95_hours=percentile(latencies, 0.95),
        moderators=sorted(moderators.values(), key=lambda m: (-m.decisions, m.moderator)),
        keep_or_remove_decisions=verdicts, overturned=overturned, overturn_rate=ratio(overturned, verdicts),
        rules=compute_rule_agreement(scope, period),
    )


def compute_rule_agreement(scope: Scope, period: Period) -> list[RuleAgreement]:
    """Per policy rule: of its comments whose first human verdict fell in the period, how many agreed."""
    first = _audit_scope(scope, select(func.min(AuditEntry.id)).select_from(AuditEntry).where(
        AuditEntry.actor_id.is_not(None), AuditEntry.action.in_(VERDICT_ACTIONS)), period
    ).group_by(AuditEntry.comment_id).scalar_subquery()
    rule = func.coalesce(CommentScore.policy_rule, "(default)")
    stmt = (select(rule, CommentScore.policy_action, AuditEntry.action, func.count())
            .select_from(AuditEntry).join(CommentScore, CommentScore.comment_id == AuditEntry.comment_id)
            .where(AuditEntry.id.in_(first)).group_by(rule, CommentScore.policy_action, AuditEntry.action))
    table: dict[tuple[str, str], list[int]] = {}
    for rule_name, policy_action, human_action, count in scope.all(stmt):
        expected = EXPECTED_VERDICT.get(policy_action)
        if expected is None:
            continue
        entry = table.setdefault((rule_name, policy_action), [0, 0])
        entry[0] += int(count)
        if verdict(human_action) == expected:
            entry[1] += int(count)
    return [RuleAgreement(rule=r, policy_action=a, expected=EXPECTED_VERDICT[a], decided=n, agreed=k,
                          agreement=ratio(k, n)) for (r, a), (n, k) in sorted(table.items())]
