"""Moderator decisions on comments and authors, safe against two moderators acting at once.

Every decision is one conditional `UPDATE comments ... WHERE id = :id AND version = :seen`: of two
moderators who saw the same version, exactly one row update wins and the other gets a
`DecisionConflict` naming who got there first and the comment's current state. Removal is a
status change, never a delete, so a removed comment can always be restored.

Every action records the state it replaced (`AuditEntry.before`), so the person who acted can undo
it for a while (`undo`): the undo is one more conditional update and one more audit entry that
points at the entry it reverses. Nothing in the trail is ever rewritten.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import exists, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.models import AuditEntry, Comment, CommentScore, CommentStatus, ReviewState, User
from app.models.base import MAX_INT, utcnow
from app.services.authority import comment_refusal
from app.services.queue_context import state_words

# The configurable list lives in the app config (REMOVAL_REASONS); this is the default.
DEFAULT_REMOVAL_REASONS: dict[str, str] = {
    "incitement": "Incitement to violence",
    "threat": "Threat",
    "hate": "Hate or identity attack",
    "insult": "Insult",
    "spam": "Spam",
    "off_topic": "Off-topic",
    "other": "Other (note required)",
}
ACTIONS = ("approve", "remove", "escalate", "defer", "restore")
# The removal reason that fits the label whose rule queued a comment: the remove dialog starts on it.
# Labels with no fitting reason (toxicity, obscene, ...) start on none, so the moderator must choose.
REASON_FOR_LABEL = {"incitement": "incitement", "threat": "threat", "identity_attack": "hate", "insult": "insult"}
# How long after an action its actor may still undo it (the queue offers it for seconds; a form
# reloaded later may still carry it, and the version check keeps any undo from overwriting newer work).
UNDO_WINDOW = timedelta(minutes=10)
# "reinstate" lifts a warning, suspension or ban: the author is active again (audited like the others).
MAX_NOTE = 2000
SQLITE_RETRIES = 6


# Decisions the comment system is told about (it shows or hides the comment accordingly).
CALLBACK_ACTIONS = ("approve", "remove", "restore")

class DecisionError(ValueError):
    """A decision that can never succeed as asked (bad action, missing reason, no permission)."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


class DecisionConflict(Exception):
    """Someone else changed the comment since the moderator loaded it."""

    def __init__(self, message: str, current: dict[str, Any]) -> None:
        super().__init__(message)
        self.current = current


@dataclass
class DecisionResult:
    comment_id: int
    action: str
    status: str
    review_state: str
    version: int
    decided_at: str | None = None  # ISO time; the queue's nav counts need to know it changed
    audit_id: int | None = None  # the entry recording it: what an undo names


@dataclass
class SanctionResult:
    """An author's standing after a sanction, or after one was lifted (action "undo")."""

    author_id: int
    name: str
    action: str  # warn, suspend, ban, reinstate, or undo
    standing: str
    suspended_until: str | None  # ISO time
    audit_id: int
    lifted: str | None = None  # for an undo: the action it lifted (warn, suspend, ...)


@dataclass
class BulkResult:
    done: list[DecisionResult] = field(default_factory=list)
    lifted: list[SanctionResult] = field(default_factory=list)  # sanctions an undo lifted
    conflicts: list[tuple[int, str]] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)


def comment_state(session: Session, comment: Comment) -> dict[str, Any]:
    decided_by = session.get(User, comment.decided_by_id) if comment.decided_by_id else None
    return {
        "id": comment.id,
        "status": comment.status,
        "review_state": comment.review_state,
        "version": comment.version,
        "decided_by": decided_by.email if decided_by else None,
        "decided_at": comment.decided_at.isoformat() if comment.decided_at else None,
    }


def _last_actor(session: Session, comment_id: int) -> str | None:
    return session.scalar(
        select(AuditEntry.actor_label).where(AuditEntry.comment_id == comment_id)
        .order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc()).limit(1)
    )


