"""Streaming helpers for XML exports: namespace-agnostic names and element clearing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError, iterparse

from threads.events import EventError


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def child_text(element: Element, name: str) -> str | None:
    """Text of the first direct child whose local name is `name` (any namespace version)."""
    for child in element:
        if local(child.tag) == name:
            return child.text
    return None


def child(element: Element, name: str) -> Element | None:
    for node in element:
        if local(node.tag) == name:
            return node
    return None


def attr(element: Element, name: str) -> str | None:
    for key, value in element.attrib.items():
        if local(key) == name:
            return value
    return None


def stream(path: Path, wanted: frozenset[str], depth: int) -> Iterator[Element]:
    """Yield each completed element at `depth` (the root is 0) whose local name is in `wanted`.

    The caller must be done with it before asking for the next one: it is cleared afterwards, and
    so are the root's finished children, to keep memory flat on exports of any size. Only one
    depth is matched so that references with the same name (Disqus `<post><thread dsq:id/>`)
    are left intact inside their element.
    """
    try:
        yield from _stream(path, wanted, depth)
    except ParseError as exc:
        # Malformed XML, or an entity expat refuses (external, undefined, or one that expands too
        # far): a message naming the place, not a traceback.
        raise EventError("xml", f"refused: {exc}") from None


def _stream(path: Path, wanted: frozenset[str], depth: int) -> Iterator[Element]:
    stack: list[Element] = []
    for event, element in iterparse(str(path), events=("start", "end")):
        if event == "start":
            stack.append(element)
            continue
        stack.pop()
        if len(stack) != depth:
            continue
        if local(element.tag) in wanted:
            yield element
        element.clear()
        if stack:
            stack[-1].remove(element)


def parse_time(raw: str | None) -> datetime | None:
    if not raw or not raw.strip() or raw.startswith("0000-00-00"):
        return None
    text = raw.strip().replace("Z", "+00:00")
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None
