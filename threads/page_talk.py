"""A wiki talk page in a text dump (MediaWiki, #15): each post ends with its writer's signature, a
link to their talk page and the time ("… Marta Kovač (talk) 14:22, 3 April 2023 (UTC)[reply]",
"… --Lukas Brenner (Diskussion) 12:45, 29. Mär. 2025 (CET)[Antworten]"), and a reply is indented
one step deeper than the post it answers ("::" in the wiki text; four blanks in w3m).

The signatures are found in the page's text with blanks and line breaks allowed anywhere between
their parts (a dump wraps them anywhere); a post is the lines from the one after the previous
signature, or from its paragraph's first line, to the line its signature ends on. A post answers
the nearest post above it that is indented less; one at the margin opens a thread of its own.
``page_parser`` asks this first, as it asks ``page_forum_thread``.
"""

from __future__ import annotations

import re
from typing import Final

from threads.html_time import parse_time
from threads.model import ParsedComment
from threads.page_child_counts import nest_by_indent
from threads.page_words import REPLY_WORDS, TALK_WORDS, UNSIGNED_WORDS, alternation
from threads.text import tidy_line

# "(talk) 14:22, 3 April 2023 (UTC)[reply]", wrapped anywhere: "(\nDiskussion) 23:58, …", "(CET)[\nAntworten]";
# with the contributions link in the brackets too ("(Diskussion | Beiträge)").
_SIGNATURE: Final = re.compile(
    rf"(?i)\(\s*{alternation(TALK_WORDS)}(?:\s*[|·]\s*[^()|·\n]{{1,24}})?\s*\)\s*(?P<clock>\d{{1,2}}:\d{{2}}),\s*(?P<date>[^()\n]{{4,40}}?(?:\n[^()\n]{{1,30}}?)?)"
    rf"\s*\((?P<zone>(?-i:[A-Z]{{2,5}}))\)(?:\s*\[\s*{alternation(REPLY_WORDS)}\s*\])?"
)
# Where a name starts before "(talk)": after a sentence's end or a signature's dash.
_NAME_BEFORE: Final = re.compile(
    r"(?:^|[.!?:;\"“”)]\s|--|—\s*)\s*(?P<name>[^\s.!?\"“”()—-][^.!?\"“”()^]{0,40}?)\s*\^?\s*\(\s*$"
)
# An unsigned post's note before the address it came from ("— Preceding unsigned comment added by
# 203.0.113.44 (talk)"): it names nobody.
_UNSIGNED: Final = re.compile(rf"(?i)[\s—–-]*{alternation(UNSIGNED_WORDS)}\s+\S{{1,45}}\s*\^?\s*\(\s*$")
_MIN_POSTS: Final = 3


def read_talk_page(lines: list[str]) -> tuple[int, list[ParsedComment]] | None:
    """Where the article ends and the talk page's posts as a reply tree; None where fewer than
    three signatures are there (no talk page)."""
    text = "\n".join(lines)
    if "(" not in text:
        return None
    signatures = list(_SIGNATURE.finditer(text))
    if len(signatures) < _MIN_POSTS:
        return None
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    posts: list[ParsedComment] = []
    indents: list[int] = []
    after = 0  # the first line after the previous post
    first = None
    for signature in signatures:
        end = text.count("\n", 0, signature.end())
        sign_line = text.count("\n", 0, signature.start())
        start = _post_start(lines, after, sign_line)
        after = end + 1
        if start is None:
            continue
        first = start if first is None else first
        indents.append(len(lines[start]) - len(lines[start].lstrip()))
        posts.append(_post(text[starts[start] : signature.start()], signature, start))
    if first is None:
        return None
    return first, nest_by_indent(posts, indents)


def _post_start(lines: list[str], after: int, sign_line: int) -> int | None:
    """The first line of the post whose signature starts on ``sign_line``: right after the
    previous post where no blank line parts them (replies follow one another so), else the first
    line of the signature's paragraph."""
    start = sign_line
    while start > after and lines[start - 1].strip():
        start -= 1
    return start if lines[start].strip() else None


def _post(own: str, signature: re.Match[str], start: int) -> ParsedComment:
    """The post ending with ``signature``: its text without the signature, its writer and time."""
    flat = " ".join(own.split()) + " ("
    name = None
    unsigned = _UNSIGNED.search(flat)
    if unsigned is not None:
        body = flat[: unsigned.start()]
    elif (named := _NAME_BEFORE.search(flat)) is not None:
        name, body = named.group("name").strip(), flat[: named.start("name")].rstrip(" -—")
    else:
        body = flat[:-2]
    stamp = " ".join(f"{signature.group('date')} {signature.group('clock')} {signature.group('zone')}".split())
    return ParsedComment(body=tidy_line(body), author_name=name, created_at=parse_time(stamp), line=start + 1)
