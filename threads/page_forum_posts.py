"""A forum's post in a text dump: a newspaper that runs its comments through its forum (vBulletin,
phpBB-like boards under a story) prints each comment as a post, not as a name over a date.

A dump prints such a post, inside its list item, as the post's date with its number in the thread
("02-11-2012, 08:42 PM #2"), the poster's name on the next line, a rank under it ("Senior Member",
"Guest"), the poster's card ("Join Date" over "Jun 2009", "Posts" over "1,214"), and then the text.
A post that answers another quotes it, and the quote opens with its author's name ("Quote:
Originally Posted by X"): the post answers X's latest post above it. The post number is what tells
this header from a date at the start of an ordinary comment's text.
"""

from __future__ import annotations

import re
from typing import Final

from threads.comment_header import NAME_MAX_CHARS, Header, header_time
from threads.comment_names import clean_name
from threads.forum_words import FORUM_QUOTE_WORDS, FORUM_USER_INFO_WORDS, FORUM_VIEW_POST_WORDS
from threads.model import ParsedComment
from threads.page_quotes import CLOSE, OPEN
from threads.page_words import alternation

# The post's date, then its number in the thread: "02-11-2012, 08:42 PM #2", "Today, 09:55 AM #8".
_POST_STAMP: Final = re.compile(r"^(?P<stamp>\S.{2,60}?\d{1,2}:\d{2}.{0,12}?)\s+#\d{1,7}$")


def is_post_stamp(text: str) -> bool:
    """A forum post's date with its number in the thread, the first line of its list item
    ("14.02.2025, 09:32 #2", "02-11-2012, 08:42 PM #2")."""
    return text[-1:].isdigit() and "#" in text and _POST_STAMP.match(text) is not None


USER_INFO: Final = re.compile(rf"(?i)^{alternation(FORUM_USER_INFO_WORDS)}\s*:?(?:\s+(?P<value>\S.*))?$")
# "Originally Posted Originally Posted by X View Post" (the quote's image and its link to the post,
# "View" and "Post" perhaps wrapped apart), "Quote: Originally Posted by X", "Zitat von X".
# The quote's icon may stand before it by its alt text ("[quote_icon] Zitat von X Beitrag anzeigen").
QUOTE_BY: Final = re.compile(
    rf"(?i)^(?:\[[^\]\s]{{1,20}}\]\s*)?(?:quote:?\s+)?(?:originally\s+posted\s+)?{alternation(FORUM_QUOTE_WORDS)}\s+"
    rf"(?P<name>\S.{{0,40}}?)(?:\s+(?P<view>view(?:\s+post)?|{alternation(FORUM_VIEW_POST_WORDS)}))?\s*$"
)
_RANK_MAX_WORDS: Final = 4
# How many of the lines with text under a post's card may come before its quote's line.
_QUOTE_REACH: Final = 12
_RANK_MAX_CHARS: Final = 32
_MAX_RANKS: Final = 2
_RULE: Final = " \t━═─-_"
_VALUE_MAX_CHARS: Final = 24  # "Jun 2009", "1,214", "Grand Haven, MI"


def read_post(body: str) -> tuple[Header, str, str] | None:
    """The header of a forum post that opens ``body`` (a list item's text), the poster's name as
    printed ("Unregistered", which ``Header.author`` leaves out), and the post's own text after the
    poster's card, without the line that introduces a quote; None if it is no post."""
    cut = body.find("\n")
    stamp = _POST_STAMP.match(body[:cut]) if cut > 0 else None
    if stamp is None:
        return None
    rest = body[cut + 1 :].split("\n")
    name = rest[0].strip()
    if not name or len(name) > NAME_MAX_CHARS or (name[-1] in ".!?:" and (" " in name or name[-1] != ".")):
        return None  # a sentence, not a name; a handle may end with a full stop ("ratsherr_a.D.")
    index = past_card(rest, 1)
    text_lines = rest[index:]
    while text_lines and not text_lines[-1].strip(_RULE):
        text_lines.pop()  # the rule under the post ("━━━", "═══", "----")
    reply_to = _quoted_author(text_lines)
    header = Header(author=clean_name(name), created_at=header_time(stamp["stamp"]), reply_to=reply_to)
    return header, name, "\n".join(text_lines).strip("\n")


