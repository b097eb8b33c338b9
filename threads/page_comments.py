"""The reader-comment section of a scraped page, turned into a reply tree.

Depth comes from indentation, never from the marker glyph: scrapers disagree on glyphs (``•``,
``□``, ``-``, numbers...), but all of them indent a reply deeper than what it answers.

The hard case is a marked run at a comment's continuation indent. It is either a list inside the
comment (``002`` comments 4 and 11) or a run of replies to it (every bullet reply in the samples).
The run is a list when the parent's own unmarked text resumes right after it at no deeper indent,
or when the parent's text just before it ends with a colon; otherwise its items are replies.

Renderers' dumps (w3m, lynx) of real pages add their own habits, handled here too: item numbers
right-aligned (" 9." over "10.", so "10." may start its line), an item that opens with its
avatar's alt text, and a header line ("Petra says:", a date under it) at the top of each comment,
which ``comment_header.read_item_headers`` turns into the author and time.

Everything is a single pass plus a precomputed "next line at the same or shallower indent" table,
so a page costs linear time however deep its chains go, and nothing recurses.
"""

from __future__ import annotations

import gc
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Final

from threads.comment_header import HEADER_MAX_CHARS, SAYS_HEADER, read_item_headers
from threads.model import ParsedComment
from threads.page_furniture import is_furniture_line, is_reply_link, strip_bullets
from threads.text import indent_width, tidy_line

NUMBERED: Final = "#"
_GC_PAUSE_LINES: Final = 20_000

# Lines at most this long may be a renderer's button, counter or date ("Reply", "3 likes").
_FURNITURE_MAX: Final = 48
# A number marker from here up is an item only in sequence (or first in the section).
_LONE_NUMBER_MAX: Final = 100
_NUMBER_MARKER: Final = re.compile(r"(?:\d{1,6}[.)]|\(\d{1,6}\))(?=\s|$)")
_INDENTED_NUMBER: Final = re.compile(r"\s+(?:\d{1,6}[.)]|\(\d{1,6}\))(?=\s|$)")
# Characters scrapers use as bullets that Unicode does not file under symbols or dashes.
# lynx marks nested lists ``*``, ``+``, ``o``, ``#``, ``@``.
_EXTRA_BULLETS: Final = frozenset("•‣⁃◦∙·*+※⁌⁍o#@")
# Symbols that open quoted or compared text rather than list items.
_NOT_BULLETS: Final = frozenset("<>=|^`¬~")
_BULLET_CATEGORIES: Final = frozenset({"So", "Sm", "Pd"})
_glyph_cache: dict[str, bool] = {}


def is_bullet_glyph(ch: str) -> bool:
    known = _glyph_cache.get(ch)
    if known is None:
        known = ch in _EXTRA_BULLETS or (
            ch not in _NOT_BULLETS and unicodedata.category(ch) in _BULLET_CATEGORIES
        )
        _glyph_cache[ch] = known
    return known


def _is_furniture(content: str) -> bool:
    """A renderer's button, counter or date line; buttons are capitalised ("Reply", not "reply")."""
    text = strip_bullets(content)
    marker = _NUMBER_MARKER.match(text)
    if marker is not None:
        text = text[marker.end() :].lstrip()  # " 1. Graham Pike Avatar": the number is the item's
    return bool(text) and not text[0].islower() and is_furniture_line(text)


def _is_marked_header(content: str) -> bool:
    """A list item that opens with its author ("1. Petra says:"): a comment, not a button."""
    marker = _NUMBER_MARKER.match(content)
    if marker is None and len(content) > 1 and content[1].isspace() and is_bullet_glyph(content[0]):
        return SAYS_HEADER.match(content[2:].lstrip()) is not None
    return marker is not None and SAYS_HEADER.match(content[marker.end():].lstrip()) is not None


def is_numbered_item(line: str) -> bool:
    """Whether an indented line starts with a number marker (``  1.``, ``\t2)``)."""
    return _INDENTED_NUMBER.match(line) is not None


