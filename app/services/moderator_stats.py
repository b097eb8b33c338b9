"""Read side of the audit trail: per comment, per moderator, and per-moderator statistics."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import AuditEntry, User
from app.models.base import utcnow


def audit_for_comment(session: Session, comment_id: int) -> list[AuditEntry]:
    return list(session.scalars(select(AuditEntry).where(AuditEntry.comment_id == comment_id)
                                .order_by(AuditEntry.created_at, AuditEntry.id)))


def audit_for_moderator(session: Session, user_id: int, *, limit: int = 200, offset: int = 0) -> list[AuditEntry]:
    return list(session.scalars(select(AuditEntry).where(AuditEntry.actor_id == user_id)
                                .order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc())
                                .offset(offset).limit(limit)))


@dataclass
class ModeratorStats:
    user_id: int
    email: str
    role: str
    total: int
    by_action: dict[str, int]
    last_action_at: datetime | None

    @property
    def removal_share(self) -> float:
        decided = self.by_action.get("approve", 0) + self.by_action.get("remove", 0)
        return self.by_action.get("remove", 0) / decided if decided else 0.0


def moderator_stats(session: Session, *, days: int = 30) -> list[ModeratorStats]:
    """Decisions per moderator and action over the last `days` days, busiest first."""
    since = utcnow() - timedelta(days=days)
    users = {u.id: u for u in session.scalars(select(User))}
    stats: dict[int, ModeratorStats] = {}
    rows = session.execute(
        select(AuditEntry.actor_id, AuditEntry.action, func.count(), func.max(AuditEntry.created_at))
        .where(AuditEntry.actor_id.is_not(None), AuditEntry.created_at >= since)
        .group_by(AuditEntry.actor_id, AuditEntry.action)
    )
    for actor_id, action, n, last in rows:
        if actor_id is None:  # excluded by the WHERE clause (and skipped below anyway): narrows the type
            continue
        user = users.get(actor_id)
        if user is None:
            continue
        entry = stats.setdefault(actor_id, ModeratorStats(actor_id, user.email, user.role, 0, {}, None))
        entry.total += int(n)
        entry.by_action[action] = int(n)
        last_dt = _as_datetime(last)
        if last_dt is not None and (entry.last_action_at is None or last_dt > entry.last_action_at):
            entry.last_action_at = last_dt
    for user in users.values():
        stats.setdefault(user.id, ModeratorStats(user.id, user.email, user.role, 0, {}, None))
    return sorted(stats.values(), key=lambda s: (-s.total, s.email))


def _as_datetime(value: Any) -> datetime | None:
    """max() over a column loses the column type on SQLite and comes back as text."""
    if value is None or isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None
