"""Comments known only by the names of their parts: the last guess of ``html_find``.

A paper's own system may put its comments in a box named for nothing ``html_find`` knows ("Your
questions", a reader Q&A) and name each comment block for nothing either ("qa-post"), but name
the block's parts the BEM way: ``qa-post__author``, ``qa-post__time``, ``qa-post__body``. A block
whose elements name an author, a time and a text, repeated, is a comment; the prefix its parts
share names it. Related-story cards name an author and a date too, so the text part must hold a
sentence's words outside links (a card's text is its linked headline), and sidebars are passed.
"""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from threads.html_dom import ancestors
from threads.html_regions import is_outside_region

# "qa-post__author", "reader-comment__date", "c-reply__body": the block's name, then its part.
_PART: Final = re.compile(
    r"^(?P<block>[A-Za-z][A-Za-z0-9_-]{1,40}?)__(?P<part>author|name|user|username|time|date|timestamp|body|text|content|message)$"
)
_ROLES: Final = {
    "author": "who", "name": "who", "user": "who", "username": "who",
    "time": "when", "date": "when", "timestamp": "when",
    "body": "what", "text": "what", "content": "what", "message": "what",
}
_MIN_BLOCKS: Final = 2
_MIN_TEXT_WORDS: Final = 4  # a sentence's words outside links, in the text part


def candidates_by_parts(tree: LexborHTMLParser) -> list[LexborNode]:
    """The elements classed with the block name whose parts say who, when and what, where at
    least two such blocks hold text of their own; the most numerous such name wins."""
    roles: dict[str, set[str]] = {}
    for element in tree.css("[class*='__']"):
        for token in (element.attributes.get("class") or "").split():
            match = _PART.match(token)
            if match is not None:
                roles.setdefault(match["block"], set()).add(_ROLES[match["part"]])
    best: list[LexborNode] = []
    for block, found in roles.items():
        if len(found) < len(set(_ROLES.values())):
            continue
        blocks = [node for node in tree.css(f".{block}") if _holds_text(node, block)]
        if len(blocks) >= _MIN_BLOCKS and len(blocks) > len(best):
            best = blocks
    return best


def _holds_text(node: LexborNode, block: str) -> bool:
    """Whether the block's own text part holds a sentence's words outside links, outside sidebars."""
    if any(is_outside_region(a) for a in ancestors(node, include_self=True)):
        return False
    for suffix in ("body", "text", "content", "message"):
        part = node.css_first(f".{block}__{suffix}")
        if part is None:
            continue
        words = len((part.text(deep=True, separator=" ") or "").split())
        linked = sum(len((a.text(deep=True, separator=" ") or "").split()) for a in part.css("a"))
        return words - linked >= _MIN_TEXT_WORDS
    return False

