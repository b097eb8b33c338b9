"""#14 item 1 for authors: a warning, suspension or ban is lifted through the same undo as a comment
decision, audited as an undo of its entry, and the standing is worked out again from what remains."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AuditEntry, Author, User
from app.models.base import utcnow
from app.services.decisions import DecisionError, SanctionResult, bulk_undo, undo
from app.services.sanctions import sanction_author
from tests.app.queue_helpers import _fresh_rate_limits, csrf_from  # noqa: F401

JSON = {"Accept": "application/json", "X-Requested-With": "fetch"}


def _lift(session: Session, result: SanctionResult, actor: User) -> SanctionResult:
    lifted = undo(session, result.audit_id, actor)
    assert isinstance(lifted, SanctionResult)
    return lifted


def _until(value: datetime | None) -> datetime | None:
    return value.replace(tzinfo=None) if value is not None else None


def test_lifting_a_ban_brings_back_the_suspension_still_running(db_session: Session, author: Author,
                                                                make_user: Callable[..., User]) -> None:
    mod, admin = make_user(), make_user(role="admin")
    sanction_author(db_session, author.id, mod, "warn")
    suspended = sanction_author(db_session, author.id, mod, "suspend", days=7)
    until = author.suspended_until
    ban = sanction_author(db_session, author.id, admin, "ban", reason="threat")
    assert (author.standing, author.suspended_until) == ("banned", None)

    lifted = _lift(db_session, ban, admin)
    db_session.refresh(author)
    assert author.standing == "suspended" and _until(author.suspended_until) == _until(until)
    assert (lifted.lifted, lifted.standing, lifted.action) == ("ban", "suspended", "undo")
    entry = db_session.get(AuditEntry, lifted.audit_id)
    assert entry is not None
    assert (entry.action, entry.undoes_id, entry.author_id, entry.comment_id) == ("undo", ban.audit_id, author.id, None)
    assert (entry.previous_status, entry.new_status, entry.actor_id) == ("banned", "suspended", admin.id)

    # Then the suspension itself: the warning before it is what is left.
    _lift(db_session, suspended, mod)
    db_session.refresh(author)
    assert (author.standing, author.suspended_until) == ("warned", None)
    with pytest.raises(DecisionError, match="no longer in force"):
        undo(db_session, ban.audit_id, admin)  # once only


def test_a_suspension_that_ran_out_is_not_brought_back(db_session: Session, author: Author,
                                                        make_user: Callable[..., User],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    mod, admin = make_user(), make_user(role="admin")
    sanction_author(db_session, author.id, mod, "warn")
    sanction_author(db_session, author.id, mod, "suspend", days=2)
    ban = sanction_author(db_session, author.id, admin, "ban")
    later = utcnow() + timedelta(days=3)
    monkeypatch.setattr("app.services.sanctions.utcnow", lambda: later)
    _lift(db_session, ban, admin)
    db_session.refresh(author)
    assert (author.standing, author.suspended_until) == ("warned", None)


def test_lifting_an_older_sanction_leaves_a_later_one_standing(db_session: Session, author: Author,
                                                               make_user: Callable[..., User]) -> None:
    mod, admin = make_user(), make_user(role="admin")
    suspended = sanction_author(db_session, author.id, mod, "suspend", days=7)
    sanction_author(db_session, author.id, admin, "ban")
    lifted = _lift(db_session, suspended, mod)
    db_session.refresh(author)
    assert author.standing == "banned" and lifted.standing == "banned"


def test_undoing_a_reinstatement_restores_what_it_lifted(db_session: Session, author: Author,
                                                         make_user: Callable[..., User]) -> None:
    mod = make_user()
    suspended = sanction_author(db_session, author.id, mod, "suspend", days=5)
    reinstated = sanction_author(db_session, author.id, mod, "reinstate")
    assert author.standing == "active"
    with pytest.raises(DecisionError, match="no longer in force"):
        undo(db_session, suspended.audit_id, mod)  # the reinstatement already lifted it
    _lift(db_session, reinstated, mod)
    db_session.refresh(author)
    assert author.standing == "suspended" and _until(author.suspended_until) == _until(
        datetime.fromisoformat(suspended.suspended_until or ""))


def test_lifting_follows_the_roles(db_session: Session, author: Author, make_user: Callable[..., User]) -> None:
    mod, admin = make_user(), make_user(role="admin")
    ban = sanction_author(db_session, author.id, admin, "ban")
    with pytest.raises(DecisionError, match="only an admin can lift"):
        undo(db_session, ban.audit_id, mod)
    # Anyone allowed may lift, not only the person who took it, and long after the comment undo window.
    _lift(db_session, ban, make_user(role="admin"))
    db_session.refresh(author)
    assert author.standing == "active"
    # The lifted ban no longer keeps moderators from setting this author's standing.
    sanction_author(db_session, author.id, mod, "warn")
    assert author.standing == "warned"


def test_bulk_undo_reports_lifted_sanctions_apart_from_comments(db_session: Session, author: Author,
                                                                make_user: Callable[..., User]) -> None:
    mod = make_user()
    warn = sanction_author(db_session, author.id, mod, "warn")
    out = bulk_undo(db_session, [warn.audit_id], mod)
    assert out.done == [] and [r.lifted for r in out.lifted] == ["warn"]


def test_author_page_lifts_and_the_queue_offers_undo(client: FlaskClient, moderator: User, db_session: Session,
                                                     author: Author) -> None:
    page = f"/authors/{author.id}"
    token = csrf_from(client.get(page).text)
    client.post(f"/authors/{author.id}/sanction", data={"action": "suspend", "days": "3", "csrf_token": token,
                                                        "next": page})
    shown = client.get(page).text
    offer = re.search(r'<form method="post" action="/undo" class="flash info undo-offer".*?</form>', shown, re.S)
    assert offer is not None
    assert re.search(r"Suspended Loud Larry — suspended until \d{4}-\d\d-\d\d \d\d:\d\d; new comments are held\.",
                     offer.group(0))
    row = re.search(r'<tr class="sanction in-force" id="sanction-(\d+)">.*?</tr>', shown, re.S)
    assert row is not None and "In force until" in row.group(0) and ">Lift</button>" in row.group(0)

    client.post(f"/authors/{author.id}/sanction", data={"action": "warn", "csrf_token": token, "next": page})
    lifted = client.post("/undo", headers=JSON, data={"entry": row.group(1), "csrf_token": token})
    assert lifted.status_code == 200 and lifted.json is not None
    assert lifted.json["message"] == "Lifted the suspension on Loud Larry — standing now: warned."
    assert lifted.json["authors"][0]["standing"] == "warned"
    again = client.get(page).text
    assert f"Lifted by {moderator.email} on" in again and f'id="sanction-{row.group(1)}"><td>' in again

    # The Undo the confirmation offers after a sanction is the same lift.
    client.post(f"/authors/{author.id}/sanction", data={"action": "reinstate", "csrf_token": token, "next": page})
    fields = dict(re.findall(r'name="(from|to)" value="(\d+)"', client.get(page).text))
    done = client.post("/undo", data={**fields, "csrf_token": token, "next": page}, follow_redirects=True)
    assert "Undone: the reinstatement of Loud Larry — standing now: warned." in done.text
    db_session.refresh(author)
    assert author.standing == "warned"
    undos = db_session.scalars(select(AuditEntry.note).where(AuditEntry.author_id == author.id,
                                                             AuditEntry.action == "undo")).all()
    assert sorted(str(u) for u in undos) == ["lifted suspend", "undid reinstate"]
