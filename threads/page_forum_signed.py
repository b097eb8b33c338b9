"""A forum thread whose posts are signed at their foot (XenForo 1): each post is a list item that
opens with the poster's name, then the name again with a rank ("pebblemill Well-Known Member"),
the poster's card ("Joined:" over "Jun 9, 2014", "Messages:" over "1,486") and the text; the
post's name and time follow the text ("pebblemill, Oct 21, 2015") over its number ("#1") and a
line of likes.

``page_forum_thread`` finds the numbers; where every number sits under such a signature, this
module says where each post's text lies (between the card and the signature), as the number's
line, which ends the header on the other forums, here ends the post.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from threads.comment_header import header_time
from threads.page_forum_posts import past_card
from threads.page_furniture import strip_bullets

# "pebblemill, Oct 21, 2015", "WexcombeWatcher, Saturday at 10:51 PM": the name, a comma, the time.
_SIGNATURE: Final = re.compile(r"^(?P<name>[^\s,#@].{0,40}?),\s+(?P<stamp>\S.{2,40})$")
_STAMP_MAX_WORDS: Final = 5
_ITEM_NUMBER: Final = re.compile(r"^\d{1,6}[.)]\s+")


@dataclass(frozen=True, slots=True)
class SignedPost:
    """Where one post lies: its first line (the name opening the list item), its text's first
    line and its signature's line (the text ends there), with the name and time signed."""

    top: int
    start: int
    signature: int
    name: str
    stamp: str


def signed_posts(lines: list[str], anchors: list[int]) -> list[SignedPost] | None:
    """The posts whose numbers are at ``anchors``, or None unless each number is under a
    signature whose name opens the post above it (past the previous post's number)."""
    posts: list[SignedPost] = []
    floor = 0
    for anchor in anchors:
        above = anchor - 1
        while above >= floor and not lines[above].strip():
            above -= 1
        if above < floor:
            return None
        signed = _SIGNATURE.match(strip_bullets(lines[above].strip()))
        if signed is None or not _is_stamp(signed["stamp"]):
            return None
        name = signed["name"]
        top = next((k for k in range(floor, above) if _item_text(lines[k]) == name), None)
        if top is None:
            return None
        start = top + 1
        while start < above and (not lines[start].strip() or lines[start].strip().startswith(name + " ")):
            start += 1  # the name again over its rank ("pebblemill Well-Known Member")
        posts.append(SignedPost(top, past_card(lines, start), above, name, signed["stamp"]))
        floor = anchor + 1
    return posts


def _is_stamp(text: str) -> bool:
    """A time ("Oct 21, 2015"), or a day and a clock the forum names relative to today ("Saturday
    at 10:51 PM", "Yesterday at 6:40 PM"): a few words with digits."""
    return header_time(text) is not None or (
        any(ch.isdigit() for ch in text) and len(text.split()) <= _STAMP_MAX_WORDS
    )


def _item_text(line: str) -> str:
    """A line's text without its list marker, a bullet or a number ("1. pebblemill")."""
    return _ITEM_NUMBER.sub("", strip_bullets(line), count=1)
