"""Helpers for the live-ingestion tests: configured sources and correctly signed deliveries."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable
from typing import Any

from flask.testing import FlaskClient
from sqlalchemy.orm import Session
from werkzeug.test import TestResponse

from app.models import Source
from app.models.live import SourceConfig
from app.webhooks.signatures import sign_hex, sign_standard

STANDARD_SECRET = "whsec_" + base64.b64encode(b"threadwatch-test-secret-0001").decode()
OTHER_STANDARD_SECRET = "whsec_" + base64.b64encode(b"threadwatch-test-secret-0002").decode()
HEX_SECRET = "coral-shared-secret"


def add_source(session: Session, slug: str, *, scheme: str = "standard", fmt: str = "generic",
               secrets: list[str] | None = None, max_body: int = 64 * 1024, **extra: Any) -> SourceConfig:
    source = Source(slug=slug, name=slug, kind="webhook")
    session.add(source)
    session.flush()
    default = [STANDARD_SECRET] if scheme == "standard" else [HEX_SECRET]
    config = SourceConfig(source_id=source.id, scheme=scheme, payload_format=fmt, secrets=secrets or default,
                          max_body_bytes=max_body, active=True, **extra)
    session.add(config)
    # committed (a savepoint release under the test fixture) so that a view's rollback keeps it
    session.commit()
    return config


def signed_headers(scheme: str, body: bytes, *, secret: str | None = None, msg_id: str = "msg_1",
                   timestamp: int | None = None) -> dict[str, str]:
    if scheme == "standard":
        stamp = int(time.time()) if timestamp is None else timestamp
        return {"webhook-id": msg_id, "webhook-timestamp": str(stamp),
                "webhook-signature": sign_standard(secret or STANDARD_SECRET, msg_id, stamp, body),
                "content-type": "application/json"}
    header = "X-Coral-Signature" if scheme == "coral" else "X-Hub-Signature-256"
    return {header: sign_hex(secret or HEX_SECRET, body), "content-type": "application/json"}


def generic_event(event_id: str, kind: str = "comment.created", *, comment_id: str = "c1",
                  parent_id: str | None = None, body: str = "A comment.", article_id: str = "a1",
                  author: tuple[str, str] | None = ("u1", "Ann")) -> dict[str, Any]:
    payload: dict[str, Any] = {"id": event_id, "type": kind, "occurred_at": "2024-05-01T10:00:00Z",
                               "article": {"id": article_id, "title": "Article " + article_id}}
    if kind != "article.created":
        payload["comment"] = {"id": comment_id, "parent_id": parent_id, "body": body,
                              "created_at": "2024-05-01T10:00:00Z"}
        if author:
            payload["comment"]["author"] = {"id": author[0], "name": author[1]}
    if kind == "flag.reported":
        payload["flag"] = {"reason": "abusive", "reporter": "reader-9"}
    return payload


def poster(client: FlaskClient, slug: str, scheme: str = "standard") -> Callable[..., TestResponse]:
    """A function that posts a payload (dict or bytes) correctly signed for this source."""

    def post(payload: dict[str, Any] | bytes, *, msg_id: str | None = None, **kw: Any) -> TestResponse:
        body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        if msg_id is None and isinstance(payload, dict):
            msg_id = str(payload.get("id", "msg_x"))
        headers = signed_headers(scheme, body, msg_id=msg_id or "msg_x", **kw)
        return client.post(f"/webhooks/{slug}", data=body, headers=headers)

    return post
