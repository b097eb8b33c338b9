"""A comment's time stamp on a line of its own, under its name: "May 9, 2022 at 8:12 am",
"#2 29/03/2025 09:02", "2 novembre 2024 - 21 h 14", and the line saying whom the comment answers
before it ("In reply to Aras Mohammed 18 March 2024, 22:30").

Split from ``comment_header`` (a header's name and time read together) as one idea: the date line.
"""

from __future__ import annotations

import re
from typing import Final

from threads.month_names import is_weekday, month_number
from threads.page_furniture import (
    COMMENT_STAMP,
    NUMBER_LEAD,
    is_date_line,
    strip_bullets,
    without_reply,
    without_weekday,
)
from threads.page_script_dates import is_script_date
from threads.page_words import COMMENT_FROM_WORDS, REPLY_TO_WORDS, alternation

# The longest header line read as a name and a stamp (or a stamp alone).
HEADER_MAX_CHARS: Final = 100
_SPACED_H_CLOCK: Final = re.compile(r"(?<=\s)(\d{1,2}) h (\d{2})$")
# The visible stamp (a badge and "(Edited)" maybe) and the screen readers' header after it, which
# names the commenter and the time again: "Staff yesterday Comment from Lena M., yesterday".
_SPOKEN_STAMP: Final = re.compile(
    rf"(?i)^(?:\S.{{0,60}}?\s+)?{alternation(COMMENT_FROM_WORDS)}\s+[^,]{{1,60}},\s+(?P<time>\S.{{0,40}})$"
)
# Every time stamp has a digit or one of these words; most lines are ruled out by this alone.
_DATEISH: Final = re.compile(r"(?i)\d|ago\b|now\b|yesterday|today|назад|منذ|před\s|sitten$|önce$")
# After a time of day, a comment's vote score that a dump runs onto the line ("7:05 PM +7").
TRAILING_SCORE: Final = re.compile(r"(?i)(?<=[\dmM.])\s+[+\-−]?\d{1,6}$")


def date_line(text: str) -> str | None:
    """``text`` if it is only a time stamp (bullets and "Posted on" allowed), else None."""
    stripped = strip_bullets(text)
    if stripped[:1] == "#" and (number := NUMBER_LEAD.match(stripped)) is not None:
        stripped = stripped[number.end() :]  # the comment's number, its permalink, before the time ("#2 29/03/2025 09:02", Komento)
    if not stripped or len(stripped) > HEADER_MAX_CHARS or _DATEISH.search(stripped) is None:
        return None
    if is_date_line(stripped):
        return without_reply(without_weekday(stripped))
    if " from " in stripped or " From " in stripped:
        spoken = _SPOKEN_STAMP.match(stripped)
        if spoken is not None and is_date_line(spoken.group("time")):
            return spoken.group("time")
    if stripped[-1].isdigit() and " h " in stripped[-7:] and (
        spaced := _SPACED_H_CLOCK.sub(r"\1:\2", stripped)
    ) != stripped and is_date_line(spaced):
        return spaced  # "2 novembre 2024 - 21 h 14" (Drupal in Canadian French): the clock after a whole date
    if stripped[-1].isdigit() and " " in stripped:
        # "9/12/24, 7:05 PM +7": a vote score after the time (Remark42)
        unscored = TRAILING_SCORE.sub("", stripped)
        if unscored != stripped and is_date_line(unscored) and COMMENT_STAMP.search(unscored) is not None:
            return stripped
    return stripped if is_script_date(stripped) else None


def reply_then_date(line: str) -> tuple[str, str] | None:
    """Whom a comment answers, then its date, on the line under its name: "In reply to Aras
    Mohammed 18 March 2024, 22:30", Sorani's "لە وەڵامی ئاراس محەمەد ١٨ ئازار ٢٠٢٤، ٢٢:٣٠" (Komento):
    the name answered and the date, or None."""
    labelled = _REPLY_LABEL.match(line) if line[-1:].isdigit() else None
    if labelled is None:
        return None
    words = labelled.group("rest").split()
    for count in range(1, min(_MAX_TARGET_WORDS, len(words) - 1) + 1):
        # the date opens with its day, weekday or month, not a surname ("En respuesta a Patricio
        # Sepúlveda Viernes, 05 Abril 2024 21:47")
        opening = words[count].strip(",.").lower()
        if not (opening[:1].isdigit() or is_weekday(opening) or month_number(opening) is not None):
            continue
        stamp = date_line(" ".join(words[count:]))
        if stamp is not None:
            return " ".join(words[:count]), stamp
    return None


_REPLY_LABEL: Final = re.compile(rf"(?i)^(?:{alternation(REPLY_TO_WORDS)})\s*:?\s+(?P<rest>\S.*)$")
_MAX_TARGET_WORDS: Final = 4
