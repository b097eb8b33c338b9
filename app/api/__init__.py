"""JSON API over articles, comments and scores.

Everything here needs a logged-in moderator or a service-account token: held and removed comments
are readable through it. The one exception is `POST /api/score`, the stateless pre-submit check
a comment system calls for text that is not stored; it is rate-limited instead.
"""

from typing import cast

from flask import Blueprint, request
from flask.typing import ResponseReturnValue
from flask_login import current_user

from app.extensions import login_manager

bp = Blueprint("api", __name__)

PUBLIC_ENDPOINTS = {"api.score_texts"}


@bp.before_request
def _authenticate() -> ResponseReturnValue | None:
    if request.endpoint in PUBLIC_ENDPOINTS or current_user.is_authenticated:
        return None
    # flask_login is untyped: unauthorized() returns what our handler (app.auth.loaders) returns.
    return cast(ResponseReturnValue, login_manager.unauthorized())


from app.api import articles, graph, scores  # noqa: E402,F401
