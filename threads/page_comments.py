"""The reader-comment section of a scraped page, turned into a reply tree.

Depth comes from indentation, never from the marker glyph: scrapers disagree on glyphs (``•``,
``□``, ``-``, numbers...), but all of them indent a reply deeper than what it answers.

The hard case is a marked run at a comment's continuation indent. It is either a list inside the
comment (``002`` comments 4 and 11) or a run of replies to it (every bullet reply in the samples).
The run is a list when the parent's own unmarked text resumes right after it at no deeper indent,
or when the parent's text just before it ends with a colon; otherwise its items are replies.

Each line's indent and marker come from ``page_lines``; renderers' dumps (w3m, lynx) of real pages
add a header line ("Petra says:", a date under it) at the top of each comment, which
``comment_header.read_item_headers`` turns into the author and time.

Everything is a single pass plus a precomputed "next line at the same or shallower indent" table,
so a page costs linear time however deep its chains go, and nothing recurses.
"""

from __future__ import annotations

import gc
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Final

from threads.date_lines import HEADER_MAX_CHARS
from threads.model import ParsedComment
from threads.page_bare_names import names_over_text
from threads.page_furniture import is_reply_link
from threads.page_item_headers import read_item_headers
from threads.page_lines import classify_lines
from threads.page_others import is_reaction
from threads.page_quotes import quote_end, quoted
from threads.removed_placeholders import is_removed_placeholder
from threads.text import tidy_line

_GC_PAUSE_LINES: Final = 20_000


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

    def add_block(self, node: int, text: str) -> None:
        """A paragraph of its own (a quote): blank lines before and after it."""
        self.add(node, -2, text)
        self.last_line[node] = -2

    def finish(self) -> None:
        for node, text in zip(self.nodes, self.first, strict=True):
            node.body = text
        for index, pieces in self.more.items():
            self.nodes[index].body = self.first[index] + "".join(pieces)


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
    roots = [root for root in roots if not is_reaction(root.body)]  # (Disqus 2's tweets under the thread)
    roots = replies_by_missing_link(roots, lines, start, end)
    return names_over_text(read_item_headers(roots, lines, end) if short_first_lines else roots)


def replies_by_missing_link(roots: list[ParsedComment], lines: Sequence[str], start: int, end: int) -> list[ParsedComment]:
    """Renderers that print every comment at one indent still show who can be answered: a comment
    that may be replied to has a "Reply" link under it, and one at the thread's deepest level has
    none. So on a flat page where some comments have the link and some do not, a comment without
    one answers the nearest comment above it that has one.

    Only flat pages are regrouped: where indentation already nests replies, it says more.
    """
    if len(roots) < 2 or any(root.replies for root in roots):
        return roots
    linked = _reply_linked(roots, lines, start, end)
    if linked is None or not linked[0] or all(linked):
        return roots
    regrouped: list[ParsedComment] = []
    for root, has_link in zip(roots, linked, strict=True):
        if has_link or not regrouped:
            regrouped.append(root)
        else:
            regrouped[-1].replies.append(root)
    return regrouped


def shows_missing_links(comments: Sequence[ParsedComment], lines: Sequence[str], start: int, end: int) -> bool:
    """Whether the flat ``comments`` (in page order) mark replies by a missing "Reply" link: some
    have the link under them and some do not (``replies_by_missing_link``)."""
    linked = _reply_linked(comments, lines, start, end)
    return linked is not None and not all(linked)


