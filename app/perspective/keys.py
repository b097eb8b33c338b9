"""Perspective keys are Threadwatch service tokens (`flask users create-token`), sent as `?key=` or
in an `x-goog-api-key` header, and checked by the same code as `Authorization: Bearer` tokens."""

from __future__ import annotations

from types import SimpleNamespace

from flask import g, request

from app.auth.loaders import _load_from_request
from app.models import User
from app.services.perspective import PerspectiveError

HEADER = "x-goog-api-key"


def request_key() -> str | None:
    key = request.args.get("key") or request.headers.get(HEADER) or ""
    return key.strip() or None


def key_user() -> User | None:
    """The active user whose token is this request's key, looked up once per request."""
    if "perspective_user" not in g:
        key = request_key()
        user = _load_from_request(SimpleNamespace(headers={"Authorization": f"Bearer {key}"})) if key else None
        g.perspective_user = user
    found: User | None = g.perspective_user
    return found


def require_user() -> User:
    user = key_user()
    if user is not None:
        return user
    if request_key() is None:
        raise PerspectiveError(403, "The request is missing a valid API key.", "API_KEY_MISSING",
                               reason="API_KEY_MISSING")
    raise PerspectiveError(403, "API key not valid. Please pass a valid API key.", "API_KEY_INVALID",
                           reason="API_KEY_INVALID")


def rate_limit_key() -> str:
    """Flask-Limiter's key: the key's user, so a client's limit follows its account, not its address."""
    user = key_user()
    return f"perspective-user:{user.id}" if user is not None else ""


def without_valid_key() -> bool:
    """Requests without a valid key are not counted; they are refused with 403 instead."""
    return key_user() is None
