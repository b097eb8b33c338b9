"""Payload adapters: raw webhook bodies in each supported format -> LiveEvent."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from threads.adapters.coral import parse_coral
from threads.adapters.generic import parse_generic
from threads.adapters.wordpress import parse_wordpress
from threads.events import EventError, LiveEvent, body_digest

ADAPTERS: dict[str, Callable[[Any], LiveEvent]] = {
    "generic": parse_generic,
    "coral": parse_coral,
    "wordpress": parse_wordpress,
}
FORMATS = tuple(ADAPTERS)
MAX_DEPTH = 64


def parse_event(payload_format: str, raw: bytes, *, delivery_id: str | None = None) -> LiveEvent:
    """Decode and validate one delivery. Formats without an event id use the delivery header's id,
    else a digest of the body, so a byte-identical redelivery is still recognised."""
    adapter = ADAPTERS.get(payload_format)
    if adapter is None:
        raise ValueError(f"unknown payload format {payload_format!r}")
    try:
        payload = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EventError("body", f"malformed JSON: {exc}") from exc
    except RecursionError:
        raise EventError("body", f"JSON nested more than {MAX_DEPTH} levels deep") from None
    _reject_nul(payload)
    event = adapter(payload)
    if event.event_id is None:
        event.event_id = delivery_id or f"sha256:{body_digest(raw)}"
    return event


def _reject_nul(payload: Any) -> None:
    """NUL characters cannot be stored in PostgreSQL text; refuse them here with the field named,
    so the same delivery behaves the same on both databases. Also refuses nesting deeper than
    MAX_DEPTH, which no comment system sends and which recursive code downstream cannot take."""
    stack: list[tuple[str, Any, int]] = [("", payload, 1)]
    while stack:
        where, value, depth = stack.pop()
        if isinstance(value, dict | list) and depth > MAX_DEPTH:
            raise EventError(where, f"JSON nested more than {MAX_DEPTH} levels deep")
        if isinstance(value, str) and "\x00" in value:
            raise EventError(where or "body", "NUL characters are not allowed")
        if isinstance(value, dict):
            for key, item in value.items():
                if "\x00" in key:
                    raise EventError(where or "body", "NUL characters are not allowed in keys")
                stack.append((f"{where}.{key}" if where else key, item, depth + 1))
        elif isinstance(value, list):
            stack.extend((f"{where}[{i}]", item, depth + 1) for i, item in enumerate(value))


__all__ = ["ADAPTERS", "FORMATS", "EventError", "LiveEvent", "parse_event"]
