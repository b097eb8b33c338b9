"""The flat reader's cheap pass: which short lines of a dump may end with a comment's time.

``page_flat.find_flat_section`` reads every line of a page for headers; most are article text. A
header is, or sits just over, a line ending the way a time or "says:" ends ("9:12", "2019", "10:05
pm", "3 hours ago", "il y a 3 h", "… 09:15 ص", "3d" alone), and only such lines are read closely.
Each test looks at the line's last characters first: it runs on nearly every line of a page.
"""

from __future__ import annotations

import re
from typing import Final

from threads.header_fields import has_reply_field
from threads.name_glue import is_short_day
from threads.page_furniture import without_reply
from threads.relative_words import RELATIVE_PATTERN, has_relative_cue, relative_start
from threads.time_words import CLOCK_AFTER_WORDS, CLOCK_HALF_LETTERS, CLOCK_HALF_PAIRS, STAMP_TAILS

# How a time ("9:12", "2019", "10:05 pm", "3 hours ago", "8:12 a.m.") or "says:" ends a line.
_STAMP_ENDINGS: Final = frozenset("oOmM:")
# A relative time in one short word on a line of its own: "3d", "14h", "5m" (Discourse).
COMPACT_AGO: Final = re.compile(r"^\d{1,3}[mhdw]$")
# A name's last word, then a compact relative time after a blank: "Dave Marsh 1d" (Viafoura, elinks).
_NAME_COMPACT_AGO: Final = re.compile(r"[^\W\d]\s\d{1,3}[mhdw]\s*$")
# A time with its zone after it ("Jan. 22, 2009 3:15 p.m. EST", "9:12am NZDT").
_ZONE_TAIL: Final = re.compile(r"(?i:\d|[ap]\.?m\.?)\s+\(?(?:[A-Z]{2,5}|[А-ЯЁ]{2,5})\)?\s*$")  # "… 08:17 МСК", "(UTC)" too
# A relative time in any of relative_words' languages ending the line: for the units whose endings
# ``STAMP_TAILS`` (the fast test, by the last four letters) does not list ("il y a 3 semaines").
_RELATIVE_END: Final = re.compile(rf"(?i)(?:{RELATIVE_PATTERN})\s*$")
_RELATIVE_LINE_CHARS: Final = 60
# A digit and a blank before a unit cut to one letter ("il y a 3 h", "il y a 2 j").
_CUT_UNIT_BEFORE: Final = frozenset(f"{digit} " for digit in "0123456789")


def may_end_stamp(line: str) -> bool:
    """Whether ``line`` (not blank) may end with a comment's time or "says:", or hold a time with
    buttons after it: a cheap test before the header is read."""
    tail = line.rstrip()[-4:]
    last = tail[-1:]
    size = len(line)
    return bool(last) and (
        last.isdigit()
        or last in _STAMP_ENDINGS
        or tail in STAMP_TAILS
        or " ago " in line
        or (last in "iuy" and "před " in line)  # Czech "před 2 hodinami", "před hodinou"
        or (last.isalpha() and ("пре " in line or "pre " in line))  # Serbian "пре 5 сати", "pre 3 dana"
        or ((last.isupper() or last == ")") and _ZONE_TAIL.search(line) is not None)
        or (last == ")" and tail[-2:-1].isdigit() and "(" in line)  # the time in brackets: "דני, חיפה (28.03.24, 09:14)"
        or (last in "hdw" and tail[-2:-1].isdigit() and ("·" in line or _NAME_COMPACT_AGO.search(line) is not None))  # "Jo·3h", "Dave Marsh 1d"
        or (last.isalpha() and size < 80 and "•" in line.lstrip()[1:])  # Isso's "Tobias•Gestern"
        or (last in "hj" and tail[-3:-1] in _CUT_UNIT_BEFORE)  # French cut short: "Il y a 3 h"
        or (last in CLOCK_HALF_LETTERS and tail[-3:-2].isdigit())  # Arabic "… 09:15 ص"
        or (tail[-2:] in CLOCK_HALF_PAIRS and tail[-4:-3].isdigit())  # Greek "… 11:32 πμ"
        or (last == "." and tail[-2:] in CLOCK_AFTER_WORDS and tail[-4:-3].isdigit())  # Thai "07:45 น."
        or "منذ " in line  # Arabic "منذ 3 ساعات", "منذ ساعة"
        or (tail[-2:] == " #" and line.rstrip()[:-1].rstrip()[-1:].isdigit())  # a permalink "#" after the time
        or (size <= 4 and last in "mhdw" and COMPACT_AGO.match(line) is not None)  # Discourse's "3d" alone
        or (size < 12 and (last.isalpha() or last == ".") and is_short_day(line.strip()))  # Discourse's "2 Mar", "4 nov."
        or ("|" in line and (last == "|" or (last.isalpha() and without_reply(line.rstrip()) != line.rstrip())))
        or (":" in line and has_reply_field(line))  # "By: Dana | 10/9/10 16:22 | In reply to: Staff"
        or (last == "*" and tail[-2:-1] in ".*")  # a guest's masked address after the time ("… 09:12 IP: 83.27.*.*")
        or (last.isalpha() and size < _RELATIVE_LINE_CHARS and has_relative_cue(line) and _RELATIVE_END.search(line) is not None)
        or (size < _RELATIVE_LINE_CHARS and relative_start(line.rstrip()) is not None)  # as CLDR writes it, any language
    )
