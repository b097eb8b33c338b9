"""Perspective API requests answered by our pipeline: comments:analyze and comments:suggestscore.

Perspective's attributes map onto our labels (ATTRIBUTES). A comment's summary score is the score
the rest of Threadwatch gives it (the highest of the whole comment and its sentences, as
`moderation.verdict.analyse` computes it); span scores are its sentences. Errors carry Google's
shape (`PerspectiveError.body`). Functions here take a session and flush; the caller commits.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

from flask import Flask
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.extensions import db
from app.models import Article, Comment
from app.models.base import utcnow
from app.models.perspective import PerspectiveAnalysis, PerspectiveSuggestion
from app.services.perspective_batching import BatchingAnalyser
from app.services.perspective_schemas import AnalyzeRequest, CommentIn, SuggestRequest
from moderation.incitement_model import LABEL as INCITEMENT
from moderation.scoring import Scorer, SpanScore
from moderation.verdict import Analysis
from threads.adapters.html import html_to_text

log = logging.getLogger(__name__)

# Perspective's attribute -> our label. INCITEMENT is ours (documented in docs/perspective.md).
ATTRIBUTES: dict[str, str] = {
    "TOXICITY": "toxicity",
    "SEVERE_TOXICITY": "severe_toxicity",
    "IDENTITY_ATTACK": "identity_attack",
    "INSULT": "insult",
    "PROFANITY": "obscene",
    "THREAT": "threat",
    "SEXUALLY_EXPLICIT": "sexual_explicit",
    "INCITEMENT": INCITEMENT,
}
PROBABILITY = "PROBABILITY"
ERROR_DETAIL_TYPE = "type.googleapis.com/google.commentanalyzer.v1alpha1.Error"
# google.rpc status names for the HTTP codes we answer with.
STATUS_NAMES = {400: "INVALID_ARGUMENT", 403: "PERMISSION_DENIED", 404: "NOT_FOUND", 405: "NOT_FOUND",
                429: "RESOURCE_EXHAUSTED", 500: "INTERNAL", 503: "UNAVAILABLE"}
# Keys of a context entry's JSON that name a comment of the client's: Coral's, then generic ones.
COMMENT_ID_KEYS = ("Coral_comment_id", "comment_id", "commentId")


class PerspectiveError(Exception):
    """An error answered in Google's shape: {"error": {"code", "message", "status", "details"}}."""

    def __init__(self, code: int, message: str, error_type: str, *, headers: dict[str, str] | None = None,
                 **detail: Any) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.error_type = error_type
        self.headers = headers or {}
        self.detail = detail

    @property
    def status(self) -> str:
        return STATUS_NAMES.get(self.code, "UNKNOWN")

    def body(self) -> dict[str, Any]:
        detail: dict[str, Any] = {"@type": ERROR_DETAIL_TYPE, "errorType": self.error_type, **self.detail}
        return {"error": {"code": self.code, "message": self.message, "status": self.status, "details": [detail]}}


