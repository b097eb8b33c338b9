"""The day a saved page was saved, as its saving tool stamped it, and the times printed relative
to it: a Polish portal's "wczoraj, 23:15" (yesterday) and "dzisiaj, 07:02" (today), an
Azerbaijani DLE's "Dünən, 09:05". Each tool writes its stamp in one place of its own:

- Save Page WE: ``<meta name="savepage-date" content="Sat Nov 16 2024 10:41:07 GMT+0100 (…)">``;
- SingleFile: a comment at the top, ``saved date: Fri Mar 29 2024 14:02:11 GMT+0300 (…)``;
- HTTrack: ``<!-- Mirrored from … by HTTrack Website Copier/3.x […], Thu, 07 Mar 2024 10:12:44 GMT -->``;
- the Wayback Machine: the capture's time in every rewritten address, ``/web/20230325104512/``;
- archive.today: the copy's own address in its canonical link, ``archive.ph/2012.11.14-094127/``,
  or the capture's time in its description, ``archived 28 Oct 2024 07:31:05 UTC``.

The day is taken as the stamp prints it (the saver's own clock, or UTC for HTTrack and the
Wayback Machine): a page's "today" is its own region's, which is the saver's more often than not.
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, timedelta
from typing import Final

from threads.month_names import days_before, relative_day_words
from threads.page_dates import page_saved_day
from threads.page_words import alternation
from threads.time_words import AFTERNOON_AFTER_CLOCK, MORNING_AFTER_CLOCK

# The weekday, month, day and year JavaScript's Date prints first ("Sat Nov 16 2024 10:41:07 GMT+0100").
_JS_DATE: Final = r"[A-Z][a-z]{2} (?P<month>[A-Z][a-z]{2}) (?P<day>\d{1,2}) (?P<year>\d{4}) \d{2}:\d{2}"
_SAVE_PAGE_WE: Final = re.compile(r'<meta name="savepage-date" content="' + _JS_DATE)
_SINGLE_FILE: Final = re.compile(r"saved date: " + _JS_DATE)
_HTTRACK: Final = re.compile(
    r"by HTTrack Website Copier/[^\]]*\], [A-Z][a-z]{2}, (?P<day>\d{1,2}) (?P<month>[A-Z][a-z]{2}) (?P<year>\d{4}) \d{2}:"
)
_WAYBACK: Final = re.compile(r"/web/(?P<year>(?:19|20)\d\d)(?P<month>\d\d)(?P<day>\d\d)\d{6}(?:[a-z]{2}_)?/")
# archive.today's address of its copy, in the page's canonical link ("archive.ph/2012.11.14-094127/http…").
_ARCHIVE_TODAY: Final = re.compile(
    r"archive\.(?:today|ph|is|li|vn|fo|md)/(?P<year>(?:19|20)\d\d)\.(?P<month>\d\d)\.(?P<day>\d\d)-\d{6}/"
)
# ... or, where its address is the short one ("archive.ph/Xk9pQ"), the capture's time its
# toolbar and description print ("archived 28 Oct 2024 07:31:05 UTC").
_ARCHIVED: Final = re.compile(r"archived (?P<day>\d{1,2}) (?P<month>[A-Z][a-z]{2}) (?P<year>\d{4}) \d{2}:\d{2}:\d{2} UTC")
_MONTHS: Final = {name: number for number, name in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), start=1
)}
# Where each tool's stamp is looked for: the page's head (Save Page WE, SingleFile), its last lines
# (HTTrack writes it at both ends), anywhere (Wayback's addresses; its toolbar comes first).
_HEAD_CHARS: Final = 20_000


def saved_day(text: str) -> date | None:
    """The day the page was saved, from its saving tool's stamp; None where it carries none."""
    head = text[:_HEAD_CHARS]
    for pattern in (_SAVE_PAGE_WE, _SINGLE_FILE, _HTTRACK):
        found = pattern.search(head) or (pattern.search(text, len(text) - _HEAD_CHARS) if len(text) > _HEAD_CHARS else None)
        if found is not None:
            return _day(found["year"], found["month"], found["day"])
    found = _WAYBACK.search(head) if "/web/" in head else None
    if found is None and "archive." in head:
        found = _ARCHIVE_TODAY.search(head) or _ARCHIVED.search(head)
    return _day(found["year"], found["month"], found["day"]) if found is not None else None


def _day(year: str, month: str, day: str) -> date | None:
    number = int(month) if month.isdigit() else _MONTHS.get(month)
    if number is None:
        return None
    try:
        return date(int(year), number, int(day))
    except ValueError:
        return None


def days_ago(text: str) -> datetime | None:
    """A clock on a day named relative to the day the page was saved: "wczoraj, 23:15", "Dünən,
    09:05", "Yesterday at 6:40 PM", "heute um 07:02", "أمس 8:15 ص" (CLDR's words for today and the
    days before it, a connecting word or two, the clock, morning or afternoon as a word or
    "am"/"pm"). None where the page's saving tool left no day."""
    found = _relative_day_pattern().match(text)
    if found is None and "'" in text:
        found = _relative_day_pattern().match(text.replace("'", "\u2019"))  # (CLDR's "aujourd’hui" typed "aujourd'hui")
    if found is None:
        return None
    offset = days_before(found["word"].lower())
    saved = page_saved_day()
    if offset is None or saved is None:
        return None
    hour, minute = int(found["hour"]), int(found["minute"])
    half = (found["half"] or "").lower().replace(".", "").replace(" ", "")
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "pm" or found["half"] in AFTERNOON_AFTER_CLOCK else 0)
    if hour > 23 or minute > 59:
        return None
    day = saved - timedelta(days=offset)
    return datetime(day.year, day.month, day.day, hour, minute)


@functools.cache
def _relative_day_pattern() -> re.Pattern[str]:
    """Built on the first relative day read: CLDR's words in every language read."""
    words = "|".join(re.escape(word) for word in relative_day_words())
    return re.compile(
        rf"(?i)(?P<word>{words})(?![^\W\d_])[\s,]*(?:[^\W\d_]{{1,6}}\.?\s+){{0,2}}(?P<hour>\d{{1,2}})[:.h](?P<minute>\d{{2}})"
        r"(?:\s*(?P<half>[ap]\.?\s?m\.?|" + alternation((*MORNING_AFTER_CLOCK, *AFTERNOON_AFTER_CLOCK)) + r"))?(?:\s*(?:uhr|h|ч\.?|saat|hs))?\.?$"
    )
