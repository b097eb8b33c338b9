"""Decision callbacks (signed, retried with backoff, re-sendable) and the `flask sources` commands."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from flask.testing import FlaskClient, FlaskCliRunner
from sqlalchemy import select
from sqlalchemy.orm import Session
from standardwebhooks.webhooks import Webhook

from app.models import Comment
from app.models.live import CallbackDelivery, SourceConfig
from app.services.callbacks import backoff, enqueue_decision_callback, send_due_callbacks
from tests.app.live_support import STANDARD_SECRET, add_source, generic_event, poster, signed_headers

CALLBACK_SECRET = STANDARD_SECRET


class Receiver:
    def __init__(self) -> None:
        self.received: list[tuple[dict[str, str], bytes]] = []
        self.answers: list[int] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                body = self.rfile.read(int(self.headers["content-length"]))
                receiver.received.append(({k.lower(): v for k, v in self.headers.items()}, body))
                self.send_response(receiver.answers.pop(0) if receiver.answers else 200)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/decisions"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    rec = Receiver()
    yield rec
    rec.server.shutdown()


def test_decision_is_signed_retried_and_redeliverable(client: FlaskClient, runner: FlaskCliRunner,
                                                      db_session: Session, receiver: Receiver) -> None:
    add_source(db_session, "cb-site", callback_url=receiver.url, callback_secret=CALLBACK_SECRET)
    cid = poster(client, "cb-site")(generic_event("e1", comment_id="ext-9")).json["comment_id"]
    comment = db_session.get(Comment, cid)
    delivery = enqueue_decision_callback(db_session, comment, "remove", "mod@example.test")
    assert delivery is not None
    db_session.commit()

    receiver.answers = [503]
    assert send_due_callbacks(db_session) == 0
    db_session.commit()
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == ("pending", 1, 503)
    assert delivery.next_attempt_at is not None
    # not due yet: nothing is sent
    assert send_due_callbacks(db_session) == 0 and len(receiver.received) == 1

    result = runner.invoke(args=["sources", "redeliver", str(delivery.id)])
    assert result.exit_code == 0, result.output
    db_session.refresh(delivery)
    assert delivery.status == "delivered" and delivery.attempts == 2
    headers, body = receiver.received[-1]
    # verified by the reference Standard Webhooks library, not by our own code
    payload = Webhook(CALLBACK_SECRET).verify(body, headers)
    assert payload["data"]["comment_id"] == "ext-9" and payload["data"]["action"] == "remove"
    assert headers["webhook-id"] == delivery.message_id


def test_no_callback_url_means_no_delivery(db_session: Session, make_comment) -> None:  # type: ignore[no-untyped-def]
    assert enqueue_decision_callback(db_session, make_comment(), "hold", "policy") is None
    assert db_session.scalars(select(CallbackDelivery)).first() is None


def test_backoff_grows_and_is_capped() -> None:
    assert [backoff(n).total_seconds() for n in (1, 2, 3)] == [30, 60, 120]
    assert backoff(40) == timedelta(hours=6)


def test_sources_add_list_rotate(runner: FlaskCliRunner, client: FlaskClient, db_session: Session) -> None:
    added = runner.invoke(args=["sources", "add", "cli-site", "--scheme", "standard", "--format", "generic",
                                "--secret", STANDARD_SECRET])
    assert added.exit_code == 0, added.output
    bad = runner.invoke(args=["sources", "add", "x", "--scheme", "standard", "--format", "generic",
                              "--secret", "not-whsec"])
    assert bad.exit_code != 0
    rotated = runner.invoke(args=["sources", "rotate-secret", "cli-site"])
    assert rotated.exit_code == 0 and "2 valid secret(s)" in rotated.output
    new_secret = rotated.output.split("secret: ")[1].strip()
    listed = runner.invoke(args=["sources", "list"])
    assert "cli-site\tstandard\tgeneric\t2 secret(s)" in listed.output
    assert new_secret not in listed.output and STANDARD_SECRET not in listed.output
    for i, secret in enumerate((STANDARD_SECRET, new_secret)):
        body = json.dumps(generic_event(f"e{i}", comment_id=f"c{i}")).encode()
        response = client.post("/webhooks/cli-site", data=body,
                               headers=signed_headers("standard", body, secret=secret, msg_id=f"m{i}"))
        assert response.status_code == 202
    dropped = runner.invoke(args=["sources", "rotate-secret", "cli-site", "--drop-old"])
    assert "1 valid secret(s)" in dropped.output
    body = json.dumps(generic_event("e9", comment_id="c9")).encode()
    old = client.post("/webhooks/cli-site", data=body, headers=signed_headers("standard", body, msg_id="m9"))
    assert old.status_code == 401
    config = db_session.scalars(select(SourceConfig)).one()
    assert len(config.secrets) == 1
