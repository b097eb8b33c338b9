"""Appeals (DSA Art. 20): filed on the statement's link within six months, decided by a moderator other
than the one who decided, the outcome e-mailed and audited; a reversal restores the comment and tells the
comment system."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AuditEntry, Comment, User
from app.models.base import utcnow
from app.models.dsa import DsaAppeal, DsaStatement
from app.models.live import CallbackDelivery, SourceConfig
from app.services.decisions import decide
from app.services.dsa_appeals import AppealRefused, decide_appeal
from app.services.dsa_settings import dsa_settings
from tests.app.dsa_support import Inbox, csrf_token, own_address, running_smtp


@pytest.fixture
def smtp_inbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[Inbox]:
    yield from running_smtp(monkeypatch)


def _removed(db_session: Session, make_comment: Callable[..., Comment], moderator: User,
             **kw: Any) -> tuple[Comment, DsaStatement]:
    comment = make_comment("You are all idiots and should leave.", external_id="e-1", **kw)
    result = decide(db_session, comment.id, moderator, "remove", "insult", None, comment.version)
    statement = db_session.scalar(select(DsaStatement).where(DsaStatement.audit_entry_id == result.audit_id))
    assert statement is not None
    return comment, statement


def _appeal(client: FlaskClient, statement: DsaStatement, **data: str) -> Any:
    url = f"/dsa/statements/{statement.public_id}/appeal"
    return client.post(url, data={"csrf_token": csrf_token(client, url), **data})


def test_appeal_reversed_by_another_moderator_restores_and_tells(
        client: FlaskClient, db_session: Session, make_comment: Callable[..., Comment],
        make_user: Callable[..., User], smtp_inbox: Inbox) -> None:
    own_address(client)
    first, second = make_user(), make_user()
    comment, statement = _removed(db_session, make_comment, first)
    db_session.add(SourceConfig(source_id=comment.article.source_id, scheme="standard", payload_format="generic",
                                secrets=["whsec_x"], callback_url="http://127.0.0.1:9/cb", callback_secret="whsec_c"))
    db_session.flush()

    response = _appeal(client, statement, explanation="It was sarcasm among friends, not an insult.",
                       contact_email="rita@example.org")
    assert response.status_code == 200, response.get_data(as_text=True)
    appeal = db_session.scalar(select(DsaAppeal).where(DsaAppeal.statement_id == statement.id))
    assert appeal is not None and appeal.state == "open"
    assert len(smtp_inbox.to("rita@example.org", "appeal-receipt")) == 1
    assert _appeal(client, statement, explanation="And again, please look at it.").status_code == 400  # one at a time

    settings = dsa_settings({})
    with pytest.raises(AppealRefused, match="another moderator"):
        decide_appeal(db_session, appeal, first, "reversed", None, settings)
    decide_appeal(db_session, appeal, second, "reversed", "context shows banter", settings)
    db_session.refresh(comment)
    assert comment.status == "visible" and appeal.state == "reversed" and appeal.decided_by_id == second.id
    actions = db_session.scalars(select(AuditEntry.action).where(AuditEntry.comment_id == comment.id)
                                 .order_by(AuditEntry.id)).all()
    assert actions == ["remove", "dsa-appeal", "restore", "dsa-appeal-reversed"]
    restore = db_session.scalar(select(CallbackDelivery).where(CallbackDelivery.comment_id == comment.id,
                                                               CallbackDelivery.action == "restore"))
    assert restore is not None and restore.payload["data"]["comment_id"] == "e-1"

    from app.reports.delivery import smtp_settings
    from app.services.dsa_mail import send_pending

    send_pending(db_session, smtp_settings({}))
    outcome = smtp_inbox.to("rita@example.org", "appeal-decision")
    assert len(outcome) == 1 and "We reversed the decision" in outcome[0].get_content()
    with pytest.raises(AppealRefused, match="decided already"):
        decide_appeal(db_session, appeal, second, "upheld", None, settings)


def test_upheld_appeal_keeps_the_comment_removed(client: FlaskClient, db_session: Session,
                                                 make_comment: Callable[..., Comment],
                                                 make_user: Callable[..., User]) -> None:
    own_address(client)
    comment, statement = _removed(db_session, make_comment, make_user())
    assert _appeal(client, statement, explanation="I did nothing wrong at all.").status_code == 200
    appeal = db_session.scalar(select(DsaAppeal).where(DsaAppeal.statement_id == statement.id))
    assert appeal is not None
    decide_appeal(db_session, appeal, make_user(), "upheld", "a personal insult", dsa_settings({}))
    db_session.refresh(comment)
    assert comment.status == "removed" and appeal.state == "upheld"
    assert db_session.scalar(select(AuditEntry.note).where(AuditEntry.action == "dsa-appeal-upheld")) == \
        f"{appeal.public_id}: a personal insult"


def test_appeal_form_checks_input_and_the_six_months(client: FlaskClient, db_session: Session,
                                                     make_comment: Callable[..., Comment],
                                                     make_user: Callable[..., User]) -> None:
    own_address(client)
    _comment, statement = _removed(db_session, make_comment, make_user())
    bad = _appeal(client, statement, explanation="no", contact_email="not-an-address")
    assert bad.status_code == 400
    html = bad.get_data(as_text=True)
    assert "at least 10 characters" in html and "That e-mail address is not valid" in html
    url = f"/dsa/statements/{statement.public_id}/appeal"
    assert client.post(url, data={"explanation": "Missing the CSRF token here."}).status_code == 400

    expired_comment, expired = _removed(db_session, make_comment, make_user())
    db_session.execute(DsaStatement.__table__.update().where(DsaStatement.__table__.c.id == expired.id)
                       .values(appeal_until=utcnow() - timedelta(days=1)))
    db_session.expire(expired)
    page = client.get(f"/dsa/statements/{expired.public_id}/appeal")
    assert page.status_code == 410 and "six months to appeal" in page.get_data(as_text=True)
    assert db_session.scalar(select(DsaAppeal).where(DsaAppeal.statement_id == expired.id)) is None


def test_appeal_queue_and_decision_page(app: Any, client: FlaskClient, db_session: Session,
                                        make_comment: Callable[..., Comment], make_user: Callable[..., User]) -> None:
    own_address(client)
    decider = make_user(password="pw-one-two-three")
    reviewer = make_user(password="pw-one-two-three")
    comment, statement = _removed(db_session, make_comment, decider)
    assert _appeal(client, statement, explanation="Please look again, it was a quote.").status_code == 200
    appeal = db_session.scalar(select(DsaAppeal).where(DsaAppeal.statement_id == statement.id))
    assert appeal is not None
    login = client.post("/login", data={"email": reviewer.email, "password": "pw-one-two-three",
                                        "csrf_token": csrf_token(client, "/login")})
    assert login.status_code in (302, 303)
    page = client.get("/dsa/appeals")
    assert page.status_code == 200 and "Please look again, it was a quote." in page.get_data(as_text=True)
    done = client.post(f"/dsa/appeals/{appeal.id}/decide", data={"outcome": "reversed", "note": "a quotation",
                                                                 "csrf_token": csrf_token(client, "/dsa/appeals")})
    assert done.status_code == 302
    db_session.refresh(comment)
    assert comment.status == "visible"
