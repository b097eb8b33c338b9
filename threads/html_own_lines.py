"""A comment's own lines, once its named parts (name, time, buttons) are read off: what those
parts leave behind is not the commenter's words, and lines quoting another by ">" are marked as
quotes, as a quote element's are (``html_dom.node_lines``)."""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborNode

from threads.comment_header import is_label_line
from threads.html_dom import in_other_comment, is_quoted_line
from threads.html_quotes import is_quote_header
from threads.html_reply_to import is_reply_to_line
from threads.page_furniture import is_date_line, is_furniture_line
from threads.page_words import SAYS_WORDS, alternation
from threads.removed_placeholders import is_removed_placeholder

# A line of separators only: the dot between a name and its date, left once both are read.
_SEPARATOR: Final = re.compile(r"^[\s·•|/\-–—:,.]+$")
# A short first line ending in a header's separator (or opening with one), the part beyond it
# read off: Nextdoor's neighbourhood in "Kooringal East · 2 d ago", Substack's publication,
# LinkedIn's "• 2nd" connection degree after the name.
_HANGING_SEPARATOR: Final = re.compile(r"\S\s*[·•]$|^[·•]\s*\S")
_HEADER_PART_CHARS: Final = 60
# "says:" alone, the name before it read off (or a name for nobody: "অতিথি বলেছেন:", Guest says:)
_SAYS_ALONE: Final = re.compile(rf"(?i)^(?:{alternation(SAYS_WORDS)})\s*:?$")


def _action_row(line: str) -> bool:
    """A row of buttons, counts and a short age apart by dots, its classes gone ("Like · Reply ·
    21 · 2y", the Facebook plugin's under archive.today): every part is furniture."""
    if " · " not in line or len(line) > _MAX_ACTION_ROW:
        return False
    parts = [part.strip() for part in line.split(" · ")]
    return all(is_furniture_line(part) or _COUNT_OR_AGE.match(part) is not None for part in parts)


_MAX_ACTION_ROW: Final = 80
_COUNT_OR_AGE: Final = re.compile(r"^\d{1,6}(?:\s?[^\W\d_]{1,5}\.?)?$")  # "21", "2y", "3 Std."
# A comment's number alone on a line: "#7", "No. 12".
_NUMBER_LABEL: Final = re.compile(r"(?i)^(?:#|no\.?\s*)\d{1,5}$")


def own_lines(lines: list[str]) -> list[str]:
    """``lines`` without furniture, separators and a header's leftover; quotes marked."""
    lines = [line for line in lines if not is_furniture_line(line) and not _SEPARATOR.match(line) and not _action_row(line)]
    while len(lines) > 1 and (
        is_label_line(lines[0]) or _NUMBER_LABEL.match(lines[0]) is not None or _label_then_date(lines[0])
        or (len(lines[0]) <= _HEADER_PART_CHARS and _SAYS_ALONE.match(lines[0]) is not None)
    ):
        lines = lines[1:]  # a badge or the comment's number alone over the text ("Staff", "#7"), its class gone; "says:"
    if len(lines) > 1 and len(lines[0]) <= _HEADER_PART_CHARS and (
        _HANGING_SEPARATOR.search(lines[0]) or is_reply_to_line(lines[0])
    ):
        lines = lines[1:]  # (or a line saying whom the comment answers: a Persian site's "در پاسخ به سمیه")
    if lines and lines[0].startswith(">"):
        _quote_marked_lines(lines)
    elif len(lines) > 1 and lines[1].startswith(">") and is_quote_header(lines[0]):
        # a mail's "On Sat, 26 Oct 2024 at 22:31, X <x@…> wrote:" over the lines it quotes
        lines[0] = f"\u201c{lines[0]}\u201d"
        _quote_marked_lines(lines, 1)
    elif len(lines) > 1 and is_quoted_line(lines[1]) and is_quote_header(lines[0]):
        # the header over a quote element, outside it ("<span class=quote>Marta napisał(a):</span>
        # <blockquote>…", JComments): the quote's, not the commenter's words
        lines[0] = f"\u201c{lines[0]}\u201d"
    return lines


def _label_then_date(line: str) -> bool:
    """A badge, then the date, on the header's line once the name is out of it ("Journaliste Le
    27/10/2024 à 08h30": a staff reply's badge between its name and its time, classes gone)."""
    words = line.split()
    if len(line) > _HEADER_PART_CHARS or len(words) < 2 or not any(c.isdigit() for c in line):
        return False
    return any(
        is_label_line(" ".join(words[:count])) and is_date_line(" ".join(words[count:])) for count in range(1, min(3, len(words) - 1) + 1)
    )


def _quote_marked_lines(lines: list[str], start: int = 0) -> None:
    """Lines a comment opens with that quote by a leading ">" (Hacker News, an imageboard's
    "greentext", after its ">>2914095"; a mail's, from ``start``): the words answered, in
    quotation marks as a quote element's are."""
    for index, line in enumerate(lines[start:], start):
        if line.startswith(">>") and index == 0:
            continue
        if not line.startswith(">") or line.startswith(">>"):
            return
        lines[index] = f"\u201c{line[1:].strip()}\u201d"


def removed_label(node: LexborNode, comment_ids: set[int]) -> str | None:
    """The placeholder a removed comment shows in its header, its text box left empty
    (Substack's "Comment deleted" beside the date): the comment's only words, so that the replies
    under it answer something a moderator can see. Not a reply's, nested inside."""
    for element in node.traverse():
        if not element.is_element_node or element.child is None or not element.child.is_text_node:
            continue
        text = " ".join((element.text(deep=True) or "").split())
        if is_removed_placeholder(text) and not in_other_comment(element, node, comment_ids):
            return text
    return None
