"""Appeals against statements of reasons: internal complaint handling (DSA Art. 20).

Open for six months from the statement; decided by a moderator other than the one who took the
decision (Art. 20(6): not solely by automated means, and here never by the same person); the outcome
goes to the commenter and into the audit log, and a successful appeal lifts the restriction through
the ordinary decision service, so the comment system hears of it like any other restore.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AuditEntry, Author, Comment, CommentStatus, User
from app.models.base import utcnow
from app.models.dsa import DsaAppeal, DsaAuthorContact, DsaStatement
from app.services.dsa_mail import queue_email
from app.services.dsa_notices import valid_email
from app.services.dsa_settings import DsaSettings
from app.services.dsa_statements import statement_url

MIN_EXPLANATION = 10
MAX_EXPLANATION = 5000
OUTCOMES = ("upheld", "reversed")


class AppealInvalid(ValueError):
    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


class AppealRefused(ValueError):
    """A moderator may not decide this appeal (they took the decision, or it is decided already)."""


def appeal_open(statement: DsaStatement) -> bool:
    return utcnow() <= statement.appeal_until


def _contact(session: Session, appeal: DsaAppeal, statement: DsaStatement) -> str | None:
    if appeal.contact_email:
        return appeal.contact_email
    if statement.author_id is None:
        return None
    contact = session.scalar(select(DsaAuthorContact).where(DsaAuthorContact.author_id == statement.author_id))
    return contact.email if contact is not None else None


def file_appeal(session: Session, statement: DsaStatement, raw: Mapping[str, Any], settings: DsaSettings) -> DsaAppeal:
    """Record an appeal and its receipt; flushes only."""
    errors: dict[str, str] = {}
    if not appeal_open(statement):
        errors["statement"] = f"The six months to appeal ended on {statement.appeal_until:%Y-%m-%d}."
    if session.scalar(select(DsaAppeal.id).where(DsaAppeal.statement_id == statement.id,
                                                 DsaAppeal.state == "open").limit(1)) is not None:
        errors["statement"] = "An appeal against this decision is already being reviewed."
    explanation = str(raw.get("explanation") or "").strip()
    if len(explanation) < MIN_EXPLANATION:
        errors["explanation"] = f"Tell us in at least {MIN_EXPLANATION} characters why the decision was wrong."
    elif len(explanation) > MAX_EXPLANATION:
        errors["explanation"] = f"Keep the explanation under {MAX_EXPLANATION} characters."
    email = str(raw.get("contact_email") or "").strip() or None
    if email is not None and not valid_email(email):
        errors["contact_email"] = "That e-mail address is not valid: it should look like name@example.org."
    if errors:
        raise AppealInvalid(errors)
    appeal = DsaAppeal(public_id=secrets.token_hex(8), statement_id=statement.id, explanation=explanation,
                       contact_email=email, state="open")
    session.add(appeal)
    session.flush()
    session.add(AuditEntry(comment_id=statement.comment_id, author_id=statement.author_id, actor_id=None,
                           actor_label=f"appeal {appeal.public_id}", action="dsa-appeal", reason=statement.kind,
                           note=appeal.public_id))
    recipient = _contact(session, appeal, statement)
    if recipient:
        queue_email(session, "appeal-receipt", recipient, f"{settings.site_name}: we received your appeal",
                    f"We received your appeal {appeal.public_id} against statement {statement.public_id}"
                    f" ({statement_url(settings, statement)}).\nA moderator who did not take the decision will"
                    " review it; we will write to you with the outcome.\n", appeal_id=appeal.id)
    session.flush()
    return appeal


def decide_appeal(session: Session, appeal: DsaAppeal, actor: User, outcome: str, note: str | None,
                  settings: DsaSettings) -> DsaAppeal:
    """Uphold or reverse; reversing lifts the restriction (restore, approve or reinstate). Flushes only."""
    from app.services.decisions import DecisionError

    if outcome not in OUTCOMES:
        raise DecisionError(f"outcome must be one of {', '.join(OUTCOMES)}")
    if appeal.state != "open":
        raise AppealRefused(f"appeal {appeal.public_id} was decided already ({appeal.state})")
    statement = session.get(DsaStatement, appeal.statement_id)
    assert statement is not None
    if statement.decided_by_id is not None and statement.decided_by_id == actor.id:
        raise AppealRefused("you took the decision under appeal: another moderator must review it")
    note = (note or "").strip()[:2000] or None
    if outcome == "reversed":
        _lift(session, statement, actor, note)
    appeal.state, appeal.outcome_note = outcome, note
    appeal.decided_at, appeal.decided_by_id = utcnow(), actor.id
    session.add(AuditEntry(comment_id=statement.comment_id, author_id=statement.author_id, actor_id=actor.id,
                           actor_label=actor.email, action=f"dsa-appeal-{outcome}", reason=statement.kind,
                           note=appeal.public_id + (f": {note}" if note else "")))
    recipient = _contact(session, appeal, statement)
    if recipient:
        words = (f"We reversed the decision: the {'comment' if statement.comment_id else 'account'} is"
                 " restored." if outcome == "reversed" else "We reviewed the decision and it stands.")
        queue_email(session, "appeal-decision", recipient, f"{settings.site_name}: outcome of your appeal",
                    f"Your appeal {appeal.public_id} against statement {statement.public_id}: {words}\n"
                    + (f"Reviewer's note: {note}\n" if note else "")
                    + "A moderator other than the one who took the original decision reviewed it.\n"
                    + ("You may still turn to a certified out-of-court dispute settlement body (Art. 21 DSA)"
                       " or go to court.\n" if outcome == "upheld" else ""), appeal_id=appeal.id)
    session.flush()
    return appeal


def _lift(session: Session, statement: DsaStatement, actor: User, note: str | None) -> None:
    """Undo the restriction through the decision service: audited, and the comment system is told."""
    from app.services.decisions import decide
    from app.services.sanctions import sanction_author

    appeal_note = "appeal upheld by the commenter's complaint" + (f": {note}" if note else "")
    if statement.comment_id is not None:
        comment = session.get(Comment, statement.comment_id)
        assert comment is not None
        session.refresh(comment)
        if comment.status == CommentStatus.REMOVED.value:
            decide(session, comment.id, actor, "restore", note=appeal_note, expected_version=comment.version)
        elif comment.status == CommentStatus.HELD.value:
            decide(session, comment.id, actor, "approve", note=appeal_note, expected_version=comment.version)
        return
    author = session.get(Author, statement.author_id) if statement.author_id else None
    if author is not None and author.standing in ("suspended", "banned"):
        sanction_author(session, author.id, actor, "reinstate", note=appeal_note)
