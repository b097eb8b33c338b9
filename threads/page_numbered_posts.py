"""Comments headed by a numbered label that spells out the reply tree (#15): Thai web boards and
their newspapers' comment boxes print "ความคิดเห็นที่ 3" ("comment no. 3") over each top-level
comment and "ความคิดเห็นที่ 3-1" over the first answer to it, all at one indent; text browsers
keep the labels and lose everything else that nested the replies.

Where a page holds at least three such lines, alone on their line with the same words before the
number, and at least one number with a part after a hyphen or full stop ("3-1", "2.1"), each
label opens a comment and the number names its parent: "3-1" answers "3", "3-1-2" answers "3-1".
The numbers must run in page order (1, 1-1, 1-2, 2, …): a list of steps or figures that happens
to be numbered does not. Boards that number comments one after another (1, 2, 3, …) put the
number answered in the reply's block instead ("ตอบความคิดเห็นที่ 2 โดย …", "reply to comment no.
2 by …"): there the label's words and an earlier number name the parent, and a run where no block
names one is left to the other readers. The comment's name and time, printed under its text or over it, are read
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
    found = _labels(lines)
    if found is None:
        return None
    label, labels = found
    end = section_end(lines, labels[-1][0] + 1)
    stops = [labels[k + 1][0] for k in range(len(labels) - 1)]
    spaced = any(_has_blank_inside(lines, index + 1, stop) for (index, _), stop in zip(labels, stops, strict=False))
    stops.append(end if spaced else _last_block_end(lines, labels[-1][0], end))
    parents = [_parent_number(number) for _, number in labels]
    if not any(parents):
        # Numbered one after another, a reply names the number it answers in its block: "ตอบ
        # ความคิดเห็นที่ 2 โดย …" ("reply to comment no. 2 by …").
        parents = [_referenced(lines, index + 1, stop, label, number) for (index, number), stop in zip(labels, stops, strict=True)]
        if not any(parents):
            return None
    comments: dict[str, ParsedComment] = {}
    roots: list[ParsedComment] = []
    for (index, number), stop, wanted in zip(labels, stops, parents, strict=True):
        comment = _comment(lines, index + 1, stop)
        comments[number] = comment
        parent = comments.get(wanted) if wanted else None
        (parent.replies if parent is not None else roots).append(comment)
    first = labels[0][0]
    heading = last_heading(lines, first)
    article_end = heading if heading is not None and first - heading <= _HEADING_GAP else first
    return article_end, roots


def _parent_number(number: str) -> str:
    """The number of the comment a hierarchical number answers ("3-1" answers "3"), "" for a top one."""
    return number.rpartition("-")[0] or number.rpartition(".")[0]


def _referenced(lines: list[str], start: int, stop: int, label: str, number: str) -> str:
    """The earlier number a comment's block names after the label's words ("ตอบความคิดเห็นที่ 2"
    under "ความคิดเห็นที่ 3"), "" where it names none."""
    pattern = re.compile(re.escape(label) + r"\s*#?\s*(\d{1,4})(?!\d)", re.IGNORECASE)
    for index in range(start, stop):
        found = pattern.search(lines[index])
        if found is not None and int(found.group(1)) < int(number):
            return found.group(1)
    return ""


def _labels(lines: list[str]) -> tuple[str, list[tuple[int, str]]] | None:
    """The label's words and the label lines (index, number) of the page's run of numbered
    comments, in page order: numbered as a tree ("3-1" under "3"), or one after another from 1."""
    found: dict[str, list[tuple[int, str]]] = {}
    words: dict[str, str] = {}
    for index, line in enumerate(lines):
        if len(line) > _MAX_LABEL_LINE or not line or not line[-1].isdigit():
            continue
        match = _LABEL.match(line.strip())
        if match is not None:
            key = match.group("label").casefold()
            words.setdefault(key, match.group("label"))
            found.setdefault(key, []).append((index, match.group("number")))
    for key, run in found.items():
        numbers = [number for _, number in run]
        if len(run) < _MIN_LABELS:
            continue
        tree = any(len(_parts(number)) > 1 for number in numbers) and _in_order(numbers)
        if tree or numbers == [str(count) for count in range(1, len(numbers) + 1)]:
            return words[key], run
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


def _has_blank_inside(lines: list[str], start: int, stop: int) -> bool:
    """Whether a block has a blank line between two lines of text."""
    text = [index for index in range(start, stop) if lines[index].strip()]
    return bool(text) and any(not lines[index].strip() for index in range(text[0], text[-1]))


def _last_block_end(lines: list[str], label: int, end: int) -> int:
    """Where the last comment ends where the blocks print no blank lines inside them: the first
    blank line after its text (the board's notice follows after one), or the section's end."""
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
