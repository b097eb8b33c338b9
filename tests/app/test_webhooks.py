"""POST /webhooks/<source>: status codes, signature schemes and rotation, idempotency, size cap."""

from __future__ import annotations

import json
import time

import pytest
from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Comment
from app.models.live import RejectedDelivery, SourceConfig, WebhookEvent
from tests.app.live_support import (
    HEX_SECRET,
    OTHER_STANDARD_SECRET,
    STANDARD_SECRET,
    add_source,
    generic_event,
    poster,
    signed_headers,
)


@pytest.fixture
def standard_source(db_session: Session) -> SourceConfig:
    return add_source(db_session, "gazette-live")


def _count(session: Session, model: type) -> int:
    return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_created_event_answers_202_with_the_comment_id(client: FlaskClient, db_session: Session,
                                                       standard_source: SourceConfig) -> None:
    response = poster(client, "gazette-live")(generic_event("evt-1", body="First!"))
    assert response.status_code == 202
    comment = db_session.get(Comment, response.json["comment_id"])
    assert comment is not None
    assert (comment.body, comment.external_id, comment.score_state) == ("First!", "c1", "pending")
    assert comment.author is not None and comment.author.display_name == "Ann"
    stored = db_session.scalar(select(WebhookEvent).where(WebhookEvent.event_id == "evt-1"))
    assert stored is not None and json.loads(stored.raw_body)["comment"]["body"] == "First!"


def test_redelivery_answers_200_and_changes_nothing(client: FlaskClient, db_session: Session,
                                                    standard_source: SourceConfig) -> None:
    post = poster(client, "gazette-live")
    first = post(generic_event("evt-1", body="Original"))
    # the same event id again, even with a different body, is the same delivery
    again = post(generic_event("evt-1", body="Tampered after the fact"))
    assert (first.status_code, again.status_code) == (202, 200)
    assert again.json["comment_id"] == first.json["comment_id"]
    assert _count(db_session, Comment) == 1
    assert _count(db_session, WebhookEvent) == 1
    assert db_session.get(Comment, first.json["comment_id"]).body == "Original"


def test_bad_signature_is_401_and_logged_with_raw_body(client: FlaskClient, db_session: Session,
                                                       standard_source: SourceConfig) -> None:
    body = json.dumps(generic_event("evt-1")).encode()
    headers = signed_headers("standard", body, secret=OTHER_STANDARD_SECRET)
    response = client.post("/webhooks/gazette-live", data=body, headers=headers)
    assert response.status_code == 401
    assert _count(db_session, Comment) == 0
    rejected = db_session.scalars(select(RejectedDelivery)).one()
    assert rejected.status_code == 401 and rejected.raw_body == body
    assert "signature" in rejected.reason


def test_stale_and_future_timestamps_are_401(client: FlaskClient, db_session: Session,
                                             standard_source: SourceConfig) -> None:
    body = json.dumps(generic_event("evt-1")).encode()
    for skew in (-301, 301):
        headers = signed_headers("standard", body, timestamp=int(time.time()) + skew)
        response = client.post("/webhooks/gazette-live", data=body, headers=headers)
        assert response.status_code == 401
        assert "tolerance" in response.json["error"]
    ok = client.post("/webhooks/gazette-live", data=body,
                     headers=signed_headers("standard", body, timestamp=int(time.time()) - 200))
    assert ok.status_code == 202


def test_tampered_body_is_401(client: FlaskClient, db_session: Session, standard_source: SourceConfig) -> None:
    body = json.dumps(generic_event("evt-1")).encode()
    headers = signed_headers("standard", body)
    response = client.post("/webhooks/gazette-live", data=body.replace(b"A comment", b"B comment"), headers=headers)
    assert response.status_code == 401
    assert _count(db_session, Comment) == 0


def test_rotation_accepts_every_configured_secret(client: FlaskClient, db_session: Session) -> None:
    add_source(db_session, "rotating", secrets=[OTHER_STANDARD_SECRET, STANDARD_SECRET])
    for i, secret in enumerate((STANDARD_SECRET, OTHER_STANDARD_SECRET)):
        body = json.dumps(generic_event(f"evt-{i}", comment_id=f"c{i}")).encode()
        response = client.post("/webhooks/rotating", data=body,
                               headers=signed_headers("standard", body, secret=secret, msg_id=f"m{i}"))
        assert response.status_code == 202, response.json


