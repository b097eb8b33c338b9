"""A numbered list of comments found where nothing else places the comment section.

``page_parser`` finds a dump's comment list by its heading, or as the trailing stretch of list
items under the article. A long notice under the sidebars (a cookie banner, a forum's "All times
are GMT +1. The time now is 10:12.") stops that scan before it reaches the list, and a page
without a heading the reader knows then shows no comments at all. What still tells a reader where
they are is the list itself: its first two items open with a comment's header ("Petra says:" over
its date) or a forum post's stamp ("14.02.2025, 09:32 #2"), which a list of stories never does.
"""

from __future__ import annotations

import re
from typing import Final

from threads.page_forum_posts import is_post_stamp
from threads.page_lines import item_is_header

# An indented list item numbered 1 or 2: "  1. …", " 2) …".
_ITEM: Final = re.compile(r"( +)([12])[.)] +(?=\S)")
# How far the second item may be from the first (a forum post runs long).
_REACH: Final = 120


def headed_list(lines: list[str]) -> int | None:
    """The first line of the first numbered list whose items 1 and 2 both open with a header."""
    for index, line in enumerate(lines):
        if line[:1] != " " or (first := _ITEM.match(line)) is None or first.group(2) != "1":
            continue
        if not _opens_with_header(lines, index, first.end()):
            continue
        column = first.group(1)
        for below in range(index + 1, min(len(lines), index + _REACH)):
            second = _ITEM.match(lines[below])
            if second is not None and second.group(1) == column:
                if second.group(2) == "2" and _opens_with_header(lines, below, second.end()):
                    return index
                break
    return None


def _opens_with_header(lines: list[str], index: int, text: int) -> bool:
    return is_post_stamp(lines[index][text:].rstrip()) or item_is_header(lines, index)
