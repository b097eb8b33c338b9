"""Flask-Login wiring: session users, bearer-token users, and what "not logged in" looks like."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from flask import g, jsonify, redirect, request, url_for
from flask.sansio.app import App
from flask.typing import ResponseReturnValue
from flask_login import current_user
from sqlalchemy import select

from app.auth.passwords import token_hash
from app.extensions import db, login_manager
from app.models import User

F = TypeVar("F", bound=Callable[..., Any])


def _load_user(session_id: str) -> User | None:
    """The session's user, if the session was issued under the user's current session version."""
    ident, _, version = session_id.partition(":")
    if not (ident.isdigit() and version.isdigit()) or len(ident) > 18 or len(version) > 18:
        return None
    user = db.session.get(User, int(ident))
    if user is None or not user.active or user.session_version != int(version):
        return None
    return user


def _load_from_request(req: Any) -> User | None:
    header = req.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        return None
    token = header[len("Bearer "):].strip()
    if not token:
        return None
    user: User | None = db.session.scalar(select(User).where(User.api_token_hash == token_hash(token)))
    if user is None or not user.active:
        return None
    g.token_authenticated = True
    return user


def _unauthorized() -> ResponseReturnValue:
    if request.path.startswith("/api/"):
        return jsonify({"error": "authentication required", "status": 401}), 401
    return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))


def install(app: App) -> None:
    login_manager.login_view = "auth.login"
    login_manager.login_message = "Please log in to use the moderation queue."
    login_manager.user_loader(_load_user)
    login_manager.request_loader(_load_from_request)
    login_manager.unauthorized_handler(_unauthorized)


def is_token_request() -> bool:
    return bool(g.get("token_authenticated"))


def role_required(role: str) -> Callable[[F], F]:
    """Only users with `role` (admins pass every role check)."""

    def decorator(view: F) -> F:
        @wraps(view)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            if not current_user.is_authenticated:
                return login_manager.unauthorized()
            if current_user.role != role and current_user.role != "admin":
                if request.path.startswith("/api/"):
                    return jsonify({"error": f"requires role {role}", "status": 403}), 403
                return "Forbidden: this page needs the " + role + " role", 403
            return view(*args, **kwargs)

        return wrapped  # type: ignore[return-value]

    return decorator
