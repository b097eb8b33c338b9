"""Comment sections that a text dump prints flat: no list markers, no indentation.

Renderers that ignore CSS (w3m, lynx) print comment systems built from blocks rather than lists
(Drupal's ``div.indented``, Coral, themes that indent replies with margins) as one flat run: a
header (a name over a date, "Heidi 5 June 2022 09:12", "bluebench 3 months ago"), the text,
buttons, and the next header. This module splits such a run at its headers.

Who answers whom survives only where the page printed it in words: Coral's "In reply to
westend_resident" names the parent's author; otherwise a missing "Reply" link marks a reply at
the thread's deepest level (``page_comments``). Everything else is read as top-level, since a
guess at nesting would be a guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from threads.comment_header import Header, date_line, read_header
from threads.model import ParsedComment
from threads.page_furniture import (
    COMMENT_STAMP,
    MIN_ARTICLE_LINE_WORDS,
    is_form_field,
    is_furniture_line,
    strip_bullets,
)
from threads.text import tidy_line

_MAX_HEADER_CHARS: Final = 90
_IN_REPLY_TO: Final = re.compile(r"(?i)^in\s+reply\s+to\s+(?:@)?(?P<name>\S.{0,60}?)\s*$")
# Coral and Disqus buttons that w3m runs together: "Respect 12ReplyShareReport".
_GLUED_ACTIONS: Final = re.compile(r"(?i)^(?:(?:respect|like|reply|share|report|flag|\d{1,6})\s*[›»]?\s*){2,}$")
# A section needs this many headers; one name over a date is more likely the article's byline.
_MIN_HEADERS: Final = 2
# How a time ("9:12", "2019", "10:05 pm", "3 hours ago", "8:12 a.m.") or "says:" ends a line.
_STAMP_ENDINGS: Final = frozenset("oOmM:")
_STAMP_TAILS: Final = frozenset({"a.m.", "p.m.", "A.M.", "P.M."})


def header_at(lines: Sequence[str], index: int, end: int, *, timed: bool = False) -> Header | None:
    """The comment header starting at ``lines[index]``, if that line is one.

    ``timed`` asks for what only comments show: a time of day, "… ago" or "says:". Lists of
    related stories also print a short line over a date, but never the hour.
    """
    text = lines[index].strip()
    if not text or len(text) > _MAX_HEADER_CHARS:
        return None
    below = None
    for follow in range(index + 1, min(end, index + 3)):
        if lines[follow].strip():
            below = date_line(lines[follow])
            break
    header = read_header(text, below)
    if header is None or header.author is None and header.created_at is None:
        return None
    if timed and COMMENT_STAMP.search(text if below is None else f"{text} {below}") is None:
        return None
    return None if is_furniture_line(strip_bullets(text)) else header


def find_flat_section(lines: Sequence[str], after: int, end: int) -> list[int]:
    """Line indexes of the comment headers in ``lines[after:end]`` (empty if fewer than two).

    Without a comments heading (``after`` 0), headers count only once the article has begun (a
    line of at least eight words), so a byline over the date is not read as a comment, and only
    with a time of day (``header_at``'s ``timed``), so a list of related stories is not. Every
    header is, or sits just over, a short line ending the way a time or "says:" ends; those few
    lines are found first, in one cheap pass, and only they are read closely.
    """
    begun = after > 0
    stamps: list[int] = []
    for index in range(after, end):
        line = lines[index]
        size = len(line)
        if not size:
            continue
        if not begun:
            begun = line.count(" ") + 1 >= MIN_ARTICLE_LINE_WORDS
            continue
        if size > _MAX_HEADER_CHARS + 40:
            continue  # a paragraph (most lines of a page are)
        if ("[" in line or "___" in line) and is_form_field(line):
            end = index
            break
        tail = line.rstrip()[-4:]
        last = tail[-1:]
        if last and (last.isdigit() or last in _STAMP_ENDINGS or tail in _STAMP_TAILS):
            stamps.append(index)
    found: set[int] = set()
    for stamp in stamps:
        above = stamp - 1
        while above >= after and not lines[above].strip():
            above -= 1
        for index in (above, stamp):
            if index >= after and index not in found and header_at(lines, index, end, timed=after == 0) is not None:
                found.add(index)
                break
    return sorted(found) if len(found) >= _MIN_HEADERS else []


def parse_flat_comments(lines: Sequence[str], headers: list[int], end: int) -> list[ParsedComment]:
    """One comment per header, in page order; replies only where the page named the parent.

    A header with no text under it is not a comment (a list of headlines over dates).
    """
    comments: list[ParsedComment] = []
    parents: list[str | None] = []
    for number, index in enumerate(headers):
        stop = headers[number + 1] if number + 1 < len(headers) else end
        header = header_at(lines, index, end)
        body: list[str] = []
        replying_to: str | None = None
        gap = False
        for line in lines[index + 1 : stop]:
            text = tidy_line(line)
            bare = strip_bullets(text)
            if ("[" in line or "___" in line) and is_form_field(line):
                break
            match = _IN_REPLY_TO.match(bare)
            if match is not None:
                replying_to = match.group("name")
                continue
            if not bare or is_furniture_line(bare) or _GLUED_ACTIONS.match(bare):
                gap = gap or bool(body)
                continue
            if body:
                body.append("\n\n" if gap else "\n")
            body.append(text)
            gap = False
        if not body:
            continue
        comment = ParsedComment(
            body="".join(body),
            author_name=header.author if header else None,
            created_at=header.created_at if header else None,
            line=index + 1,
        )
        comments.append(comment)
        parents.append(replying_to)
    return _nest_by_name(comments, parents)


def _nest_by_name(comments: list[ParsedComment], parents: list[str | None]) -> list[ParsedComment]:
    """A comment that says whom it answers goes under that author's latest comment above it."""
    roots: list[ParsedComment] = []
    latest: dict[str, ParsedComment] = {}
    for comment, parent_name in zip(comments, parents, strict=True):
        parent = _latest_by(latest, parent_name) if parent_name else None
        (parent.replies if parent is not None else roots).append(comment)
        if comment.author_name:
            latest[comment.author_name.casefold()] = comment
    return roots


def _latest_by(latest: dict[str, ParsedComment], name: str) -> ParsedComment | None:
    """The latest comment by ``name``; a header may add a badge after it ("westend_resident Subscriber")."""
    key = name.casefold()
    found = latest.get(key)
    if found is None:
        found = next((c for k, c in reversed(latest.items()) if k.startswith(key + " ")), None)
    return found


def names_parents(lines: Sequence[str], start: int, end: int) -> bool:
    """Whether the section says whom a comment answers ("In reply to …") anywhere."""
    return any(_IN_REPLY_TO.match(line.strip()) for line in lines[start:end])
