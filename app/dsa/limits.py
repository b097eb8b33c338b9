"""One rate limit per client address, shared by everything the public can post (notices by form or JSON,
appeals), answered in words instead of a bare 429."""

from __future__ import annotations

from flask import current_app, jsonify, render_template, request
from flask.typing import ResponseReturnValue
from flask_limiter.util import get_remote_address
from werkzeug.exceptions import TooManyRequests

from app.dsa import bp
from app.extensions import limiter
from app.services.dsa_settings import dsa_settings

TOO_MANY = ("You have sent several notices in a short time. To protect this service from abuse, please wait"
            " a while and send it again.")


def _limit() -> str:
    return dsa_settings(current_app.config).notice_rate_limit


@bp.errorhandler(TooManyRequests)
def _too_many(_err: TooManyRequests) -> ResponseReturnValue:
    if request.path.startswith("/api/"):
        return jsonify({"error": TOO_MANY, "status": 429}), 429
    return render_template("dsa/message.html", title="Too many notices", message=TOO_MANY), 429


public_post_limit = limiter.shared_limit(_limit, scope="dsa-public", key_func=get_remote_address, methods=["POST"])
