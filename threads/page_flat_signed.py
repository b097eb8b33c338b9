"""Flat comments signed at their foot (#15): 2000s news sites and their Arabic counterparts print
each comment as its title and text, then a line with the name and the time ("أبو محمد | 11/07/2011
- 09:22 م | أعجبني 7"), then the next comment. Read as headers over text, each name took the text
of the comment below it, and the first comment's text went to none.

The flat headers are signatures when text stands between the comment section's start and the
first of them and nothing but buttons and counts follows the last one (a comment's text above
each, none below the last), and all of them are printed alike, at one indent and no list item
(a header-first thread ends at a sidebar's dated entry just as well). Then each comment is the text between the previous signature and its
own. ``page_parser`` asks this of the headers ``page_flat`` found before reading them as headers.
"""

from __future__ import annotations

from collections.abc import Sequence

from threads.model import ParsedComment
from threads.page_flat_headers import header_at
from threads.page_furniture import is_furniture_line, strip_bullets
from threads.page_lines import has_marker, is_alt_text
from threads.text import tidy_line


def signed_below(lines: Sequence[str], headers: list[int], start: int, end: int) -> list[ParsedComment] | None:
    """The comments of a flat section whose headers sign the text above them (``start``: the
    section's first line, ``end``: where it stops); None where text follows the last header or
    none comes before the first."""
    if len(headers) < 2 or _text_lines(lines, headers[-1] + 1, end) or not _text_lines(lines, start, headers[0]):
        return None
    indents = {len(lines[index]) - len(lines[index].lstrip()) for index in headers}
    if len(indents) > 1 or any(has_marker(lines[index]) for index in headers):
        return None  # signatures are printed alike; a list item or another indent is a box's entry
    comments: list[ParsedComment] = []
    previous = start
    for index in headers:
        text = _text_lines(lines, previous, index)
        previous = index + 1
        if not text:
            return None  # a header over its text after all (two headers in a row)
        header = header_at(lines, index, end)
        comments.append(
            ParsedComment(
                body=_body(lines, text),
                author_name=header.author if header is not None else None,
                created_at=header.created_at if header is not None else None,
                line=text[0] + 1,
            )
        )
    return comments


def _text_lines(lines: Sequence[str], start: int, stop: int) -> list[int]:
    """The lines of a comment's text between ``start`` and ``stop``: not blank, no button, count
    or picture."""
    kept = []
    for index in range(start, stop):
        text = strip_bullets(lines[index].strip())
        if text and not is_furniture_line(text) and not is_alt_text(text) and not text.isdigit():
            kept.append(index)
    return kept


def _body(lines: Sequence[str], kept: list[int]) -> str:
    """The text of those lines, a blank line where the page left one between them."""
    parts: list[str] = []
    for position, index in enumerate(kept):
        if position:
            parts.append("\n\n" if index > kept[position - 1] + 1 else "\n")
        parts.append(tidy_line(lines[index]))
    return "".join(parts)
