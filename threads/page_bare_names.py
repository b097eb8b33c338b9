"""Names alone over the text: comment lists that print each commenter's name on a line of its own,
a blank line, then the text, with no time to make the line a header (Disqus 2's markup saved by
the Wayback Machine, whose times were drawn by its script: "• Rogério Almeida" / "" / "Quatro
meses com a ponte fechada…").

One such line could as well be a comment's first words or its subject, so the whole section must
show the pattern: nearly every comment opens so (all but one in five), with more than one name
(one line over them all is a button's label), and the names show themselves as names (one writes twice, or a comment names
another's writer in its text).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import islice
from typing import Final

from threads.comment_header import read_header
from threads.comment_names import clean_name
from threads.model import ParsedComment, walk
from threads.page_furniture import is_comment_stamp, is_furniture_line, strip_bullets
from threads.page_lines import is_bulleted

_MIN_COMMENTS: Final = 3
_MAX_NAME_WORDS: Final = 4
_MAX_NAME_CHARS: Final = 40
_SENTENCE_ENDS: Final = frozenset(".!?:;,…。！？")


def names_over_text(roots: list[ParsedComment]) -> list[ParsedComment]:
    """``roots`` with each comment's lone first line taken as its author, where the section shows
    the pattern (module docstring); otherwise as they were."""
    if not any(_name_over_text(comment.body) for _, comment in islice(walk(roots), _FIRST_LOOKED_AT)):
        return roots  # (the cheap test first: most sections' first comments open otherwise)
    comments = [comment for _, comment in walk(roots)]
    if len(comments) < _MIN_COMMENTS or any(c.author_name is not None or c.created_at is not None for c in comments):
        return roots
    split: list[tuple[ParsedComment, str, str]] = []
    misses = 0
    for comment in comments:
        if (parts := _name_over_text(comment.body)) is not None:
            split.append((comment, *parts))
            continue
        # all but one in five: a trackback listed among them ("What Tuesday's vote means … |
        # Northside"), or the sidebar's search box after the last
        misses += 1
        if misses * _ALL_BUT > len(comments):
            return roots
    if not _show_names([name for _, name, _ in split], [text for _, _, text in split]):
        return roots
    for comment, name, text in split:
        comment.author_name = clean_name(name)
        comment.body = text
    return roots


_ALL_BUT: Final = 5
_FIRST_LOOKED_AT: Final = 3


def _name_over_text(body: str) -> tuple[str, str] | None:
    """(name, text) of a comment's text that opens with a short line reading as a name over a
    blank one; None otherwise. (The line is short: a long text is searched only so far.)"""
    cut = body.find("\n\n", 0, _MAX_NAME_CHARS + 2)
    if cut <= 0:
        return None
    first, rest = body[:cut].strip(), body[cut + 2 :].strip()
    return (first, rest) if rest and _reads_as_name(first) else None


def names_open_items(lines: Sequence[str], items: Sequence[int]) -> bool:
    """Whether the list items at ``items`` read as such comments before they are parsed: each
    opens with a name alone, text under it, and the names show themselves as names. A trailing
    list with no heading and no stamp (a site's related stories, else) is read as comments so."""
    if len(items) < _MIN_COMMENTS:
        return False
    names: list[str] = []
    texts: list[str] = []
    for number, item in enumerate(items):
        first = strip_bullets(lines[item]).strip()
        stop = items[number + 1] if number + 1 < len(items) else min(len(lines), item + _ITEM_LINES)
        below = [line.strip() for line in lines[item + 1 : stop] if line.strip()]
        if not _reads_as_name(first) or not below or _headed(below[0]):
            return False  # (a header under the name, "Wanjiku M·2 days ago": the readers of headers' job)
        names.append(first)
        texts.append(" ".join(below))
    return _show_names(names, texts)


_ITEM_LINES: Final = 30


def _headed(line: str) -> bool:
    """A header or stamp under the name ("Wanjiku M·2 days ago", "May 3, 2012 at 9:14 pm"): such
    items are the readers of headers' to read."""
    return is_comment_stamp(line) or is_furniture_line(line) or read_header(line, None) is not None


def named_run(lines: Sequence[str]) -> int | None:
    """The first item of the page's first run of list items that read as such comments, or None.

    Asked where nothing else placed the comments: no heading, and the scan from the page's end
    stopped at its footer. A run is the bulleted items with only indented or blank lines between
    them; it ends at the first item that opens with no name ("• Search for:[…]", the sidebar)."""
    run: list[int] = []
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if not line[:1].isspace():
            if run:
                if names_open_items(lines, run):
                    return run[0]
                run = []
            continue
        if is_bulleted(line):
            if run and not _reads_as_name(strip_bullets(line).strip()):
                if names_open_items(lines, run):
                    return run[0]
                run = []
                continue
            run.append(index)
    return run[0] if names_open_items(lines, run) else None


def _show_names(names: list[str], texts: list[str]) -> bool:
    """More than one name (one line over every comment is a button's label: "Thread"), and one
    written twice or named in another's text; words for nobody ("Guest") count for neither."""
    counts = Counter(name.casefold() for name in names if clean_name(name) is not None)
    if len(counts) < 2:
        return False
    return sum(counts.values()) > len(counts) or any(
        any(re.search(rf"(?<!\w){re.escape(name.split()[0])}(?!\w)", text, re.IGNORECASE) for name in names if name != own)
        for own, text in zip(names, texts, strict=True)
    )


def _reads_as_name(line: str) -> bool:
    """A short line that reads as a name, or as a word for nobody ("Guest"): a few words with a
    letter, no digit but a handle's last ones, no sentence's end, no field or row of links."""
    text = line.strip()
    if not text or len(text) > _MAX_NAME_CHARS or "\n" in text or len(text.split()) > _MAX_NAME_WORDS:
        return False
    if any(c in _NOT_IN_NAMES for c in text) or sum(c.isalpha() for c in text) < _MIN_LETTERS:
        return False  # (an avatar's letter, "• M", is no name)
    initial = len(text.split()[-1]) == 2 and text[-1] == "."  # "Patrícia M."
    # ("Fabio_SJC", "jsilva82" keep their handles' digits at the end)
    return not ((text[-1] in _SENTENCE_ENDS and not initial) or any(c.isdigit() for c in text.rstrip("0123456789_")))


_NOT_IN_NAMES: Final = frozenset("[]|:»«/")
_MIN_LETTERS: Final = 2
