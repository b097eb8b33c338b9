"""POST /api/dsa/notices: the notice form for comment systems that show their own.

Same checks, same queue, same receipt as the public form (app/dsa/public.py); JSON in and out, no
cookies (so no CSRF token), and the same per-address rate limit.
"""

from __future__ import annotations

from typing import Any

from flask import current_app, jsonify, request
from flask.typing import ResponseReturnValue

from app.dsa import bp
from app.dsa.limits import public_post_limit
from app.errors import ApiError
from app.extensions import csrf, db
from app.services.dsa_categories import NOTICE_CATEGORIES
from app.services.dsa_mail import pending_ids, try_send
from app.services.dsa_notices import NoticeInvalid, parse_notice, submit_notice
from app.services.dsa_settings import dsa_settings

MAX_BODY = 64 * 1024


@bp.post("/api/dsa/notices")
@csrf.exempt  # type: ignore[untyped-decorator]
@public_post_limit
def api_notice() -> ResponseReturnValue:
    request.max_content_length = MAX_BODY
    payload: Any = request.get_json(silent=True)
    if not isinstance(payload, dict):
        raise ApiError(400, "body must be a JSON object: {\"comment_id\" or \"source\"+\"comment\", \"category\","
                            " \"explanation\", \"reporter_name\", \"reporter_email\", \"good_faith\": true}")
    try:
        data = parse_notice(db.session(), payload)
    except NoticeInvalid as exc:
        raise ApiError(422, "the notice was not accepted: " + "; ".join(exc.errors.values()),
                       errors=exc.errors) from None
    settings = dsa_settings(current_app.config)
    notice = submit_notice(db.session(), data, settings, channel="api")
    mail_ids = pending_ids(db.session(), notice_id=notice.id)
    db.session.commit()
    try_send(db.session(), current_app.config, mail_ids)
    return jsonify({"notice": notice.public_id, "state": notice.state, "comment_id": notice.comment_id,
                    "category": notice.category, "receipt_sent_to": notice.reporter_email}), 201


@bp.get("/api/dsa/categories")
def api_categories() -> ResponseReturnValue:
    """The categories a notice may name, for a comment system building its own form."""
    return jsonify({"categories": [{"key": k, "label": label, "transparency_database": code}
                                   for k, (label, code) in NOTICE_CATEGORIES.items()]})