def test_standard_header_with_several_signatures(client: FlaskClient, db_session: Session,
                                                 standard_source: SourceConfig) -> None:
    body = json.dumps(generic_event("evt-1")).encode()
    good = signed_headers("standard", body)
    wrong = signed_headers("standard", body, secret=OTHER_STANDARD_SECRET)
    good["webhook-signature"] = wrong["webhook-signature"] + " v2,ignored " + good["webhook-signature"]
    assert client.post("/webhooks/gazette-live", data=body, headers=good).status_code == 202


def test_coral_signature_and_rotation_list(client: FlaskClient, db_session: Session) -> None:
    add_source(db_session, "coral-site", scheme="coral", fmt="coral", secrets=["new-secret", HEX_SECRET])
    payload = {"id": "coral-evt-1", "type": "COMMENT_CREATED", "createdAt": "2024-06-01T10:00:00Z",
               "data": {"commentID": "cc1", "storyID": "st1",
                        "comment": {"body": "<p>Hello from Coral</p>", "author": {"id": "u9", "username": "zed"}}}}
    body = json.dumps(payload).encode()
    old_sig = signed_headers("coral", body)["X-Coral-Signature"]
    new_sig = signed_headers("coral", body, secret="new-secret")["X-Coral-Signature"]
    response = client.post("/webhooks/coral-site", data=body,
                           headers={"X-Coral-Signature": f"{new_sig},{old_sig}"})
    assert response.status_code == 202
    assert db_session.get(Comment, response.json["comment_id"]).body == "Hello from Coral"
    wrong = client.post("/webhooks/coral-site", data=body, headers={"X-Coral-Signature": "sha256=" + "0" * 64})
    assert wrong.status_code == 401


def test_github_style_signature(client: FlaskClient, db_session: Session) -> None:
    add_source(db_session, "wp-site", scheme="github", fmt="wordpress")
    post = poster(client, "wp-site", scheme="github")
    wp = {"id": 12, "post": 5, "parent": 0, "author_name": "Ines", "date_gmt": "2024-05-01T12:00:00",
          "content": {"rendered": "<p>Bike lanes <b>now</b></p>"}, "status": "approved"}
    response = post(json.dumps(wp).encode())
    assert response.status_code == 202
    assert db_session.get(Comment, response.json["comment_id"]).body == "Bike lanes now"
    # a byte-identical redelivery (no event id in WordPress objects) is recognised
    assert post(json.dumps(wp).encode()).status_code == 200
    missing = client.post("/webhooks/wp-site", data=json.dumps(wp).encode())
    assert missing.status_code == 401


def test_malformed_json_and_unknown_event_are_400_naming_the_field(
        client: FlaskClient, db_session: Session, standard_source: SourceConfig) -> None:
    post = poster(client, "gazette-live")
    bad_json = post(b'{"id": "x", ')
    assert bad_json.status_code == 400 and bad_json.json["field"] == "body"
    unknown = post({"id": "evt-9", "type": "comment.exploded", "article": {"id": "a1"}})
    assert unknown.status_code == 400 and unknown.json["field"] == "type"
    no_body = post({"id": "evt-10", "type": "comment.created", "article": {"id": "a1"}, "comment": {"id": "c1"}})
    assert no_body.status_code == 400 and no_body.json["field"] == "comment.body"
    no_article = post({"id": "evt-11", "type": "comment.created", "comment": {"id": "c1", "body": "x"}})
    assert no_article.status_code == 400 and no_article.json["field"] == "article"
    assert _count(db_session, Comment) == 0
    assert _count(db_session, RejectedDelivery) == 4


def test_body_over_the_cap_is_413(client: FlaskClient, db_session: Session) -> None:
    add_source(db_session, "small", max_body=2048)
    response = poster(client, "small")(generic_event("evt-1", body="x" * 4096))
    assert response.status_code == 413
    rejected = db_session.scalars(select(RejectedDelivery)).one()
    assert rejected.body_truncated and len(rejected.raw_body) == 2048
    assert _count(db_session, Comment) == 0


def test_unknown_source_is_404(client: FlaskClient, db_session: Session) -> None:
    response = client.post("/webhooks/no-such-site", data=b'{"id": 1}')
    assert response.status_code == 404
    assert db_session.scalars(select(RejectedDelivery)).one().source_slug == "no-such-site"


def test_csrf_does_not_apply(client: FlaskClient, db_session: Session, standard_source: SourceConfig) -> None:
    # TestingConfig keeps CSRF on: a form-less signed POST must still get through
    assert poster(client, "gazette-live")(generic_event("evt-1")).status_code == 202
