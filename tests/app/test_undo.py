"""Undo (#14 item 1): every action can be reverted by its actor, through the append-only audit log."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.models import AuditEntry, Author, Comment, User
from app.models.base import utcnow
from app.services.calibration import decided_comments
from app.services.decisions import (
    DecisionConflict,
    DecisionError,
    bulk_decide,
    bulk_undo,
    decide,
    suggested_reason,
    undo,
)


def _state(session: Session, comment: Comment) -> tuple[Any, ...]:
    session.refresh(comment)
    return comment.status, comment.review_state, comment.decided_at, comment.decided_by_id, comment.queued_at


@pytest.mark.parametrize(("action", "reason"), [("approve", None), ("remove", "insult"), ("escalate", None),
                                                 ("defer", None)])
def test_undo_puts_back_exactly_what_the_action_changed(db_session: Session, queued: Callable[..., Comment],
                                                        make_user: Callable[..., User], action: str,
                                                        reason: str | None) -> None:
    mod = make_user()
    comment = queued(status="held")
    before = _state(db_session, comment)
    done = decide(db_session, comment.id, mod, action, reason, None, comment.version)
    assert done.audit_id is not None
    assert _state(db_session, comment) != before
    undone = undo(db_session, done.audit_id, mod)
    assert _state(db_session, comment) == before
    assert undone.version == done.version + 1 and undone.action == "undo"
    entries = db_session.scalars(select(AuditEntry).where(AuditEntry.comment_id == comment.id)
                                 .order_by(AuditEntry.id)).all()
    assert [e.action for e in entries] == [action, "undo"]  # appended, the first entry untouched
    assert entries[1].undoes_id == entries[0].id and entries[1].new_status == "held"


def test_approve_on_a_removed_comment_shows_it(db_session: Session, queued: Callable[..., Comment],
                                               make_user: Callable[..., User]) -> None:
    mod = make_user()
    comment = queued()
    removed = decide(db_session, comment.id, mod, "remove", "spam", None, comment.version)
    approved = decide(db_session, comment.id, mod, "approve", expected_version=removed.version)
    assert (approved.status, approved.review_state) == ("visible", "decided")


def test_undo_refuses_others_repeats_and_later_changes(db_session: Session, queued: Callable[..., Comment],
                                                       make_user: Callable[..., User]) -> None:
    mod, other = make_user(), make_user()
    comment = queued()
    done = decide(db_session, comment.id, mod, "remove", "insult", None, comment.version)
    assert done.audit_id is not None
    with pytest.raises(DecisionError, match="only the person"):
        undo(db_session, done.audit_id, other)
    later = decide(db_session, comment.id, other, "approve", expected_version=done.version)
    with pytest.raises(DecisionConflict, match="nothing was undone"):
        undo(db_session, done.audit_id, mod)
    assert _state(db_session, comment)[0] == "visible"  # the later approval stands
    assert later.audit_id is not None
    undo(db_session, later.audit_id, other)
    with pytest.raises(DecisionError, match="undone already"):
        undo(db_session, later.audit_id, other)
    first = db_session.scalars(select(AuditEntry).where(AuditEntry.comment_id == comment.id)).first()
    assert first is not None and first.action == "remove"


def test_undo_has_a_time_limit(db_session: Session, queued: Callable[..., Comment],
                               make_user: Callable[..., User]) -> None:
    mod = make_user()
    comment = queued()
    done = decide(db_session, comment.id, mod, "approve", expected_version=comment.version)
    # Age the entry directly in SQL: the ORM refuses to update audit rows, as it should.
    db_session.execute(update(AuditEntry).where(AuditEntry.id == done.audit_id)
                       .values(created_at=utcnow() - timedelta(hours=1)))
    db_session.expire_all()
    with pytest.raises(DecisionError, match="too late"):
        undo(db_session, done.audit_id or 0, mod)


def test_bulk_undo_and_calibration_ignores_undone_decisions(db_session: Session, queued: Callable[..., Comment],
                                                            make_user: Callable[..., User]) -> None:
    mod = make_user()
    a, b = queued(), queued()
    before = len(decided_comments(db_session))
    result = bulk_decide(db_session, [(a.id, a.version), (b.id, b.version)], mod, "remove", "insult")
    assert len(decided_comments(db_session)) == before + 2
    undone = bulk_undo(db_session, [r.audit_id or 0 for r in result.done] + [999_999_999], mod)
    assert len(undone.done) == 2 and [i for i, _ in undone.errors] == [999_999_999]
    assert {_state(db_session, c)[:2] for c in (a, b)} == {("visible", "needs_review")}
    assert len(decided_comments(db_session)) == before


def test_suggested_reason_follows_the_rules_label() -> None:
    reasons = {"incitement": "Incitement", "insult": "Insult", "hate": "Hate"}
    assert suggested_reason("insult", reasons) == "insult"
    assert suggested_reason("identity_attack", reasons) == "hate"
    assert suggested_reason("threat", reasons) is None  # not offered by this desk
    assert suggested_reason("toxicity", reasons) is None
    assert suggested_reason(None, reasons) is None


def test_an_undone_decision_is_not_counted_on_the_author_page(db_session: Session, queued: Callable[..., Comment],
                                                                make_user: Callable[..., User], author: Author) -> None:
    from app.services.author_profile import profile_for_author

    mod = make_user()
    comment = queued(author_id=author.id)
    assert comment.author_id is not None
    done = decide(db_session, comment.id, mod, "approve", None, None, comment.version)
    assert profile_for_author(db_session, comment.author_id).decided == 1
    assert done.audit_id is not None
    undo(db_session, done.audit_id, mod)
    profile = profile_for_author(db_session, comment.author_id)
    assert profile.decided == 0
    assert [c.decided_by for c in profile.comments if c.id == comment.id] == [None]
