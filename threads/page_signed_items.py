"""List items signed at their foot (#15, set 76's Indian paper): some comment systems print a
comment's name alone at its top ("AAnonymous", an avatar's letter run into it) and its time at its
foot, with the buttons after it ("Aug 13, 2025, 08:02 AM IST▲ 17▼ 2ReplyReport"). Under a comment
form, ``page_parser`` takes a list for the comments only when its first item opens with a header
(a list inside a flat comment's text opens with no name and time); an item signed at its foot is
no header, yet a list whose items each carry a time of day is the thread all the same.
"""

from __future__ import annotations

import re
from typing import Final

from threads.page_furniture import COMMENT_STAMP, is_date_line, strip_bullets
from threads.page_lines import has_marker

# Items that must be signed: two tell a thread from a list of points, which has no times.
_LEAST_ITEMS: Final = 2
_POST_NUMBER: Final = re.compile(r"\s+#\d{1,4}$")


def items_signed(lines: list[str], item: int, end: int) -> bool:
    """Whether the list from ``lines[item]`` to ``end`` has at least two items at that item's
    indent and each of them (up to the next at that indent, replies included) holds a line that
    opens with a time stamp."""
    indent = _indent(lines[item])
    stop = _list_end(lines, item, end, indent)
    items = [index for index in range(item, stop) if _indent(lines[index]) == indent and has_marker(lines[index])]
    if len(items) < _LEAST_ITEMS:
        return False
    bounds = [*items[1:], stop]
    return all(any(_opens_with_stamp(lines[index]) for index in range(start, stop)) for start, stop in zip(items, bounds, strict=True))


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _list_end(lines: list[str], item: int, end: int, indent: int) -> int:
    """The first line below the list: text at the list's indent or less that is no list item."""
    for index in range(item + 1, end):
        line = lines[index]
        if line.strip() and _indent(line) <= indent and not has_marker(line):
            return index
    return end


def _opens_with_stamp(line: str) -> bool:
    """A line whose text opens with a time stamp, buttons and counts maybe run on after it."""
    text = strip_bullets(line.strip())
    found = COMMENT_STAMP.search(text) if text[:1].isalnum() else None
    if found is not None and "#" in text[-5:]:
        text = _POST_NUMBER.sub("", text)  # "πριν 1 ημέρα #1": the post's number after its time (Komento)
        return found is not None and is_date_line(text)
    return found is not None and is_date_line(text[: found.end()])
