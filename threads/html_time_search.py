"""A time inside a longer line: a name, the date and a reply link printed in one element, a
post's number after its time ("2024.05.13. 10:02 #2"), a byline ("by Ron on 3/13/2010 at 9:47
PM"). ``html_time.parse_time`` reads a whole value; this finds the span of a line it can read."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Final

from threads.html_time import MONTHS, parse_time
from threads.month_names import month_number


def time_in_text(text: str) -> datetime | None:
    """The date within a longer line: "Greg Halloran March 4, 2024 at 3:12 pm - Reply" (Avada
    prints the name, the date and the reply link in one element), where reading the whole line
    fails. The spans tried start at a month name or a number and end at most ten words later
    (Spanish "12 de marzo de 2024 a las 9:47 a. m." takes ten),
    longest first; only a span holding a year can parse, so most cost a pattern test. (Or at a
    number in brackets: a talkback's "דוד, לוד (28.10.23) 21:40", its day bracketed.)"""
    # (a label's full-width colon runs into its date: "投稿日：2025/11/10(月) 21:14 JST")
    words = (text.replace("：", "： ") if "：" in text else text).split()
    if len(words) > _MAX_WORDS_SEARCHED:
        return None
    for start, word in enumerate(words):
        head = word.lower().rstrip(".,")
        if not (head[:1].isdigit() or head[:1] == "(" and head[1:2].isdigit() or head in MONTHS or month_number(head) is not None):
            continue
        for end in range(min(len(words), start + _SPAN_WORDS), start, -1):
            span = " ".join(words[start:end])
            found = parse_time(span)
            if found is not None and _holds_its_year(span, found):
                return found
    return None


_SPAN_WORDS: Final = 10


def _holds_its_year(span: str, found: datetime) -> bool:
    """Whether a span that prints a full year was read in that year (within a day's shift to
    UTC): dateutil's fuzzy reading of "14 months? « on: March 09, 2024," takes the "09" for the
    year, the "14" before it for the day and "2024" for the time."""
    years = {int(year) for year in _FULL_YEAR.findall(span)}
    return not years or any(abs(found.year - year) <= 1 for year in years)


_FULL_YEAR: Final = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


_MAX_WORDS_SEARCHED: Final = 40
