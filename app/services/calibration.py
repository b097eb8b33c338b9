"""The desk's final decisions as labels for `moderation.calibration` (`flask model calibrate`).

A comment's label is its latest human approve or remove in the audit log (a later restore or a
second opinion overrides an earlier click; an undone one does not count), paired with the scores
stored for it now. Comments decided in another comment system (Coral's Perspective `suggestscore`
calls) count too, when the suggestion is linked to a comment we scored and the desk here has not decided it itself.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import AuditEntry, CommentScore
from app.models.perspective import PerspectiveSuggestion
from app.services.undone import not_undone
from moderation.calibration import Decided

FINAL_ACTIONS = ("approve", "remove")


def decided_comments(session: Session, *, since: datetime | None = None) -> list[Decided]:
    latest = (
        select(AuditEntry.comment_id, func.max(AuditEntry.id).label("last_id"))
        .where(AuditEntry.actor_id.is_not(None), AuditEntry.action.in_(FINAL_ACTIONS),
               AuditEntry.comment_id.is_not(None), not_undone())
        .group_by(AuditEntry.comment_id)
    )
    if since is not None:
        latest = latest.where(AuditEntry.created_at >= since)
    last = latest.subquery()
    rows = session.execute(
        select(AuditEntry.action, CommentScore)
        .join(last, AuditEntry.id == last.c.last_id)
        .join(CommentScore, CommentScore.comment_id == AuditEntry.comment_id)
    ).all()
    decided = {score.comment_id: Decided(score.label_scores(), action == "remove") for action, score in rows}
    by_desk = set(decided)
    suggested = select(PerspectiveSuggestion.comment_id, PerspectiveSuggestion.value, CommentScore).join(
        CommentScore, CommentScore.comment_id == PerspectiveSuggestion.comment_id
    ).where(PerspectiveSuggestion.attribute == "TOXICITY").order_by(PerspectiveSuggestion.id)
    if since is not None:
        suggested = suggested.where(PerspectiveSuggestion.created_at >= since)
    for comment_id, value, score in session.execute(suggested):
        if comment_id is not None and comment_id not in by_desk:
            # A later suggestion for the same comment replaces an earlier one.
            decided[comment_id] = Decided(score.label_scores(), float(value) >= 0.5)
    return list(decided.values())


def all_scores(session: Session) -> list[dict[str, float]]:
    """Every stored comment's label scores, to count what a threshold change would move."""
    return [row.label_scores() for row in session.scalars(select(CommentScore))]
