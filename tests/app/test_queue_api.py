"""The queue's JSON API: token auth, CSRF only for cookie sessions, same validation as the UI."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from app.auth.passwords import token_hash
from app.models import Comment, User
from tests.app.queue_helpers import PASSWORD, _fresh_rate_limits, csrf_from, login  # noqa: F401

TOKEN = "tw_test-service-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def service(make_user: Callable[..., User], db_session: Session) -> User:
    user = make_user(email="bot@example.test")
    user.api_token_hash = token_hash(TOKEN)
    db_session.flush()
    return user


def test_list_queue_with_filters(client: FlaskClient, service: User, make_comment: Callable[..., Comment],
                                 make_article: Callable[..., Any]) -> None:
    article = make_article()
    hot = make_comment(article=article, scores={"threat": 0.9}, review_state="needs_review")
    make_comment(article=article, scores={"threat": 0.1}, review_state="needs_review")
    response = client.get(f"/api/queue?article={article.id}&label=threat&min=0.5", headers=AUTH)
    assert response.status_code == 200
    body = response.json
    assert [i["id"] for i in body["items"]] == [hot.id]
    assert body["items"][0]["scores"]["threat"] == pytest.approx(0.9)
    assert body["counts"]["review"] == 2  # counts leave out the score range (see queue_counts)
    assert client.get("/api/queue?label=bogus", headers=AUTH).status_code == 400


def test_decide_with_token_needs_no_csrf(client: FlaskClient, service: User, db_session: Session,
                                         make_comment: Callable[..., Comment]) -> None:
    comment = make_comment(scores={"toxicity": 0.7}, review_state="needs_review")
    url = f"/api/comments/{comment.id}/decision"
    response = client.post(url, json={"action": "remove", "reason": "spam", "expected_version": comment.version},
                           headers=AUTH)
    assert response.status_code == 200, response.json
    assert response.json["comment"]["status"] == "removed"
    conflict = client.post(url, json={"action": "approve", "expected_version": comment.version}, headers=AUTH)
    assert conflict.status_code == 409
    assert "already decided by bot@example.test" in conflict.json["error"]
    assert conflict.json["current"]["version"] == comment.version + 1


@pytest.mark.parametrize(("payload", "status"), [
    ({"action": "remove", "expected_version": 1}, 400),
    ({"action": "approve"}, 400),
    ({"action": "fly", "expected_version": 1}, 400),
])
def test_same_validation_as_the_ui(client: FlaskClient, service: User, make_comment: Callable[..., Comment],
                                   payload: dict[str, Any], status: int) -> None:
    comment = make_comment(scores={"toxicity": 0.7}, review_state="needs_review")
    response = client.post(f"/api/comments/{comment.id}/decision", json=payload, headers=AUTH)
    assert response.status_code == status


def test_cookie_session_still_needs_csrf(client: FlaskClient, make_user: Callable[..., User],
                                         make_comment: Callable[..., Comment]) -> None:
    user = make_user(password=PASSWORD)
    login(client, user.email)
    comment = make_comment(scores={"toxicity": 0.7}, review_state="needs_review")
    url = f"/api/comments/{comment.id}/decision"
    payload = {"action": "approve", "expected_version": comment.version}
    assert client.post(url, json=payload).status_code == 400
    token = csrf_from(client.get("/").text)
    assert client.post(url, json=payload, headers={"X-CSRFToken": token}).status_code == 200


def test_unauthenticated_and_openapi(client: FlaskClient, api_client: FlaskClient) -> None:
    assert client.get("/api/queue").status_code == 401
    assert client.post("/api/comments/1/decision", json={}).status_code == 401
    # like every /api endpoint but the score check, the description needs a login or a token (#17)
    assert client.get("/api/openapi.json").status_code == 401
    spec = api_client.get("/api/openapi.json")
    assert spec.status_code == 200
    doc = spec.json
    assert doc["openapi"].startswith("3.")
    assert {"/queue", "/comments/{comment_id}/decision"} <= set(doc["paths"])
