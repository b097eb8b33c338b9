"""Whom a flat list's comment answers by the number the list shows: "#1-ന് മറുപടി" (reply to
#1) on a line of its own with no link, where each comment shows its own number
("<span class=rc-num>#1</span>"). The number names the earlier comment showing it, never a
position in the list: a list's second page numbers from 21, and not every list shows numbers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from selectolax.lexbor import LexborNode

from threads.page_words import REPLY_TO_WORDS, REPLY_WORDS

# A comment's own number, alone in its element: "#1", "№ 12", "#3."; or opening its header's
# line before a separator ("#2 · 12/11/2024 at 21:05 hrs").
_SHOWN: Final = re.compile(r"^[#№]\s?(\d{1,5})\.?$")
_SHOWN_LEADING: Final = re.compile(r"^[#№]\s?(\d{1,5})\s*[·•|–-]")
# A number named in a line: "#1-ന് മറുപടി", "in reply to #12".
_NAMED: Final = re.compile(r"(?<![\w#&])[#№]\s?(\d{1,5})(?![\d:])")
_MAX_LINE: Final = 60  # a reply line is short; a text naming "#2" in passing runs longer
_LINE_TAGS: Final = "div, p, span, small, em"
_WORDS: Final = tuple(sorted({word.casefold() for word in (*REPLY_WORDS, *REPLY_TO_WORDS) if len(word) >= 3}))


def shown_number(node: LexborNode) -> str | None:
    """The number a comment shows as its own ("#1" alone in an element, or opening a short line
    before a separator), or None."""
    for element in node.css("span, b, strong, a, div, small, em"):
        text = " ".join((element.text(deep=True) or "").split())
        found = _SHOWN.match(text) or (_SHOWN_LEADING.match(text) if len(text) <= _MAX_LINE else None)
        if found is not None:
            return found[1]
    return None


def reply_number(node: LexborNode) -> str | None:
    """The number a comment's reply line names ("#1-ന് മറുപടി", "Antwort auf #3"): a short line
    holding "#N" and a word for replying, or named for a reply by its class; else None."""
    text = node.text(deep=True) or ""
    if "#" not in text and "№" not in text:
        return None  # (the cheap test first: most comments name no number)
    for element in node.css(_LINE_TAGS):
        line = " ".join((element.text(deep=True) or "").split())
        if not line or len(line) > _MAX_LINE or _SHOWN.match(line) is not None or (found := _NAMED.search(line)) is None:
            continue
        rest = f"{line[: found.start()]} {line[found.end() :]}".casefold()
        if "reply" in (element.attributes.get("class") or "").casefold() or any(word in rest for word in _WORDS):
            return found[1]
    return None


def numbered_earlier(nodes: Sequence[LexborNode], number: str, index: int) -> int | None:
    """The latest comment before ``index`` showing ``number`` as its own, where the comment at
    ``index`` shows another (a line naming its own number is its header, not a reply)."""
    if shown_number(nodes[index]) in (None, number):
        return None
    return next((k for k in range(index - 1, -1, -1) if shown_number(nodes[k]) == number), None)
