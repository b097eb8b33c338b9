"""URL converters: `<int:...>` capped at what an Integer column holds."""

from __future__ import annotations

from typing import Any

from werkzeug.routing import IntegerConverter, Map

from app.models.base import MAX_INT


class BoundedIntConverter(IntegerConverter):
    """A 20-digit id in a URL is no such row (404), not an overflow in the database driver (500)."""

    def __init__(self, map: Map, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("max", MAX_INT)
        super().__init__(map, *args, **kwargs)
