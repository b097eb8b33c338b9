"""URL prefixes for per-row links, built once per page instead of one url_for per row and link.

A 2,000-comment thread has several links and forms per row; url_for costs ~20 µs each, which
adds up to a large part of the page. The routes are still defined in one place: the prefixes are
derived from url_for with a sentinel id.
"""

from __future__ import annotations

from typing import Any

from flask import url_for
from markupsafe import Markup, escape

_SENTINEL = 987654321


def _prefix(endpoint: str, **kw: int) -> tuple[str, str]:
    values: dict[str, Any] = {k: _SENTINEL for k in kw}
    url = url_for(endpoint, **values)
    head, _, tail = url.partition(str(_SENTINEL))
    # Markup: already-safe URL pieces, so templates do not escape them again on every row.
    return Markup(escape(head)), Markup(escape(tail))


def row_urls() -> dict[str, tuple[str, str]]:
    """(head, tail) per link kind: the URL for id N is head + N + tail."""
    return {
        "comment": _prefix("queue.comment", comment_id=0),
        "decide": _prefix("queue.decide_comment", comment_id=0),
        "thread": _prefix("queue.thread", article_id=0),
        "sanction": _prefix("queue.sanction", author_id=0),
    }
