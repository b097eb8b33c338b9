"""Times as pages print them: ISO ``datetime`` attributes, "March 3, 2021 at 5:12 pm",
"Monday, January 4, 2021 3:05 PM", "03/04/2021 17:12", or "3 hours ago".

A relative time ("3 hours ago") is relative to when the page was saved, which the page does not
say, so it gives None rather than a guess. Times without an offset are taken as UTC, where the
page does not say which zone it printed (``page_dates``: a forum's "All times are GMT -5"), and
storage is UTC.
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from typing import Final

from dateutil import parser as dateparser
from dateutil.parser import UnknownTimezoneWarning

from threads.calendars import (
    BIKRAM_MONTH_WORD,
    THAI_SHORT_YEAR,
    bikram_sambat_time,
    jalali_time,
)
from threads.dates_in_words import AFTERNOON, in_words
from threads.month_names import TWO_WORD_MONTHS, is_weekday, month_number
from threads.page_dates import current, current_zone, reads_day_first, story_day, zone_stated
from threads.page_saved import days_ago
from threads.time_words import AFTERNOON_AFTER_CLOCK, CLOCK_CONNECTORS, MORNING_AFTER_CLOCK
from threads.weekday_order import settled_by_weekday
from threads.zone_names import SHARED_ZONE_NAMES, TZINFOS, zone_named

_YEAR: Final = re.compile(r"(?<!\d)(?:19|20|25)\d{2}(?!\d)")  # 25xx: a Thai year (calendars)
# The word between a date and its time of day, in the languages page_words lists.
_NOON: Final = re.compile(r"(?i)\b(noon|midnight)\b")
# A year of the Republic of China opening a date in slashes, on a page in traditional Chinese.
_MINGUO_DATE: Final = re.compile(r"^(?:民國)?(1[01]\d)/\d{1,2}/\d{1,2}(?=\s|$)(?=.*[\u3000-\u9fff])")
_MINGUO_OFFSET: Final = 1911
_SPACED_HALF: Final = re.compile(r"(?i)(?<=\d)\s*([ap])\.\s+m\.")
_AT: Final = re.compile(
    r"(?i)\s+(?:" + "|".join(re.escape(word) for word in sorted(CLOCK_CONNECTORS, key=len, reverse=True)) + r")\s+"
)
# The full stop South Slavic and Hungarian dates put after the year ("29. март 2024. у 19:42",
# "2024. március 29. 14:32"): an ordinal's mark, not the end of a sentence.
_YEAR_DOT: Final = re.compile(r"(?<=(?<!\d)(?:19|20)\d{2})\.(?=\s[^\W\d_])")  # (before a month's name: not "2024. 6. 14.")
_ZONE_IN_BRACKETS: Final = re.compile(r"\s*\(((?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?|[^\W\d_]{2,5})\)$")
# Khmer's long date names each part: "ថ្ងៃច័ន្ទ ទី២០ ខែឧសភា ឆ្នាំ២០២៤ ម៉ោង ០៨:១៤" (day Monday, the
# 20th, month May, year 2024, hour 08:14); the words go, the parts stay.
_KHMER_DATE_WORDS: Final = re.compile(r"ថ្ងៃ(?=\S)|ទី(?=\d)|ខែ(?=\S)|ឆ្នាំ(?=\d)|ម៉ោង")
_BRACKETED_DAY: Final = re.compile(r"^\((\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\)\s*,?\s*(\d{1,2}:\d{2})$")
_GMT_OFFSET: Final = re.compile(r"\b(?:GMT|UTC)(?=[+-]\d)")
_IZAFE: Final = re.compile(r"(?<=\d)ی(?=\s)|(?<=[^\W\d_]{3})ی(?=\s+\d)")
_ZONE_NAME_AFTER_OFFSET: Final = re.compile(r"((?:GMT|UTC)[+-]\d{4})\s*\([^()]{2,60}\)$")
# Digits other scripts write dates in (Arabic-Indic, Persian, Devanagari, Bengali, Tamil, Thai,
# Khmer, Myanmar…): every decimal digit Unicode knows, read as 0-9.
OTHER_DIGITS: Final = frozenset(
    chr(code) for code in range(0x0660, 0x1FBFA) if unicodedata.category(chr(code)) == "Nd"
)
_DIGITS: Final = str.maketrans({digit: str(unicodedata.digit(digit)) for digit in OTHER_DIGITS})
EPOCH: Final = re.compile(r"^\d{10}(?:\d{3})?$")  # Unix time: seconds, or milliseconds
_MAX_CHARS: Final = 80
MONTHS: Final = {
    name: number
    for number, names in enumerate(
        (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")),
        start=1,
    )
    for name in names
}
# The shapes comment systems print most ("Tuesday, November 3, 2020 2:15 PM", "5 June 2022 09:12",
# "12 October 2021, 18:02", the Guardian's "14 Mar 2024 7.42"), read directly: dateutil's fuzzy
# parser costs ~0.3 ms a call, which on
# a page of a few hundred comments is most of the reader's time. Anything else (two-digit years,
# zones, odd words) still goes to dateutil, and so does any value this reads as impossible.
_COMMON: Final = re.compile(
    r"""(?ix)^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+)?
        (?:(?P<month1>[a-z]{3,9})\.?\s+(?P<day1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year1>\d{4})
          |(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month2>[a-z]{3,9})\.?,?\s+(?P<year2>\d{4}))
        (?:,?\s+(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?(?:\s*(?P<ampm>[ap])\.?m\.?)?)?$"""
)
# Drupal's "Wed, 02/01/2023 - 08:47": numbers with slashes and a four-digit year, read as dateutil
# reads them (month first unless the first number cannot be a month); an Arabic "11/07/2011 - 09:22
# م". A two-digit year only with a time of day: "9/12/24, 7:05 PM" is what JavaScript's
# toLocaleString prints (Remark42).
_NUMERIC: Final = re.compile(
    r"""(?ix)^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+)?
        (?P<first>\d{1,2})/(?P<second_number>\d{1,2})/(?:(?P<year>\d{4})|(?P<short_year>\d{2})(?=,?\s+\d))
        (?:,?\s+(?:-\s+)?(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?(?:\s*(?P<ampm>[ap])\.?m\.?|\s+(?P<ampm_ar>"""
    + "|".join(re.escape(word) for word in sorted((*MORNING_AFTER_CLOCK, *AFTERNOON_AFTER_CLOCK), key=len, reverse=True))
    + r"""))?)?$"""
)
_SHORT_YEAR: Final = re.compile(r"^\d{1,2}([/.])\d{1,2}\1\d{2}(?:,|\s+\|)?\s+\d{1,2}:\d{2}")
# "12.03.2019 18:46", "12.03.2019, 18.46", Czech "11. 3. 2024 19:42", Croatian "01.04.2024. u 16:20" (a full stop closes the
# date, "u" is "at"), "12.02.24 | 20:41" (a two-digit year only with a clock): dotted dates are day
# first wherever they are printed (dateutil would read them month first).
_DOTTED: Final = re.compile(
    r"""(?x)^(?P<day>\d{1,2})\.\ ?(?P<month>\d{1,2})\.\ ?(?:(?P<year>\d{4})\.?|(?P<short_year>\d{2})(?=,?\s+(?:\|\s+)?\d))
        (?:(?:,|\s+\|)?\s+(?:-\s+|um\s+|u\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?(?:\s*uhr)?)?$""",
    re.IGNORECASE,
)


_LEADING_MARKS: Final = frozenset("·•|–—")
_COMMENT_NUMBER: Final = re.compile(r"(?:^|(?<=\s))#\d{1,6}(?:\.\d{1,4})*(?:\s+[—–|·-])?(?=\s|$)")
_MARK_BEFORE_CLOCK: Final = re.compile(r"\s*[–—،]\s+(?=\d{1,2}[:.]\d{2}(?!\d))")
_SPACED_CLOCK: Final = re.compile(r"\b(\d{1,2}) h (\d{2})(?: min\b)?")
# Mongolian's date: the year ("оны"), the month's number ("6-р сарын", of the 6th month), the day,
# and perhaps the weekday after a comma (one of the seven words).
_MONGOLIAN_DATE: Final = re.compile(
    r"(\d{4})\s+оны\s+(\d{1,2})-р\s+сарын\s+(\d{1,2})(?:,?\s+(?:Даваа|Мягмар|Лхагва|Пүрэв|Баасан|Бямба|Ням)\b)?"
)
_JALALI_YEAR: Final = re.compile(r"(?<!\d)1[34]\d\d(?!\d)")
_TWO_WORD_MONTH: Final = re.compile("|".join(TWO_WORD_MONTHS))
_WEEKDAY_INSIDE: Final = re.compile(r"\d{4}\s+[^\W\d_]{2,12}\.?,?\s+\d{1,2}:\d{2}")  # a year, a word, a clock


def parse_time(value: str | None) -> datetime | None:
    """A timezone-aware datetime from a page's time text or attribute, or None."""
    if not value:
        return None
    text = " ".join(value.split())
    if "#" in text and (unnumbered := _COMMENT_NUMBER.sub("", text).strip(" —–|·-")) != text:
        text = unnumbered  # the comment's number by its time ("#1 — 26. Oktober 2024, 19:42 Uhr"): no day or month
        if not text:
            return None
    if " " in text and text.rpartition(" ")[2] in SHARED_ZONE_NAMES and zone_stated():
        text = text[: text.rindex(" ")]  # "19:40 IST" on a page that says "Irish time (IST)": the page's IST, not India's
    if "/" in text and (settled := settled_by_weekday(text)) is not None:
        text = settled  # "Կիր, 11/05/2023 - 10:14": Sunday, so the 5th of November (Drupal's default month first)
    if not text:
        return None
    if text[0] in _LEADING_MARKS:
        text = text.lstrip("".join(_LEADING_MARKS) + " ")  # a header's separator before the date ("· 11.02.2025, 19:05", "| dnes o 05:31")
        if not text:
            return None
    if not text.isascii():
        text = text.translate(_DIGITS)
        if "– " in text or "— " in text or "، " in text:
            text = _MARK_BEFORE_CLOCK.sub(" ", text)  # "٣ نوفمبر ٢٠٢٤ – ٩:١٥ م", "3 novembre 2024 — 21:15": a dash or Arabic comma before the clock
        if "تشرين" in text or "كانون" in text:
            text = _TWO_WORD_MONTH.sub(lambda pair: TWO_WORD_MONTHS[pair[0]], text)
        if "ខែ" in text or "ម៉ោង" in text:  # also the short "១២ មីនា ២០២៤ ម៉ោង ០៨:១៥"
            text = " ".join(_KHMER_DATE_WORDS.sub(" ", text).split())
        if "ی " in text:
            text = _IZAFE.sub("", text)  # Sorani "20ی ئازاری 2024": the day's and the month's "of"
        if "/" in text and (minguo := _MINGUO_DATE.match(text)) is not None:
            # Taiwan's years of the Republic ("113/06/20 上午 10:05", 2024): 1911 after the Common Era's
            text = f"{int(minguo[1]) + _MINGUO_OFFSET}{text[minguo.end(1):]}"
        if "၊" in text:
            text = text.replace("၊", ",")  # Burmese's comma after the day ("၂၀၂၅ နိုဝင်ဘာ ၃၊ ည ၈:၁၅")
    if not text or len(text) > _MAX_CHARS:
        return None
    if "noon" in text or "midnight" in text:
        text = _NOON.sub(lambda word: "12:00 pm" if word[0].lower() == "noon" else "12:00 am", text)  # "Nov. 4, 2024 at noon CST"
    if " h " in text:
        text = _SPACED_CLOCK.sub(r"\1h\2", text)  # French WordPress's "à 9 h 41 min"
    if "сарын" in text:
        text = _MONGOLIAN_DATE.sub(r"\1-\2-\3", text)  # "2024 оны 6-р сарын 3, Даваа 22:40": year, month's number, day
    if " , " in text:
        text = text.replace(" , ", ", ")  # a talkback's "(26.10.24 , 21:14)": a blank before the comma
    if ". m." in text:
        text = _SPACED_HALF.sub(r"\1m", text)  # Spanish "9:14 p. m.": the half of the day with a blank in it
    if text[-1] == "]" and text[0] == "[" and text.count("[") == 1:
        text = text[1:-1].strip()  # "[12 มี.ค. 67 09:41 น.]": a Thai board's stamp in brackets
        if not text:
            return None
    if text[0] == "(" and (bracketed := _BRACKETED_DAY.match(text)) is not None:
        text = f"{bracketed[1]} {bracketed[2]}"  # "(28.10.23) 21:40": a talkback's day in brackets, its clock after them
    if text.endswith(")"):
        if text.startswith("(") and text.count("(") == 1:
            text = text[1:-1].strip()  # "(28.03.24, 09:14)": an Israeli talkback's
        text = _ZONE_IN_BRACKETS.sub(r" \1", text)  # "14.03.2024 - 15:20 (TSİ)", "(GMT+7)"
        text = _ZONE_NAME_AFTER_OFFSET.sub(r"\1", text)  # JavaScript's "… GMT+0200 (Itä-Euroopan normaaliaika)"
    if EPOCH.match(text):
        seconds = int(text) / (1000 if len(text) == 13 else 1)
        try:
            return datetime.fromtimestamp(seconds, UTC)
        except (OverflowError, OSError, ValueError):
            return None
    parsed = _iso(text)
    if parsed is None and " " in text and "T" in (head := text.split(" ", 1)[0]):
        parsed = _iso(head)  # "2024-05-20T07:03:11 1716188591": Hacker News's title, the epoch after
    if parsed is None and _JALALI_YEAR.search(text) is not None:
        parsed = jalali_time(text)  # "1403/02/01 - 13:02": an Iranian site's Persian calendar
    if parsed is None and BIKRAM_MONTH_WORD.search(text) is not None:
        parsed = bikram_sambat_time(text)  # "2081 वैशाख 5 गते, 16:20": a Nepali site's Bikram Sambat
    if parsed is None and _YEAR.search(text) is None and _SHORT_YEAR.match(text) is None and (
        THAI_SHORT_YEAR.match(text) is None
    ):
        parsed = _yearless(_AT.sub(" ", text)) if current().story is not None else None
        if parsed is None and current().saved is not None and text[0].isalpha():
            parsed = days_ago(text)  # "wczoraj, 23:15": yesterday, before the day the page was saved
        if parsed is None:
            return None
    if parsed is None:
        text = _AT.sub(" ", _YEAR_DOT.sub("", text))
        parsed = _common(text)
        offset = "GMT" in text or "UTC" in text
        if parsed is None and (text[-1].isalpha() or offset):
            parsed = _with_zone_after(text)
        if parsed is None:
            parsed = in_words(text)
        if parsed is None and offset:
            # JavaScript's "Sun Nov 10 2024 14:05:00 GMT+0100": dateutil reads "GMT+1" the POSIX
            # way, as one hour *behind* GMT; the offset alone is read as written.
            text = _GMT_OFFSET.sub("", text)
        if parsed is None:
            parsed = _dateutil(text)
    if parsed is None and ":" in text and (comma := text.find(", ")) > 0 and is_weekday(text[:comma].lower()):
        return parse_time(text[comma + 2 :])  # a weekday first ("Jumanne, Mei 14, 2024 9:05 AM", Disqus's Swahili tooltip)
    if parsed is None and ":" in text and _WEEKDAY_INSIDE.search(text) is not None:
        # a weekday between the date and the clock ("14 Mart 2023 Salı 19:42", Disqus's Turkish tooltip)
        words = text.split()
        kept = [words[0], *(word for word in words[1:] if not is_weekday(word.lower().strip(",.")))]
        if len(kept) < len(words):
            return parse_time(" ".join(kept))
    if parsed is None or not 1990 <= parsed.year <= 2100:
        return None
    # Without a zone, the time was printed where the page says it prints them (UTC if it says nothing).
    return (parsed.replace(tzinfo=current_zone()) if parsed.tzinfo is None else parsed).astimezone(UTC)


def _with_zone_after(text: str) -> datetime | None:
    """A time followed by a zone the shapes below do not take: a zone's name ("14.03.2024 - 15:20
    TSİ"), or an offset after a date in another language's words ("vrijdag 29 maart 2024 om
    19:12:44 GMT+01:00", Lemmy's tooltip), which dateutil cannot read for the month. The time
    without it, in that zone; None where the end is no zone."""
    zone: tzinfo | None = None
    tail = _LAST_WORD.search(text)
    if tail is not None:
        zone = zone_named(tail.group(1))
        head = text[: tail.start()]
        found = _common(head) or in_words(head) or _dateutil(head)
    elif (tail := _OFFSET_AFTER.search(text)) is not None:
        offset = timedelta(hours=int(tail["hours"]), minutes=int(tail["minutes"] or 0))
        zone = timezone(-offset if tail["sign"] in "-−" else offset)
        found = in_words(text[: tail.start()])  # (the other shapes with an offset are dateutil's, below)
    if tail is None or zone is None:
        return None
    if found is None or found.tzinfo is not None:
        return None
    return found.replace(tzinfo=zone)


_LAST_WORD: Final = re.compile(r"\s+([^\W\d_]{2,5})$")
_OFFSET_AFTER: Final = re.compile(r"\s+(?:GMT|UTC)\s*(?P<sign>[+\-−])(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?$")


def _iso(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    except ValueError:
        return None


def _common(text: str) -> datetime | None:
    """The common printed shapes, read as dateutil reads them; None means "ask dateutil"."""
    match = _COMMON.match(text)
    if match is not None:
        month = MONTHS.get((match["month1"] or match["month2"]).lower())
        if month is None:
            return None
        day = int(match["day1"] or match["day2"])
        year = int(match["year1"] or match["year2"])
    elif (dotted := _DOTTED.match(text)) is not None:
        match = dotted
        day, month = int(match["day"]), int(match["month"])
        year = int(match["year"]) if match["year"] else 2000 + int(match["short_year"])
        if not match["year"] and current().year_first:
            year, day = 2000 + day, int(match["short_year"])  # "24.03.12 14:03": Korean portals' year, month, day
    else:
        match = _NUMERIC.match(text)
        if match is None:
            return None
        first, second = int(match["first"]), int(match["second_number"])
        month, day = (second, first) if reads_day_first(first, second) else (first, second)
        year = int(match["year"]) if match["year"] else 2000 + int(match["short_year"])
    hour = int(match["hour"]) if match["hour"] else 0
    groups = match.groupdict()
    # (Arabic pages print "09:22 م": ص before noon, م after it; Vietnamese WordPress "9:21 chiều")
    half = groups.get("ampm_ar")
    ampm = (groups.get("ampm") or ("" if not half else "p" if half.replace(".", "") in AFTERNOON else "a")).lower()
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "p" else 0)
    try:
        return datetime(year, month, day, hour, int(match["minute"] or 0), int(match["second"] or 0))
    except ValueError:
        return None


def _yearless(text: str) -> datetime | None:
    """A date printed without its year ("3/11(月) 19:42", "3月11日 19:42", "March 4 at 3:12 pm",
    "Jun 3"): in the story's year, or the next where that day would come more than a month
    before the story (``_BEFORE_STORY``). Only texts holding a number and a day-month shape
    or a month's name get this far: names and counts never reach dateutil."""
    if not any(c.isdigit() for c in text):
        return None
    text = _WEEKDAY_IN_BRACKETS.sub("", text).strip()
    if (clock_first := _CLOCK_THEN_DAY_MONTH.match(text)) is not None:
        text = f"{clock_first['date']} {clock_first['clock']}"  # "20:48 11/3" (VnExpress)
    numeric = _DAY_MONTH.match(text)
    cjk = _CJK_DAY.match(text) if numeric is None else None
    if numeric is None and cjk is None and not _day_by_month(text):
        return None
    story = story_day()  # (asked only now: a text dump's is found by reading its top lines)
    if story is None:
        return None
    year = story.year
    if numeric is not None:
        sep, first, second = numeric["sep"], numeric["first"], numeric["second"]
        rest = f" {numeric['hour']}:{numeric['rest']}"
        dated = f"{year}{sep}{first}{sep}{second}" if current().year_first else f"{first}{sep}{second}{sep}{year}"
        found = _common(f"{dated}{rest}") or in_words(f"{dated}{rest}")
    elif cjk is not None:
        found = in_words(f"{year}年{cjk.group(0)}")
    else:
        found = _dateutil(text, (datetime(year, 1, 1), datetime(year, 2, 2))) or in_words(_with_year(text, year))
    if found is None or found.year != year:
        return None
    if found.date() < story - _BEFORE_STORY:
        try:
            found = found.replace(year=year + 1)
        except ValueError:  # the 29th of February
            return None
    return found


# A yearless date this long before the story is in the next year (the 3rd of January under a story of
# the 28th of December); a few weeks before, it is in the story's year: the story's date is its
# last update, or a page of picks reprints comments on earlier stories.
_BEFORE_STORY: Final = timedelta(days=31)


def _with_year(text: str, year: int) -> str:
    """The year put after the month's name, where dateutil knows no such month ("Le 4 mars 18h42"
    → "Le 4 mars 2025 18h42"), for the shapes of ``in_words``."""
    words = text.split()
    for index, word in enumerate(words):
        if month_number(word.lower().strip(".,")):
            return " ".join([*words[: index + 1], str(year), *words[index + 1:]])
    return text


def _day_by_month(text: str) -> bool:
    """A short text with a month's name beside a day's number ("Jun 3", "14 Feb, 9:12am"): not a
    sentence that names a month and holds a number ("the 4 who voted yes in November")."""
    words = [word.lower().strip(".,") for word in text.split()]
    if len(words) > _MAX_YEARLESS_WORDS:
        return False
    for index, word in enumerate(words):
        if MONTHS.get(word) or month_number(word):
            near = words[max(0, index - 1):index] + words[index + 1:index + 2]
            if any(_DAY_NUMBER.match(other) for other in near):
                return True
    return False


_MAX_YEARLESS_WORDS: Final = 7
_DAY_NUMBER: Final = re.compile(r"^\d{1,2}(?:st|nd|rd|th|\.)?$")


# A weekday in brackets after a date ("3/11(月)", "11/03 (Mon)"), which says nothing the date does not.
_WEEKDAY_IN_BRACKETS: Final = re.compile(r"\s*[(（][^()（）\d]{1,4}[)）]")
# Day and month alone, slashed, dotted or dashed, before a time of day ("3/11 19:42", "11.03. 19:42",
# a Chinese portal's "03-14 21:08"): without the time, "1.5" is a number.
# (a word between the date and the clock, a clock with a dot: Finnish "30.3. klo 12.14")
_DAY_MONTH: Final = re.compile(
    r"^(?P<first>\d{1,2})(?P<sep>[/.-])(?P<second>\d{1,2})\.?,?\s+(?:[^\W\d_]{1,5}\.?\s+)?(?P<hour>\d{1,2})[:.](?P<rest>\d{2}.*)$"
)
_CLOCK_THEN_DAY_MONTH: Final = re.compile(r"^(?P<clock>\d{1,2}:\d{2})\s+(?P<date>\d{1,2}[/.]\d{1,2})\.?$")
_CJK_DAY: Final = re.compile(r"^\d{1,2}月\d{1,2}日.*$")


def _dateutil(text: str, defaults: tuple[datetime, datetime] | None = None) -> datetime | None:
    """dateutil's fuzzy reading, when it found a whole date: it fills a part it did not find from
    its default (today's day for "12 listopada 2024", a month it cannot read), so the text is read
    against two defaults and a date that differs between them was partly made up. ``defaults``
    sharing a year read a date printed without one in that year."""
    try:
        with warnings.catch_warnings():
            # A word dateutil takes for a zone it does not know ("W") is ignored, as dateutil
            # does, without the warning that it will raise one day.
            warnings.simplefilter("ignore", UnknownTimezoneWarning)
            numeric = _NUMERIC_DATE.search(text)  # "Le 12/02/2024 à 18h47": read as the page writes them
            dayfirst = reads_day_first(int(numeric[1]), int(numeric[3])) if numeric else current().day_first
            if dayfirst and _YEAR_FIRST_DATE.search(text) is not None:
                dayfirst = False  # "2024/03/09": year, month, day (dateutil's day-first reads Y/D/M)
            one, other = defaults or (_DEFAULT_A, _DEFAULT_B)
            first = dateparser.parse(text, fuzzy=True, tzinfos=TZINFOS, default=one, dayfirst=dayfirst)
            if defaults is None and first.year != one.year and first.month != 1 and first.day != 1:
                return first  # no part of the date is the default's: nothing was made up
            second = dateparser.parse(text, fuzzy=True, tzinfos=TZINFOS, default=other, dayfirst=dayfirst)
    except (ValueError, OverflowError, TypeError):
        return None
    return first if first.date() == second.date() else None


_YEAR_FIRST_DATE: Final = re.compile(r"(?<![\d/.\-])\d{4}([/.\-])\d{1,2}\1\d{1,2}(?![\d/\-])")
_NUMERIC_DATE: Final = re.compile(r"(?<![\d/.\-])(\d{1,2})([/\-])(\d{1,2})\2\d{2,4}(?![\d/.\-])")
_DEFAULT_A: Final = datetime(2000, 1, 1)
_DEFAULT_B: Final = datetime(2001, 2, 2)
