"""Known devices: a signed cookie set at each successful login, naming the account it logged in to.

It proves nothing on its own (the password is still checked); it only lets the account's owner
through a login back-off that strangers started (app/services/login_guard.py).
"""

from __future__ import annotations

from flask import current_app, request
from itsdangerous import BadSignature, URLSafeTimedSerializer
from werkzeug.wrappers import Response

from app.models import User

COOKIE = "tw_device"
MAX_AGE_SECONDS = 180 * 24 * 3600
_SALT = "threadwatch-known-device"


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.secret_key or "", salt=_SALT)


def remember_device(response: Response, user: User) -> None:
    response.set_cookie(
        COOKIE, _serializer().dumps({"u": user.id}), max_age=MAX_AGE_SECONDS, httponly=True,
        secure=bool(current_app.config.get("SESSION_COOKIE_SECURE")), samesite="Lax",
    )


def is_known_device(user: User | None) -> bool:
    """True when this request carries a device cookie issued at a login to `user`."""
    raw = request.cookies.get(COOKIE)
    if user is None or not raw:
        return False
    try:
        data = _serializer().loads(raw, max_age=MAX_AGE_SECONDS)
    except BadSignature:
        return False
    return isinstance(data, dict) and data.get("u") == user.id
