"""Statements of reasons (DSA Art. 17): what each restriction's statement says, how it reaches the
commenter (e-mail through a real SMTP server, the comment system's callback, or the link alone), that it
never changes once sent, and the Transparency Database export."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import pytest
from flask.testing import FlaskClient, FlaskCliRunner
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AuditEntry, Author, Comment, User
from app.models.base import utcnow
from app.models.dsa import DsaNotice, DsaStatement
from app.models.live import CallbackDelivery, SourceConfig
from app.reports.delivery import smtp_settings
from app.services.decisions import decide
from app.services.dsa_mail import send_pending
from app.services.dsa_statements import set_author_contact
from app.services.sanctions import sanction_author
from tests.app.dsa_support import Inbox, own_address, running_smtp


@pytest.fixture
def smtp_inbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[Inbox]:
    yield from running_smtp(monkeypatch)


@pytest.fixture
def author(db_session: Session, make_source: Callable[..., Any]) -> Author:
    row = Author(source_id=make_source().id, external_id="u-1", display_name="Rita Commenter")
    db_session.add(row)
    db_session.flush()
    return row


def _statement(db_session: Session, entry_id: int | None = None, **where: Any) -> DsaStatement:
    query = select(DsaStatement)
    if entry_id is not None:
        query = query.where(DsaStatement.audit_entry_id == entry_id)
    for key, value in where.items():
        query = query.where(getattr(DsaStatement, key) == value)
    found = db_session.scalar(query.order_by(DsaStatement.id.desc()).limit(1))
    assert found is not None
    return found


def test_removal_of_a_flagged_comment_states_reasons_by_email(
        db_session: Session, make_comment: Callable[..., Comment], make_user: Callable[..., User],
        author: Author, smtp_inbox: Inbox, client: FlaskClient) -> None:
    comment = make_comment("They deserve to be hanged, all of them.", author_id=author.id,
                           scores={"incitement": 0.93}, review_state="needs_review", queued_rule="incitement-review",
                           language="en")
    set_author_contact(db_session, author.id, "rita@example.org")
    moderator = make_user()
    result = decide(db_session, comment.id, moderator, "remove", "incitement", "calls for executions", comment.version)
    statement = _statement(db_session, result.audit_id)
    body = statement.body
    assert statement.kind == "removal" and statement.decided_by_id == moderator.id
    assert body["decision_visibility"] == ["DECISION_VISIBILITY_CONTENT_REMOVED"]
    assert body["automated_detection"] == "Yes"  # a policy rule queued it
    assert body["automated_decision"] == "AUTOMATED_DECISION_NOT_AUTOMATED"  # a moderator clicked
    assert body["decision_ground"] == "DECISION_GROUND_INCOMPATIBLE_CONTENT"
    assert body["category"] == "STATEMENT_CATEGORY_VIOLENCE" and body["source_type"] == "SOURCE_VOLUNTARY"
    assert body["content_language"] == "EN" and body["content_type"] == ["CONTENT_TYPE_TEXT"]
    assert "Incitement to violence" in body["decision_facts"] and "calls for executions" in body["decision_facts"]
    assert statement.sent_via == "email" and statement.appeal_until > utcnow() + timedelta(days=180)

    send_pending(db_session, smtp_settings({}))
    mails = smtp_inbox.to("rita@example.org", "statement")
    assert len(mails) == 1
    text = mails[0].get_content()
    assert "a person decided" in text and f"/dsa/statements/{statement.public_id}/appeal" in text

    page = client.get(f"/dsa/statements/{statement.public_id}")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "They deserve to be hanged" in html and "No: a moderator decided" in html and "appeal-link" in html
    assert client.get("/dsa/statements/nosuchstatement").status_code == 404


def test_a_sent_statement_cannot_change(db_session: Session, make_comment: Callable[..., Comment],
                                        make_user: Callable[..., User]) -> None:
    comment = make_comment("Spam spam spam, buy now.")
    result = decide(db_session, comment.id, make_user(), "remove", "spam", None, comment.version)
    statement = _statement(db_session, result.audit_id)
    assert statement.sent_at is not None and statement.sent_via == "link"
    statement.body = {**statement.body, "decision_facts": "something else"}
    with pytest.raises(RuntimeError, match="unchanged"):
        db_session.flush()
    db_session.rollback()


def test_without_an_address_the_comment_system_gets_it(db_session: Session, make_comment: Callable[..., Comment],
                                                      make_user: Callable[..., User]) -> None:
    comment = make_comment("Off topic rant.", external_id="ext-9")
    db_session.add(SourceConfig(source_id=comment.article.source_id, scheme="standard", payload_format="generic",
                                secrets=["whsec_x"], callback_url="http://127.0.0.1:9/cb", callback_secret="whsec_c"))
    db_session.flush()
    result = decide(db_session, comment.id, make_user(), "remove", "off_topic", None, comment.version)
    statement = _statement(db_session, result.audit_id)
    assert statement.sent_via == "callback"
    delivery = db_session.scalar(select(CallbackDelivery).where(CallbackDelivery.action == "statement_of_reasons",
                                                                CallbackDelivery.comment_id == comment.id))
    assert delivery is not None
    payload = delivery.payload
    assert payload["type"] == "comment.statement_of_reasons" and payload["data"]["comment_id"] == "ext-9"
    assert payload["statement"]["id"] == statement.public_id
    assert payload["statement"]["fields"]["decision_ground"] == "DECISION_GROUND_INCOMPATIBLE_CONTENT"


def test_notice_with_a_named_law_gives_an_illegal_content_ground(
        db_session: Session, make_comment: Callable[..., Comment], make_user: Callable[..., User],
        client: FlaskClient) -> None:
    comment = make_comment("Group X are vermin and must be exterminated.")
    own_address(client)
    response = client.post("/api/dsa/notices", json={
        "comment_id": comment.id, "category": "illegal_speech", "explanation": "Incitement to hatred against a"
        " group, punishable in Germany.", "reporter_name": "Dee", "reporter_email": "dee@example.org",
        "good_faith": True})
    assert response.status_code == 201
    for notice in db_session.scalars(select(DsaNotice).where(DsaNotice.comment_id == comment.id)):
        notice.legal_ground = "§ 130 StGB (Volksverhetzung)"
    db_session.refresh(comment)
    result = decide(db_session, comment.id, make_user(), "remove", "hate", None, comment.version)
    body = _statement(db_session, result.audit_id).body
    assert body["decision_ground"] == "DECISION_GROUND_ILLEGAL_CONTENT"
    assert body["illegal_content_legal_ground"] == "§ 130 StGB (Volksverhetzung)"
    assert body["source_type"] == "SOURCE_ARTICLE_16"
    assert body["category"] == "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH"
    assert "dee@example.org" not in json.dumps(body)  # the reporter is not named to the commenter


def test_long_policy_holds_and_sanctions(db_session: Session, make_comment: Callable[..., Comment],
                                         make_user: Callable[..., User], author: Author,
                                         runner: FlaskCliRunner) -> None:
    old = make_comment("held long ago", status="held", review_state="needs_review", queued_rule="threat-hold",
                       scores={"threat": 0.9})
    young = make_comment("held just now", status="held", review_state="needs_review", queued_rule="threat-hold")
    for comment, age in ((old, timedelta(hours=30)), (young, timedelta(hours=2))):
        db_session.add(AuditEntry(comment_id=comment.id, actor_id=None, actor_label="policy", action="policy-hold",
                                  reason="threat-hold", rule="threat-hold", previous_status="visible",
                                  new_status="held", created_at=utcnow() - age))
    db_session.flush()
    result = runner.invoke(args=["dsa", "issue-statements"])
    assert result.exit_code == 0, result.output
    held = db_session.scalars(select(DsaStatement).where(DsaStatement.kind == "hold")).all()
    assert [s.comment_id for s in held] == [old.id]
    body = held[0].body
    assert body["automated_decision"] == "AUTOMATED_DECISION_FULLY" and body["automated_detection"] == "Yes"
    assert body["decision_visibility"] == ["DECISION_VISIBILITY_CONTENT_DISABLED"]
    assert body["category"] == "STATEMENT_CATEGORY_VIOLENCE"
    again = runner.invoke(args=["dsa", "issue-statements"])
    assert "0 statement(s)" in again.output

    sanction_author(db_session, author.id, make_user(), "suspend", days=7, reason="insult")
    suspension = _statement(db_session, kind="suspension")
    assert suspension.body["decision_account"] == "DECISION_ACCOUNT_SUSPENDED"
    assert suspension.body["end_date_account_restriction"] == (utcnow() + timedelta(days=7)).date().isoformat()
    assert "Rita Commenter" in suspension.body["decision_facts"]
    sanction_author(db_session, author.id, make_user(), "warn")
    assert db_session.scalar(select(DsaStatement).where(DsaStatement.kind == "warn")) is None


def test_export_in_the_transparency_database_shape(db_session: Session, make_comment: Callable[..., Comment],
                                                   make_user: Callable[..., User], runner: FlaskCliRunner,
                                                   tmp_path: Any) -> None:
    comment = make_comment("Buy cheap watches here.")
    decide(db_session, comment.id, make_user(), "remove", "spam", None, comment.version)
    out = tmp_path / "sor.json"
    today = utcnow().date().isoformat()
    result = runner.invoke(args=["dsa", "export-statements", "--since", today, "--output", str(out)])
    assert result.exit_code == 0, result.output
    statements = json.loads(out.read_text())["statements"]
    mine = [s for s in statements if "Buy cheap watches" in s["decision_facts"]]
    assert len(mine) == 1
    sor = mine[0]
    assert "threadwatch" not in sor and None not in sor.values()
    for required in ("decision_visibility", "decision_ground", "category", "content_type", "application_date",
                     "decision_facts", "source_type", "automated_detection", "automated_decision", "puid",
                     "incompatible_content_ground", "incompatible_content_explanation", "content_date"):
        assert required in sor, required
    tomorrow = (utcnow() + timedelta(days=1)).date().isoformat()
    later = runner.invoke(args=["dsa", "export-statements", "--since", tomorrow])
    assert json.loads(later.output)["statements"] == []
