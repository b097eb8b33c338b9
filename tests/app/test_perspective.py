"""The Perspective API drop-in (issue 13) through the Flask test client: Coral's own request bodies,
the attribute mapping, span scores, errors in Google's shape, keys, the per-key rate, storage,
suggested scores, and keys kept out of access logs."""

from __future__ import annotations

import json
import logging
import threading
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from werkzeug.test import TestResponse

from app.auth.passwords import new_api_token
from app.extensions import limiter
from app.jobs.schedule import job_named
from app.models import Comment, PerspectiveAnalysis, PerspectiveSuggestion, User
from app.models.base import utcnow
from app.perspective.redaction import redact
from app.services import perspective as service
from moderation.verdict import Analysis, analyse
from tests.app.perspective_support import ARTICLE_URL, CORAL_TENANT_URL, coral_analyze, coral_suggest
from tests.conftest import SHARED, missing_shared

ANALYZE = "/v1alpha1/comments:analyze"
SUGGEST = "/v1alpha1/comments:suggestscore"
ENGLISH = "I read the article twice and I still think the council got this one badly wrong."
GERMAN = "Ich habe den Artikel zweimal gelesen und finde ihn immer noch schlecht geschrieben."
THREE_SENTENCES = ("The road works start on Monday. Nobody asked the people who live here. "
                   "I will write to the council again.")
ALL_ATTRIBUTES = ["TOXICITY", "SEVERE_TOXICITY", "IDENTITY_ATTACK", "INSULT", "PROFANITY", "THREAT",
                  "SEXUALLY_EXPLICIT", "INCITEMENT"]


@pytest.fixture(autouse=True)
def fresh_limits() -> Iterator[None]:
    limiter.reset()
    yield
    limiter.reset()


@pytest.fixture
def service_user(make_user: Callable[..., User]) -> User:
    return make_user()


@pytest.fixture
def key(service_user: User, db_session: Session) -> str:
    token = new_api_token(service_user)
    db_session.flush()
    return token


def post(client: FlaskClient, path: str, key: str | None, body: Any, **kw: Any) -> TestResponse:
    url = f"{path}?key={key}" if key is not None else path
    return client.post(url, json=body, **kw)


def ours(text: str) -> Analysis:
    """What our own pipeline says of `text` (the app's scorer and policy, as every other path uses)."""
    from app.scoring_runtime import get_policy, get_scorer

    (analysis,) = analyse(get_scorer(), get_policy(), [text])
    return analysis


def error_of(response: TestResponse, code: int, status: str, error_type: str) -> dict[str, Any]:
    assert response.status_code == code, response.get_data(as_text=True)
    error = response.get_json()["error"]
    assert (error["code"], error["status"]) == (code, status)
    assert error["details"][0]["errorType"] == error_type
    assert error["message"]
    return dict(error)


# --- comments:analyze ------------------------------------------------------------------------------


def test_coral_analyze_request_is_scored_by_our_pipeline(client: FlaskClient, key: str,
                                                         tiny_model_env: None) -> None:
    response = post(client, ANALYZE, key, coral_analyze(ENGLISH))
    assert response.status_code == 200
    body = response.get_json()
    expected = ours(ENGLISH).labels["toxicity"]
    # what Coral reads: attributeScores[MODEL].summaryScore.value
    assert body["attributeScores"]["TOXICITY"]["summaryScore"] == {"value": pytest.approx(expected, abs=1e-7),
                                                                   "type": "PROBABILITY"}
    assert body["attributeScores"]["TOXICITY"]["spanScores"] == [
        {"begin": 0, "end": len(ENGLISH), "score": {"value": pytest.approx(expected, abs=1e-7), "type": "PROBABILITY"}}]
    assert set(body["attributeScores"]) == {"TOXICITY"}
    assert body["languages"] == ["en"] and body["detectedLanguages"] == ["en"]
    assert "clientToken" not in body


