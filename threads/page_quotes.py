"""A quoted block inside a comment, as text dumps print it.

A reply that quotes another comment opens with a ``<blockquote>``. Renderers print it at an
indent of its own: w3m, elinks and links a few columns deeper than the comment's text, lynx at a
fixed column near the page's left margin, shallower than a nested reply's text (so a reply's quote
looked like text of a comment further up, or a new one). Either way the comment's own text comes
back at its old column right after the quote. So a run of unmarked lines at another column than
the comment's text, with the comment's text at its own column just before and just after it, is a
quote inside that comment: it stays there, each paragraph in curly quotation marks, as the HTML
reader gives blockquotes, so the judgement reads it as someone else's words, and it is never a
comment or a nesting level.

A differently indented paragraph at the end of a comment (a signature, a list's tail) is left
alone: only text that resumes at the comment's column marks a quote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from threads.comment_words import QUOTE_WORDS, alternation
from threads.page_furniture import is_furniture_line
from threads.page_lines import is_bullet_glyph, is_numbered_item
from threads.text import tidy_line

OPEN: Final = "\u201c"
CLOSE: Final = "\u201d"


def quote_end(
    lines: Sequence[str], base: int, indents: Sequence[int], kinds: Sequence[str | None], start: int, own: int
) -> int | None:
    """Where the quote starting at ``lines[base + start]`` ends (the line at which the comment's
    text resumes), or None if it is no quote.

    ``indents`` and ``kinds`` are ``page_lines.classify_lines``'s columns (-1: blank, unindented
    or furniture) and markers for ``lines[base:]``; ``own`` is the column of the comment's text
    just before. A block is set off by a blank line above it in every renderer; a button or a
    list item inside the run makes it no quote.
    """
    if base + start < 1 or lines[base + start - 1].strip():
        return None
    column = indents[start]
    count = len(indents)
    index = start + 1
    while index < count:
        if indents[index] < 0:
            if lines[base + index].strip():
                return None  # furniture or unindented text
        elif indents[index] != column or kinds[index] is not None:
            break
        index += 1
    if index < count and indents[index] == own and kinds[index] is None:
        return index
    return None


def quoted(lines: Sequence[str], start: int, stop: int) -> str:
    """The quote in ``lines[start:stop]``: each paragraph (lines between blank ones) tidied and in
    curly quotation marks (left as it is when already quoted), one blank line between them."""
    paragraphs: list[list[str]] = [[]]
    for line in lines[start:stop]:
        text = tidy_line(line)
        if text:
            paragraphs[-1].append(text)
        elif paragraphs[-1]:
            paragraphs.append([])
    out = []
    for paragraph in paragraphs:
        if paragraph:
            text = "\n".join(paragraph)
            out.append(text if text.startswith(OPEN) and text.endswith(CLOSE) else f"{OPEN}{text}{CLOSE}")
    return "\n\n".join(out)


def flat_quote_end(lines: Sequence[str], start: int, stop: int, own: int) -> int | None:
    """The same for a comment a dump printed flat (``page_flat``), read from the raw lines: the
    quote is indented deeper than the comment's header, set off by a blank line, holds no list
    marker or button, and the comment's text comes back at the header's column after it."""
    line = lines[start]
    column = len(line) - len(line.lstrip())
    if column <= own or start < 1 or lines[start - 1].strip():
        return None
    index = start
    while index < stop:
        line = lines[index]
        text = line.strip()
        if text:
            indent = len(line) - len(line.lstrip())
            if indent != column:
                return index if indent == own and not is_furniture_line(text) else None
            if _marked(text) or is_furniture_line(text):
                return None
        index += 1
    return None


def _marked(text: str) -> bool:
    """A list item: a bullet glyph or a number before its text."""
    return (len(text) > 1 and text[1] == " " and is_bullet_glyph(text[0])) or is_numbered_item(" " + text)


# A quote's header naming whose words follow: the word, then the name ("Citat: Светлана",
# "Цитата: Петрович"); the name in brackets (JComments: "Quote (Guest):", "Παράθεση (Επισκέπτης):");
# or a word for "of" and the name before the colon ("Citação de Anônimo:", JComments in Portuguese).
_QUOTE_HEADER: Final = re.compile(
    rf"(?i)^{alternation(QUOTE_WORDS)}(?:\s*:\s*(?P<name>[^\s:].{{0,60}}?)\s*"
    r"|\s*\((?P<bracketed>[^()]{1,60})\)\s*:?"
    r"|\s+(?:of|from|de|da|do|di|von|od|от)\s+(?P<of>[^\s:][^:]{0,59}?)\s*:)$"
)
_QUOTE_HEADER_INITIALS: Final = frozenset(word[0] for word in QUOTE_WORDS) | frozenset(word[0].upper() for word in QUOTE_WORDS)


def quote_header_name(text: str) -> str | None:
    """The name a quote's header gives (as printed: a guest's word too), or None where ``text``
    is no such header."""
    match = _QUOTE_HEADER.match(text) if text[:1] in _QUOTE_HEADER_INITIALS else None
    return None if match is None else match["name"] or match["bracketed"] or match["of"]


def quote_of(lines: Sequence[str], start: int, stop: int) -> tuple[str, int] | None:
    """A quote printed flat under a header naming whom it quotes ("Citat: Светлана" over the lines
    quoted, a blank line after them, then the reply's own words): that name, and where the quote
    ends; None where ``lines[start]`` heads no such quote."""
    name = quote_header_name(tidy_line(lines[start]))
    if name is None:
        return None
    end = start + 1
    while end < stop and lines[end].strip():
        end += 1
    return (name, end) if end > start + 1 and end < stop else None
