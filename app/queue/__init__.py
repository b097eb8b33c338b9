"""The moderator queue: list, context, decisions, thread view, audit and statistics pages."""

from flask import Blueprint

bp = Blueprint("queue", __name__)

from app.queue import actions, audit, security, undo, views  # noqa: E402,F401