def test_every_attribute_maps_onto_our_label(client: FlaskClient, key: str, tiny_model_env: None) -> None:
    body = {"comment": {"text": ENGLISH}, "requestedAttributes": {name: {} for name in ALL_ATTRIBUTES},
            "clientToken": "tok-1", "communityId": "gazette", "sessionId": "s-9"}
    response = post(client, ANALYZE, key, body)
    assert response.status_code == 200, response.get_json()
    scores = {name: v["summaryScore"]["value"] for name, v in response.get_json()["attributeScores"].items()}
    labels = ours(ENGLISH).labels
    assert scores == pytest.approx({"TOXICITY": labels["toxicity"], "SEVERE_TOXICITY": labels["severe_toxicity"],
                                    "IDENTITY_ATTACK": labels["identity_attack"], "INSULT": labels["insult"],
                                    "PROFANITY": labels["obscene"], "THREAT": labels["threat"],
                                    "SEXUALLY_EXPLICIT": labels["sexual_explicit"],
                                    "INCITEMENT": labels["incitement"]}, abs=1e-7)
    assert response.get_json()["clientToken"] == "tok-1"
    # no languages asked: detected ones are the request's languages
    assert response.get_json()["languages"] == ["en"]


def test_an_attribute_under_its_score_threshold_is_left_out(client: FlaskClient, key: str,
                                                            tiny_model_env: None) -> None:
    labels = ours(ENGLISH).labels
    above = min(1.0, labels["toxicity"] + 1e-4)
    body = {"comment": {"text": ENGLISH}, "languages": ["en"],
            "requestedAttributes": {"TOXICITY": {"scoreThreshold": above, "scoreType": "PROBABILITY"},
                                    "INSULT": {"scoreThreshold": 0.0}}}
    scores = post(client, ANALYZE, key, body).get_json()["attributeScores"]
    assert set(scores) == {"INSULT"}
    # every attribute under its threshold: no attributeScores at all, as Perspective answers
    body["requestedAttributes"] = {"TOXICITY": {"scoreThreshold": above}}
    answer = post(client, ANALYZE, key, body).get_json()
    assert "attributeScores" not in answer and answer["languages"] == ["en"]


def test_span_annotations_are_our_sentence_scores(client: FlaskClient, key: str, tiny_model_env: None) -> None:
    body = {"comment": {"text": THREE_SENTENCES}, "requestedAttributes": {"INSULT": {}, "INCITEMENT": {}},
            "spanAnnotations": True, "languages": ["en"]}
    scores = post(client, ANALYZE, key, body).get_json()["attributeScores"]
    analysis = ours(THREE_SENTENCES)
    sentences = [s for s in analysis.text_score.spans if s.kind == "sentence"]
    assert len(sentences) == 3
    for name, label in (("INSULT", "insult"), ("INCITEMENT", "incitement")):
        spans = scores[name]["spanScores"]
        assert [(s["begin"], s["end"]) for s in spans] == [(s.start, s.end) for s in sentences]
        assert [THREE_SENTENCES[s["begin"]:s["end"]] for s in spans][0] == "The road works start on Monday."
        assert [s["score"]["value"] for s in spans] == pytest.approx([s.scores[label] for s in sentences], abs=1e-7)
        # the summary is the comment's score: never below any of its sentences
        assert scores[name]["summaryScore"]["value"] >= max(s["score"]["value"] for s in spans) - 1e-7


def test_html_comments_are_scored_as_their_text(client: FlaskClient, key: str, tiny_model_env: None) -> None:
    html = "<p>The road works start on <b>Monday</b>.</p><p>Nobody asked us.</p>"
    body = {"comment": {"text": html, "type": "HTML"}, "requestedAttributes": {"TOXICITY": {}},
            "languages": ["en"], "spanAnnotations": True}
    scores = post(client, ANALYZE, key, body).get_json()["attributeScores"]["TOXICITY"]
    plain = "The road works start on Monday.\nNobody asked us."
    assert scores["summaryScore"]["value"] == pytest.approx(ours(plain).labels["toxicity"], abs=1e-7)
    assert [(s["begin"], s["end"]) for s in scores["spanScores"]] == [(0, 31), (32, 48)]