def _validate(action: str, reason: str | None, note: str | None, reasons: dict[str, str]) -> tuple[str | None, str | None]:
    if action not in ACTIONS:
        raise DecisionError(f"unknown action {action!r}; expected one of {', '.join(ACTIONS)}")
    note = (note or "").strip()[:MAX_NOTE] or None
    if action == "remove":
        if not reason or reason not in reasons:
            raise DecisionError("removing needs a reason: one of " + ", ".join(reasons))
        if reason == "other" and not note:
            raise DecisionError("reason 'other' needs a note")
        return reason, note
    return (reason if reason in reasons else None), note


def suggested_reason(label: str | None, reasons: dict[str, str]) -> str | None:
    """The removal reason matching the label that queued a comment, if the desk offers one."""
    reason = REASON_FOR_LABEL.get(label or "")
    return reason if reason in reasons else None


def _new_state(comment: Comment, action: str, actor: User) -> dict[str, Any]:
    now = utcnow()
    if action == "approve":
        # Approving shows the comment, whether a rule held it or someone removed it before.
        hidden = (CommentStatus.HELD.value, CommentStatus.REMOVED.value)
        status = CommentStatus.VISIBLE.value if comment.status in hidden else comment.status
        return {"status": status, "review_state": ReviewState.DECIDED.value, "decided_at": now,
                "decided_by_id": actor.id}
    if action == "remove":
        return {"status": CommentStatus.REMOVED.value, "review_state": ReviewState.DECIDED.value,
                "decided_at": now, "decided_by_id": actor.id}
    if action == "escalate":
        return {"review_state": ReviewState.ESCALATED.value, "queued_at": comment.queued_at or now}
    if action == "defer":
        # Back of its priority band: it stays in Needs review but stops blocking the head of it.
        return {"review_state": ReviewState.NEEDS_REVIEW.value, "queued_at": now}
    if comment.status != CommentStatus.REMOVED.value:
        raise DecisionError("only removed comments can be restored")
    return {"status": CommentStatus.VISIBLE.value, "review_state": ReviewState.DECIDED.value,
            "decided_at": now, "decided_by_id": actor.id}


def _sqlite_snapshot_conflict(session: Session, exc: OperationalError) -> bool:
    return (session.get_bind().dialect.name == "sqlite" and "locked" in str(exc.orig)
            and not session.in_nested_transaction())


def decide(session: Session, comment_id: int, actor: User, action: str, reason: str | None = None,
           note: str | None = None, expected_version: int | None = None, *,
           reasons: dict[str, str] | None = None, _attempt: int = 0) -> DecisionResult:
    """Apply one moderator decision, or raise DecisionConflict if the comment moved on meanwhile."""
    reason, note = _validate(action, reason, note, reasons or DEFAULT_REMOVAL_REASONS)
    if expected_version is None:
        raise DecisionError("expected_version is required (the version the moderator saw)")
    if not 0 <= expected_version <= MAX_INT:
        raise DecisionError("expected_version is out of range")
    comment = session.get(Comment, comment_id) if 0 < comment_id <= MAX_INT else None
    if comment is None:
        raise DecisionError(f"no comment {comment_id}", status=404)
    refusal = comment_refusal(session, actor, comment, action)
    if refusal is not None:
        raise DecisionError(refusal, status=403)
    if comment.version != expected_version:
        session.refresh(comment)  # `before` must be the state the update replaces, not a cached one
    previous_status = comment.status
    before = _snapshot(comment)
    values = _new_state(comment, action, actor)
    try:
        result = session.execute(
            update(Comment)
            .where(Comment.id == comment_id, Comment.version == expected_version)
            .values(version=Comment.version + 1, updated_at=utcnow(), **values)
            .execution_options(synchronize_session=False)
        )
    except OperationalError as exc:
        if not _sqlite_snapshot_conflict(session, exc) or _attempt >= SQLITE_RETRIES:
            raise
        # SQLite (WAL): another moderator wrote after this transaction's first read, so this
        # transaction may not write at all. Start a fresh one (after the other commits); its version
        # check then reports the conflict like any other. Only at top level: a savepoint cannot
        # shed its outer snapshot.
        session.rollback()
        time.sleep(0.01 * (2 ** _attempt))
        return decide(session, comment_id, actor, action, reason, note, expected_version, reasons=reasons,
                      _attempt=_attempt + 1)
    if result.rowcount != 1:  # type: ignore[attr-defined]
        session.refresh(comment)
        current = comment_state(session, comment)
        who = current["decided_by"] or _last_actor(session, comment_id) or "someone else"
        verb = "decided" if comment.review_state == ReviewState.DECIDED.value else "changed"
        raise DecisionConflict(
            f"Comment {comment_id} was already {verb} by {who}: it is now"
            f" {state_words(comment.status, comment.review_state).lower()}. Reload to see the current state.", current)
    session.refresh(comment)
    score = session.get(CommentScore, comment_id)
    entry = AuditEntry(
        comment_id=comment_id, author_id=comment.author_id, actor_id=actor.id, actor_label=actor.email,
        action=action, reason=reason, note=note, rule=comment.queued_rule or (score.policy_rule if score else None),
        previous_status=previous_status, new_status=comment.status,
        scores={k: round(v, 6) for k, v in score.label_scores().items()} if score else None,
        before={**before, "version_after": comment.version},
    )
    session.add(entry)
    if action in CALLBACK_ACTIONS:
        from app.services.callbacks import enqueue_decision_callback

        enqueue_decision_callback(session, comment, action, actor.email)
    session.flush()
    dsa_after_decision(session, comment, entry, actor)
    return _result(comment, action, entry)


