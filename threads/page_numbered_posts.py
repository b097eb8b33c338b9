"""Comments headed by a numbered label that spells out the reply tree (#15): Thai web boards and
their newspapers' comment boxes print "ความคิดเห็นที่ 3" ("comment no. 3") over each top-level
comment and "ความคิดเห็นที่ 3-1" over the first answer to it, all at one indent; text browsers
keep the labels and lose everything else that nested the replies.

Where a page holds at least three such lines, alone on their line with the same words before the
number, and at least one number with a part after a hyphen or full stop ("3-1", "2.1"), each
label opens a comment and the number names its parent: "3-1" answers "3", "3-1-2" answers "3-1".
The numbers must run in page order (1, 1-1, 1-2, 2, …): a list of steps or figures that happens
to be numbered does not. The comment's name and time, printed under its text or over it, are read
by ``comment_header`` from the first line of its block that reads as a header; the lines from there
on (a like count, "Reply", the name) are not its text. ``page_parser`` asks this first, as it asks
``page_forum_thread``.
"""

from __future__ import annotations

import re
from typing import Final

from threads.comment_header import Header, read_header
from threads.model import ParsedComment
from threads.page_bounds import last_heading, section_end
from threads.page_furniture import is_furniture_line
from threads.page_lines import is_alt_text
from threads.text import tidy_line

# Words, then a number with its parts ("ความคิดเห็นที่ 1-2", "Comment #3.1"), alone on a line.
_LABEL: Final = re.compile(r"^(?P<label>[^\W\d_][^\d#]{0,40}?)\s*#?\s*(?P<number>\d{1,4}(?:[-.]\d{1,4}){0,4})\s*:?$")
_MIN_LABELS: Final = 3
_MAX_LABEL_LINE: Final = 60
# How far above the first label the comments heading may be ("ความคิดเห็นจากผู้อ่าน (4)" over a notice).
_HEADING_GAP: Final = 4
# A name after the last separator glyph of a line that opens with counts ("ถูกใจ 14 ● ลุงหนานคำ 18 มีนาคม …").
_SEPARATORS: Final = ("●", "•", "|")


def read_numbered_posts(lines: list[str]) -> tuple[int, list[ParsedComment]] | None:
    """Where the article ends and the comments as a tree by their labels' numbers; None where the
    page has no run of such labels."""
    labels = _labels(lines)
    if labels is None:
        return None
    end = section_end(lines, labels[-1][0] + 1)
    comments: dict[str, ParsedComment] = {}
    roots: list[ParsedComment] = []
    for position, (index, number) in enumerate(labels):
        stop = labels[position + 1][0] if position + 1 < len(labels) else _last_block_end(lines, index, end)
        comment = _comment(lines, index + 1, stop)
        comments[number] = comment
        parent = comments.get(number.rpartition("-")[0] or number.rpartition(".")[0])
        (parent.replies if parent is not None else roots).append(comment)
    first = labels[0][0]
    heading = last_heading(lines, first)
    article_end = heading if heading is not None and first - heading <= _HEADING_GAP else first
    return article_end, roots


def _labels(lines: list[str]) -> list[tuple[int, str]] | None:
    """The label lines (index, number) of the page's run of numbered comments, in page order."""
    found: dict[str, list[tuple[int, str]]] = {}
    for index, line in enumerate(lines):
        if len(line) > _MAX_LABEL_LINE or not line or not line[-1].isdigit():
            continue
        match = _LABEL.match(line.strip())
        if match is not None:
            found.setdefault(match.group("label").casefold(), []).append((index, match.group("number")))
    for run in found.values():
        numbers = [number for _, number in run]
        if len(run) >= _MIN_LABELS and any(len(_parts(number)) > 1 for number in numbers) and _in_order(numbers):
            return run
    return None


def _parts(number: str) -> list[int]:
    return [int(part) for part in re.split(r"[-.]", number)]


def _in_order(numbers: list[str]) -> bool:
    """Whether the numbers walk a tree depth first: each is the first child of the one before
    ("3" then "3-1") or the next sibling of it or of one of its ancestors ("3-1" then "3-2" or "4"),
    starting at the first top-level number."""
    previous: list[int] = []
    for number in numbers:
        parts = _parts(number)
        if parts[:-1] == previous and parts[-1] == 1 and previous:
            previous = parts
            continue
        if not previous and len(parts) == 1:
            previous = parts
            continue
        depth = len(parts)
        if depth > len(previous) or parts[:-1] != previous[: depth - 1] or parts[-1] != previous[depth - 1] + 1:
            return False
        previous = parts
    return True


def _last_block_end(lines: list[str], label: int, end: int) -> int:
    """Where the last comment ends: the section's end, or the first blank line after its text when
    the blocks print no blank lines inside them (the board's notice follows after one)."""
    seen_text = False
    for index in range(label + 1, end):
        if lines[index].strip():
            seen_text = True
        elif seen_text:
            return index
    return end


def _comment(lines: list[str], start: int, stop: int) -> ParsedComment:
    """One labelled block: its header (the first line that reads as one) and its text above it or
    below it."""
    text = [(index, lines[index].strip()) for index in range(start, stop) if lines[index].strip()]
    author = created = None
    body = text
    for position, (_, line) in enumerate(text):
        header = _header(line)
        if header is not None and header.created_at is not None:
            author, created = header.author, header.created_at
            body = text[:position] if position else text[1:]
            break
    while body and (is_furniture_line(body[-1][1]) or is_alt_text(body[-1][1]) or body[-1][1].isdigit()):
        body = body[:-1]
    first = body[0][0] if body else start
    return ParsedComment(
        body="\n".join(tidy_line(line) for _, line in body),
        author_name=author,
        created_at=created,
        line=first + 1,
    )


def _header(line: str) -> Header | None:
    """The header a line reads as, the part after a row of counts run into it first ("ถูกใจ 14 ●
    name …")."""
    for separator in _SEPARATORS:
        if separator in line:
            header = read_header(line.rpartition(separator)[2].strip(), None)
            if header is not None:
                return header
    return read_header(line, None)
