"""Flat comments named at their head and dated at their foot (#15): Commentics and papers' own
systems print the name (with the town) on a line of its own, the text, then the time alone and
the row of buttons ("Murray Gibb Cobden" / text / "28/09/2024 7:45pm" / "Reply Share Permalink
Report"). No line holds both a name and a time, so the flat reader finds no header, and a text's
line read as one took the time below it.

The shape shows where two comments or more close with a time alone over a row of buttons, the
line over each time a line of text: each comment runs from after the row above it to its time,
its first line the name where that line reads as one. (Where the line over most times reads as a
name, they are headers over their dates, Drupal's "Gast (nicht überprüft)" / "Sa., 26.10.2024 -
22:41" / "Permalink", the flat reader's.) ``page_parser`` asks this before the flat headers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from threads.comment_header import header_time
from threads.comment_names import clean_name
from threads.date_lines import date_line
from threads.model import ParsedComment
from threads.page_furniture import is_furniture_line, strip_bullets
from threads.text import tidy_line

_MIN_COMMENTS: Final = 2
_MAX_NAME_WORDS: Final = 5
_MAX_NAME_CHARS: Final = 60
_SENTENCE_ENDS: Final = frozenset(".!?:;,…")


def footed_comments(lines: Sequence[str], start: int, end: int) -> list[ParsedComment] | None:
    """The comments of ``lines[start:end]`` where they have this shape (module docstring), else None."""
    feet = [index for index in range(start, end) if _foot(lines, index, end)]
    if len(feet) < _MIN_COMMENTS:
        return None
    comments: list[ParsedComment] = []
    previous = start
    over_time = 0  # blocks whose line over the time reads as a name: a header over its date (Drupal)
    for foot in feet:
        kept = [i for i in range(previous, foot) if (text := strip_bullets(lines[i].strip())) and not is_furniture_line(text)]
        previous = _past_buttons(lines, foot, end)
        if not kept:
            return None  # two times in a row: not this shape
        over_time += _reads_as_name(tidy_line(lines[kept[-1]]))
        first = tidy_line(lines[kept[0]])
        named = len(kept) > 1 and _reads_as_name(first)
        body = kept[1:] if named else kept
        comments.append(
            ParsedComment(
                body="\n".join(tidy_line(lines[i]) for i in body),
                author_name=clean_name(first) if named else None,
                created_at=header_time(date_line(lines[foot].strip())),
                line=kept[0] + 1,
            )
        )
    return None if over_time * 2 > len(comments) else comments


def _foot(lines: Sequence[str], index: int, end: int) -> bool:
    """A time alone on its line, a row of buttons the next line that is not blank."""
    text = lines[index].strip()
    if not text or len(text) > _MAX_NAME_CHARS or not text[-1:].isalnum() or date_line(text) is None:
        return False
    below = next((lines[i].strip() for i in range(index + 1, min(end, index + 3)) if lines[i].strip()), "")
    return bool(below) and is_furniture_line(below) and header_time(date_line(text)) is not None


def _past_buttons(lines: Sequence[str], foot: int, end: int) -> int:
    """The line after the row of buttons under a comment's time."""
    index = foot + 1
    while index < end and not lines[index].strip():
        index += 1
    return index + 1


def _reads_as_name(line: str) -> bool:
    """A short line of a few words that ends no sentence: the commenter's name (and town)."""
    return (
        0 < len(line) <= _MAX_NAME_CHARS
        and len(line.split()) <= _MAX_NAME_WORDS
        and line[-1] not in _SENTENCE_ENDS
        and not any(c.isdigit() for c in line)
    )