def _reply_linked(comments: Sequence[ParsedComment], lines: Sequence[str], start: int, end: int) -> list[bool] | None:
    """Per comment, whether a "Reply" link follows it before the next one (None: the section has
    no such link at all)."""
    links = [i + 1 for i in range(start, end) if len(lines[i]) < 32 and is_reply_link(lines[i])]
    if not links:
        return None
    bounds = [comment.line or 0 for comment in comments] + [end + 1]
    # A removed comment's placeholder has no link either, but says nothing of its place.
    return [
        bisect_left(links, bounds[k + 1]) > bisect_right(links, bounds[k]) or is_removed_placeholder(comments[k].body)
        for k in range(len(comments))
    ]


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
    # Per node, the column of its latest text line; -2 - i: that of its marker line i, read when
    # needed (most nodes never are); -1: no text yet.
    own_columns: list[int] = []
    quote_until = -1

    for i in range(count):
        column = indents[i]
        if column < 0 or i < quote_until:
            continue
        kind = kinds[i]
        if i < absorb_until:
            if kind is not None and absorb_column < column < absorb_text:
                absorb_until = -1  # marked between the list's markers and their text: a reply after it
            else:
                # Inside a list that belongs to the parent's body: keep the marker, it is content.
                built.add(absorb_owner, i, tidy_line(texts[i] if kind is None else lines[start + i]))
                previous, previous_owner = i, absorb_owner
                continue
        if kind is None:
            # The tests below run on every plain line: the cheap ones come first, inline.
            own = own_columns[previous_owner] if previous_owner >= 0 else -1
            if own < -1 and _repeats_name(built.first[previous_owner], texts[i]):
                # The item's name printed again right under its marker line, outdented (elinks
                # on Blocksy: "    Hannah Brooks Author" under "         1. Hannah Brooks").
                built.add(previous_owner, i, tidy_line(texts[i]))
                previous = i
                continue
            # A quote is set off by a blank line above it (``quote_end``): a line right under
            # another of the section is none, and needs no column of the item's text (the
            # column read from the marker line matters only for this test, and the plain lines
            # that follow overwrite it).
            if own != -1 and (i == 0 or indents[i - 1] < 0) and open_stack and previous_owner == open_stack[-1]:
                if own < -1:
                    own = own_columns[previous_owner] = _text_column(lines[start - 2 - own], texts[-2 - own])
                stop = quote_end(lines, start, indents, kinds, i, own) if own not in (-1, column) else None
                if stop is not None:  # a quote inside the comment, at a column of its own
                    built.add_block(previous_owner, quoted(lines, start + i, start + stop))
                    quote_until = stop
                    continue
            # Plain text continues the deepest open comment that is shallower than it; text at or
            # above the top level still belongs to the last top-level comment.
            while len(open_stack) > 1 and node_indents[open_stack[-1]] >= column:
                open_stack.pop()
            if open_stack:
                owner = open_stack[-1]
                built.add(owner, i, tidy_line(texts[i]))
                own_columns[owner] = column
                previous, previous_owner = i, owner
            continue
        while open_stack and node_indents[open_stack[-1]] >= column:
            open_stack.pop()
        if open_stack and not decided_reply[i]:
            parent = open_stack[-1]
            resume = _list_end_if_body(i, kind, column, node_indents[parent], lines, start, indents, kinds, following)
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
        own_columns.append(-2 - i)
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


def _repeats_name(first: str, text: str) -> bool:
    """Whether ``text`` (a plain line) starts with an item's short first line ``first``."""
    return 0 < len(first) <= _NAME_MAX_CHARS and len(text) < 2 * _NAME_MAX_CHARS and (
        text.lstrip().startswith(first)
    )


_NAME_MAX_CHARS: Final = 60


def _text_column(line: str, text: str) -> int:
    """The column where an item's text starts after its marker (-1: none), without copying the
    line (comment lines can be long)."""
    if not line.endswith(text):
        return -1  # the line under a number alone (``page_lines``): its column is not the item's text's
    blanks = 0
    while blanks < len(text) and text[blanks] in " \t":
        blanks += 1
    return -1 if blanks == len(text) else len(line) - len(text) + blanks


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
    lines: Sequence[str],
    start: int,
    indents: Sequence[int],
    kinds: Sequence[str | None],
    following: Sequence[int],
) -> int | None:
    """Where the run ends, if the parent's own plain text resumes there (making the run a list)."""
    end = _run_end(i, kind, column, indents, kinds, following)
    if end < len(indents) and kinds[end] is None and parent_column < indents[end] <= column:
        # lynx prints a reply's quote near the left margin, which reads as the parent resuming:
        # not where the item's own text comes back after it.
        # The quote may be a reply's deeper in the run: its text comes back at that item's column.
        last = next(j for j in range(end - 1, i - 1, -1) if kinds[j] is not None)
        for item in (i, last) if last != i else (i,):
            line = lines[start + item]
            marker_end = line.find(" ", indents[item])  # the item's text starts after its marker's blanks
            own = len(line) - len(line[marker_end:].lstrip()) if marker_end > 0 else indents[item] + 2
            if quote_end(lines, start, indents, kinds, end, own) is not None:
                return None
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