def test_proto_field_names_in_snake_case_are_accepted(client: FlaskClient, key: str, tiny_model_env: None) -> None:
    body = {"comment": {"text": ENGLISH}, "requested_attributes": {"THREAT": {"score_threshold": 0.0}},
            "do_not_store": True, "span_annotations": False, "client_token": "x"}
    response = post(client, ANALYZE, key, body)
    assert response.status_code == 200 and "THREAT" in response.get_json()["attributeScores"]


def test_a_body_without_a_json_content_type_is_read_as_json(client: FlaskClient, key: str,
                                                             tiny_model_env: None) -> None:
    response = client.post(f"{ANALYZE}?key={key}", data=json.dumps(coral_analyze(ENGLISH)),
                           content_type="text/plain")
    assert response.status_code == 200 and "TOXICITY" in response.get_json()["attributeScores"]


def test_languages_each_attribute_covers(client: FlaskClient, key: str, tiny_model_env: None) -> None:
    from app.scoring_runtime import get_scorer

    scorer = get_scorer()
    assert scorer.model.languages == frozenset({"en"}) and scorer.incitement is not None
    assert "de" in scorer.incitement.covered_languages and "ja" not in scorer.incitement.covered_languages
    # asked for a language the toxicity model does not read
    error = error_of(post(client, ANALYZE, key, coral_analyze(GERMAN, language="de")), 400, "INVALID_ARGUMENT",
                     "LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE")
    assert error["message"] == "Attribute TOXICITY does not support request languages: de"
    assert error["details"][0]["languageNotSupportedByAttributeError"]["attribute"] == "TOXICITY"
    # region subtags are dropped, as Coral's locales carry them
    assert post(client, ANALYZE, key, coral_analyze(ENGLISH, language="en-US")).status_code == 200
    # INCITEMENT covers the incitement model's languages
    german = post(client, ANALYZE, key, coral_analyze(GERMAN, model="INCITEMENT", language="de"))
    assert german.status_code == 200 and german.get_json()["detectedLanguages"] == ["de"]
    error_of(post(client, ANALYZE, key, coral_analyze("日本語のコメントです。", model="INCITEMENT", language="ja")),
             400, "INVALID_ARGUMENT", "LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE")
    # no languages sent: the detected language must be covered
    detected = post(client, ANALYZE, key, {"comment": {"text": GERMAN}, "requestedAttributes": {"TOXICITY": {}}})
    error = error_of(detected, 400, "INVALID_ARGUMENT", "LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE")
    assert error["details"][0]["languageNotSupportedByAttributeError"]["detectedLanguages"] == ["de"]