def dsa_after_decision(session: Session, comment: Comment | None, entry: AuditEntry, actor: User) -> None:
    """EU Digital Services Act duties of a decision: answer readers' notices, state reasons (docs/dsa.md)."""
    from app.services.dsa_hooks import after_decision

    after_decision(session, comment, entry, actor)


def _result(comment: Comment, action: str, entry: AuditEntry | None) -> DecisionResult:
    decided_at = comment.decided_at.isoformat() if comment.decided_at else None
    return DecisionResult(comment.id, action, comment.status, comment.review_state, comment.version, decided_at,
                          entry.id if entry is not None else None)


def iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _snapshot(comment: Comment) -> dict[str, Any]:
    """The fields a decision may change, as JSON: what an undo puts back."""
    return {"status": comment.status, "review_state": comment.review_state,
            "decided_at": iso(comment.decided_at), "decided_by_id": comment.decided_by_id,
            "queued_at": iso(comment.queued_at)}


def _undo_callback(previous_status: str, status: str) -> str | None:
    """What to tell the comment system when an undo changes whether the comment shows."""
    if previous_status == status:
        return None
    if status == CommentStatus.VISIBLE.value:
        return "restore" if previous_status == CommentStatus.REMOVED.value else "approve"
    return {CommentStatus.REMOVED.value: "remove", CommentStatus.HELD.value: "hold"}.get(status)


