"""What one client may spend on `POST /api/score`, counted in characters, not requests.

Scoring costs CPU in proportion to the text (about 14,000 characters a second on this project's
2-core CPU), so a request limit alone lets one address keep the server busy. Without a key (a
service token or a logged-in moderator) a request may carry at most SCORE_API_FREE_CHARS_PER_REQUEST
characters, within SCORE_API_FREE_CHAR_BUDGET per client address; with one, up to
SCORE_API_MAX_TOTAL_CHARS per request within SCORE_API_KEY_CHAR_BUDGET per key. The budgets live in
Flask-Limiter's storage, like the request limits (app/extensions.py: in memory, per process).
"""

from __future__ import annotations

import math
import time

from flask import current_app
from flask_limiter.util import get_remote_address
from flask_login import current_user
from limits import parse

from app.errors import ApiError
from app.extensions import limiter

NAMESPACE = "score-chars"


def charge(total_chars: int) -> None:
    """Spend `total_chars` of this client's budget, or raise 401 (a key is needed) or 429."""
    config = current_app.config
    keyed = bool(current_user.is_authenticated)
    free = int(config["SCORE_API_FREE_CHARS_PER_REQUEST"])
    if not keyed and total_chars > free:
        raise ApiError(401, f"scoring more than {free} characters per request needs an API key "
                            "(Authorization: Bearer <token from flask users create-token>)")
    if not config.get("RATELIMIT_ENABLED", True):
        return
    budget = parse(str(config["SCORE_API_KEY_CHAR_BUDGET" if keyed else "SCORE_API_FREE_CHAR_BUDGET"]))
    who = f"user:{current_user.id}" if keyed else f"addr:{get_remote_address()}"
    strategy = limiter.limiter
    if strategy.hit(budget, NAMESPACE, who, cost=total_chars):
        return
    reset = strategy.get_window_stats(budget, NAMESPACE, who).reset_time
    retry_after = max(1, math.ceil(reset - time.time()))
    raise ApiError(429, f"character budget spent ({budget.amount} per {budget.GRANULARITY.name}"
                        f"{'' if keyed else ' without an API key'}); retry in {retry_after} s",
                   headers={"Retry-After": str(retry_after)})
