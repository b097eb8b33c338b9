"""Moderator accounts: login pages, sessions, service-account tokens and role checks."""

from flask import Blueprint

bp = Blueprint("auth", __name__)

from app.auth import views  # noqa: E402,F401
from app.auth.loaders import install as _install  # noqa: E402

bp.record_once(lambda state: _install(state.app))
