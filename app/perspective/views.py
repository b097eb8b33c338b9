"""POST /v1alpha1/comments:analyze and /v1alpha1/comments:suggestscore, and errors in Google's shape."""

from __future__ import annotations

import math
import time
from typing import Any, TypeVar

from flask import current_app, jsonify, request
from flask.typing import ResponseReturnValue
from pydantic import BaseModel, ValidationError
from sqlalchemy.exc import DBAPIError
from werkzeug.exceptions import HTTPException

from app.errors import RETRY_AFTER_SECONDS, database_unavailable
from app.extensions import db, limiter
from app.perspective import bp
from app.perspective.keys import rate_limit_key, require_user, without_valid_key
from app.services import perspective
from app.services.perspective import PerspectiveError
from app.services.perspective_batching import shared_analyser
from app.services.perspective_schemas import AnalyzeRequest, SuggestRequest

M = TypeVar("M", bound=BaseModel)
# A body may carry the comment (JSON escapes take up to 12 bytes a character), its context entries
# and the rest; anything larger cannot be a valid request and is refused unread.
MAX_BODY_BYTES = 2 * 1024 * 1024


def _rate() -> str:
    return str(current_app.config["PERSPECTIVE_RATE_LIMIT"])


# One budget per key, shared by both endpoints.
per_key = limiter.shared_limit(_rate, scope="perspective", key_func=rate_limit_key, exempt_when=without_valid_key)


def _validation_message(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "body"
    if first["type"] == "extra_forbidden":
        return f'Invalid JSON payload received. Unknown name "{where}": Cannot find field.'
    return f"Invalid JSON payload received. {where}: {first['msg']}"


def _parse(model: type[M]) -> M:
    request.max_content_length = MAX_BODY_BYTES
    # Read as JSON whatever the Content-Type says: some Perspective clients send none.
    payload: Any = request.get_json(force=True, silent=True)
    if not isinstance(payload, dict):
        raise PerspectiveError(400, "Invalid JSON payload received: the body must be a JSON object.",
                               "INVALID_REQUEST")
    try:
        return model.model_validate(payload)
    except ValidationError as exc:
        raise PerspectiveError(400, _validation_message(exc), "INVALID_REQUEST") from None


@bp.post("/comments:analyze")
@per_key
def analyze() -> ResponseReturnValue:
    user = require_user()
    req = _parse(AnalyzeRequest)
    from app.scoring_runtime import get_policy, get_scorer
    from moderation.detox_settings import ModelLoadError

    try:
        scorer, policy = get_scorer(), get_policy()
    except ModelLoadError as exc:
        raise PerspectiveError(503, f"The scoring model is not available: {exc}", "MODEL_UNAVAILABLE") from None
    config = current_app.config
    analyser = shared_analyser(current_app.extensions, scorer, policy)
    body = perspective.analyze(db.session(), user.id, req, analyser=analyser,
                               store=bool(config["PERSPECTIVE_STORE"]),
                               max_comment_bytes=int(config["PERSPECTIVE_MAX_COMMENT_BYTES"]))
    db.session.commit()
    return jsonify(body)


@bp.post("/comments:suggestscore")
@per_key
def suggest_score() -> ResponseReturnValue:
    user = require_user()
    req = _parse(SuggestRequest)
    body = perspective.suggest(db.session(), user.id, req,
                               max_comment_bytes=int(current_app.config["PERSPECTIVE_MAX_COMMENT_BYTES"]))
    db.session.commit()
    return jsonify(body)


@bp.errorhandler(PerspectiveError)
def _perspective_error(err: PerspectiveError) -> ResponseReturnValue:
    return jsonify(err.body()), err.code, err.headers


@bp.errorhandler(HTTPException)
def _http_error(err: HTTPException) -> ResponseReturnValue:
    code = err.code or 500
    if code == 429:
        current = limiter.current_limit
        retry = max(1, math.ceil(current.reset_at - time.time())) if current is not None else 60
        wrapped = PerspectiveError(429, f"Quota exceeded for this key: {err.description}; retry in {retry} s.",
                                   "RATE_LIMIT_EXCEEDED", headers={"Retry-After": str(retry)})
    elif code == 413:
        wrapped = PerspectiveError(400, f"Request payload size exceeds the limit: {MAX_BODY_BYTES} bytes.",
                                   "REQUEST_TOO_LARGE")
    elif code in (404, 405):
        wrapped = PerspectiveError(404, f"Method not found: {request.method} {request.path}", "NOT_FOUND")
    else:
        wrapped = PerspectiveError(code, err.description or err.name, "INVALID_REQUEST" if code < 500 else "INTERNAL")
    return _perspective_error(wrapped)


@bp.errorhandler(DBAPIError)
def _database_error(err: DBAPIError) -> ResponseReturnValue:
    if not database_unavailable(err):
        raise err
    db.session.rollback()
    return _perspective_error(PerspectiveError(503, "The database is unavailable; retry later.", "UNAVAILABLE",
                                               headers={"Retry-After": str(RETRY_AFTER_SECONDS)}))


@bp.route("/<path:rest>", methods=["GET", "POST", "PUT", "PATCH", "DELETE"])
def _unknown(rest: str) -> ResponseReturnValue:
    """Anything else under /v1alpha1 (or a GET of a method) is answered in Google's shape too."""
    raise PerspectiveError(404, f"Method not found: {request.method} {request.path}", "NOT_FOUND")
