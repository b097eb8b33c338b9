"""Where a moderator's decision meets the DSA: it answers the readers' notices on the comment (Art. 16(5))
and, when it restricts, issues the statement of reasons (Art. 17). Called by app/services/decisions.py
right after it records a decision, in the same transaction; flushes only.
"""

from __future__ import annotations

from flask import current_app, has_app_context
from sqlalchemy.orm import Session

from app.models import AuditEntry, Comment, User
from app.services.dsa_categories import RESTRICTING_ACTIONS
from app.services.dsa_notices import answer_notices
from app.services.dsa_settings import DsaSettings, dsa_settings
from app.services.dsa_statements import issue_statement

ANSWERING_ACTIONS = ("approve", "remove", "restore")


def _context() -> tuple[DsaSettings, dict[str, str]]:
    from app.services.decisions import DEFAULT_REMOVAL_REASONS

    if not has_app_context():
        return dsa_settings(), dict(DEFAULT_REMOVAL_REASONS)
    return dsa_settings(current_app.config), dict(current_app.config.get("REMOVAL_REASONS")
                                                  or DEFAULT_REMOVAL_REASONS)


def after_decision(session: Session, comment: Comment | None, entry: AuditEntry, actor: User) -> None:
    settings, reasons = _context()
    if comment is not None and entry.action in ANSWERING_ACTIONS:
        answer_notices(session, comment, entry, actor, settings)
    if entry.action in RESTRICTING_ACTIONS:
        issue_statement(session, entry, settings, reasons)
