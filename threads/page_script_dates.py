"""Time stamps in text dumps written the way scripts other than the Latin one write dates.

Japanese, Chinese and Korean pages print "2024年3月5日 07:48", "2024年3月5日上午9:05" or
"2024.03.05 09:14", often run straight into the name before them ("黃小姐2024年3月5日上午9:05": the
script has no spaces between words); Arabic and Hindi pages put the half of the day after the clock
("الثلاثاء 5 مارس 2024 - 10:40 ص", "5 मार्च 2024 को 8:10 पूर्वाह्न"); Thai pages count years from
the Buddha ("5 มี.ค. 2567 เวลา 07:45 น."). The header patterns of ``page_furniture`` and
``comment_header`` are built for Latin-script stamps and miss all of these.

Reading such a date is ``html_time.parse_time``'s job, which the HTML reader already uses for the
same pages, so this module does not read dates itself: it only proposes where a stamp could start
(a number, or a day of the week) and lets ``parse_time`` say whether the rest of the line is one.
It is asked only about lines holding a character outside Latin-1 and a digit, after the Latin
patterns failed, so English and most European pages never reach it.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Final

from threads.calendars import is_bikram_month
from threads.html_time import parse_time
from threads.month_names import is_weekday, month_number
from threads.name_words import BADGE_WORDS

# Where a stamp may start: a number after a non-digit (after a blank, or run into a CJK name),
# or a word (a day of the week, checked with ``is_weekday``) after a blank.
_STARTS: Final = re.compile(r"(?<![\d.:/-])\d|(?<!\S)[^\W\d_]")
# A permalink's number after the stamp ("30 Μαρτίου 2024, 19:05 #1": Komento), no part of the time.
_PERMALINK_NUMBER: Final = re.compile(r"\s+#\d{1,6}$")
_MAX_CHARS: Final = 100
# Separators between the name and the stamp.
_NAME_TAIL: Final = " \t,·|–—-:"


def is_script_date(text: str) -> bool:
    """Whether ``text`` (stripped) is only a time stamp in a non-Latin script's own form."""
    return _script_time(text) is not None


def _script_time(text: str) -> datetime | None:
    if not text or len(text) > _MAX_CHARS or not _worth_trying(text) or not _may_start(text, 0):
        return None
    return parse_time(_without_permalink(text))


def name_then_script_date(text: str) -> tuple[str, datetime] | None:
    """A header line's name and time where the time is a non-Latin script's stamp ("北村 早苗
    2024年3月5日 07:48", "黃小姐2024年3月5日上午9:05"), or None. The longest tail that
    ``parse_time`` reads is the time; the name before it must not be empty."""
    if not text or len(text) > _MAX_CHARS or not _worth_trying(text):
        return None
    text = _without_permalink(text)
    for start in _STARTS.finditer(text):
        at = start.start()
        if at == 0:
            continue
        if not _may_start(text, at):
            continue
        name = text[:at].rstrip(_NAME_TAIL)
        if not name:
            continue
        found = parse_time(text[at:])
        if found is not None:
            return name, found
    return _glued_month(text)


def _glued_month(text: str) -> tuple[str, datetime] | None:
    """... where the page put no blank between the name and a month's name, in a script without
    capitals to show the seam: Tamil "ரம்யா - அண்ணா நகர், மதுரைமே 21, 2024 04:40 PM" (the
    town, then "மே", May). The seam is the start of the longest month name ending a word before a
    number."""
    for word in _WORD_BEFORE_NUMBER.finditer(text):
        token = word.group()
        for cut in range(1, len(token)):
            if ord(token[cut]) > _LATIN_END and month_number(token[cut:].lower()) is not None:
                name = text[: word.start() + cut].rstrip(_NAME_TAIL)
                found = parse_time(text[word.start() + cut :]) if name else None
                if found is not None:
                    return name, found
                break
    return None


_WORD_BEFORE_NUMBER: Final = re.compile(r"\S{2,}(?=\s+\d)")
_LATIN_END: Final = 0x24F


def _without_permalink(text: str) -> str:
    return _PERMALINK_NUMBER.sub("", text) if text[-1].isdigit() and "#" in text else text


def _may_start(text: str, at: int) -> bool:
    """Whether a stamp may start at ``text[at]``: a digit, a day of the week ("الثلاثاء 5 مارس
    2024") or a month (Amharic WordPress's "ማርች 13, 2024"). dateutil, under ``parse_time``, reads a name before a date as noise, so no stamp may
    start with other words."""
    if text[at].isdigit():
        return True
    end = text.find(" ", at)
    word = text[at:end].rstrip(",.،").lower()
    # or a month: "ማርች 13, 2024 በ 9:15 ጥዋት", a Nepali paper's Bikram Sambat "चैत १७, २०८० बिहान ८:०५"
    return end > at and (is_weekday(word) or month_number(word) is not None or is_bikram_month(word))


def _worth_trying(text: str) -> bool:
    """A cheap test first: a digit, and a character beyond Latin-1 (most lines of most pages fail)."""
    if text.isascii():
        return False
    return any(c.isdigit() for c in text) and any(ord(c) > 0x24F for c in text)


def without_script_badge(name: str) -> str:
    """A name without a badge that a script without spaces runs into it ("北村早苗有料会員",
    "李家明作者": paid member, author); the badge words are ``page_words.BADGE_WORDS``."""
    if name.isascii():
        return name
    for badge in _GLUED_BADGES:
        if len(name) > len(badge) and name.endswith(badge) and ord(name[-len(badge) - 1]) > 0x2E7F:
            return name[: -len(badge)]
    return name


# Badges in scripts that write no spaces between words (CJK, Thai), longest first.
_GLUED_BADGES: Final = tuple(
    sorted((word for word in BADGE_WORDS if word and ord(word[0]) > 0x2E7F), key=len, reverse=True)
)