def test_request_errors_in_googles_shape(client: FlaskClient, key: str, tiny_model_env: None) -> None:
    unknown = error_of(post(client, ANALYZE, key, coral_analyze(ENGLISH, model="FLIRTATION")), 400,
                       "INVALID_ARGUMENT", "UNKNOWN_ATTRIBUTE")
    assert "FLIRTATION" in unknown["message"]
    error_of(post(client, ANALYZE, key, {"comment": {"text": ENGLISH}, "requestedAttributes": {}}), 400,
             "INVALID_ARGUMENT", "NO_REQUESTED_ATTRIBUTES")
    error_of(post(client, ANALYZE, key, coral_analyze("   ")), 400, "INVALID_ARGUMENT", "COMMENT_EMPTY")
    empty_html = {"comment": {"text": "<p> </p>", "type": "HTML"}, "requestedAttributes": {"TOXICITY": {}}}
    error_of(post(client, ANALYZE, key, empty_html), 400, "INVALID_ARGUMENT", "COMMENT_EMPTY")
    # 20 KB is counted in UTF-8 bytes: 10,241 two-byte characters are over it
    too_long = error_of(post(client, ANALYZE, key, coral_analyze("é" * 10_241)), 400, "INVALID_ARGUMENT",
                        "COMMENT_TOO_LONG")
    assert "20482 bytes" in too_long["message"] and "20480" in too_long["message"]
    unknown_field = error_of(post(client, ANALYZE, key, {**coral_analyze(ENGLISH), "colour": "red"}), 400,
                             "INVALID_ARGUMENT", "INVALID_REQUEST")
    assert unknown_field["message"] == 'Invalid JSON payload received. Unknown name "colour": Cannot find field.'
    bad_type = coral_analyze(ENGLISH)
    bad_type["requestedAttributes"] = {"TOXICITY": {"scoreType": "STD_DEV_SCORE"}}
    error_of(post(client, ANALYZE, key, bad_type), 400, "INVALID_ARGUMENT", "INVALID_REQUEST")
    not_json = client.post(f"{ANALYZE}?key={key}", data="{not json", content_type="application/json")
    error_of(not_json, 400, "INVALID_ARGUMENT", "INVALID_REQUEST")
    error_of(client.get(f"{ANALYZE}?key={key}"), 404, "NOT_FOUND", "NOT_FOUND")
    error_of(post(client, "/v1alpha1/comments:classify", key, {}), 404, "NOT_FOUND", "NOT_FOUND")


