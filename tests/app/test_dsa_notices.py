"""Readers' notices (DSA Art. 16): the public form and the JSON endpoint accept and refuse the same
notices, queue the comment, land in the audit log, and e-mail a receipt through a real SMTP server;
a moderator's decision on the comment answers them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AuditEntry, Comment, Flag, User
from app.models.dsa import DsaEmail, DsaNotice
from app.services.decisions import decide
from tests.app.dsa_support import Inbox, csrf_token, own_address, running_smtp

GOOD = {"category": "violence", "explanation": "It calls on readers to attack the mayor at her home tonight.",
        "reporter_name": "Ada Reader", "reporter_email": "ada@example.org", "good_faith": "yes"}


@pytest.fixture
def smtp_inbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[Inbox]:
    yield from running_smtp(monkeypatch)


def _post_form(client: FlaskClient, comment: Comment, **overrides: Any) -> Any:
    token = csrf_token(client, f"/dsa/report?comment_id={comment.id}")
    data = {**GOOD, "comment_id": str(comment.id), "csrf_token": token, **overrides}
    return client.post("/dsa/report", data={k: v for k, v in data.items() if v is not None})


def test_form_shows_the_comment_and_sends_a_receipt(client: FlaskClient, db_session: Session,
                                                     make_comment: Callable[..., Comment], smtp_inbox: Inbox) -> None:
    own_address(client)
    comment = make_comment("Go to her house tonight and make her pay.")
    page = client.get(f"/dsa/report?comment_id={comment.id}")
    assert page.status_code == 200
    assert "Go to her house tonight" in page.get_data(as_text=True)
    before_version = comment.version

    response = _post_form(client, comment)
    assert response.status_code == 200, response.get_data(as_text=True)
    notice = db_session.scalar(select(DsaNotice).where(DsaNotice.comment_id == comment.id))
    assert notice is not None and notice.state == "open" and notice.channel == "form" and notice.good_faith
    assert notice.public_id in response.get_data(as_text=True)

    db_session.refresh(comment)
    assert comment.review_state == "needs_review" and comment.priority >= 50 and comment.flag_count == 1
    assert comment.version == before_version + 1
    assert db_session.scalar(select(Flag.reason).where(Flag.comment_id == comment.id)).startswith("DSA notice")
    audit = db_session.scalar(select(AuditEntry).where(AuditEntry.comment_id == comment.id,
                                                       AuditEntry.action == "dsa-notice"))
    assert audit is not None and audit.reason == "violence" and audit.note == notice.public_id

    receipts = smtp_inbox.to("ada@example.org", "notice-receipt")
    assert len(receipts) == 1
    text = receipts[0].get_content()
    assert notice.public_id in text and "Threats, incitement to violence" in text
    assert db_session.scalar(select(DsaEmail.status).where(DsaEmail.notice_id == notice.id)) == "sent"


def test_form_refuses_without_csrf_token(client: FlaskClient, db_session: Session,
                                         make_comment: Callable[..., Comment]) -> None:
    own_address(client)
    comment = make_comment()
    response = client.post("/dsa/report", data={**GOOD, "comment_id": str(comment.id)})
    assert response.status_code == 400
    assert "Form expired" in response.get_data(as_text=True)
    assert db_session.scalar(select(DsaNotice).where(DsaNotice.comment_id == comment.id)) is None


def test_bad_input_is_answered_field_by_field(client: FlaskClient, db_session: Session,
                                              make_comment: Callable[..., Comment]) -> None:
    own_address(client)
    comment = make_comment()
    response = _post_form(client, comment, category="", reporter_email="ada(at)example", good_faith=None,
                          explanation="bad")
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert "Choose what kind of illegal content this is." in html
    assert "That e-mail address is not valid" in html
    assert "at least 20 characters" in html
    assert "Confirm that you believe in good faith" in html
    assert "It calls on readers" not in html  # the explanation field keeps what was typed: "bad"
    assert db_session.scalar(select(DsaNotice).where(DsaNotice.comment_id == comment.id)) is None


def test_unknown_comment_is_a_clear_404(client: FlaskClient) -> None:
    own_address(client)
    response = client.get("/dsa/report?comment_id=987654321")
    assert response.status_code == 404
    assert "could not find that comment" in response.get_data(as_text=True)


def test_json_endpoint_by_the_comment_systems_ids(client: FlaskClient, db_session: Session,
                                                  make_comment: Callable[..., Comment], smtp_inbox: Inbox) -> None:
    own_address(client)
    comment = make_comment("A post with someone's home address and phone number.", external_id="c-77")
    slug = comment.article.source.slug
    response = client.post("/api/dsa/notices", json={
        "source": slug, "comment": "c-77", "category": "privacy", "explanation": "It publishes my address and"
        " phone number without my consent.", "reporter_name": "Bo", "reporter_email": "bo@example.org",
        "good_faith": True})
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    assert body["comment_id"] == comment.id and body["category"] == "privacy"
    assert db_session.scalar(select(DsaNotice.channel).where(DsaNotice.public_id == body["notice"])) == "api"
    assert len(smtp_inbox.to("bo@example.org", "notice-receipt")) == 1


def test_json_endpoint_refuses_with_reasons(client: FlaskClient, make_comment: Callable[..., Comment]) -> None:
    own_address(client)
    comment = make_comment()
    response = client.post("/api/dsa/notices", json={"comment_id": comment.id, "category": "nonsense",
                                                      "explanation": "x", "good_faith": False})
    assert response.status_code == 422
    errors = response.get_json()["errors"]
    assert set(errors) == {"category", "explanation", "reporter_email", "reporter_name", "good_faith"}
    assert client.post("/api/dsa/notices", data="not json").status_code == 400


def test_child_abuse_notices_may_be_anonymous(client: FlaskClient, db_session: Session,
                                              make_comment: Callable[..., Comment]) -> None:
    own_address(client)
    comment = make_comment()
    response = client.post("/api/dsa/notices", json={
        "comment_id": comment.id, "category": "child_sexual_abuse", "good_faith": True,
        "explanation": "The link in this comment leads to abuse material."})
    assert response.status_code == 201, response.get_json()
    assert response.get_json()["receipt_sent_to"] is None


def test_rate_limit_per_address(app: Any, client: FlaskClient, make_comment: Callable[..., Comment]) -> None:
    own_address(client)
    comment = make_comment()
    app.config["DSA_NOTICE_RATE_LIMIT"] = "2 per minute"
    try:
        statuses = [client.post("/api/dsa/notices", json={"comment_id": comment.id}).status_code for _ in range(3)]
        limited = client.post("/api/dsa/notices", json={"comment_id": comment.id})
        own_address(client)  # another address still gets through to the checks
        other = client.post("/api/dsa/notices", json={"comment_id": comment.id})
    finally:
        app.config.pop("DSA_NOTICE_RATE_LIMIT")
    assert statuses[:2] == [422, 422] and statuses[2] == 429
    assert limited.status_code == 429 and "wait a while" in limited.get_json()["error"]
    assert other.status_code == 422


def test_a_decision_answers_the_notices_and_tells_the_reporter(
        client: FlaskClient, db_session: Session, make_comment: Callable[..., Comment],
        make_user: Callable[..., User], smtp_inbox: Inbox) -> None:
    own_address(client)
    comment = make_comment("Someone should shoot the councillors.")
    assert _post_form(client, comment).status_code == 200
    assert _post_form(client, comment, reporter_email="cy@example.org", reporter_name="Cy").status_code == 200
    moderator = make_user()
    db_session.refresh(comment)
    result = decide(db_session, comment.id, moderator, "remove", "incitement", None, comment.version)
    notices = db_session.scalars(select(DsaNotice).where(DsaNotice.comment_id == comment.id)).all()
    assert [(n.state, n.outcome, n.decided_by_id, n.decision_audit_id) for n in notices] == \
        [("decided", "removed", moderator.id, result.audit_id)] * 2
    answered = db_session.scalars(select(AuditEntry.note).where(AuditEntry.action == "dsa-notice-decided",
                                                                AuditEntry.comment_id == comment.id)).all()
    assert sorted(answered) == sorted(n.public_id for n in notices)

    from app.reports.delivery import smtp_settings
    from app.services.dsa_mail import send_pending

    send_pending(db_session, smtp_settings({}))
    decision = smtp_inbox.to("cy@example.org", "notice-decision")
    assert len(decision) == 1 and "We removed the comment." in decision[0].get_content()


def test_keeping_a_reported_comment_answers_no_action(client: FlaskClient, db_session: Session,
                                                      make_comment: Callable[..., Comment],
                                                      make_user: Callable[..., User]) -> None:
    own_address(client)
    comment = make_comment("I think the mayor is wrong about the bridge.")
    assert _post_form(client, comment, category="illegal_speech").status_code == 200
    db_session.refresh(comment)
    decide(db_session, comment.id, make_user(), "approve", None, None, comment.version)
    notice = db_session.scalar(select(DsaNotice).where(DsaNotice.comment_id == comment.id))
    assert notice is not None and (notice.state, notice.outcome) == ("decided", "no_action")
    # an escalation is no answer
    other = make_comment("Another comment.")
    assert _post_form(client, other).status_code == 200
    db_session.refresh(other)
    decide(db_session, other.id, make_user(), "escalate", None, None, other.version)
    assert db_session.scalar(select(DsaNotice.state).where(DsaNotice.comment_id == other.id)) == "open"