class _Builder:
    """Comment nodes with their body pieces; bodies are joined once at the end.

    A one-line comment keeps its text as a plain string and gets a list of pieces only when a
    second line arrives: fewer container objects means fewer garbage-collector passes, which
    otherwise dominate pages with hundreds of thousands of comments.
    """

    def __init__(self) -> None:
        self.nodes: list[ParsedComment] = []
        self.indents: list[int] = []
        self.first: list[str] = []
        self.more: dict[int, list[str]] = {}
        self.last_line: list[int] = []

    def new(self, indent: int, line: int, index: int, text: str) -> int:
        node = len(self.nodes)
        self.nodes.append(ParsedComment(body="", line=line))
        self.indents.append(indent)
        self.first.append(text)
        self.last_line.append(index)
        return node

    def add(self, node: int, index: int, text: str) -> None:
        if not self.first[node] and node not in self.more:
            self.first[node] = text
        else:
            # Adjacent source lines stay one paragraph; any gap (blank lines, a reply) breaks it.
            self.more.setdefault(node, []).extend(
                ("\n" if self.last_line[node] == index - 1 else "\n\n", text)
            )
        self.last_line[node] = index

    def finish(self) -> None:
        for node, text in zip(self.nodes, self.first, strict=True):
            node.body = text
        for index, pieces in self.more.items():
            self.nodes[index].body = self.first[index] + "".join(pieces)


def classify_lines(lines: Sequence[str], start: int, end: int) -> tuple[list[int], list[str | None], list[str]]:
    """Indent column, marker class and text after the marker for each line of ``lines[start:end]``.

    The class is ``NUMBERED`` for ``1.``, ``2)`` or ``(3)``, the glyph itself for a bullet, and
    None for plain text. A marker needs whitespace or the end of the line after it, so ``1.5m``,
    ``-5`` and ``**bold**`` stay text. Blank and unindented lines get column -1: inside a comment
    section an unindented line is page furniture ("Reply", "Load more"), skipped like a blank one.
    """
    count = end - start
    indents = [-1] * count
    kinds: list[str | None] = [None] * count
    texts = [""] * count
    number_marker = _NUMBER_MARKER.match
    numbers: dict[int, int] = {}  # column -> last item number there
    for i in range(count):
        raw = lines[start + i]
        content = raw.lstrip()
        if not content:
            continue
        offset = len(raw) - len(content)
        furniture = len(content) <= _FURNITURE_MAX and _is_furniture(content)
        if furniture:
            if _is_marked_header(content):
                furniture = False  # "1. Petra says:" opens a comment
            elif not opens_item(lines, start + i, end, offset):
                # "• Reply", "March 3, 2021 at 5:12 pm", "• 3 likes": the renderer's, not a reply.
                continue
            # else "* Avatar" over the comment's lines: an item, without the alt text
        first = content[0]
        if not offset and not (first.isdigit() and content[1:2].isdigit()):
            continue  # unindented: furniture, unless a right-aligned "10." (below)
        column = indent_width(raw)[0] if "\t" in raw[:offset] else offset
        if first.isdigit() or first == "(":
            match = number_marker(content)
            if match is not None:
                marker = match.group()
                # "1." to "9." are always items; a longer number is one when it continues a
                # list, right-aligned (w3m and lynx print " 9." over "10.") or not.
                if len(marker) == 2:
                    numbers[column] = int(marker[0])
                else:
                    placed = _number_column(marker, column, numbers, indented=offset > 0)
                    if placed is None:
                        match = None
                    else:
                        column = placed
            if match is not None:
                indents[i] = column
                kinds[i] = NUMBERED
                content = content[match.end() :]
                texts[i] = "" if furniture else content
                continue
        if not offset:
            continue
        indents[i] = column
        if (len(content) == 1 or content[1].isspace()) and is_bullet_glyph(first):
            kinds[i] = first
            content = content[1:]
            texts[i] = "" if furniture else content
            continue
        texts[i] = content
    return indents, kinds, texts