def test_the_byte_limit_is_a_setting(client: FlaskClient, key: str, app: Flask, tiny_model_env: None,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(app.config, "PERSPECTIVE_MAX_COMMENT_BYTES", 40)
    assert post(client, ANALYZE, key, coral_analyze("x" * 40)).status_code == 200
    error_of(post(client, ANALYZE, key, coral_analyze("x" * 41)), 400, "INVALID_ARGUMENT", "COMMENT_TOO_LONG")


def test_sexually_explicit_only_where_the_model_has_it(client: FlaskClient, key: str, app: Flask,
                                                       tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from moderation.testing import build_tiny_checkpoint

    six = ("toxicity", "severe_toxicity", "obscene", "threat", "insult", "identity_attack")
    checkpoint, hf_config = build_tiny_checkpoint(tmp_path, classes=six)
    monkeypatch.setenv("THREADWATCH_DETOXIFY_CHECKPOINT", str(checkpoint))
    monkeypatch.setenv("THREADWATCH_DETOXIFY_HF_CONFIG", str(hf_config))
    monkeypatch.delenv("THREADWATCH_DETOXIFY_MODEL", raising=False)
    app.extensions.pop("threadwatch_scorer", None)
    try:
        error_of(post(client, ANALYZE, key, coral_analyze(ENGLISH, model="SEXUALLY_EXPLICIT")), 400,
                 "INVALID_ARGUMENT", "ATTRIBUTE_NOT_AVAILABLE")
        assert post(client, ANALYZE, key, coral_analyze(ENGLISH, model="PROFANITY")).status_code == 200
    finally:
        app.extensions.pop("threadwatch_scorer", None)


# --- keys and the rate per key --------------------------------------------------------------------


def test_keys_as_query_or_header_and_refusals(client: FlaskClient, key: str, service_user: User,
                                              db_session: Session, tiny_model_env: None) -> None:
    body = coral_analyze(ENGLISH)
    missing = error_of(post(client, ANALYZE, None, body), 403, "PERMISSION_DENIED", "API_KEY_MISSING")
    assert missing["message"] == "The request is missing a valid API key."
    error_of(post(client, ANALYZE, "tw_not-a-key", body), 403, "PERMISSION_DENIED", "API_KEY_INVALID")
    # the key is checked before the body is read
    error_of(post(client, ANALYZE, None, {"nonsense": 1}), 403, "PERMISSION_DENIED", "API_KEY_MISSING")
    assert client.post(ANALYZE, json=body, headers={"x-goog-api-key": key}).status_code == 200
    assert post(client, ANALYZE, key, body).status_code == 200
    # a Bearer token alone is not a Perspective key
    error_of(client.post(ANALYZE, json=body, headers={"Authorization": f"Bearer {key}"}), 403,
             "PERMISSION_DENIED", "API_KEY_MISSING")
    service_user.active = False
    db_session.flush()
    error_of(post(client, ANALYZE, key, body), 403, "PERMISSION_DENIED", "API_KEY_INVALID")


def test_each_key_has_its_own_rate(client: FlaskClient, key: str, app: Flask, make_user: Callable[..., User],
                                   db_session: Session, tiny_model_env: None,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(app.config, "PERSPECTIVE_RATE_LIMIT", "3 per minute")
    other = new_api_token(make_user())
    db_session.flush()
    body = coral_analyze(ENGLISH)
    # refused requests without a valid key are not counted against anyone
    for _ in range(4):
        assert post(client, ANALYZE, "tw_wrong", body).status_code == 403
    assert post(client, ANALYZE, key, body).status_code == 200
    assert post(client, ANALYZE, key, body).status_code == 200
    # suggestscore draws on the same budget
    assert post(client, SUGGEST, key, coral_suggest(ENGLISH, "c-1", rejected=False)).status_code == 200
    spent = post(client, ANALYZE, key, body)
    error = error_of(spent, 429, "RESOURCE_EXHAUSTED", "RATE_LIMIT_EXCEEDED")
    assert 1 <= int(spent.headers["Retry-After"]) <= 61 and "3 per 1 minute" in error["message"]
    error_of(post(client, SUGGEST, key, coral_suggest(ENGLISH, "c-1", rejected=True)), 429, "RESOURCE_EXHAUSTED",
             "RATE_LIMIT_EXCEEDED")
    # another key, from the same address, still has its whole budget
    assert post(client, ANALYZE, other, body).status_code == 200


# --- storage --------------------------------------------------------------------------------------


def _analyses(session: Session) -> list[PerspectiveAnalysis]:
    return list(session.scalars(select(PerspectiveAnalysis)))


def test_nothing_is_kept_by_default(client: FlaskClient, key: str, db_session: Session, app: Flask,
                                    tiny_model_env: None) -> None:
    assert app.config["PERSPECTIVE_STORE"] is False
    assert post(client, ANALYZE, key, coral_analyze(ENGLISH, do_not_store=False)).status_code == 200
    assert _analyses(db_session) == []


def test_kept_when_enabled_unless_do_not_store(client: FlaskClient, key: str, service_user: User,
                                               db_session: Session, app: Flask, tiny_model_env: None,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(app.config, "PERSPECTIVE_STORE", True)
    assert post(client, ANALYZE, key, coral_analyze(ENGLISH, do_not_store=True)).status_code == 200
    assert _analyses(db_session) == []
    html = {"comment": {"text": "<p>Nobody <i>asked</i> us about the road works.</p>", "type": "HTML"},
            "requestedAttributes": {"INSULT": {}}, "doNotStore": False, "communityId": "gazette",
            "sessionId": "s-1", "clientToken": "comment:77"}
    assert post(client, ANALYZE, key, html).status_code == 200
    (row,) = _analyses(db_session)
    text = "Nobody asked us about the road works."
    assert (row.user_id, row.text, row.requested, row.community_id, row.session_id, row.client_token) == (
        service_user.id, text, ["INSULT"], "gazette", "s-1", "comment:77")
    assert row.scores == pytest.approx(ours(text).labels, abs=1e-7)
    assert row.languages == [] and row.model_identity


def test_stored_analyses_are_pruned_after_the_retention_period(client: FlaskClient, key: str, app: Flask,
                                                               db_session: Session, tiny_model_env: None,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(app.config, "PERSPECTIVE_STORE", True)
    for _ in range(2):
        assert post(client, ANALYZE, key, coral_analyze(ENGLISH, do_not_store=False)).status_code == 200
    old, new = _analyses(db_session)
    old.created_at = utcnow() - timedelta(days=app.config["PERSPECTIVE_RETENTION_DAYS"], hours=1)
    db_session.flush()
    assert job_named("perspective-analyses-prune").run(app) == 1
    assert [row.id for row in _analyses(db_session)] == [new.id]
    assert service.delete_analyses_before(db_session, utcnow() + timedelta(seconds=1)) == 1


# --- comments:suggestscore ------------------------------------------------------------------------


def test_coral_suggestion_is_kept_as_a_label_on_our_comment(client: FlaskClient, key: str, service_user: User,
                                                             db_session: Session, make_article: Callable[..., Any],
                                                             make_comment: Callable[..., Comment]) -> None:
    article = make_article(url=ARTICLE_URL)
    comment = make_comment(body=ENGLISH, article=article, external_id="5f2c-coral")
    response = post(client, SUGGEST, key, coral_suggest(ENGLISH, "5f2c-coral", rejected=True, reply_to="5f2b"))
    assert response.status_code == 200
    assert response.get_json() == {"clientToken": "comment:5f2c-coral", "detectedLanguages": ["en"]}
    (row,) = db_session.scalars(select(PerspectiveSuggestion))
    assert (row.comment_id, row.user_id, row.text, row.attribute, row.value) == (
        comment.id, service_user.id, ENGLISH, "TOXICITY", 1.0)
    assert (row.community_id, row.client_token, row.languages) == (f"Coral:{CORAL_TENANT_URL}",
                                                                   "comment:5f2c-coral", ["en"])
    assert '"Coral_comment_id": "5f2c-coral"' in row.context[0]["text"]


def test_suggestions_link_only_to_a_comment_they_name_unambiguously(
        client: FlaskClient, key: str, db_session: Session, make_article: Callable[..., Any],
        make_comment: Callable[..., Comment]) -> None:
    here = make_comment(article=make_article(url=ARTICLE_URL), external_id="dup")
    make_comment(article=make_article(url="https://gazette.example/other"), external_id="dup")
    # two comments "dup": the page URL in Coral's context picks one
    assert post(client, SUGGEST, key, coral_suggest(ENGLISH, "dup", rejected=False)).status_code == 200
    # unknown to us: kept, linked to nothing
    assert post(client, SUGGEST, key, coral_suggest(ENGLISH, "never-seen", rejected=True)).status_code == 200
    # a bare client token naming "dup", without a page to tell the two apart: not linked; several
    # attributes: one label each; text too short to tell its language: none detected
    body = {"comment": {"text": "ok"}, "clientToken": "comment:dup",
            "attributeScores": {"INSULT": {"summaryScore": {"value": 0.25}}, "THREAT": {"summaryScore": {"value": 0}}}}
    assert post(client, SUGGEST, key, body).get_json() == {"clientToken": "comment:dup", "detectedLanguages": []}
    rows = list(db_session.scalars(select(PerspectiveSuggestion).order_by(PerspectiveSuggestion.id)))
    assert [(r.comment_id, r.attribute, r.value) for r in rows] == [
        (here.id, "TOXICITY", 0.0), (None, "TOXICITY", 1.0), (None, "INSULT", 0.25), (None, "THREAT", 0.0)]


def test_suggestion_errors(client: FlaskClient, key: str, db_session: Session) -> None:
    error_of(post(client, SUGGEST, key, coral_suggest(ENGLISH, "c", rejected=True, model="SPAM")), 400,
             "INVALID_ARGUMENT", "UNKNOWN_ATTRIBUTE")
    error_of(post(client, SUGGEST, key, coral_suggest("", "c", rejected=True)), 400, "INVALID_ARGUMENT",
             "COMMENT_EMPTY")
    no_value = {"comment": {"text": ENGLISH}, "attributeScores": {"TOXICITY": {}}}
    error_of(post(client, SUGGEST, key, no_value), 400, "INVALID_ARGUMENT", "INVALID_REQUEST")
    out_of_range = {"comment": {"text": ENGLISH}, "attributeScores": {"TOXICITY": {"summaryScore": {"value": 2}}}}
    error_of(post(client, SUGGEST, key, out_of_range), 400, "INVALID_ARGUMENT", "INVALID_REQUEST")
    error_of(post(client, SUGGEST, None, coral_suggest(ENGLISH, "c", rejected=True)), 403, "PERMISSION_DENIED",
             "API_KEY_MISSING")
    assert db_session.scalar(select(func.count()).select_from(PerspectiveSuggestion)) == 0


# --- keys never logged ----------------------------------------------------------------------------


def test_redact_rewrites_keys_in_query_strings() -> None:
    line = '127.0.0.1 - - "POST /v1alpha1/comments:analyze?key=tw_SECRET&alt=json HTTP/1.1" 200 -'
    assert redact(line) == '127.0.0.1 - - "POST /v1alpha1/comments:analyze?key=REDACTED&alt=json HTTP/1.1" 200 -'
    assert redact("GET /x?a=1&API_KEY=abc") == "GET /x?a=1&API_KEY=REDACTED"
    assert redact("GET /v1alpha1/comments:analyze") == "GET /v1alpha1/comments:analyze"


def test_the_development_servers_access_log_never_shows_a_key(app: Flask, app_context: None,
                                                              caplog: pytest.LogCaptureFixture) -> None:
    """A real werkzeug server on loopback: its request line goes through the `werkzeug` logger."""
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    secret = "tw_SECRET-never-logged"
    try:
        with caplog.at_level(logging.INFO, logger="werkzeug"):
            request = urllib.request.Request(f"http://127.0.0.1:{server.port}{ANALYZE}?key={secret}",
                                             data=b"{}", headers={"content-type": "application/json"})
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(request, timeout=30)
            assert refused.value.code == 403
            server.shutdown()
            thread.join(10)
    finally:
        server.server_close()
    lines = [r.getMessage() for r in caplog.records if r.name == "werkzeug"]
    assert any("comments:analyze?key=REDACTED" in line and " 403 " in line for line in lines), lines
    assert not any(secret in r.getMessage() or secret in str(r.args) for r in caplog.records)


# --- the real model -------------------------------------------------------------------------------


@pytest.fixture
def real_model_env(app: Flask, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    models = SHARED / "models"
    checkpoint, hf_config = models / "minilm-toxic" / "minilm_toxic.ckpt", models / "minilm-toxic" / "hf"
    if not checkpoint.is_file():
        missing_shared(f"the offline model is not at {models}; real-model tests skipped")
    for name, value in {"THREADWATCH_DETOXIFY_CHECKPOINT": str(checkpoint),
                        "THREADWATCH_DETOXIFY_HF_CONFIG": str(hf_config), "HF_HUB_OFFLINE": "1",
                        "TRANSFORMERS_OFFLINE": "1", "HF_HOME": str(models / "hf_home")}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("THREADWATCH_DETOXIFY_MODEL", raising=False)
    app.extensions.pop("threadwatch_scorer", None)
    yield
    app.extensions.pop("threadwatch_scorer", None)


@pytest.mark.realmodel
def test_coral_holds_what_the_real_model_calls_toxic(client: FlaskClient, key: str, real_model_env: None) -> None:
    def toxicity(text: str) -> float:
        response = post(client, ANALYZE, key, coral_analyze(text))
        assert response.status_code == 200, response.get_json()
        return float(response.get_json()["attributeScores"]["TOXICITY"]["summaryScore"]["value"])

    # Coral's default threshold is 0.8
    assert toxicity("You are an idiot and a traitor.") > 0.8
    assert toxicity(ENGLISH) < 0.5
    # the bundled model has no sexual_explicit label
    error_of(post(client, ANALYZE, key, coral_analyze(ENGLISH, model="SEXUALLY_EXPLICIT")), 400,
             "INVALID_ARGUMENT", "ATTRIBUTE_NOT_AVAILABLE")
