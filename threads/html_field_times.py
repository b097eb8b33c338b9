"""A comment's time from the elements and attributes ``html_comments`` found for it: a
machine-readable attribute first, then the printed text; a day's clock printed beside it; the
exact instant a stamp or permalink carries, where the printed time's zone is not stated.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Final

from selectolax.lexbor import LexborNode

from threads.html_time import EPOCH, parse_time
from threads.html_time_search import time_in_text
from threads.page_dates import current_zone, zone_stated

# Attributes holding a machine-readable time, best first (Thrive's data-date, Facebook's
# data-utime); the printed text is read only when none gives one.
_TIME_ATTRS: Final = (
    "datetime", "data-date", "data-datetime", "data-time", "data-timestamp", "data-comment-timestamp", "data-utime",
    "data-created", "pubdate", "title", "content",
    "data-tooltip",  # Bluesky's time link: "15 de outubro de 2024 às 19:05" over "2d"
    "data-tippy-content",  # a tooltip library's text: Lemmy's "Created: Saturday, March 9th, 2024 at 8:52:30 PM GMT-04:00"
    "data-value",  # Naver's "2024-03-12T15:02:11+0900" under "2024.03.12. 15:02"
    "data-fecha", "data-datum",  # (es, de/nl: "date"), a Mexican paper's epoch in milliseconds
    "data-utc",  # 4chan and imageboards like it: the post's epoch beside "03/09/24(Sat)20:47:31"
    "data-ts",  # a Polish portal's epoch under "08.01.2025, 14:32" (printed in its own zone)
    "data-regdate", "data-created-at", "data-posted",  # a Korean widget's epoch under "2025.05.18 21:03" (KST)
    "time",  # VK's comments widget: "<span class=rel_date time=1710227100>12 мар в 10:05</span>"
    "timestamp",  # Cackle's "<a class=mc-comment-time timestamp=1715689237000>14 мая в 17:20</a>" (milliseconds)
)
_INNER_TIME: Final = "time, " + ", ".join(f"[{name}]" for name in _TIME_ATTRS)
_EITHER_WAY: Final = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}\b")  # "03/12/2024": day or month first
# A middle dot between a date and its clock, read only in an element named for a time (in a
# text dump's byline, "di Elena Bodini · 29 marzo 2024 · 10:15", it would make the story's
# byline a comment's header).
_DOT_BEFORE_CLOCK: Final = re.compile(r"(?<=\d)\s+·\s+(?=\d{1,2}:\d{2})")
# A day printed alone, its year in two digits, perhaps in brackets: "(28.03.24)".
_DAY_ALONE: Final = re.compile(r"\(?(\d{1,2}[./-]\d{1,2}[./-]\d{2})\)?")
_CLOCK: Final = re.compile(r"(?<![\d:])(\d{1,2}):(\d{2})(?![\d:])")
_SHOW_COMMENT: Final = re.compile(r"[?&]showComment=(\d{13})(?!\d)")
# When a comment was last changed, not when it was posted.
EDITED: Final = re.compile(
    r"(?i)\b(?:edit|modifi|updated|bearbeit|geändert|editad|bewerkt|edytowan|zmienion|muokat|redigerad|redigert)"
)

def time_of(element: LexborNode) -> datetime | None:
    found = attribute_time(element.attributes)
    if found is not None:
        return found
    for inner in element.css(_INNER_TIME):
        found = attribute_time(inner.attributes)
        if found is None or EDITED.search(inner.attributes.get("title") or ""):
            continue  # (not Discourse's "post last edited Mar 10, 2024 12:52 pm" before the post's own time)
        if local_midnight(found) and not any(":" in (v or "") for v in inner.attributes.values()):
            # a day in the attribute, the clock printed beside it: MyBB's "<span title=28-10-2023>Ayer</span>, 22:31"
            clock = _CLOCK.search(element.text(deep=True, separator=" ") or "")
            if clock is not None and int(clock[1]) < 24:
                return _at_clock(found, int(clock[1]), int(clock[2]))
        return found
    text = " ".join((element.text(deep=True, separator=" ") or "").split())
    found = parse_time(text)
    if found is None and " · " in text and (joined := _DOT_BEFORE_CLOCK.sub(" ", text)) != text:
        found = parse_time(joined)  # a middle dot between the day and the clock ("ኤፕሪል 17, 2025 · 14:05")
    if found is None and (alone := _DAY_ALONE.fullmatch(text)) is not None:
        return day_before_clock(alone[1], element)
    if found is None and len(text) > 16:
        # "Jane Roe on March 3, 2021 at 5:12 pm said:", "Greg Halloran March 4, 2024 at 3:12 pm - Reply",
        # "2024.05.13. 10:02 #2" (the post's number after its time)
        found = time_in_text(text)
    if found is not None and ":" not in text and local_midnight(found):
        found = with_clock_beside(found, element)
    return found


def local_midnight(found: datetime) -> bool:
    """Whether a time read is a day alone: midnight where the page prints its times (a day read
    on a page that states its zone is that midnight in UTC: "05/04/2024" in New Zealand is the
    4th, 11:00)."""
    local = found.astimezone(current_zone())
    return local.hour == local.minute == 0


def _at_clock(day: datetime, hour: int, minute: int) -> datetime:
    """``day`` (a local midnight read as UTC) at a clock printed beside it, in the page's zone."""
    return day.astimezone(current_zone()).replace(hour=hour, minute=minute).astimezone(UTC)


