"""Scores as JSON: stored scores of a comment, and stateless scoring for pre-submit checks."""

from __future__ import annotations

from typing import Any

from flask import current_app, jsonify, request
from flask.typing import ResponseReturnValue
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator
from sqlalchemy import select

from app.api import bp
from app.api.score_budget import charge
from app.errors import ApiError
from app.extensions import csrf, db, limiter
from app.models import Comment, CommentScore, IncitementCue, ScoreSpan
from app.models.scoring import DETOXIFY_LABELS


def _span_scores(span: ScoreSpan) -> dict[str, float]:
    return {label: float(v) for label in DETOXIFY_LABELS if (v := getattr(span, label)) is not None}


@bp.get("/comments/<int:comment_id>/scores")
def comment_scores(comment_id: int) -> ResponseReturnValue:
    comment = db.session.get(Comment, comment_id)
    if comment is None:
        raise ApiError(404, f"comment {comment_id} not found")
    score = db.session.get(CommentScore, comment_id)
    if score is None:
        raise ApiError(404, f"comment {comment_id} is not scored yet", score_state=comment.score_state)
    spans = db.session.scalars(select(ScoreSpan).where(ScoreSpan.comment_id == comment_id).order_by(ScoreSpan.start))
    cues = db.session.scalars(select(IncitementCue).where(IncitementCue.comment_id == comment_id)
                              .order_by(IncitementCue.start))
    return jsonify({
        "comment_id": comment_id,
        "model": score.model_identity,
        "scored_at": score.scored_at.isoformat(),
        "scores": score.label_scores(),
        "worst_label": score.worst_label,
        "policy": {"action": score.policy_action, "rule": score.policy_rule, "priority": score.policy_priority},
        "spans": [{"start": s.start, "end": s.end, "kind": s.kind, "text": comment.body[s.start:s.end],
                   "scores": _span_scores(s)} for s in spans],
        "incitement_reasons": [{"cue": c.cue, "start": c.start, "end": c.end, "text": c.text, "target": c.target}
                               for c in cues],
    })


class ScoreRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    texts: list[str]

    @field_validator("texts")
    @classmethod
    def _limits(cls, texts: list[str]) -> list[str]:
        max_texts = current_app.config["SCORE_API_MAX_TEXTS"]
        max_chars = current_app.config["SCORE_API_MAX_CHARS"]
        max_total = current_app.config["SCORE_API_MAX_TOTAL_CHARS"]
        if not texts:
            raise ValueError("must hold at least one text")
        if len(texts) > max_texts:
            raise ValueError(f"at most {max_texts} texts per request, got {len(texts)}")
        for i, text in enumerate(texts):
            if len(text) > max_chars:
                raise ValueError(f"texts[{i}] is {len(text)} characters; the limit is {max_chars}")
        total = sum(len(text) for text in texts)
        if total > max_total:
            raise ValueError(f"{total} characters in all; the limit per request is {max_total}")
        return texts


def _validation_message(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "body"
    return f"{where}: {first['msg']}"


@bp.post("/score")
@csrf.exempt  # type: ignore[untyped-decorator]
@limiter.limit(lambda: current_app.config["SCORE_API_RATE_LIMIT"])
def score_texts() -> ResponseReturnValue:
    """Score texts without storing anything, for a comment system's pre-submit check."""
    # JSON escapes take up to 12 bytes per character; a larger body cannot be a valid request.
    request.max_content_length = 12 * int(current_app.config["SCORE_API_MAX_TOTAL_CHARS"]) + 65_536
    payload: Any = request.get_json(silent=True)
    if payload is None:
        raise ApiError(400, 'body must be JSON: {"texts": ["..."]}')
    try:
        req = ScoreRequest.model_validate(payload)
    except ValidationError as exc:
        raise ApiError(422, _validation_message(exc)) from None
    charge(sum(len(text) for text in req.texts))

    from app.scoring_runtime import get_policy, get_scorer
    from moderation.detox_settings import ModelLoadError
    from moderation.verdict import analyse

    try:
        scorer, policy = get_scorer(), get_policy()
    except ModelLoadError as exc:
        raise ApiError(503, str(exc)) from None
    results = []
    for text, analysis in zip(req.texts, analyse(scorer, policy, req.texts), strict=True):
        results.append({
            "scores": analysis.labels,
            "policy": {"action": analysis.decision.action, "rule": analysis.decision.rule,
                       "priority": analysis.decision.priority},
            "spans": [{"start": s.start, "end": s.end, "kind": s.kind, "text": text[s.start:s.end],
                       "scores": s.scores} for s in analysis.text_score.spans],
            "incitement_reasons": [{"cue": r.cue, "start": r.start, "end": r.end, "text": r.text,
                                    "target": r.target} for r in analysis.incitement.reasons],
        })
    return jsonify({"model": scorer.model.identity, "results": results})