def undo(session: Session, entry_id: int, actor: User) -> DecisionResult | SanctionResult:
    """Put a comment back as it was before the action recorded in `entry_id`, and audit that.

    Only the person who acted may undo, only within UNDO_WINDOW, only once, and only while nobody
    has changed the comment since (otherwise DecisionConflict: the later work stands). An author's
    warning, suspension or ban is lifted instead (app/services/sanctions.py): it runs for days, so
    anyone who may set that standing may lift it, for as long as it is in force.
    """
    entry = session.get(AuditEntry, entry_id) if 0 < entry_id <= MAX_INT else None
    if entry is not None and entry.comment_id is None and entry.action.startswith("author-"):
        from app.services.sanctions import lift

        return lift(session, entry, actor)
    if entry is None or entry.comment_id is None:
        raise DecisionError(f"no decision {entry_id} to undo", status=404)
    if entry.actor_id != actor.id:
        raise DecisionError("only the person who took an action can undo it; decide again instead", status=403)
    if entry.before is None:
        raise DecisionError(f"{entry.action} cannot be undone; decide again instead")
    if session.scalar(select(exists().where(AuditEntry.undoes_id == entry.id))):
        raise DecisionError(f"that {entry.action} was undone already", status=409)
    created = entry.created_at if entry.created_at.tzinfo else entry.created_at.replace(tzinfo=UTC)
    if utcnow() - created > UNDO_WINDOW:
        raise DecisionError(f"too late to undo that {entry.action}; decide again instead", status=409)
    comment = session.get(Comment, entry.comment_id)
    if comment is None:
        raise DecisionError(f"no comment {entry.comment_id}", status=404)
    state = entry.before
    version_after = int(state["version_after"])
    result = session.execute(
        update(Comment)
        .where(Comment.id == comment.id, Comment.version == version_after)
        .values(version=Comment.version + 1, updated_at=utcnow(), status=state["status"],
                review_state=state["review_state"], decided_at=_parse_time(state.get("decided_at")),
                decided_by_id=state.get("decided_by_id"), queued_at=_parse_time(state.get("queued_at")))
        .execution_options(synchronize_session=False)
    )
    session.refresh(comment)
    if result.rowcount != 1:  # type: ignore[attr-defined]
        current = comment_state(session, comment)
        who = current["decided_by"] or _last_actor(session, comment.id) or "someone"
        raise DecisionConflict(
            f"Comment {comment.id} changed after your {entry.action} ({who}): it is now"
            f" {state_words(comment.status, comment.review_state).lower()}; nothing was undone.", current)
    previous_status = str(entry.new_status or "")  # the version matched: nothing changed it since
    undo_entry = AuditEntry(
        comment_id=comment.id, author_id=comment.author_id, actor_id=actor.id, actor_label=actor.email,
        action="undo", note=f"undid {entry.action}", rule=entry.rule, undoes_id=entry.id,
        previous_status=entry.new_status, new_status=comment.status,
    )
    session.add(undo_entry)
    callback = _undo_callback(previous_status, comment.status)
    if callback is not None:
        from app.services.callbacks import enqueue_decision_callback

        enqueue_decision_callback(session, comment, callback, actor.email)
    session.flush()
    return _result(comment, "undo", undo_entry)


def bulk_undo(session: Session, entry_ids: Iterable[int], actor: User) -> BulkResult:
    """Undo several actions (a bulk action's); each stands alone, so one conflict spoils none of the rest."""
    out = BulkResult()
    for entry_id in entry_ids:
        try:
            with session.begin_nested():
                done = undo(session, entry_id, actor)
            if isinstance(done, SanctionResult):
                out.lifted.append(done)
            else:
                out.done.append(done)
        except DecisionConflict as exc:
            out.conflicts.append((entry_id, str(exc)))
        except DecisionError as exc:
            out.errors.append((entry_id, str(exc)))
    return out


def bulk_decide(session: Session, items: Iterable[tuple[int, int]], actor: User, action: str,
                reason: str | None = None, note: str | None = None, *,
                reasons: dict[str, str] | None = None) -> BulkResult:
    """One decision over many (comment id, version seen) pairs; conflicts are reported, not fatal."""
    out = BulkResult()
    for comment_id, version in items:
        try:
            with session.begin_nested():
                out.done.append(decide(session, comment_id, actor, action, reason, note, version, reasons=reasons))
        except DecisionConflict as exc:
            out.conflicts.append((comment_id, str(exc)))
        except DecisionError as exc:
            if exc.status == 400 and not out.done and not out.errors:
                raise  # the request itself is invalid: say so once instead of per item
            out.errors.append((comment_id, str(exc)))
    return out


def versions_of(session: Session, ids: Sequence[int]) -> list[tuple[int, int]]:
    rows = session.execute(select(Comment.id, Comment.version).where(Comment.id.in_(ids)))
    return [(int(i), int(v)) for i, v in rows]
