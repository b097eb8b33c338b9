"""Removed comments printed as a bare line beside the comments found: Coral Talk 4's tombstone,
a plugin's placeholder under archive.today, in words no list of placeholders knows. The comment
finder (``html_find``) adds them to what it found, in page order.

Split from ``html_find`` as one idea: the removed comments beside the others.
"""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from threads.html_dom import is_inside, previous_element


def with_removed_beside(tree: LexborHTMLParser, nodes: list[LexborNode]) -> list[LexborNode]:
    """Removed comments that the system prints as a bare line in a box of their own, beside the
    comments and named as they are, but with none of their classes or parts (Coral Talk 4's
    "div.talk-tombstone#c_<uuid>" among "div.talk-stream-comment-wrapper#c_<uuid>", a plugin's
    "div#comment-20830" holding only "Бу изоҳ ўчирилган."): a sibling whose id has a comment's
    shape (its prefix, its length, its separators) and whose text is one short line, with no
    link, time or image; placed after the sibling before it. Their placeholder need not be known
    in the page's language: the shape and the bare line say it. (The page's ids of each prefix
    are found in one scan in C; the comments' siblings are not walked.)"""
    if len(nodes) < 2:
        return nodes
    prefixes = {found.group() for node in nodes if (ident := node.id) and (found := _SHAPE_PREFIX.match(ident)) is not None}
    if not prefixes:
        return nodes
    known = {node.mem_id for node in nodes}
    boxes = {parent.mem_id for node in nodes if (parent := node.parent) is not None}
    shapes: set[tuple[str, int, str]] | None = None  # (the comments' shapes, found only where a sibling is a bare line)
    added: dict[int, list[LexborNode]] = {}  # the sibling before each, by its id
    for prefix in prefixes:
        for child in tree.css(f"[id^='{prefix}']"):
            box = child.parent
            if child.mem_id in known or box is None or box.mem_id not in boxes or not _bare_line(child):
                continue
            if shapes is None:
                shapes = {shape for node in nodes if (shape := _id_shape(node.id)) is not None}
            if _id_shape(child.id) not in shapes:
                continue
            before = previous_element(child)
            while before is not None and before.mem_id not in known:
                before = previous_element(before)
            if before is not None:
                added.setdefault(before.mem_id, []).append(child)
    if not added:
        return nodes
    result: list[LexborNode] = []
    pending: list[tuple[LexborNode, list[LexborNode]]] = []  # (a sibling, its removed ones), until the next node outside it
    for node in nodes:
        while pending and not is_inside(node, pending[-1][0]):
            result.extend(pending.pop()[1])
        result.append(node)
        if node.mem_id in added:
            pending.append((node, added[node.mem_id]))
    while pending:
        result.extend(pending.pop()[1])
    return result


_SHAPE_PREFIX: Final = re.compile(r"^[A-Za-z]+[-_]")
_MAX_REMOVED_LINE: Final = 90


def _id_shape(ident: str | None) -> tuple[str, int, str] | None:
    """An id's shape: its word and separator ("c_", "comment-"), its length, where its separators
    fall; None for an id without a number or without such a prefix."""
    if not ident or (prefix := _SHAPE_PREFIX.match(ident)) is None or _DIGIT_IN.search(ident) is None:
        return None
    return prefix.group(), len(ident), _NOT_SEPARATOR.sub(".", ident)


_DIGIT_IN: Final = re.compile(r"\d")
_NOT_SEPARATOR: Final = re.compile(r"[^-_]")


def _bare_line(node: LexborNode) -> bool:
    text = " ".join((node.text(deep=True) or "").split())
    return 0 < len(text) <= _MAX_REMOVED_LINE and node.css_first("a[href], time, img, button, textarea, input") is None