def _number_column(marker: str, column: int, numbers: dict[int, int], *, indented: bool) -> int | None:
    """The column of an item numbered 10 or more, or None if the number is text.

    It continues the list at its column (the samples left-align " 9." and " 10."), or the list
    one or two columns right of it (w3m and lynx right-align " 9." over "10.", so "10." may even
    start its line). Otherwise an indented number below 100 starts a list, and so does any first
    number of the section (the third page of comments starts at 101); a line that a renderer
    wrapped before a year ("2008.") is text.
    """
    value = int(marker.strip("().") or "0")
    if numbers.get(column) == value - 1:
        numbers[column] = value
        return column
    for shift in (1, 2):
        if numbers.get(column + shift) == value - 1:
            numbers[column + shift] = value
            return column + shift
    if indented and (value < _LONE_NUMBER_MAX or not numbers):
        numbers[column] = value
        return column
    return None


def opens_item(lines: Sequence[str], index: int, end: int, offset: int) -> bool:
    """A list marker whose own text is furniture ("* Avatar") but whose item goes on below it,
    deeper and unmarked: a comment that opens with its avatar, not a button."""
    content = lines[index][offset:]
    if not (_NUMBER_MARKER.match(content) or (len(content) > 1 and content[1] == " " and is_bullet_glyph(content[0]))):
        return False
    for below in range(index + 1, min(end, index + 3)):
        line = lines[below]
        text = line.lstrip()
        if text:
            deeper = len(line) - len(text) > offset
            return deeper and not _NUMBER_MARKER.match(text) and not (len(text) > 1 and text[1] == " " and is_bullet_glyph(text[0]))
    return False


def parse_comment_section(lines: Sequence[str], start: int, end: int) -> list[ParsedComment]:
    """Build the comment forest from ``lines[start:end]``; ``line`` fields are 1-based page lines.

    On very long sections the cyclic garbage collector is paused while the tree is built: the
    nodes form no cycles, and the repeated full collections that hundreds of thousands of new
    objects trigger would otherwise make parsing time grow faster than the page.
    """
    if end - start < _GC_PAUSE_LINES or not gc.isenabled():
        return _section_forest(lines, start, end)
    gc.disable()
    try:
        return _section_forest(lines, start, end)
    finally:
        gc.enable()


def _section_forest(lines: Sequence[str], start: int, end: int) -> list[ParsedComment]:
    roots, short_first_lines = _build_forest(lines, start, end)
    roots = replies_by_missing_link(roots, lines, start, end)
    return read_item_headers(roots, lines, end) if short_first_lines else roots


def replies_by_missing_link(roots: list[ParsedComment], lines: Sequence[str], start: int, end: int) -> list[ParsedComment]:
    """Renderers that print every comment at one indent still show who can be answered: a comment
    that may be replied to has a "Reply" link under it, and one at the thread's deepest level has
    none. So on a flat page where some comments have the link and some do not, a comment without
    one answers the nearest comment above it that has one.

    Only flat pages are regrouped: where indentation already nests replies, it says more.
    """
    if len(roots) < 2 or any(root.replies for root in roots):
        return roots
    links = [i + 1 for i in range(start, end) if len(lines[i]) < 32 and is_reply_link(lines[i])]
    if not links:
        return roots
    bounds = [root.line or 0 for root in roots] + [end + 1]
    linked = [bisect_left(links, bounds[k + 1]) > bisect_right(links, bounds[k]) for k in range(len(roots))]
    if not linked[0] or all(linked):
        return roots
    regrouped: list[ParsedComment] = []
    for root, has_link in zip(roots, linked, strict=True):
        if has_link or not regrouped:
            regrouped.append(root)
        else:
            regrouped[-1].replies.append(root)
    return regrouped


