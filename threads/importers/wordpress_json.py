"""Dumps of the WordPress REST API's `/wp/v2/comments`: a JSON list of pages (each a list of
comment objects, as fetched with ?page=N) or one flat list of comment objects."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from threads.adapters.wordpress import comment_from_wordpress
from threads.events import EventError, EventKind, LiveEvent


def _objects(data: Any) -> Iterator[tuple[str, Any]]:
    if not isinstance(data, list):
        raise EventError("body", "expected a JSON list of comments or of pages of comments")
    for i, item in enumerate(data):
        if isinstance(item, list):
            for j, obj in enumerate(item):
                yield f"[{i}][{j}]", obj
        else:
            yield f"[{i}]", item


def read_wordpress_json(path: Path) -> Iterator[LiveEvent]:
    with path.open("rb") as fh:
        try:
            data = json.load(fh)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise EventError("body", f"malformed JSON: {exc}") from exc
        except RecursionError:
            raise EventError("body", "JSON nested too deeply") from None
    for where, obj in _objects(data):
        post, comment, status = comment_from_wordpress(obj, prefix=where)
        kind = EventKind.COMMENT_DELETED if status == "deleted" else EventKind.COMMENT_CREATED
        yield LiveEvent(kind=kind, article_external_id=post, comment=comment, source_status=status)
