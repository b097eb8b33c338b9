"""The decision service: conditional updates, conflicts, audit, restore, sanctions, bulk."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AuditEntry, Author, Comment, User
from app.models.dsa import DsaEmail, DsaStatement
from app.services.decisions import (
    DecisionConflict,
    DecisionError,
    bulk_decide,
    decide,
)
from app.services.sanctions import sanction_author


def test_approve_releases_a_held_comment(db_session: Session, queued: Callable[..., Comment],
                                         make_user: Callable[..., User]) -> None:
    mod = make_user()
    comment = queued(status="held")
    result = decide(db_session, comment.id, mod, "approve", expected_version=comment.version)
    assert (result.status, result.review_state, result.version) == ("visible", "decided", 2)
    db_session.refresh(comment)
    assert comment.decided_by_id == mod.id and comment.decided_at is not None


def test_remove_is_a_status_change_with_a_full_audit_entry(db_session: Session, queued: Callable[..., Comment],
                                                           make_user: Callable[..., User]) -> None:
    mod = make_user()
    comment = queued(scores={"toxicity": 0.8, "insult": 0.7}, queued_rule="toxicity-review")
    decide(db_session, comment.id, mod, "remove", "insult", "name-calling", comment.version)
    assert db_session.get(Comment, comment.id) is not None
    entry = db_session.scalar(select(AuditEntry).where(AuditEntry.comment_id == comment.id))
    assert entry is not None
    assert (entry.actor_id, entry.action, entry.reason, entry.note) == (mod.id, "remove", "insult", "name-calling")
    assert entry.rule == "toxicity-review"
    assert (entry.previous_status, entry.new_status) == ("visible", "removed")
    assert entry.scores is not None and entry.scores["toxicity"] == pytest.approx(0.8)


def test_second_moderator_gets_a_conflict_naming_the_first(db_session: Session, queued: Callable[..., Comment],
                                                          make_user: Callable[..., User]) -> None:
    first, second = make_user(email="first@example.test"), make_user(email="second@example.test")
    comment = queued()
    seen = comment.version
    decide(db_session, comment.id, first, "approve", expected_version=seen)
    with pytest.raises(DecisionConflict) as err:
        decide(db_session, comment.id, second, "remove", "spam", None, seen)
    assert "already decided by first@example.test" in str(err.value)
    assert err.value.current["status"] == "visible" and err.value.current["version"] == seen + 1
    assert db_session.get(Comment, comment.id).status == "visible"  # type: ignore[union-attr]
    actions = db_session.scalars(select(AuditEntry.action).where(AuditEntry.comment_id == comment.id)).all()
    assert actions == ["approve"]


@pytest.mark.parametrize(("action", "reason", "note", "message"), [
    ("remove", None, None, "needs a reason"),
    ("remove", "made-up", None, "needs a reason"),
    ("remove", "other", "  ", "needs a note"),
    ("explode", None, None, "unknown action"),
])
def test_invalid_decisions(db_session: Session, queued: Callable[..., Comment], make_user: Callable[..., User],
                           action: str, reason: str | None, note: str | None, message: str) -> None:
    comment = queued()
    with pytest.raises(DecisionError, match=message):
        decide(db_session, comment.id, make_user(), action, reason, note, comment.version)


def test_escalated_needs_an_admin(db_session: Session, queued: Callable[..., Comment],
                                  make_user: Callable[..., User]) -> None:
    comment = queued()
    result = decide(db_session, comment.id, make_user(), "escalate", expected_version=comment.version)
    assert result.review_state == "escalated"
    with pytest.raises(DecisionError, match="admin"):
        decide(db_session, comment.id, make_user(), "approve", expected_version=result.version)
    done = decide(db_session, comment.id, make_user(role="admin"), "approve", expected_version=result.version)
    assert done.review_state == "decided"


def test_defer_moves_to_the_back(db_session: Session, queued: Callable[..., Comment],
                                 make_user: Callable[..., User]) -> None:
    comment = queued()
    before = comment.queued_at
    result = decide(db_session, comment.id, make_user(), "defer", expected_version=comment.version)
    db_session.refresh(comment)
    assert result.review_state == "needs_review"
    assert before is None or comment.queued_at > before  # type: ignore[operator]


def test_restore_a_removed_comment(db_session: Session, queued: Callable[..., Comment],
                                   make_user: Callable[..., User]) -> None:
    mod = make_user()
    comment = queued()
    with pytest.raises(DecisionError, match="only removed"):
        decide(db_session, comment.id, mod, "restore", expected_version=comment.version)
    removed = decide(db_session, comment.id, mod, "remove", "spam", None, comment.version)
    restored = decide(db_session, comment.id, mod, "restore", None, "false positive", removed.version)
    assert restored.status == "visible"
    entries = db_session.scalars(select(AuditEntry.action).where(AuditEntry.comment_id == comment.id)
                                 .order_by(AuditEntry.id)).all()
    assert entries == ["remove", "restore"]


def test_bulk_reports_conflicts_and_acts_on_the_rest(db_session: Session, queued: Callable[..., Comment],
                                                     make_user: Callable[..., User]) -> None:
    mod = make_user()
    a, b, c = queued(), queued(), queued()
    stale = b.version
    decide(db_session, b.id, make_user(email="quick@example.test"), "approve", expected_version=stale)
    result = bulk_decide(db_session, [(a.id, a.version), (b.id, stale), (c.id, c.version)], mod, "remove", "spam")
    assert sorted(r.comment_id for r in result.done) == sorted([a.id, c.id])
    assert [cid for cid, _ in result.conflicts] == [b.id]
    assert "quick@example.test" in result.conflicts[0][1]
    assert db_session.get(Comment, b.id).status == "visible"  # type: ignore[union-attr]


def test_bulk_with_an_invalid_request_raises_once(db_session: Session, queued: Callable[..., Comment],
                                                  make_user: Callable[..., User]) -> None:
    a = queued()
    with pytest.raises(DecisionError):
        bulk_decide(db_session, [(a.id, a.version)], make_user(), "remove", None)


def test_author_sanctions(db_session: Session, make_source: Callable[..., Any], make_user: Callable[..., User]) -> None:
    author = Author(source_id=make_source().id, display_name="loud")
    db_session.add(author)
    db_session.flush()
    mod, admin = make_user(), make_user(role="admin")
    sanction_author(db_session, author.id, mod, "warn")
    assert author.standing == "warned"
    with pytest.raises(DecisionError, match="duration"):
        sanction_author(db_session, author.id, mod, "suspend")
    sanction_author(db_session, author.id, mod, "suspend", days=3)
    assert author.standing == "suspended" and author.suspended_until is not None
    with pytest.raises(DecisionError, match="admins"):
        sanction_author(db_session, author.id, mod, "ban")
    sanction_author(db_session, author.id, admin, "ban")
    assert author.standing == "banned"
    actions = db_session.scalars(select(AuditEntry.action).where(AuditEntry.author_id == author.id)
                                 .order_by(AuditEntry.id)).all()
    assert actions == ["author-warn", "author-suspend", "author-ban"]


def test_concurrent_decisions_have_exactly_one_winner(app: Any, app_context: None) -> None:
    """Two moderators on two real connections, same comment, same version, at the same moment."""
    import threading

    from sqlalchemy import delete
    from sqlalchemy.orm import Session as OrmSession

    from app.extensions import db
    from app.models import Article, Source
    from threads.model import content_hash

    engine = db.engine
    with OrmSession(engine) as setup:
        source = Source(slug="race-source", name="Race")
        article = Article(source=source, title="Race", body="", content_hash=content_hash("race"))
        users = [User(email=f"racer{i}@example.test", role="moderator") for i in range(2)]
        setup.add_all([source, article, *users])
        setup.flush()
        comment = Comment(article_id=article.id, body="contested", content_hash=content_hash("contested"),
                          path="000000/", review_state="needs_review")
        setup.add(comment)
        setup.commit()
        ids = {"comment": comment.id, "article": article.id, "source": source.id, "users": [u.id for u in users]}

    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def moderator(user_id: int, action: str) -> None:
        with OrmSession(engine) as session:
            actor = session.get(User, user_id)
            assert actor is not None
            barrier.wait()
            try:
                decide(session, ids["comment"], actor, action, "spam" if action == "remove" else None, None, 1)
                session.commit()
                outcomes.append("won")
            except DecisionConflict as exc:
                session.rollback()
                outcomes.append("conflict: " + str(exc))

    threads = [threading.Thread(target=moderator, args=(uid, act))
               for uid, act in zip(ids["users"], ("approve", "remove"), strict=True)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=30)
        assert sorted(o.split(":")[0] for o in outcomes) == ["conflict", "won"]
        assert "already decided by racer" in next(o for o in outcomes if o.startswith("conflict"))
        with OrmSession(engine) as check:
            final = check.get(Comment, ids["comment"])
            assert final is not None and final.version == 2
            entries = check.scalars(select(AuditEntry).where(AuditEntry.comment_id == ids["comment"])).all()
            assert len(entries) == 1
    finally:
        with engine.begin() as conn:  # Core deletes: the ORM guard on audit rows is for app code
            # When "remove" wins the race, the DSA hook has issued a statement of reasons (and queued
            # its e-mail) that point at the audit entry; they go first.
            statements = select(DsaStatement.id).where(DsaStatement.comment_id == ids["comment"])
            conn.execute(delete(DsaEmail).where(DsaEmail.statement_id.in_(statements)))
            conn.execute(delete(DsaStatement).where(DsaStatement.comment_id == ids["comment"]))
            conn.execute(delete(AuditEntry).where(AuditEntry.comment_id == ids["comment"]))
            conn.execute(delete(Comment).where(Comment.id == ids["comment"]))
            conn.execute(delete(Article).where(Article.id == ids["article"]))
            conn.execute(delete(Source).where(Source.id == ids["source"]))
            conn.execute(delete(User).where(User.id.in_(ids["users"])))


# Issue 17 item 2: a lower role cannot undo what a higher one decided, by any route.

def _refused(fn: Callable[[], object]) -> str:
    with pytest.raises(DecisionError) as err:
        fn()
    assert err.value.status == 403
    return str(err.value)


def test_escalated_comment_cannot_be_deferred_out_of_the_admins_hands(
        db_session: Session, queued: Callable[..., Comment], make_user: Callable[..., User]) -> None:
    mod = make_user()
    comment = queued()
    escalated = decide(db_session, comment.id, mod, "escalate", expected_version=comment.version)
    for action in ("defer", "approve", "remove", "restore"):
        assert "an admin decides it" in _refused(lambda action=action: decide(  # type: ignore[misc]
            db_session, comment.id, mod, action, "spam", None, escalated.version))
    db_session.refresh(comment)
    assert (comment.review_state, comment.version) == ("escalated", escalated.version)


def test_a_moderator_cannot_restore_or_reverse_an_admins_removal(
        db_session: Session, queued: Callable[..., Comment], make_user: Callable[..., User]) -> None:
    mod, admin = make_user(), make_user(role="admin")
    comment = queued()
    removed = decide(db_session, comment.id, admin, "remove", "threat", None, comment.version)
    for action in ("restore", "approve", "defer", "remove"):
        message = _refused(lambda action=action: decide(  # type: ignore[misc]
            db_session, comment.id, mod, action, "spam", None, removed.version))
        assert "an admin decided this comment" in message
    # asking for another look is allowed, and leaves the admin's decision in place
    asked = decide(db_session, comment.id, mod, "escalate", expected_version=removed.version)
    assert (asked.status, asked.review_state) == ("removed", "escalated")
    _refused(lambda: decide(db_session, comment.id, mod, "restore", expected_version=asked.version))
    restored = decide(db_session, comment.id, admin, "restore", expected_version=asked.version)
    assert restored.status == "visible"


def test_moderators_may_still_change_each_others_decisions(
        db_session: Session, queued: Callable[..., Comment], make_user: Callable[..., User]) -> None:
    first, second, admin = make_user(), make_user(), make_user(role="admin")
    comment = queued()
    removed = decide(db_session, comment.id, first, "remove", "spam", None, comment.version)
    restored = decide(db_session, comment.id, second, "restore", expected_version=removed.version)
    # and an admin may change a moderator's
    assert decide(db_session, comment.id, admin, "remove", "spam", None, restored.version).status == "removed"


def test_bulk_actions_obey_the_same_rule(db_session: Session, queued: Callable[..., Comment],
                                         make_user: Callable[..., User]) -> None:
    mod, admin = make_user(), make_user(role="admin")
    by_admin, by_mod, escalated = queued(), queued(), queued(review_state="escalated")
    decide(db_session, by_admin.id, admin, "remove", "threat", None, by_admin.version)
    decide(db_session, by_mod.id, mod, "remove", "spam", None, by_mod.version)
    items = [(c.id, c.version) for c in (by_admin, by_mod, escalated)]
    restore = bulk_decide(db_session, items[:2], mod, "restore")
    assert [r.comment_id for r in restore.done] == [by_mod.id]
    assert [cid for cid, _ in restore.errors] == [by_admin.id]
    defer = bulk_decide(db_session, [(escalated.id, escalated.version)], mod, "defer")
    assert not defer.done and "admin decides it" in defer.errors[0][1]
    for c, status in ((by_admin, "removed"), (escalated, "visible")):
        db_session.refresh(c)
        assert c.status == status
    assert escalated.review_state == "escalated"


def test_a_moderator_cannot_soften_an_admins_ban(db_session: Session, make_source: Callable[..., Any],
                                                 make_user: Callable[..., User]) -> None:
    author = Author(source_id=make_source().id, display_name="loud")
    db_session.add(author)
    db_session.flush()
    mod, admin = make_user(), make_user(role="admin")
    sanction_author(db_session, author.id, admin, "ban")
    for action, days in (("warn", None), ("suspend", 3)):
        assert "an admin set this author's standing" in _refused(
            lambda action=action, days=days: sanction_author(  # type: ignore[misc]
                db_session, author.id, mod, action, days=days))
    assert author.standing == "banned"
    sanction_author(db_session, author.id, admin, "warn")  # an admin may change an admin's
    assert author.standing == "warned"