# The most a box holding a day and its clock beside it may print: read whole, or (shorter) for
# its one clock.
_DAY_AND_CLOCK_LINE: Final = 160
_DAY_AND_ONE_CLOCK: Final = 60


def with_clock_beside(day: datetime, element: LexborNode) -> datetime:
    """A day printed in an element of its own, its clock in another beside it, in one small box:
    Nairaland's "<b>8:31am</b> On <b>Mar 12</b>" (the box read as one line), HyperKitty's
    "<span class=date>sam. 26 oct. 2024</span> <div class=time><span>19:48</span></div>" (the
    box's one clock, where the line has two dates)."""
    box = element.parent
    line = " ".join((box.text(deep=True, separator=" ") or "").split()) if box is not None else ""
    if len(line) > _DAY_AND_CLOCK_LINE:
        return day
    found = parse_time(line)
    zone = current_zone()
    if found is not None and found.astimezone(zone).date() == day.astimezone(zone).date():
        return found
    clocks = _CLOCK.findall(line) if len(line) <= _DAY_AND_ONE_CLOCK else []
    if len(clocks) != 1 or int(clocks[0][0]) > 23:
        return day
    return _at_clock(day, int(clocks[0][0]), int(clocks[0][1]))


def day_before_clock(day: str, element: LexborNode) -> datetime | None:
    """A day whose year has two digits, printed alone with its clock in an element beside it
    (an Israeli talkback's "<span class=tb-date>(28.03.24)</span> <span class=tb-time>21:14</span>"):
    alone it reads as no time (two-digit years are only taken with a clock), so it is read
    with the box's one clock."""
    box = element.parent
    line = " ".join((box.text(deep=True, separator=" ") or "").split()) if box is not None else ""
    clocks = _CLOCK.findall(line) if len(line) <= _DAY_AND_CLOCK_LINE else []
    if len(clocks) != 1 or int(clocks[0][0]) > 23:
        return None
    return parse_time(f"{day} {clocks[0][0]}:{clocks[0][1]}")


def stamped_time(element: LexborNode) -> datetime | None:
    """The instant a Blogger permalink carries ("?showComment=1709990520000", milliseconds), in
    ``element`` if it is that link, else in the first such link inside it: the printed time is
    in the blog's zone, which the page does not state."""
    link = element if element.tag == "a" else element.css_first("a[href*='showComment=']")
    stamp = _SHOW_COMMENT.search(link.attributes.get("href") or "") if link is not None else None
    return parse_time(stamp.group(1)) if stamp is not None else None


def printed_in_byline(node: LexborNode) -> LexborNode | None:
    """The byline that prints a comment's time where no element of its own is named for it
    (Drupal's "p.comment__submitted": "Indsendt af <a>Mette</a> den <span>lør, 27/03/2021 - 21:40</span>")."""
    return node.css_first("[class*='submitted']")


def posted_time(stamp: datetime, shown: LexborNode) -> datetime:
    """Drupal's hidden ``data-comment-timestamp`` is when the comment last changed; the printed
    time is when it was posted, in a zone the page may not state. Zones are whole quarter hours
    apart, so a stamp whose minutes differ from the printed time's by anything else is an edit's:
    the printed time wins; so does it where the page states its zone (the printed time is then
    exact, and a stamp apart from it an edit's). Otherwise the stamp, which is exact in any zone."""
    printed = time_of(shown) or time_in_text(" ".join((shown.text(deep=True, separator=" ") or "").split()))
    minute = stamp.replace(second=0, microsecond=0)  # (the stamp keeps its seconds, the printed clock has none)
    if printed is None or (stamp.minute - printed.minute) % 15 == 0 and not (zone_stated() and minute != printed):
        return stamp
    if zone_stated() and minute in _readings(printed):
        return stamp  # the printed clock in the hour the clocks go back, which the stamp settles ("02:40" of 29 October)
    return printed


