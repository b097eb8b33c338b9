"""Request JSON with a depth limit: a few kilobytes of `[[[[...` must be a 400, not a 500.

Python's parser recurses once per nesting level and raises RecursionError (not a ValueError, so
`get_json(silent=True)` let it through) at about a thousand; anything that walks the result
recursively afterwards would fail the same way on less. No payload this app accepts comes near
MAX_DEPTH levels.
"""

from __future__ import annotations

from typing import Any

from flask.json.provider import DefaultJSONProvider

MAX_DEPTH = 64


class JSONTooDeep(ValueError):
    pass


def check_depth(value: Any, limit: int = MAX_DEPTH) -> None:
    """Raise JSONTooDeep when `value` nests lists or objects more than `limit` levels deep."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict | list):
            if depth > limit:
                raise JSONTooDeep(f"JSON nested more than {limit} levels deep")
            stack.extend((child, depth + 1) for child in (node.values() if isinstance(node, dict) else node))


def loads_bounded(data: str | bytes, **kwargs: Any) -> Any:
    import json

    try:
        value = json.loads(data, **kwargs)
    except RecursionError:
        raise JSONTooDeep(f"JSON nested more than {MAX_DEPTH} levels deep") from None
    check_depth(value)
    return value


class BoundedJSONProvider(DefaultJSONProvider):
    def loads(self, s: str | bytes, **kwargs: Any) -> Any:
        return loads_bounded(s, **kwargs)
