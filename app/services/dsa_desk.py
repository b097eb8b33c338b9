"""What the notice and appeal queues show: notices grouped by the comment they concern, appeals with the
statement and comment they contest. Read-only."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Article, Comment, User
from app.models.dsa import DsaAppeal, DsaNotice, DsaStatement

PAGE = 200


@dataclass
class NoticeGroup:
    comment: Comment
    article: Article
    notices: list[DsaNotice] = field(default_factory=list)


@dataclass
class AppealRow:
    appeal: DsaAppeal
    statement: DsaStatement
    comment: Comment | None
    decided_by: str | None  # who took the decision under appeal ("policy" for automated ones)


def open_notices_of(session: Session, comment_id: int) -> list[DsaNotice]:
    return list(session.scalars(select(DsaNotice).where(DsaNotice.comment_id == comment_id,
                                                        DsaNotice.state == "open")))


def notice_rows(session: Session, state: str) -> list[NoticeGroup]:
    """Oldest open notice first (they wait longest); decided ones newest first."""
    order = DsaNotice.created_at.asc() if state == "open" else DsaNotice.decided_at.desc()
    rows = session.execute(select(DsaNotice, Comment, Article).join(Comment, Comment.id == DsaNotice.comment_id)
                           .join(Article, Article.id == Comment.article_id).where(DsaNotice.state == state)
                           .order_by(order, DsaNotice.id).limit(PAGE))
    groups: dict[int, NoticeGroup] = {}
    for notice, comment, article in rows:
        groups.setdefault(comment.id, NoticeGroup(comment, article)).notices.append(notice)
    return list(groups.values())


def appeal_rows(session: Session, state: str) -> list[AppealRow]:
    order = DsaAppeal.created_at.asc() if state == "open" else DsaAppeal.decided_at.desc()
    rows = session.execute(select(DsaAppeal, DsaStatement).join(DsaStatement, DsaStatement.id == DsaAppeal.statement_id)
                           .where(DsaAppeal.state == state).order_by(order, DsaAppeal.id).limit(PAGE))
    out = []
    for appeal, statement in rows:
        comment = session.get(Comment, statement.comment_id) if statement.comment_id else None
        user = session.get(User, statement.decided_by_id) if statement.decided_by_id else None
        out.append(AppealRow(appeal, statement, comment, user.email if user is not None else "automated policy"))
    return out