def _build_forest(lines: Sequence[str], start: int, end: int) -> tuple[list[ParsedComment], bool]:
    """The comment forest, and whether any item's first line is short enough to be a header (an
    author's name, a date, "Pingback: …"): only then are headers looked for."""
    count = end - start
    indents, kinds, texts = classify_lines(lines, start, end)
    following = _next_not_deeper(indents)

    built = _Builder()
    roots: list[int] = []
    children: dict[int, list[int]] = {}
    open_stack: list[int] = []  # node ids, strictly increasing marker indents
    node_indents = built.indents
    decided_reply = bytearray(count)
    absorb_until = absorb_owner = -1
    absorb_column = absorb_text = 0  # the list's marker column and the column of its items' text
    previous = previous_owner = -1  # last non-blank line, and the node that took it

    for i in range(count):
        column = indents[i]
        if column < 0:
            continue
        kind = kinds[i]
        if i < absorb_until and kind is not None and absorb_column < column < absorb_text:
            absorb_until = -1  # marked between the list's markers and their text: a reply after it
        if i < absorb_until:
            # Inside a list that belongs to the parent's body: keep the marker, it is content.
            built.add(absorb_owner, i, tidy_line(texts[i] if kind is None else lines[start + i]))
            previous, previous_owner = i, absorb_owner
            continue
        if kind is None:
            # Plain text continues the deepest open comment that is shallower than it; text at or
            # above the top level still belongs to the last top-level comment.
            while len(open_stack) > 1 and node_indents[open_stack[-1]] >= column:
                open_stack.pop()
            if open_stack:
                owner = open_stack[-1]
                built.add(owner, i, tidy_line(texts[i]))
                previous, previous_owner = i, owner
            continue
        while open_stack and node_indents[open_stack[-1]] >= column:
            open_stack.pop()
        if open_stack and not decided_reply[i]:
            parent = open_stack[-1]
            resume = _list_end_if_body(i, kind, column, node_indents[parent], indents, kinds, following)
            starts_list = resume is not None or (
                previous_owner == parent and previous >= 0 and texts[previous].rstrip().endswith(":")
            )
            if starts_list:
                absorb_until = resume if resume is not None else _run_end(i, kind, column, indents, kinds, following)
                absorb_owner, absorb_column = parent, column
                absorb_text = len(lines[start + i]) - len(texts[i].lstrip()) if texts[i] else column + 2
                built.add(parent, i, tidy_line(lines[start + i]))
                previous, previous_owner = i, parent
                continue
            _mark_run(i, kind, column, indents, kinds, following, decided_reply)
        node = built.new(column, start + i + 1, i, tidy_line(texts[i]))
        if open_stack:
            children.setdefault(open_stack[-1], []).append(node)
        else:
            roots.append(node)
        open_stack.append(node)
        previous, previous_owner = i, node

    built.finish()
    for parent, kids in children.items():
        built.nodes[parent].replies = [built.nodes[k] for k in kids]
    short = any(len(text) <= HEADER_MAX_CHARS for text in built.first)
    return [built.nodes[r] for r in roots], short


def _next_not_deeper(indents: Sequence[int]) -> list[int]:
    """For each non-blank line, the index of the next non-blank line indented no deeper (or len)."""
    count = len(indents)
    following = [count] * count
    stack: list[int] = []
    for i in range(count - 1, -1, -1):
        column = indents[i]
        if column < 0:
            continue
        while stack and indents[stack[-1]] > column:
            stack.pop()
        if stack:
            following[i] = stack[-1]
        stack.append(i)
    return following


def _run_end(
    i: int, kind: str, column: int, indents: Sequence[int], kinds: Sequence[str | None], following: Sequence[int]
) -> int:
    """Index of the first line after the run of same-class items at ``column`` starting at ``i``."""
    j = following[i]
    while j < len(indents) and indents[j] == column and kinds[j] == kind:
        j = following[j]
    return j


def _list_end_if_body(
    i: int,
    kind: str,
    column: int,
    parent_column: int,
    indents: Sequence[int],
    kinds: Sequence[str | None],
    following: Sequence[int],
) -> int | None:
    """Where the run ends, if the parent's own plain text resumes there (making the run a list)."""
    end = _run_end(i, kind, column, indents, kinds, following)
    if end < len(indents) and kinds[end] is None and parent_column < indents[end] <= column:
        return end
    return None


def _mark_run(
    i: int,
    kind: str,
    column: int,
    indents: Sequence[int],
    kinds: Sequence[str | None],
    following: Sequence[int],
    decided_reply: bytearray,
) -> None:
    """Record that every item of the run starting at ``i`` is a reply, so siblings skip the check."""
    j = i
    while j < len(indents) and indents[j] == column and kinds[j] == kind:
        decided_reply[j] = 1
        j = following[j]
