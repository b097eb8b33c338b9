"""POST /api/score is budgeted in characters per request and per client; a key buys more (issue 17 item 4)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient

from app.extensions import limiter


@pytest.fixture
def budget(app: Flask, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Small budgets so short texts exercise them without a model forward pass per refused request."""
    monkeypatch.setitem(app.config, "SCORE_API_FREE_CHARS_PER_REQUEST", 40)
    monkeypatch.setitem(app.config, "SCORE_API_FREE_CHAR_BUDGET", "60 per minute")
    monkeypatch.setitem(app.config, "SCORE_API_MAX_TOTAL_CHARS", 200)
    monkeypatch.setitem(app.config, "SCORE_API_KEY_CHAR_BUDGET", "300 per minute")
    limiter.reset()
    yield
    limiter.reset()


def test_anonymous_clients_need_a_key_above_the_free_allowance(client: FlaskClient, budget: None) -> None:
    # 32 texts are allowed, but not 41 characters in all without a key: refused before any scoring
    response = client.post("/api/score", json={"texts": ["x" * 10] * 4 + ["y"]})
    assert response.status_code == 401
    assert "needs an API key" in response.get_json()["error"]


def test_the_free_budget_is_per_client_address(client: FlaskClient, budget: None, tiny_model_env: None) -> None:
    text = "You make a fair point."  # 22 characters
    assert client.post("/api/score", json={"texts": [text]}).status_code == 200
    assert client.post("/api/score", json={"texts": [text]}).status_code == 200
    spent = client.post("/api/score", json={"texts": [text]})  # 66 > 60 characters this minute
    assert spent.status_code == 429 and int(spent.headers["Retry-After"]) >= 1
    assert "character budget" in spent.get_json()["error"]
    other = client.post("/api/score", json={"texts": ["ok"]}, environ_base={"REMOTE_ADDR": "192.0.2.8"})
    assert other.status_code == 200


def test_a_key_buys_a_larger_budget_of_its_own(client: FlaskClient, api_client: FlaskClient,
                                               budget: None, tiny_model_env: None) -> None:
    texts = ["a fair point, well made"] * 4  # 92 characters: over the free allowance
    assert client.post("/api/score", json={"texts": texts}).status_code == 401
    assert api_client.post("/api/score", json={"texts": texts}).status_code == 200
    assert api_client.post("/api/score", json={"texts": texts * 2}).status_code == 200  # 184: 276 of 300
    spent = api_client.post("/api/score", json={"texts": texts})
    assert spent.status_code == 429


def test_total_characters_per_request_are_capped_for_everyone(api_client: FlaskClient, budget: None) -> None:
    response = api_client.post("/api/score", json={"texts": ["z" * 100] * 3})
    assert response.status_code == 422
    assert "300 characters in all" in response.get_json()["error"]


def test_an_oversized_body_is_refused_unread(api_client: FlaskClient, budget: None) -> None:
    response = api_client.post("/api/score", data=b'{"texts": ["' + b"a" * 20_000_000 + b'"]}',
                               content_type="application/json")
    assert response.status_code == 413