def comment_text(comment: CommentIn, max_bytes: int) -> str:
    """The text to score: HTML stripped to text; refused when over `max_bytes` (UTF-8) or empty."""
    size = len(comment.text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise PerspectiveError(400, f"Comment text too long: {size} bytes; the limit is {max_bytes} bytes.",
                               "COMMENT_TOO_LONG")
    text = html_to_text(comment.text) if comment.type == "HTML" else comment.text
    if not text.strip():
        raise PerspectiveError(400, "Comment must be non-empty.", "COMMENT_EMPTY")
    return text


def attribute_languages(scorer: Scorer, attribute: str) -> frozenset[str]:
    """The languages an attribute covers: the toxicity model's, or the incitement model's own."""
    if attribute == "INCITEMENT":
        return scorer.incitement.covered_languages if scorer.incitement is not None else frozenset()
    return scorer.model.languages


def check_attributes(scorer: Scorer, names: Iterable[str], *, what: str) -> list[str]:
    """The attributes, each known and scored by this server's model; else a 400."""
    names = list(names)
    if not names:
        raise PerspectiveError(400, f"{what} must name at least one attribute.", "NO_REQUESTED_ATTRIBUTES")
    for name in names:
        label = ATTRIBUTES.get(name)
        if label is None:
            raise PerspectiveError(400, f"Unknown attribute: {name}. This server scores "
                                        f"{', '.join(sorted(ATTRIBUTES))}.", "UNKNOWN_ATTRIBUTE", attribute=name)
        if label not in scorer.labels:
            raise PerspectiveError(400, f"Attribute {name} is not available: this server's model "
                                        f"({scorer.model.identity}) does not score it.",
                                   "ATTRIBUTE_NOT_AVAILABLE", attribute=name)
    return names


def check_languages(scorer: Scorer, attributes: Sequence[str], languages: Sequence[str], *,
                    detected: bool) -> None:
    """Each attribute must cover one of the languages (requested, or the one detected)."""
    for name in attributes:
        covered = attribute_languages(scorer, name)
        if not any(code in covered for code in languages):
            raise PerspectiveError(
                400, f"Attribute {name} does not support request languages: {','.join(languages)}",
                "LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE",
                languageNotSupportedByAttributeError={
                    "detectedLanguages" if detected else "requestedLanguages": list(languages),
                    "attribute": name, "supportedLanguages": sorted(covered)})


def _pieces(spans: Sequence[SpanScore]) -> list[SpanScore]:
    """The comment's sentences (and the pieces of over-long ones), without the windows that repeat
    several of them: the spans that contain no other span."""
    unique = {(s.start, s.end): s for s in spans}
    out = [s for (start, end), s in unique.items()
           if not any(o_start >= start and o_end <= end and (o_start, o_end) != (start, end)
                      for (o_start, o_end) in unique)]
    return sorted(out, key=lambda s: s.start)


def _score(value: float) -> dict[str, Any]:
    return {"value": float(value), "type": PROBABILITY}


def attribute_scores(req: AnalyzeRequest, text: str, analysis: Analysis) -> dict[str, Any]:
    """attributeScores for each requested attribute at or above its scoreThreshold."""
    labels = analysis.labels
    pieces = _pieces(analysis.text_score.spans) if req.span_annotations else []
    out: dict[str, Any] = {}
    for name, options in req.requested_attributes.items():
        label = ATTRIBUTES[name]
        value = labels[label]
        if options.score_threshold is not None and value < options.score_threshold:
            continue
        if pieces:
            spans = [{"begin": s.start, "end": s.end, "score": _score(s.scores[label])}
                     for s in pieces if label in s.scores]
        else:
            spans = [{"begin": 0, "end": len(text), "score": _score(value)}]
        out[name] = {"spanScores": spans, "summaryScore": _score(value)}
    return out


def analyze(session: Session, user_id: int, req: AnalyzeRequest, *, analyser: BatchingAnalyser,
            store: bool, max_comment_bytes: int) -> dict[str, Any]:
    """Score one comment as comments:analyze does; keep it when `store` and the client allows."""
    scorer = analyser.scorer
    text = comment_text(req.comment, max_comment_bytes)
    requested = check_attributes(scorer, req.requested_attributes, what="requestedAttributes")
    if req.languages:
        check_languages(scorer, requested, req.languages, detected=False)
    analysis = analyser.analyse_one(text)
    detected = [analysis.language] if analysis.language else []
    if not req.languages and detected:
        check_languages(scorer, requested, detected, detected=True)
    body: dict[str, Any] = {}
    scores = attribute_scores(req, text, analysis)
    if scores:
        body["attributeScores"] = scores
    body["languages"] = list(req.languages) or detected
    body["detectedLanguages"] = detected
    if req.client_token is not None:
        body["clientToken"] = req.client_token
    if store and not req.do_not_store:
        session.add(PerspectiveAnalysis(
            user_id=user_id, text=text, scores={k: float(v) for k, v in analysis.labels.items()},
            requested=requested, languages=list(req.languages), detected_language=analysis.language,
            community_id=req.community_id, session_id=req.session_id, client_token=req.client_token,
            model_identity=analysis.text_score.model_identity))
        session.flush()
    return body


def _comment_references(req: SuggestRequest) -> tuple[list[str], str | None]:
    """External comment ids the request names (Coral: clientToken "comment:<id>", and the context
    entry's JSON {"Coral_comment_id": ...}), and the page URL it names, if any."""
    ids: list[str] = []
    token = (req.client_token or "").strip()
    if token:
        _, sep, rest = token.partition(":")
        if sep and rest.strip():
            ids.append(rest.strip())
        ids.append(token)
    url: str | None = None
    for entry in req.context.entries if req.context else []:
        try:
            data = json.loads(entry.text)
        except ValueError:
            continue
        if not isinstance(data, dict):
            continue
        for key in COMMENT_ID_KEYS:
            value = data.get(key)
            if isinstance(value, str | int) and not isinstance(value, bool) and str(value).strip():
                ids.append(str(value).strip())
        if isinstance(data.get("url"), str):
            url = data["url"]
    return list(dict.fromkeys(i for i in ids if len(i) <= 255)), url


def linked_comment(session: Session, req: SuggestRequest) -> int | None:
    """Our comment the suggestion is about, when its references name exactly one we hold (narrowed
    by the page URL when several articles have a comment of that id)."""
    ids, url = _comment_references(req)
    if not ids:
        return None
    rows = session.execute(select(Comment.id, Article.url).join(Article, Comment.article_id == Article.id)
                           .where(Comment.external_id.in_(ids)).limit(50)).all()
    found = {row.id for row in rows}
    if len(found) > 1 and url:
        found = {row.id for row in rows if row.url == url}
    return found.pop() if len(found) == 1 else None


def suggest(session: Session, user_id: int, req: SuggestRequest, *, max_comment_bytes: int) -> dict[str, Any]:
    """Keep each suggested score as a moderator's label; answer as comments:suggestscore does."""
    from moderation.language import detect

    text = comment_text(req.comment, max_comment_bytes)
    names = list(req.attribute_scores)
    if not names:
        raise PerspectiveError(400, "attributeScores must name at least one attribute.", "NO_REQUESTED_ATTRIBUTES")
    for name in names:
        if name not in ATTRIBUTES:
            raise PerspectiveError(400, f"Unknown attribute: {name}. This server takes "
                                        f"{', '.join(sorted(ATTRIBUTES))}.", "UNKNOWN_ATTRIBUTE", attribute=name)
        if req.attribute_scores[name].summary_score is None:
            raise PerspectiveError(400, f"attributeScores.{name}.summaryScore is required.", "INVALID_REQUEST")
    comment_id = linked_comment(session, req)
    context = [entry.model_dump(by_alias=True) for entry in req.context.entries] if req.context else []
    for name in names:
        summary = req.attribute_scores[name].summary_score
        assert summary is not None
        session.add(PerspectiveSuggestion(
            user_id=user_id, comment_id=comment_id, text=text, attribute=name, value=summary.value,
            community_id=req.community_id, client_token=req.client_token, context=context,
            languages=list(req.languages)))
    session.flush()
    detected = detect(text)
    body: dict[str, Any] = {}
    if req.client_token is not None:
        body["clientToken"] = req.client_token
    body["detectedLanguages"] = [detected] if detected else []
    return body


def delete_analyses_before(session: Session, cutoff: datetime) -> int:
    """Delete stored analyses made before `cutoff`; the caller commits."""
    result = session.execute(delete(PerspectiveAnalysis).where(PerspectiveAnalysis.created_at < cutoff))
    session.flush()
    return int(getattr(result, "rowcount", 0) or 0)


def prune_job(app: Flask) -> int:
    """The periodic job: delete stored analyses older than PERSPECTIVE_RETENTION_DAYS."""
    with app.app_context():
        cutoff = utcnow() - timedelta(days=int(app.config["PERSPECTIVE_RETENTION_DAYS"]))
        deleted = delete_analyses_before(db.session(), cutoff)
        db.session.commit()
        db.session.remove()
    if deleted:
        log.info("deleted %d stored Perspective analyses made before %s", deleted, cutoff.isoformat())
    return deleted