def past_card(lines: list[str], index: int) -> int:
    """The index of the first line of the post's text: past the rank lines under the name and the
    poster's card (labels alone or with their values, each value perhaps on the line below)."""
    ranks = 0
    while index < len(lines) and ranks < _MAX_RANKS and _is_rank(lines[index].strip()):
        index += 1
        ranks += 1
    while index < len(lines):
        text = lines[index].strip()
        if not text:
            index += 1
            continue
        info = USER_INFO.match(text)
        if info is None:
            break
        index += 1
        if info["value"] is None and index < len(lines):
            value = lines[index].strip()
            if value and len(value) <= _VALUE_MAX_CHARS and USER_INFO.match(value) is None:
                index += 1
    return index


def _is_rank(text: str) -> bool:
    """A rank or badge under the name ("Senior Member", "Daily Press Staff Staff"): a few words,
    no sentence, no card label."""
    return (
        bool(text)
        and len(text) <= _RANK_MAX_CHARS
        and len(text.split()) <= _RANK_MAX_WORDS
        and text[-1] not in ".!?:,;"
        and USER_INFO.match(text) is None
    )


def _quoted_author(lines: list[str]) -> str | None:
    """The author a quote at the start of the post's text names; its introducing line (and a
    "Post" the renderer wrapped off its "View Post" link) is taken out of ``lines``."""
    # The first lines with text; past a card the reader did not know, the quote's line is among
    # the first few ("Standard", the post's icon, over "[quote_icon] Zitat von X": vBulletin 4).
    found = None
    for first in [k for k, line in enumerate(lines) if line.strip()][:_QUOTE_REACH]:
        text = lines[first].strip()
        mark = text.startswith(OPEN)  # the quote block read as a quote (``page_quotes``)
        if (found := QUOTE_BY.match(text[1:] if mark else text)) is not None:
            break
    match = found
    if match is None:
        return None
    wrapped = (match["view"] or "").lower() == "view" and lines[first + 1 : first + 2] != []
    drop = 2 if wrapped and lines[first + 1].strip().lower() == "post" else 1
    del lines[first : first + drop]
    if mark and first < len(lines):
        lines[first] = OPEN + lines[first].lstrip()
    return match["name"]


def nest_quoted_posts(roots: list[ParsedComment], posts: dict[int, tuple[str, str | None]]) -> None:
    """A post that quotes another (``posts``: id of the comment -> the poster's name as printed
    and the name its quote gives) answers the latest post above it by that name; a forum lists its
    posts flat, so only top-level ones move. Names are compared as printed, so a quote of
    "Unregistered" finds the guest's post, which names nobody."""
    seen: list[tuple[str, ParsedComment]] = []
    keep: list[ParsedComment] = []
    for root in roots:
        poster, quoted = posts.get(id(root), ("", None))
        key = quoted.casefold() if quoted else None
        parent = next((post for name, post in reversed(seen) if name == key), None) if key else None
        if parent is not None:
            parent.replies.append(root)
            set_off_quote(root, parent)
        else:
            keep.append(root)
        if poster:
            seen.append((poster.casefold(), root))
    roots[:] = keep


def set_off_quote(post: ParsedComment, quoted: ParsedComment) -> None:
    """The quoted words at the start of ``post``, in curly quotation marks as the HTML reader gives
    a quote: a dump prints them at the text's own column, so they are the opening lines whose words
    the quoted post holds (one line of the post's own at least). A text that a renderer set off
    whole as one quote (the card's column deeper than the text's) is read without those marks."""
    body = post.body
    if body.startswith(OPEN) and body.endswith(CLOSE) and "\n\n" not in body:
        body = body[1:-1]
    lines = body.split("\n")
    source = " ".join(quoted.body.split()).casefold()
    taken = 0
    for count in range(1, len(lines)):
        if " ".join(" ".join(lines[:count]).split()).casefold() not in source:
            break
        taken = count
    if taken:
        own = "\n".join(lines[taken:]).strip("\n")
        post.body = OPEN + "\n".join(lines[:taken]).strip() + CLOSE + "\n\n" + own
