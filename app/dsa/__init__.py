"""EU Digital Services Act pages: the public notice and appeal forms, statements of reasons at their
stable links, the JSON notice endpoint, the moderators' notice and appeal queues, and the transparency
report under /reports. See docs/dsa.md."""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("dsa", __name__)

from app.dsa import api, desk, limits, public, transparency  # noqa: E402,F401  (routes)