def _readings(printed: datetime) -> set[datetime]:
    """Both instants a printed wall-clock time may be in the page's zone: two in the hour the
    clocks go back, else one."""
    zone = current_zone()
    wall = printed.astimezone(zone).replace(tzinfo=None)
    return {wall.replace(tzinfo=zone, fold=fold).astimezone(UTC) for fold in (0, 1)}


def epoch_of(node: LexborNode) -> datetime | None:
    """The Unix time a comment's own element carries ("li.hsz data-ts=1794472887", a Hungarian
    paper's): the exact instant, where the printed time is in a zone the page may not state."""
    attrs = node.attributes
    for name in _EPOCH_ATTRS:
        value = attrs.get(name)
        if value and EPOCH.match(value):
            return parse_time(value)
    return None


_EPOCH_ATTRS: Final = ("data-ts", "data-timestamp", "data-time", "data-created", "data-utime", "data-utc", "data-hc-time")


def attribute_time(attrs: dict[str, str | None]) -> datetime | None:
    """The first time an element's attributes hold, in the order of _TIME_ATTRS; but where that
    one is all numbers that read either way ("03/12/2024") and a later one names the month the
    other way round ("12 มีนาคม 2567" in the title), the first read the other way round; and where
    that one states no zone and a later one shows the same clock with its offset, the later one."""
    first: datetime | None = None
    zoneless = False  # (whether ``first`` was read without a zone: a later attribute may give it)
    for name in _TIME_ATTRS:
        value = attrs.get(name)
        if value and "\n" in value:
            value = value.partition("\n")[0]  # a tooltip's lines: "Created: …" over "Modified …" (Lemmy)
        found = parse_time(value)
        if found is None:
            continue
        if first is None:
            first = found
            ambiguous = _EITHER_WAY.match(value or "")
            zoneless = _OFFSET.search(value or "") is None
            if (ambiguous is None or int(ambiguous[1]) > 12 or int(ambiguous[2]) > 12 or ambiguous[1] == ambiguous[2]) and (
                not zoneless
            ):
                return _month_and_weekday_fixed(found, attrs) if name == "datetime" else found
        elif (found.day, found.month, found.year) == (first.month, first.day, first.year):
            return first.replace(day=first.month, month=first.day)  # (keeping the stamp's seconds)
        elif zoneless and (offset := _OFFSET.search(value or "")) is not None and _same_clock(first, found, offset):
            return found  # the same clock with its zone: Naver's "data-value=2024-05-16T14:03:57+0900" under "title=2024.05.16. 14:03"
    return first


def _month_and_weekday_fixed(found: datetime, attrs: dict[str, str | None]) -> datetime:
    """A ``datetime`` written with JavaScript's zero-based month and its weekday for the day of
    the month (``getUTCMonth()``, ``getUTCDay()``: Isso's, "2023-05-01T18:42:10Z" for Monday the
    12th of June), put right by the tooltip's full time ("Mon Jun 12 2023 18:42:10 GMT+0000"):
    the day near the tooltip's whose month is one on and whose weekday is the number written. The
    clock, in UTC, is right as written. Only where the two disagree just so."""
    if found.day > 6 or not attrs.get("title"):
        return found  # (a weekday's number is 0 to 6, and 0 reads as no day: most dates are not asked)
    shown = parse_time(attrs.get("title"))
    if shown is None or shown.date() == found.astimezone(UTC).date() or shown.tzinfo is None:
        return found
    for shift in (0, -1, 1):
        day = (shown.astimezone(UTC) + timedelta(days=shift)).date()
        if day.month == found.month + 1 and day.isoweekday() % 7 == found.day:
            return datetime.combine(day, found.astimezone(UTC).timetz())
    return found


# An ISO 8601 offset at the end of a value ("+0900", "+09:00", "Z").
_OFFSET: Final = re.compile(r"(?:T|\s)\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|(?P<sign>[+-])(?P<hours>\d{2}):?(?P<minutes>\d{2}))$")


def _same_clock(printed: datetime, zoned: datetime, offset: re.Match[str]) -> bool:
    """Whether a time read without a zone shows the same clock as one read with its offset."""
    minutes = int(offset["hours"] or 0) * 60 + int(offset["minutes"] or 0)
    shift = timedelta(minutes=-minutes if offset["sign"] == "-" else minutes)
    return (zoned + shift).replace(second=0, microsecond=0) == printed.replace(second=0, microsecond=0)
