"""Read-only JSON API over articles and comments (moderator and integration endpoints live elsewhere)."""

from flask import Blueprint

bp = Blueprint("api", __name__)

from app.api import articles, scores  # noqa: E402,F401
