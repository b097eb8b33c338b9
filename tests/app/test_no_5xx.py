"""Hostile input never makes a 500 (issue 17 item 11): nested JSON, 20-digit ids and page numbers,
the login page while logged in; and a hypothesis fuzz over every JSON endpoint (/api, /webhooks)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import pytest
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from app.models import Comment, User
from tests.app.live_support import add_source, generic_event, signed_headers
from tests.app.queue_helpers import PASSWORD, _fresh_rate_limits, csrf_from, login  # noqa: F401

HUGE = "9" * 20
NESTED = b"[" * 5000 + b"]" * 5000  # 10 KB, 5,000 levels: past Python's recursion limit
NESTED_IN_OBJECT = b'{"texts": ' + b"[" * 5000 + b"]" * 5000 + b"}"
DEEP_BUT_PARSEABLE = json.dumps({"texts": [["x"]]}).replace('["x"]', "[" * 300 + '"x"' + "]" * 300).encode()


@pytest.fixture
def webhook_source(db_session: Session) -> str:
    add_source(db_session, "fuzz-live")
    return "fuzz-live"


@pytest.mark.parametrize("body", [NESTED, NESTED_IN_OBJECT, DEEP_BUT_PARSEABLE], ids=["array", "object", "300-deep"])
def test_deeply_nested_json_is_refused_not_a_500(client: FlaskClient, api_client: FlaskClient, webhook_source: str,
                                                 make_comment: Callable[..., Comment], body: bytes) -> None:
    comment = make_comment(scores={"toxicity": 0.6}, review_state="needs_review")
    json_type = {"Content-Type": "application/json"}
    score = client.post("/api/score", data=body, headers=json_type)
    assert score.status_code in (400, 422), score.get_data(as_text=True)
    decision = api_client.post(f"/api/comments/{comment.id}/decision", data=body, headers=json_type)
    assert decision.status_code == 400
    hook = client.post(f"/webhooks/{webhook_source}", data=body,
                       headers=signed_headers("standard", body, msg_id="deep-1"))
    assert hook.status_code == 400 and "nested" in hook.get_json()["error"]


def test_huge_ids_and_page_numbers_are_not_found_or_refused(client: FlaskClient, api_client: FlaskClient,
                                                            make_user: Callable[..., User],
                                                            make_comment: Callable[..., Comment]) -> None:
    for url in (f"/api/comments/{HUGE}", f"/api/comments/{HUGE}/scores", f"/api/articles/{HUGE}",
                f"/api/articles/{HUGE}/thread"):
        assert api_client.get(url).status_code == 404, url
    for url in (f"/api/articles?page={HUGE}", f"/api/queue?page={HUGE}", f"/api/queue?article={HUGE}",
                f"/api/queue?per_page={HUGE}", "/api/queue?to=9999-12-31"):
        assert api_client.get(url).status_code == 400, url
    comment = make_comment(scores={"toxicity": 0.6}, review_state="needs_review")
    response = api_client.post(f"/api/comments/{comment.id}/decision",
                               json={"action": "approve", "expected_version": int(HUGE)})
    assert response.status_code == 400
    assert api_client.post(f"/api/comments/{HUGE}/decision", json={"action": "approve",
                                                                   "expected_version": 1}).status_code == 404
    user = make_user(password=PASSWORD)
    login(client, user.email)
    for url in (f"/comments/{HUGE}", f"/articles/{HUGE}/thread", f"/moderators/{HUGE}/audit"):
        assert client.get(url).status_code == 404, url
    for url in (f"/?page={HUGE}", f"/?article={HUGE}", "/?to=9999-12-31"):
        assert client.get(url).status_code == 400, url
    for url in (f"/articles/{comment.article_id}/thread?page={HUGE}&focus={HUGE}",
                f"/moderators/{user.id}/audit?page={HUGE}", f"/stats?days={HUGE}"):
        assert client.get(url).status_code == 200, url
    token = csrf_from(client.get("/").text)
    for form in ({"action": "approve", "expected_version": HUGE}, {"action": "suspend", "days": HUGE}):
        assert client.post(f"/comments/{comment.id}/decide", data={**form, "csrf_token": token},
                           headers={"Accept": "application/json"}).status_code == 400
    bulk = client.post("/bulk", data={"selected": [f"{HUGE}:1", f"1:{HUGE}"], "action": "approve",
                                      "csrf_token": token})
    assert bulk.status_code == 302


def test_the_login_page_while_logged_in_goes_to_the_queue(client: FlaskClient, make_user: Callable[..., User]) -> None:
    user = make_user(password=PASSWORD)
    login(client, user.email)
    response = client.get("/login")
    assert response.status_code == 302 and response.headers["Location"] == "/"
    assert client.get("/login?next=/stats").headers["Location"] == "/stats"
    assert client.get("/login?next=/%0a/evil.example").headers["Location"] == "/"
    assert client.get("/login", query_string={"next": "/\n/evil.example"}).headers["Location"] == "/"


# --- the fuzz: every /api and /webhooks route, with hostile path parts, query strings and bodies ---

def _json_routes(app: Flask) -> list[tuple[str, str, dict[str, str]]]:
    routes = []
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith(("/api/", "/webhooks/")):
            converters = {name: type(conv).__name__ for name, conv in rule._converters.items()}
            for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
                routes.append((method, rule.rule, converters))
    return routes


ids = st.one_of(st.integers(0, 40), st.sampled_from([2**31 - 1, 2**31, 2**63, 10**19, 10**20]),
                st.integers(0, 10**25))
numbers = st.one_of(st.integers(-3, 40), st.sampled_from([-(2**63), 2**63, 10**20]),
                    st.integers(-(10**25), 10**25)).map(str)
words = st.one_of(numbers, st.text(max_size=24),
                  st.sampled_from(["", "nan", "inf", "-inf", "1e309", "0x1f", "9999-12-31", "0001-01-01",
                                   "2026-01-01", "2026-13-45", "review", "escalated", "toxicity", "en", "und",
                                   "\x00", "../..", "%00", "\n"]))
query_keys = st.sampled_from(["page", "per_page", "limit", "since", "until", "source", "a", "b", "queue", "label",
                              "min", "max", "author", "language", "from", "to", "article", "focus", "days"])
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**25), 10**25) | st.floats() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=16,
)
decision_like = st.fixed_dictionaries({
    "action": st.sampled_from(["approve", "remove", "escalate", "defer", "restore", "", "explode"]) | json_values,
    "expected_version": st.integers(-(10**25), 10**25) | json_values,
}, optional={"reason": st.sampled_from(["spam", "other", "nope"]) | json_values, "note": json_values})
score_like = st.fixed_dictionaries({"texts": json_values}, optional={"extra": json_values})
bodies = st.one_of(
    json_values.map(lambda v: json.dumps(v).encode()),
    decision_like.map(lambda v: json.dumps(v).encode()),
    score_like.map(lambda v: json.dumps(v).encode()),
    st.sampled_from([10, 65, 300, 999, 1500, 6000]).map(lambda n: b'{"texts": ' + b"[" * n + b"]" * n + b"}"),
    st.sampled_from([65, 1500, 6000]).map(lambda n: b"[" * n + b"]" * n),
    st.binary(max_size=200),
    st.just(json.dumps(generic_event("fuzz-event")).encode()),
)


def _valid_score_request(body: bytes) -> bool:
    """A body /api/score would run the model on: the fuzz keeps to refusals on that endpoint."""
    try:
        value = json.loads(body)
    except (ValueError, RecursionError):
        return False
    texts = value.get("texts") if isinstance(value, dict) else None
    return isinstance(texts, list) and bool(texts) and all(isinstance(t, str) for t in texts)


@st.composite
def requests(draw: st.DrawFn, routes: list[tuple[str, str, dict[str, str]]]) -> dict[str, Any]:
    method, rule, converters = draw(st.sampled_from(routes))

    def part(match: re.Match[str]) -> str:
        name = match.group(1).split(":")[-1]
        if converters.get(name) in ("IntegerConverter", "BoundedIntConverter"):
            return str(draw(ids))
        return quote(draw(st.sampled_from(["fuzz-live"]) | words) or "x", safe="")

    path = re.sub(r"<([^>]+)>", part, rule)
    query = draw(st.dictionaries(query_keys, words, max_size=4))
    body = draw(bodies) if method == "POST" else None
    if body is not None and path == "/api/score" and _valid_score_request(body):
        body = b'{"texts": []}'
    headers = {"Content-Type": "application/json"}
    if path.startswith("/webhooks/") and body is not None and draw(st.booleans()):
        headers = signed_headers("standard", body, msg_id=draw(st.text(alphabet="abc123", min_size=1, max_size=8)))
    return {"method": method, "path": path, "query": query, "body": body, "headers": headers,
            "authenticated": draw(st.booleans())}


def test_fuzz_every_json_endpoint_never_answers_5xx(app: Flask, client: FlaskClient, api_client: FlaskClient,
                                                    webhook_source: str, make_comment: Callable[..., Comment]) -> None:
    make_comment(scores={"toxicity": 0.6}, review_state="needs_review")
    routes = _json_routes(app)
    assert {("POST", "/api/score"), ("POST", "/webhooks/<source>"),
            ("POST", "/api/comments/<int:comment_id>/decision")} <= {(m, r) for m, r, _ in routes}

    @settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
    @given(request=requests(routes))
    def check(request: dict[str, Any]) -> None:
        who = api_client if request["authenticated"] else client
        response = who.open(request["path"], method=request["method"], query_string=request["query"],
                            data=request["body"], headers=request["headers"])
        assert response.status_code < 500, (request, response.get_data(as_text=True)[:300])
        if request["path"].startswith("/api/"):
            assert response.is_json, request

    check()
