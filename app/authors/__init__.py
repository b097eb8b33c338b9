"""Author pages: one person's comments, decisions, scores over time, sanctions and place in the graph."""

from flask import Blueprint

bp = Blueprint("authors", __name__)

from app.authors import views  # noqa: E402,F401
