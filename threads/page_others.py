"""Boxes under or beside the comments that list other stories' comments, not this story's.

A site's "Recent comments" widget reads "<name> on <story's title>" per item, and a "Join the
conversation" box lists stories with their counts of comments ("… before Tuesday 11 comments").
A comments heading over such a box is not this story's comments heading: ``page_parser`` looks
past it, for flat comments above the box or a heading further up.
"""

from __future__ import annotations

import re
from typing import Final

from threads.month_names import month_number
from threads.page_bounds import LIST_ITEM
from threads.page_words import COMMENTS_HEADING_WORDS, OTHERS_ON_WORDS, alternation

# "<name> on <title>": a short name, then a story's title opened by a capital (not a date); the
# word between them in other languages is OTHERS_ON_WORDS's ("<name> em <title>").
_NAME_ON_TITLE: Final = re.compile(
    rf"\s*[^\s\d]\S*(?:\s\S+){{0,3}}?\s{alternation(OTHERS_ON_WORDS)}\s(?P<first>[^\W\d_]\S*)(?:\s\S+){{2}}"
)
_OTHERS_LOOKAHEAD: Final = 12
# A story's title with its count of comments after it, perhaps run into it ("… before Tuesday11
# comments", a "Join the conversation" box of other stories): no comment ends so.
_COUNTED_TITLE: Final = re.compile(
    rf"(?i)[^\W\d_].*\D\s*\d[\d,.]*\s+(?:comments?|{alternation(COMMENTS_HEADING_WORDS)})\s*$"
)


def lists_others(lines: list[str], item: int) -> bool:
    """Whether the list at ``lines[item]`` is a box of the site's latest comments on other stories:
    its first two items read "<name> on <story's title>" (WordPress's recent-comments widget and
    its copies), which no comment's own header does ("Petra on March 3, 2024" is a date), or are
    stories' titles with their counts of comments ("Join the conversation" over other stories)."""
    column = len(lines[item]) - len(lines[item].lstrip())
    found = 0
    for index in range(item, min(len(lines), item + _OTHERS_LOOKAHEAD)):
        line = lines[index]
        if len(line) - len(line.lstrip()) != column or not line.strip():
            continue
        marker = LIST_ITEM.match(line)
        if marker is None:
            return False
        on = _NAME_ON_TITLE.match(line, marker.end())
        if not _counted_title(lines, index, marker.end()) and (
            on is None
            or not on.group("first")[0].isupper()
            or month_number(on.group("first").rstrip(".,").casefold()) is not None
        ):
            return False
        found += 1
        if found == 2:
            return True
    return False


def _counted_title(lines: list[str], index: int, start: int) -> bool:
    """Whether the list item at ``lines[index]`` (its text from ``start``) is a story's title with
    its count of comments, read with the lines the renderer wrapped it onto (elinks)."""
    text = lines[index]
    below = index + 1
    while below < len(lines) and lines[below][:start].isspace() and lines[below][start:start + 1].strip():
        text = f"{text} {lines[below].strip()}"  # the item's text wrapped at its own column
        below += 1
    return _COUNTED_TITLE.match(text, start) is not None


# Disqus 2's "Reactions" box under its thread: tweets and trackbacks linking the story, each item
# closed by its source and age ("From Twitter · 1 day ago", "Trackback · 1 day ago").
_ELSEWHERE: Final = re.compile(r"(?i)^(?:from\s+(?:twitter|facebook|friendfeed)|trackback|pingback)\s*[·•]")
_REACTION_LINES: Final = 10  # lines an item of the box may take


def lists_reactions(lines: list[str], item: int) -> bool:
    """Whether the list at ``lines[item]`` is such a box: its first two items each close with
    their source line (a comment's own lines never read so)."""
    column = len(lines[item]) - len(lines[item].lstrip())
    index = item
    for _ in range(2):
        found = False
        for below in range(index + 1, min(len(lines), index + _REACTION_LINES)):
            line = lines[below]
            if LIST_ITEM.match(line) is not None and len(line) - len(line.lstrip()) == column:
                index = below
                break
            if _ELSEWHERE.match(line.strip()) is not None:
                found = True
        else:
            index = min(len(lines), index + _REACTION_LINES)
        if not found:
            return False
    return True


def is_reaction(body: str) -> bool:
    """Whether a list item's text is one of that box's tweets or trackbacks: its last line is its
    source ("From Twitter · 1 day ago"), which no comment's own text ends with."""
    tail = body[-_SOURCE_CHARS:]
    if "·" not in tail and "•" not in tail:
        return False  # (the cheap test: this is asked of every top-level comment of a list)
    last = tail.rstrip().rpartition("\n")[2].strip()
    return _ELSEWHERE.match(last) is not None


_SOURCE_CHARS: Final = 80  # the source line and its age at most
