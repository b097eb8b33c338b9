"""Which lines of a text dump anchor a forum's posts: the one line of each post's header that only a
forum post has (``page_forum_thread`` reads the header over it and the text under it).

The post's number alone ("#3", XenForo, vBulletin 5), the poster and time after the post icon
("Post by Fenwick » Fri Oct 25, 2024 8:48 am", phpBB), the time, number and poster on one line
("hace 1 semana, 4 días #5524 por Manoli_Rguez", Kunena), the subject, poster and time ("Re: <subject>
by tundeeko(m): 8:31am On Mar 12", Nairaland) or "Posted" before the time (Invision). A page's posts
are anchored by the kind it has most of.
"""

from __future__ import annotations

import re
from typing import Final

from threads.comment_header import header_time
from threads.date_lines import date_line
from threads.forum_words import FORUM_BY_WORDS, FORUM_POSTED_WORDS
from threads.name_glue import is_short_day
from threads.page_furniture import BULLET_GLYPHS, strip_bullets
from threads.page_words import alternation

# "#3" alone (a share icon's bullet before it), or with the day after it ("#3Jun 3", Flarum).
POST_NUMBER: Final = re.compile(r"^#(?P<number>\d{1,6})(?:\s*(?P<stamp>\S.{0,40}))?$")
# "Post by Fenwick » Fri Oct 25, 2024 8:48 am": one word (the icon's alt text) before "by".
_POST_BY: Final = re.compile(
    rf"(?i)^\S{{1,12}}?\s*{alternation(FORUM_BY_WORDS)}\s+(?P<name>\S.{{0,40}}?)\s+»\s+(?P<stamp>\S.{{4,60}})$"
)
# Kunena's "hace 1 semana, 4 días #5524 por Manoli_Rguez": the time, the post's number, the poster.
_STAMP_NUMBER_BY: Final = re.compile(
    rf"(?i)^(?P<stamp>\S.{{2,60}}?)\s+#\d{{1,7}}\s+{alternation(FORUM_BY_WORDS)}\s+(?P<name>\S.{{0,40}}?)\s*$"
)
# Nairaland's "Re: <subject> by tundeeko(m): 8:31am On Mar 12": the subject, the poster (a gender
# mark after the name) and the time after a colon; the renderer may wrap the day onto the next line.
_SUBJECT_BY: Final = re.compile(
    rf"(?i)^\S.{{0,100}}?\s{alternation(FORUM_BY_WORDS)}\s+(?P<name>[^\s:]{{1,40}}?)(?:\([^)\s]{{1,3}}\))?:\s+"
    r"(?P<stamp>\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+\S.{0,30})?)$"
)
# The clock such a header ends with, or stands a short date before the end of ("8:31am On Mar 12"):
# looked for in the line's tail before the pattern above is tried on any line holding ": ".
_CLOCK_AT_END: Final = re.compile(r"\d[:.]\d\d")
_CLOCK_TAIL: Final = 48
# "Posted November 12", not "Posted by Anonymous on 3/13/2010" (an ordinary comment's header).
_POSTED: Final = re.compile(
    rf"(?i)^{alternation(FORUM_POSTED_WORDS)}\s+(?!{alternation(FORUM_BY_WORDS)}\s)(?P<stamp>\S.{{2,40}})$"
)
# The posted words as line openings, tested in C before the pattern ("Posted ...").
_POSTED_PREFIXES: Final = tuple(f"{word} " for word in FORUM_POSTED_WORDS)
# A line that may open with a posted word after blanks and bullets, tested in C before the rest.
_BULLETS: Final = re.escape("".join(sorted(BULLET_GLYPHS)))
_POSTED_START: Final = re.compile(rf"(?i)\s*(?:[{_BULLETS}](?:[ \t]+|$))*{alternation(FORUM_POSTED_WORDS)} ")
HEADER_CHARS: Final = 64  # a header line: a name, rank, card line, subject ("Re: …"), date
MIN_NUMBERED: Final = 3  # "#1", "#2", "#3": a thread, not one comment's permalink
MIN_POSTS: Final = 2


def post_anchors(lines: list[str], end: int) -> list[tuple[int, str | None, str | None]] | None:
    """The posts' anchor lines (index, poster's name if the line gives it, time), of the kind the
    page has most of; None if it has too few."""
    numbered: list[tuple[int, str | None, str | None]] = []
    by: list[tuple[int, str | None, str | None]] = []
    posted: list[tuple[int, str | None, str | None]] = []
    last = 0
    for index in range(end):
        line = lines[index]
        if not line or len(line) > HEADER_CHARS + 20:
            continue
        # Most lines of a page hold none of the three marks: they are passed over in C.
        text = None
        if "#" in line:
            text = strip_bullets(line)
            if text[:1] == "#":
                match = POST_NUMBER.match(text)
                if match is not None and int(match["number"]) > last and _is_stamp(match["stamp"]):
                    last = int(match["number"])
                    numbered.append((index, None, match["stamp"]))
                continue
            if (stamped := _STAMP_NUMBER_BY.match(text)) is not None and date_line(stamped["stamp"]) is not None:
                by.append((index, stamped["name"], stamped["stamp"]))
                continue
        if ": " in line and _CLOCK_AT_END.search(line, max(0, len(line) - _CLOCK_TAIL)) is not None and (
            subject := _SUBJECT_BY.match(text or strip_bullets(line))
        ) is not None:
            by.append((index, subject["name"], subject["stamp"]))
            continue
        if "»" in line:
            by_match = _POST_BY.match(text or strip_bullets(line))
            if by_match is not None and date_line(by_match["stamp"]) is not None:
                by.append((index, by_match["name"], by_match["stamp"]))
            continue
        if _POSTED_START.match(line) is None:
            continue
        text = text or strip_bullets(line)
        if text[:16].lower().startswith(_POSTED_PREFIXES):
            posted_match = _POSTED.match(text)
            if posted_match is not None and _is_stamp(posted_match["stamp"]):
                posted.append((index, None, posted_match["stamp"]))
    best = max((by, posted), key=len)
    if len(numbered) >= MIN_NUMBERED and len(numbered) >= len(best):
        return numbered
    return best if len(best) >= MIN_POSTS else None


def _is_stamp(text: str | None) -> bool:
    """No time at all ("#3" alone), or one ("Jun 3", "Thursday at 07:12 PM", "November 12")."""
    if text is None:
        return True
    return date_line(text) is not None or is_short_day(text) or header_time(text) is not None or (
        any(ch.isdigit() for ch in text) and len(text.split()) <= 5
    )
