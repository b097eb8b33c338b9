"""A top-level comment whose first line is a reply label and an earlier commenter's name
("membalas Rina Marlina" in Komento, "മറുപടി ഫാത്തിമ സുഹ്റ" in wpDiscuz, "reply In reply to
Clint Hargrove" in Coral with its icon's ligature), or a name that is two names apart by an icon's
gap (Komento 4's "Luis Alberto Rondón    Yusmary Quintero"): the readers that found no parent left
that name in place. The comment answers that commenter's latest comment above it, and the line is
no part of its text.

The label must be one the pages print for replying (``page_words``) and the name must be, whole,
an earlier commenter's, so a sentence that opens with "Reply to Maria, …" is left alone.
"""

from __future__ import annotations

from typing import Final

from threads.comment_names import clean_name
from threads.model import ParsedComment, walk
from threads.page_words import REPLY_TO_WORDS, REPLY_WORDS

_LABELS: Final = frozenset(word.casefold() for word in (*REPLY_TO_WORDS, *REPLY_WORDS))
_MAX_LABEL_WORDS: Final = 4
_MAX_LINE_CHARS: Final = 100
# The ligature text of a Material icon that w3m prints before the label it decorates.
_ICON_WORDS: Final = frozenset({"reply"})
_ICON_GAP: Final = "   "  # (an icon between two names, printed as blanks)


def nest_by_reply_lines(roots: list[ParsedComment]) -> list[ParsedComment]:
    """``roots`` with each top-level comment that names its parent in its first line moved under
    that parent, the line taken off its text."""
    if len(roots) < 2 or not any(root.author_name for root in roots):
        return roots
    order = [comment for _path, comment in walk(roots)]
    if any(comment.line is None for comment in order):
        return roots
    order.sort(key=lambda comment: comment.line or 0)
    top = {id(root) for root in roots}
    moved: set[int] = set()
    for position, comment in enumerate(order):
        if id(comment) not in top:
            continue
        gapped = _gapped_names(comment.author_name)
        if gapped is not None and (parent := _latest_by(order[:position], gapped[1])) is not None:
            comment.author_name = gapped[0]  # "Luis Alberto Rondón    Yusmary Quintero" (Komento 4)
            parent.replies.append(comment)
            moved.add(id(comment))
            continue
        first, _sep, rest = comment.body.partition("\n")
        if not rest.strip() or len(first) > _MAX_LINE_CHARS:
            continue
        name = _named(first.strip())
        if name is None:
            continue
        parent = _latest_by(order[:position], name)
        if parent is None:
            continue
        parent.replies.append(comment)
        comment.body = rest.lstrip("\n")
        moved.add(id(comment))
    return [root for root in roots if id(root) not in moved]


def _gapped_names(author: str | None) -> tuple[str, str] | None:
    """(author, name answered) of a header that prints both apart by the gap where an icon stood
    (Komento 4's "Luis Alberto Rondón ▸ Yusmary Quintero", the caret drawn as blanks)."""
    if not author or _ICON_GAP not in author:
        return None
    own, _gap, answered = author.partition(_ICON_GAP)
    own, answered = own.strip(), answered.strip()
    return (own, answered) if own and answered and _ICON_GAP not in answered else None


def _named(line: str) -> str | None:
    """The name after a reply label that opens ``line`` ("" for a word for nobody), or None."""
    words = line.split()
    start = 1 if len(words) > 2 and words[0].casefold() in _ICON_WORDS else 0
    for end in range(start + 1, min(len(words), start + _MAX_LABEL_WORDS + 1)):
        label = " ".join(words[start:end]).casefold().rstrip(":")
        if label in _LABELS:
            cleaned = clean_name(" ".join(words[end:]).lstrip("@"))  # (read as authors are: "B4 西屯林小姐", a floor and the name)
            return cleaned if cleaned is not None else ""
    return None


def _latest_by(earlier: list[ParsedComment], name: str) -> ParsedComment | None:
    """The latest comment in ``earlier`` by ``name`` ("": by nobody named)."""
    wanted = name.casefold()
    for comment in reversed(earlier):
        author = (comment.author_name or "").casefold()
        if author == wanted:
            return comment
    return None
