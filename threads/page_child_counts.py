"""A flat run of comments nested by what the layout prints about each: a count of its replies
(old Reddit) or its indent (elinks's indented blocks, a wiki talk page's posts).

A thread printed flat whose headers count each comment's replies, all levels down (old Reddit:
"[–]harbour_jo 46 points 5 hours ago (3 children)"): the counts alone give the tree.

w3m prints old Reddit's nested comments without their indent, one header per comment in page
order (a depth-first walk). A comment that counts N children has the next N comments of the page
under it, at any depth, less those the page left out ("load more comments (2 replies)"); the
deepest comment still owed replies is the parent of the next one. ``page_parser`` asks this of
flat comments before looking for what the comments themselves say.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from threads.model import ParsedComment, walk
from threads.page_words import (
    PARENT_BUTTON_WORDS,
    REPLY_COUNT_LABELS,
    REPLY_COUNT_NOUNS,
    REPLY_COUNT_VERBS,
    alternation,
)
from threads.removed_placeholders import is_removed_placeholder

# "(3 children)", "(1 child)", perhaps wrapped onto the line under the header ("stickied comment (0"
# over "children)").
_CHILDREN: Final = re.compile(r"\((\d{1,5})\s+child(?:ren)?\)")
# Replies the page left out, counted: "load more comments (2 replies)".
_HIDDEN: Final = re.compile(r"(?i)^\s*load\s+more\s+comments\s+\((\d{1,5})\s+repl(?:y|ies)\)\s*$")
# One of a comment's buttons as a list item ("  • permalink", "  • parent").
_BUTTON: Final = re.compile(r"^\s*[•*+o-]\s+(\S.{0,18})$")
_MIN_BUTTONS: Final = 2
# A header's row of links to other comments: " | parent | next [–]", " | root | parent | prev", " | next".
_LINK_ROW: Final = re.compile(r"(?:\|\s*(?:root|parent|prev|next)\b\s*)+(?:\[[–-]\])?\s*$")
_PARENT_LINK: Final = re.compile(r"(?P<root>\broot\s*\|\s*)?\bparent\b")
# A row of buttons in brackets under a comment's text: "(Reply) (Parent) (Thread)".
_BRACKET_ROW: Final = re.compile(r"^(?:\([^()\n]{1,30}\)\s*){2,8}$")
_PARENT_BUTTONS: Final = frozenset(PARENT_BUTTON_WORDS)
_COUNT_NOUNS: Final = frozenset(REPLY_COUNT_NOUNS)
_COUNT_VERBS: Final = frozenset(REPLY_COUNT_VERBS)
_MAX_COUNT_LINE: Final = 48
_LABELLED_COUNT: Final = re.compile(rf"^{alternation(REPLY_COUNT_LABELS)}\s*(\d{{1,4}})$")
# How far under the last comment's header its buttons may be.
_TAIL_LINES: Final = 40


def nest_by_child_counts(comments: list[ParsedComment], lines: Sequence[str]) -> list[ParsedComment] | None:
    """The flat ``comments`` nested by their headers' counts of children; None (``comments`` left
    as they were) where any header (its line and the one under it) shows no count."""
    # What the flat reader nested already (a removed comment's placeholder over the next comment)
    # is a guess the counts overrule: they are read off the comments in page order.
    comments = sorted((comment for _, comment in walk(comments)), key=lambda comment: comment.line or 0)
    if len(comments) < 2 or any(comment.line is None for comment in comments):
        return None
    counts: list[int] = []
    for comment in comments:
        found = _count(lines, (comment.line or 1) - 1)
        if found is None:
            return None
        counts.append(found)
    for comment in comments:
        comment.replies = []
    # A reply's buttons link to its parent ("• parent"), a top-level comment's do not: where the
    # page prints those links, a comment without one starts a thread whatever is still owed (a
    # count takes in replies the page never shows).
    linked = [_links_parent(lines, comment.line or 1, after.line or 1) for comment, after in zip(comments, comments[1:], strict=False)]
    linked.append(_links_parent(lines, comments[-1].line or 1, min(len(lines), (comments[-1].line or 1) + _TAIL_LINES)))
    if not any(linked):
        linked = [True] * len(comments)
    roots: list[ParsedComment] = []
    open_items: list[list[int]] = []  # [index into comments, replies still to come], outermost first
    previous = (comments[0].line or 1) - 1
    for number, comment in enumerate(comments):
        here = (comment.line or 1) - 1
        for index in range(previous + 1, here):
            hidden = _HIDDEN.match(lines[index]) if "load more" in lines[index].lower() else None
            if hidden is not None:
                for item in open_items:
                    item[1] -= int(hidden.group(1))
        previous = here
        if not linked[number]:
            open_items.clear()
        while open_items and open_items[-1][1] <= 0:
            open_items.pop()  # owed no more (below 0: the page left out more than it counted)
        if open_items:
            comments[open_items[-1][0]].replies.append(comment)
            for item in open_items:
                item[1] -= 1
        else:
            roots.append(comment)
        open_items.append([number, counts[number]])
    return roots


def _count(lines: Sequence[str], start: int) -> int | None:
    """The count of children on a comment's header line or the line under it; for a removed
    comment, read from its placeholder ("[removed]"), on the header over it ("[–][deleted] 1 day
    ago (1 child)", a blank line between)."""
    found = _CHILDREN.search(" ".join(lines[start : start + 2]))
    if found is None:
        above = [line for line in lines[max(0, start - 3) : start] if line.strip()][-1:]
        found = _CHILDREN.search(above[0]) if above else None
    return None if found is None else int(found.group(1))


def _links_parent(lines: Sequence[str], header: int, next_header: int) -> bool:
    """Whether the comment's buttons, the first run of short list items under its header (1-based
    line) before the next header, hold a "parent" link ("• permalink", "• embed", "• parent")."""
    run: list[str] = []
    for line in lines[header : next_header - 1]:
        button = _BUTTON.match(line)
        if button is not None:
            run.append(button.group(1))
        elif line.strip() or len(run) >= _MIN_BUTTONS:
            if len(run) >= _MIN_BUTTONS:
                break
            run = []
    return "parent" in run


def nest_by_parent_links(comments: list[ParsedComment], lines: Sequence[str]) -> list[ParsedComment] | None:
    """Flat ``comments`` nested by the links on their header lines (Hacker News: "jnorth 4 hours
    ago | parent | next [–]"): a comment without "parent" starts a thread, one with "parent" but
    no "root" answers the thread's first comment, one with "root | parent" too answers a reply (the
    latest in the thread). None where a header prints no such row of links, or no "parent" at all."""
    comments = sorted((comment for _, comment in walk(comments)), key=lambda comment: comment.line or 0)
    # A removed comment's header has no name: the comment starts at its placeholder, under the row.
    rows = [_LINK_ROW.search(lines[(comment.line or 1) - 1]) or _LINK_ROW.search(lines[max(0, (comment.line or 1) - 2)]) for comment in comments]
    if len(comments) < 2 or any(row is None or comment.line is None for row, comment in zip(rows, comments, strict=True)):
        return None
    kinds = [_PARENT_LINK.search(row.group(0)) if row is not None else None for row in rows]
    if not any(kinds):
        return None
    roots: list[ParsedComment] = []
    reply: ParsedComment | None = None  # the thread's latest reply
    for comment, kind in zip(comments, kinds, strict=True):
        comment.replies = []
        if kind is None or not roots:
            roots.append(comment)
            reply = None
            continue
        parent = reply if kind.group("root") and reply is not None else roots[-1]
        parent.replies.append(comment)
        reply = comment
    return roots


def nest_by_indent(comments: list[ParsedComment], indents: list[int]) -> list[ParsedComment]:
    """Comments at different indents, in page order (elinks applies a page's CSS: lists without
    markers, replies indented a step deeper; a wiki indents a reply under the post it answers): a
    comment answers the nearest one above it that is indented less."""
    roots: list[ParsedComment] = []
    open_stack: list[tuple[int, ParsedComment]] = []
    for comment, indent in zip(comments, indents, strict=True):
        while open_stack and open_stack[-1][0] >= indent:
            open_stack.pop()
        (open_stack[-1][1].replies if open_stack else roots).append(comment)
        open_stack.append((indent, comment))
    return roots


def nest_by_parent_buttons(comments: list[ParsedComment]) -> list[ParsedComment] | None:
    """Flat ``comments`` nested by the row of bracketed buttons under each one's text, which offers
    a link to the comment answered only under a reply (LiveJournal: "(Reply) (Thread)" under a
    thread's first comment, "(Reply) (Parent) (Thread)" under a reply). The page prints its thread
    depth first, so a reply answers the comment just above it: right for a chain of answers, the
    nearest guess for a second answer to the same comment, which the row does not tell apart.
    None where a comment other than a removed one's placeholder has no such row, or none a "Parent"."""
    comments = sorted((comment for _, comment in walk(comments)), key=lambda comment: comment.line or 0)
    kinds: list[bool | None] = []  # per comment: a reply, a thread's start, or unknown (a placeholder)
    for comment in comments:
        row = _bracket_row(comment.body)
        if row is None and not is_removed_placeholder(comment.body.strip()):
            return None
        kinds.append(None if row is None else any(button in _PARENT_BUTTONS for button in row))
    if len(comments) < 2 or not any(kinds):
        return None
    roots: list[ParsedComment] = []
    for number, (comment, reply) in enumerate(zip(comments, kinds, strict=True)):
        comment.replies = []
        (comments[number - 1].replies if reply and number else roots).append(comment)
    return roots


def _bracket_row(body: str) -> list[str] | None:
    """The buttons of the last row of bracketed buttons in a comment's text, lower-cased."""
    for line in reversed(body.split("\n")):
        text = line.strip()
        if text[:1] == "(" and _BRACKET_ROW.match(text) is not None:
            return [button.strip().lower() for button in re.findall(r"\(([^()]*)\)", text)]
    return None


def nest_by_reply_counts(comments: list[ParsedComment], lines: Sequence[str]) -> list[ParsedComment] | None:
    """Flat ``comments`` nested by the line under a comment that shows or hides its replies and
    counts them ("Ukryj odpowiedzi (2)", "Show 3 replies"): the page prints a thread depth first,
    so a comment's direct replies follow it, each with its own replies first where it counts any.
    A comment without such a line has none. None where no comment counts any, or where a count
    runs past the comments there are (the lines count something else)."""
    if any(comment.replies and not is_removed_placeholder(comment.body.strip()) for comment in comments):
        return None  # the page named the parents ("Reply to …"), which says more
    comments = sorted((comment for _, comment in walk(comments)), key=lambda comment: comment.line or 0)
    if len(comments) < 2 or any(comment.line is None for comment in comments):
        return None
    bounds = [(comment.line or 1) - 1 for comment in comments] + [min(len(lines), (comments[-1].line or 1) + _TAIL_LINES)]
    counts = [_reply_count(lines, bounds[k], bounds[k + 1]) for k in range(len(comments))]
    if not any(counts) or any(count > len(comments) - 1 - k for k, count in enumerate(counts)):
        return None
    for comment in comments:
        comment.replies = []
    roots: list[ParsedComment] = []
    owed: list[list[int]] = []  # [index into comments, direct replies still to come], outermost first
    for number, comment in enumerate(comments):
        while owed and owed[-1][1] <= 0:
            owed.pop()
        if owed:
            comments[owed[-1][0]].replies.append(comment)
            owed[-1][1] -= 1
        else:
            roots.append(comment)
        if counts[number]:
            owed.append([number, counts[number]])
    return roots


def _reply_count(lines: Sequence[str], start: int, stop: int) -> int:
    """The count on the comment's line that shows or hides its replies (0: no such line): one
    number, a word for replies and only words for showing or hiding besides."""
    for line in lines[start:stop]:
        text = line.strip().lower()
        if not text or len(text) > _MAX_COUNT_LINE or not any(ch.isdigit() for ch in text):
            continue
        if (labelled := _LABELLED_COUNT.match(text)) is not None:
            return int(labelled.group(1))  # "답글 2"
        words = re.findall(r"[^\W\d_]+", text)
        numbers = re.findall(r"\d+", text)
        if (
            len(numbers) == 1
            and any(word in _COUNT_NOUNS for word in words)
            and any(word in _COUNT_VERBS for word in words)
            and all(word in _COUNT_NOUNS or word in _COUNT_VERBS for word in words)
        ):
            return int(numbers[0])
    return 0


def nest_by_layout(comments: list[ParsedComment], lines: Sequence[str]) -> list[ParsedComment] | None:
    """Flat ``comments`` nested by what the layout prints about each, None where it prints none of
    it: each header counts its replies (old Reddit) or links to its parent (Hacker News), a reply's
    buttons offer its parent (LiveJournal), or a line under a comment counts its replies."""
    return (
        nest_by_child_counts(comments, lines)
        or nest_by_parent_links(comments, lines)
        or nest_by_parent_buttons(comments)
        or nest_by_reply_counts(comments, lines)
    )
