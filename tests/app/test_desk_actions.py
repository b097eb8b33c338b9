"""The desk's endpoints for #14: undo (JSON and after a reload), the card fragment, the score-range
preview that lists what it touches and insists on a removal reason, and 404 pages with navigation."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AuditEntry, Comment, User
from tests.app.queue_helpers import _fresh_rate_limits, csrf_from, login  # noqa: F401

JSON = {"Accept": "application/json", "X-Requested-With": "fetch"}


def test_keyboard_undo_through_json(client: FlaskClient, moderator: User, db_session: Session,
                                    queued: Callable[..., Comment]) -> None:
    comment = queued(status="held")
    token = csrf_from(client.get("/").text)
    done = client.post(f"/comments/{comment.id}/decide", headers=JSON, data={
        "action": "remove", "reason": "insult", "expected_version": comment.version, "csrf_token": token}).json
    assert done is not None and done["comment"]["audit_id"]
    undone = client.post("/undo", headers=JSON, data={"entry": done["comment"]["audit_id"], "csrf_token": token})
    assert undone.status_code == 200 and undone.json is not None
    assert undone.json["comments"][0]["status"] == "held" and "held" in undone.json["message"]
    db_session.refresh(comment)
    assert (comment.status, comment.review_state) == ("held", "needs_review")
    again = client.post("/undo", headers=JSON, data={"entry": done["comment"]["audit_id"], "csrf_token": token})
    assert again.status_code == 400 and "undone already" in again.json["message"]  # type: ignore[index]


def test_bulk_offers_undo_on_the_next_page(client: FlaskClient, moderator: User, db_session: Session,
                                           queued: Callable[..., Comment]) -> None:
    a, b = queued(), queued()
    token = csrf_from(client.get("/").text)
    client.post("/bulk", data={"selected": [f"{a.id}:{a.version}", f"{b.id}:{b.version}"], "action": "remove",
                               "reason": "spam", "csrf_token": token})
    page = client.get("/").text
    offer = re.search(r'<form method="post" action="/undo" class="flash info undo-offer".*?</form>', page, re.S)
    assert offer is not None and "Removed 2 comments for spam — they are hidden from readers." in offer.group(0)
    fields = dict(re.findall(r'name="(from|to)" value="(\d+)"', offer.group(0)))
    assert "undo-offer" not in client.get("/").text  # offered once
    client.post("/undo", data={**fields, "csrf_token": token})
    for c in (a, b):
        db_session.refresh(c)
        assert (c.status, c.review_state) == ("visible", "needs_review")
    undos = db_session.scalars(select(AuditEntry.action).where(AuditEntry.comment_id.in_([a.id, b.id]))).all()
    assert sorted(undos) == ["remove", "remove", "undo", "undo"]


def test_the_card_fragment_offers_restore_on_a_removed_comment(client: FlaskClient, moderator: User,
                                                               queued: Callable[..., Comment]) -> None:
    comment = queued(status="removed", review_state="decided")
    card = client.get(f"/comments/{comment.id}/card?next=/%3Fqueue%3Ddecided").text
    assert card.lstrip().startswith("<article") and "<html" not in card
    assert 'value="restore"' in card and 'value="approve"' not in card
    assert 'data-suggested-reason="insult"' in card and 'name="next" value="/?queue=decided"' in card


def test_thread_rows_offer_restore_on_removed_comments(client: FlaskClient, moderator: User,
                                                      queued: Callable[..., Comment],
                                                      make_article: Callable[..., Any]) -> None:
    article = make_article()
    removed = queued(article=article, status="removed", review_state="decided")
    shown = queued(article=article)
    html = client.get(f"/articles/{article.id}/thread").text
    rows = dict(re.findall(r'id="c(\d+)".*?<button type="submit" name="action" value="(\w+)"', html, re.S))
    assert rows == {str(removed.id): "restore", str(shown.id): "approve"}


def test_score_range_preview_lists_items_and_needs_a_reason(client: FlaskClient, moderator: User,
                                                            db_session: Session, queued: Callable[..., Comment],
                                                            make_article: Callable[..., Any]) -> None:
    article = make_article()
    high = [queued(body=f"nasty comment number {i}", article=article, scores={"toxicity": 0.95}) for i in range(3)]
    token = csrf_from(client.get("/").text)
    index = client.get("/").text
    assert re.search(r'aria-label="Range action"><option value="defer">', index)  # harmless default
    form = {"queue": "review", "article": str(article.id), "label": "toxicity", "min": "0.9", "max": "1",
            "action": "remove", "csrf_token": token}
    preview = client.post("/bulk/range", data=form).text
    assert all(f"nasty comment number {i}" in preview for i in range(3))
    assert re.search(r'<select name="reason" required', preview)
    refused = client.post("/bulk/range", data={**form, "confirm": "yes"})
    assert refused.status_code == 200 and "Removing needs a reason" in refused.text
    for c in high:
        db_session.refresh(c)
        assert c.status == "visible"
    client.post("/bulk/range", data={**form, "confirm": "yes", "reason": "spam"})
    for c in high:
        db_session.refresh(c)
        assert c.status == "removed"


def test_not_found_pages_keep_the_navigation(client: FlaskClient, moderator: User) -> None:
    page = client.get("/no/such/page")
    assert page.status_code == 404
    assert '<nav class="queues"' in page.text and "Needs review" in page.text and "404" in page.text
    assert client.get("/comments/999999999").status_code == 404
    api = client.get("/api/no-such-thing")
    assert api.status_code == 404 and api.is_json
