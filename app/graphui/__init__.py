"""The moderator page for the argument graph: who argues with whom, drawn and tabulated."""

from flask import Blueprint

bp = Blueprint("graphui", __name__)

from app.graphui import views  # noqa: E402,F401
