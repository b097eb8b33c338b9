"""JSON API mirroring the moderator queue, for integrations: list a queue, decide on a comment.

Service accounts authenticate with `Authorization: Bearer <token>`; browser sessions may use it
too. CSRF is skipped only for token-authenticated requests (a token cannot be sent by a
cross-site form), never for cookie sessions. Same filters, validation and services as the UI.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from flask import Blueprint, current_app, jsonify, request, send_file
from flask.typing import ResponseReturnValue
from flask_login import current_user

from app.auth.loaders import is_token_request
from app.errors import ApiError
from app.extensions import csrf, db, login_manager
from app.models import Comment, CommentScore
from app.queue.filters import FilterError, parse_filter, removal_reasons
from app.services.decisions import DecisionConflict, DecisionError, decide
from app.services.queue_query import list_queue

bp = Blueprint("queue_api", __name__)
csrf.exempt(bp)

OPENAPI_FILE = Path(__file__).resolve().parents[1] / "static" / "openapi.json"


@bp.before_request
def _authenticate() -> ResponseReturnValue | None:
    if not current_user.is_authenticated:
        # flask_login is untyped: unauthorized() returns what our handler (app.auth.loaders) returns.
        return cast(ResponseReturnValue, login_manager.unauthorized())
    if request.method not in {"GET", "HEAD", "OPTIONS"} and not is_token_request():
        csrf.protect()
    return None


def item_dict(comment: Comment, score: CommentScore | None) -> dict[str, Any]:
    return {
        "id": comment.id,
        "article_id": comment.article_id,
        "parent_id": comment.parent_id,
        "author_id": comment.author_id,
        "body": comment.body,
        "created_at": comment.created_at.isoformat() if comment.created_at else None,
        "status": comment.status,
        "review_state": comment.review_state,
        "version": comment.version,
        "priority": comment.priority,
        "queued_rule": comment.queued_rule,
        "queued_at": comment.queued_at.isoformat() if comment.queued_at else None,
        "flag_count": comment.flag_count,
        "scores": score.label_scores() if score else {},
        "worst_label": score.worst_label if score else None,
    }


@bp.get("/queue")
def list_items() -> ResponseReturnValue:
    try:
        filt = parse_filter()
    except FilterError as exc:
        raise ApiError(400, str(exc)) from exc
    page = list_queue(db.session(), filt)
    return jsonify({
        "queue": filt.queue, "page": filt.page, "per_page": filt.per_page, "has_next": page.has_next,
        "counts": page.counts, "items": [item_dict(c, s) for c, s in page.rows],
    })


@bp.post("/comments/<int:comment_id>/decision")
def decide_item(comment_id: int) -> ResponseReturnValue:
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise ApiError(400, "send a JSON object: {action, reason?, note?, expected_version}")
    version = body.get("expected_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ApiError(400, "expected_version (integer) is required")
    try:
        result = decide(db.session(), comment_id, current_user, str(body.get("action", "")),
                        body.get("reason") if isinstance(body.get("reason"), str) else None,
                        body.get("note") if isinstance(body.get("note"), str) else None,
                        version, reasons=removal_reasons())
    except DecisionConflict as exc:
        db.session.rollback()
        raise ApiError(409, str(exc), current=exc.current) from exc
    except DecisionError as exc:
        db.session.rollback()
        raise ApiError(exc.status, str(exc)) from exc
    db.session.commit()
    return jsonify({"ok": True, "comment": result.__dict__})


@bp.get("/queue/reasons")
def reasons() -> ResponseReturnValue:
    return jsonify({"reasons": removal_reasons()})


@bp.get("/openapi.json")
def openapi() -> ResponseReturnValue:
    return send_file(OPENAPI_FILE, mimetype="application/json", max_age=current_app.config.get("SEND_FILE_MAX_AGE_DEFAULT"))
