"""Which audit entries still stand. An undo is an AuditEntry whose `undoes_id` points at the entry it took
back (app/services/decisions.py): the undone entry stays in the append-only trail, so every count of
decisions (the reports, the calibration labels) has to leave it out — and the undo itself, which is a
retraction, not a decision."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, exists
from sqlalchemy.orm import aliased

from app.models import AuditEntry

UNDO_ACTION = "undo"


def not_undone(entry: Any = AuditEntry) -> ColumnElement[bool]:
    """True for an audit entry (`entry`: AuditEntry or an alias of it) that no later undo points at."""
    undo = aliased(AuditEntry)
    return ~exists().where(undo.undoes_id == entry.id)


def standing_decision(entry: Any = AuditEntry) -> ColumnElement[bool]:
    """An entry that counts as a decision now: not undone, and not an undo."""
    return and_(entry.action != UNDO_ACTION, not_undone(entry))
