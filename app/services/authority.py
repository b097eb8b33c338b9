"""Who may change what another role decided: the one rule every comment and author action obeys.

Roles rank moderator < admin. A person may not undo the decision of someone who ranks above them:

- an escalated comment waits for an admin: below admin, no action but escalate is accepted
  (defer, approve, remove, restore all change what the admin was asked to decide);
- a comment whose status a higher role set (its approve, remove or restore: `decided_by`) keeps it:
  a lower role can only escalate it, which hands it upward and changes no decision;
- an author whose standing a higher role set (the last warn, suspend or ban not lifted since) keeps it;
- some actions belong to a role outright (banning an author: admin).

Policy rules and ingestion are no person and rank below everyone: their decisions are open to all.
`decisions.decide` (and so every bulk action) and `sanctions.sanction_author` ask here first.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AuditEntry, Comment, ReviewState, User
from app.services.undone import not_undone

ROLE_RANK = {"moderator": 1, "admin": 2}
# Actions only this role (or one above it) may take, whatever the target's history.
RESERVED = {"ban": "admin"}
# Hands a comment to a higher role without changing any decision, so it is open to everyone.
UPWARD = frozenset({"escalate"})


def rank(role: str | None) -> int:
    return ROLE_RANK.get(role or "", 0)


def _outranked(actor: User, role: str | None) -> bool:
    return role is not None and rank(actor.role) < rank(role)


def comment_refusal(session: Session, actor: User, comment: Comment, action: str) -> str | None:
    """Why `actor` may not take `action` on `comment`, or None when they may."""
    if action in UPWARD:
        return None
    if comment.review_state == ReviewState.ESCALATED.value and _outranked(actor, "admin"):
        return "this comment was escalated: an admin decides it"
    if comment.decided_by_id is not None and comment.decided_by_id != actor.id:
        role = session.scalar(select(User.role).where(User.id == comment.decided_by_id))
        if _outranked(actor, role):
            return (f"an {role} decided this comment ({comment.status}): only an {role} can change that;"
                    " escalate it to ask for another look")
    return None


def author_refusal(session: Session, actor: User, author_id: int, action: str) -> str | None:
    """Why `actor` may not warn, suspend or ban this author, or None when they may."""
    needed = RESERVED.get(action)
    if needed is not None and _outranked(actor, needed):
        return f"only {needed}s can {action}"
    role = session.scalar(
        select(User.role).join(AuditEntry, AuditEntry.actor_id == User.id)
        .where(AuditEntry.author_id == author_id, AuditEntry.comment_id.is_(None),
               AuditEntry.action.like("author-%"), not_undone())
        .order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc()).limit(1))
    if _outranked(actor, role):
        return f"an {role} set this author's standing: only an {role} can change it"
    return None
