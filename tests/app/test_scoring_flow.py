"""Scoring stored comments end to end: claim, score, store labels/spans/reasons, route by policy."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import AuditEntry, Author, Comment, CommentScore, IncitementCue, ScoreSpan
from app.models.base import utcnow
from app.scoring_runtime import get_policy, get_scorer
from app.services.scoring import claim_batch, mark_pending, score_claimed
from moderation.policy import Policy, default_policy

INCITING = ("For thirty years we were robbed. All past 3 presidents should be arrested and shot. "
            "COUP D ETAT NOW!")


def _score_all(session: Session, policy: Policy | None = None) -> None:
    scorer, policy = get_scorer(), policy or get_policy()
    while True:
        worker, ids = claim_batch(session, batch_size=10)
        if not ids:
            return
        score_claimed(session, scorer, policy, worker, ids, actor="test")


def test_scoring_stores_every_label_spans_and_incitement_reasons(
    db_session: Session, tiny_model_env: None, make_comment: Callable[..., Comment]
) -> None:
    calm = make_comment(body="I agree with you. Thanks for the clear summary.")
    inciting = make_comment(body=INCITING)
    # Holding needs the model to be surer than it is of this comment with the tiny toxicity model, so
    # the hold threshold is lowered here to exercise the hold path and its audit entry.
    _score_all(db_session, default_policy({"review": 0.3, "hold": 0.4}))

    for comment in (calm, inciting):
        db_session.refresh(comment)
        assert comment.score_state == "scored"
        score = db_session.get(CommentScore, comment.id)
        assert score is not None and score.model_identity.startswith("tiny_detoxify.ckpt@sha256:")
        for label in ("toxicity", "severe_toxicity", "obscene", "threat", "insult", "identity_attack"):
            assert 0.0 <= getattr(score, label) <= 1.0
        spans = db_session.scalars(select(ScoreSpan).where(ScoreSpan.comment_id == comment.id)).all()
        assert spans, "sentence spans are stored"
        for span in spans:
            assert 0 <= span.start < span.end <= len(comment.body)
            # the comment's label score is the max over the whole comment and its sentences
            assert score.toxicity >= span.toxicity - 1e-9

    cues = db_session.scalars(select(IncitementCue).where(IncitementCue.comment_id == inciting.id)).all()
    assert {c.cue for c in cues} >= {"model", "call", "act"}
    assert inciting.language == "en" and calm.language == "en"
    assert all(inciting.body[c.start:c.end] == c.text for c in cues)
    inciting_score = db_session.get(CommentScore, inciting.id)
    assert inciting_score is not None and inciting_score.incitement > 0.5
    assert inciting_score.policy_rule and inciting_score.policy_rule.startswith("incitement")
    # incitement holds the comment and says so in the audit trail
    assert inciting.status == "held" and inciting.review_state == "needs_review"
    audit = db_session.scalars(select(AuditEntry).where(AuditEntry.comment_id == inciting.id)).one()
    assert audit.actor_id is None and audit.rule == inciting_score.policy_rule and audit.new_status == "held"
    assert audit.scores is not None and audit.scores["incitement"] == pytest.approx(inciting_score.incitement, abs=1e-5)


def test_a_lease_held_by_another_worker_is_not_claimed_until_it_expires(
    db_session: Session, make_comment: Callable[..., Comment]
) -> None:
    comment = make_comment(body="pending comment")
    worker_a, ids_a = claim_batch(db_session, batch_size=100)
    assert comment.id in ids_a
    _, ids_b = claim_batch(db_session, batch_size=100)
    assert comment.id not in ids_b
    # a crashed worker's lease runs out and the comment is claimed again
    comment.lease_expires_at = utcnow() - timedelta(seconds=1)
    db_session.flush()
    worker_c, ids_c = claim_batch(db_session, batch_size=100)
    assert comment.id in ids_c and worker_c != worker_a


def test_results_are_written_only_under_the_workers_own_lease(
    db_session: Session, tiny_model_env: None, make_comment: Callable[..., Comment]
) -> None:
    comment = make_comment(body="a plain comment")
    worker, ids = claim_batch(db_session, batch_size=100)
    comment.lease_owner = "someone-else"
    db_session.flush()
    run = score_claimed(db_session, get_scorer(), get_policy(), worker, ids)
    assert run.scored == 0
    assert db_session.get(CommentScore, comment.id) is None


def test_banned_authors_comments_are_held(
    db_session: Session, tiny_model_env: None, make_comment: Callable[..., Comment], make_source: Callable
) -> None:
    source = make_source()
    author = Author(source_id=source.id, external_id="u1", display_name="Banned Person", standing="banned")
    db_session.add(author)
    db_session.flush()
    comment = make_comment(body="What a lovely day.", author_id=author.id)
    _score_all(db_session)
    db_session.refresh(comment)
    assert comment.status == "held" and comment.queued_rule == "author-restricted"


def test_rescore_stale_only_requeues_other_models(
    db_session: Session, tiny_model_env: None, make_comment: Callable[..., Comment]
) -> None:
    old = make_comment(body="scored by an old model", scores={"toxicity": 0.1})
    _score_all(db_session)
    current = make_comment(body="scored by the current model")
    _score_all(db_session)
    identity = get_scorer().model.identity
    assert mark_pending(db_session, stale_for=identity) == 1
    db_session.refresh(old)
    db_session.refresh(current)
    assert (old.score_state, current.score_state) == ("pending", "scored")


def test_cli_score_explain_and_resume(
    runner: FlaskCliRunner, db_session: Session, tiny_model_env: None, make_comment: Callable[..., Comment]
) -> None:
    comments = [make_comment(body=f"Comment number {i}. You are an idiot.") for i in range(5)]
    result = runner.invoke(args=["moderation", "score", "--batch-size", "2"])
    assert result.exit_code == 0, result.output
    assert "scored 5 comments with tiny_detoxify.ckpt@sha256:" in result.output
    pending = db_session.scalar(select(func.count()).select_from(Comment).where(Comment.score_state == "pending"))
    assert pending == 0
    again = runner.invoke(args=["moderation", "score"])
    assert "scored 0 comments" in again.output and "nothing to do" in again.output

    explained = runner.invoke(args=["moderation", "explain", str(comments[0].id)])
    assert explained.exit_code == 0
    assert "toxicity" in explained.output and "policy:" in explained.output and "worst sentences" in explained.output
    assert runner.invoke(args=["moderation", "explain", "999999"]).exit_code != 0


def test_cli_without_a_model_fails_naming_the_settings(
    runner: FlaskCliRunner, app: Flask, make_comment: Callable[..., Comment], monkeypatch: pytest.MonkeyPatch,
    tmp_path
) -> None:
    make_comment(body="needs a model")
    monkeypatch.setenv("THREADWATCH_DETOXIFY_CHECKPOINT", str(tmp_path / "missing.ckpt"))
    monkeypatch.setenv("THREADWATCH_DETOXIFY_HF_CONFIG", str(tmp_path))
    app.extensions.pop("threadwatch_scorer", None)
    result = runner.invoke(args=["moderation", "score"])
    app.extensions.pop("threadwatch_scorer", None)
    assert result.exit_code != 0
    assert "THREADWATCH_DETOXIFY_CHECKPOINT" in result.output


def test_scores_api_and_stateless_score_endpoint(
    api_client: FlaskClient, client: FlaskClient, db_session: Session, tiny_model_env: None, make_comment: Callable[..., Comment]
) -> None:
    comment = make_comment(body=INCITING)
    assert api_client.get(f"/api/comments/{comment.id}/scores").status_code == 404
    _score_all(db_session)
    data = api_client.get(f"/api/comments/{comment.id}/scores").get_json()
    assert set(data["scores"]) >= {"toxicity", "threat", "insult", "incitement"}
    assert data["spans"] and all(comment.body[s["start"]:s["end"]] == s["text"] for s in data["spans"])
    assert data["incitement_reasons"]

    before = db_session.scalar(select(func.count()).select_from(CommentScore))
    response = client.post("/api/score", json={"texts": ["I agree with you.", INCITING]})
    assert response.status_code == 200, response.get_json()
    results = response.get_json()["results"]
    assert len(results) == 2 and results[1]["scores"]["incitement"] > results[0]["scores"]["incitement"]
    assert db_session.scalar(select(func.count()).select_from(CommentScore)) == before  # nothing stored


@pytest.mark.parametrize(
    ("payload", "status", "needle"),
    [
        ({"texts": []}, 422, "at least one"),
        ({"texts": ["x"] * 33}, 422, "at most 32"),
        ({"texts": ["x" * 20_001]}, 422, "texts"),
        ({"texts": "not a list"}, 422, "texts"),
        ({"text": ["wrong key"]}, 422, "text"),
    ],
)
def test_score_endpoint_rejects_bad_input_clearly(client: FlaskClient, payload: object, status: int, needle: str) -> None:
    response = client.post("/api/score", json=payload)
    assert response.status_code == status
    assert needle in response.get_json()["error"]


def test_score_endpoint_needs_json(client: FlaskClient) -> None:
    response = client.post("/api/score", data="texts=a", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400 and "JSON" in response.get_json()["error"]
