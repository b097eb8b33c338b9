"""Dates whose month is a word, in any language the month tables know, or in Chinese, Japanese
and Korean numbers: "5. März 2024 14:32 Uhr", "12 de março de 2024 14h32", "2024. március 5.
14:32", "2024年3月5日 上午9:05", "Machi 5, 2025 7:42 pm".

dateutil reads English month names and numbers; these shapes are read here first (``html_time``),
with the page's language choosing between months two languages name alike, and the halves of the
day that languages write before or after the clock.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Final

from threads.calendars import (
    DAY_PARTS_AFTER,
    HINDI_DAY_PARTS,
    common_era_year,
    hindi_hour,
)
from threads.day_periods import with_day_period_read
from threads.month_names import month_choices, month_number
from threads.page_dates import month_in_language
from threads.page_words import alternation
from threads.time_words import AFTERNOON_AFTER_CLOCK, CLOCK_CONNECTORS, MORNING_AFTER_CLOCK
from threads.zone_names import zone_named

# Dates with the month in words in any language (month_names): "5. März 2024 14:32 Uhr",
# "12 de março de 2024 14h32", "12 marca 2024 14:32", "18 октября 2024 г. 14:32", and the
# year-first Hungarian "2024. március 5. 14:32". A zone abbreviation may follow.
# A letter of a word, with the vowel signs that Devanagari, Thai, Lao, Tibetan, Myanmar and Khmer
# write as combining marks ("मार्च", "มี.ค.", "ឧសភា"), which ``\w`` leaves out. (Their digits are
# read as 0-9 before these patterns are tried.)
_LETTER: Final = r"(?:[^\W\d_]|[\u0900-\u0dff\u0e31-\u0e4e\u0eb1-\u0ecd\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff])"
# Morning and afternoon, where they are not "am"/"pm": before the clock in Chinese, Japanese and
# Korean ("下午5:05", "오후 2:10"), after it in Arabic, Hindi and Urdu ("09:15 ص", "9:55 पूर्वाह्न").
AFTERNOON: Final = frozenset({"pm", "下午", "午後", "오후", "μμ", *(word.replace(".", "") for word in AFTERNOON_AFTER_CLOCK)})  # (read without dots)
_DAY_HALF_BEFORE: Final = r"(?:(?P<before>上午|下午|午前|午後|오전|오후|" + "|".join(HINDI_DAY_PARTS) + r")\s*)?"
_DAY_HALF_AFTER: Final = rf"(?:\s*(?P<after>[ap]\.?m\.?|[πμ]\.?μ\.?|{alternation((*DAY_PARTS_AFTER, *MORNING_AFTER_CLOCK, *AFTERNOON_AFTER_CLOCK))}))?"
# Words between a date and its clock: "à", "um", "о", Thai "เวลา", Lao "ເວລາ" (time), Hindi "को"
# (page_words' list).
_CONNECTOR: Final = r"(?:" + "|".join(re.escape(word) for word in (*CLOCK_CONNECTORS, "เวลา", "ເວລາ", "को")) + r")"
_TIME_OF_DAY: Final = (
    r"(?:,?\s+(?:-\s+|" + _CONNECTOR + r"\s+)?" + _DAY_HALF_BEFORE
    + r"(?P<hour>\d{1,2})[:.h](?P<minute>\d{2})(?::(?P<second>\d{2}))?(?:\s*(?:uhr|h|ч\.?|น\.?|ໂມງ|बजे))?"
    + _DAY_HALF_AFTER + r")?"
    r"(?:\s+(?P<zone>[^\W\d_]{2,5}))?$"
)
_WORD_DATE: Final = re.compile(
    r"(?i)^(?:" + _LETTER + r"{2,15}(?:-" + _LETTER + r"{2,8})?\.?[,،]?\s+)?(?P<day>\d{1,2})(?:\.?\s+|-(?=[^\W\d_]))(?:de\s+|di\s+)?"  # ("terça-feira, 14 de …"; Kyrgyz "14-март 2024")
    r"(?P<month>" + _LETTER + r"{1,15}(?:\." + _LETTER + r"{1,4})?)\.?[,،]?"
    r"\s+(?:de\s+|del\s+)?(?P<year>\d{4}|\d{2})(?:\s*(?:г|р|m)\.|\.)?" + _TIME_OF_DAY  # ("2024. u 19:05", Croatian)
)
_YEAR_FIRST: Final = re.compile(
    r"(?i)^(?P<year>\d{4})(?:ko)?\.?\s+(?P<month>" + _LETTER + r"{3,15})\.?\s+(?P<day>\d{1,2})(?:a|ean)?\.?"  # ("2024ko urriaren 25a", Basque; "2024 മാർച്ച് 18", Malayalam)
    r"(?:,\s+[^\W\d_]{3,12}(?=\s+-\s))?"  # the weekday after the day: Hungarian Drupal's "2024. március 30., szombat - 21:14"
    + _TIME_OF_DAY
)
# Chinese, Japanese and Korean: "2024年3月12日 14:32", "2024년 3월 12일 오후 2:10", "2024年3月5日 上午9:05".
_CJK: Final = re.compile(
    r"^(?P<year>\d{4})\s*[年년]\s*(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]"
    r"(?:\s*\([^)]{1,3}\))?(?:\s*(?:(?:星期|週|周|禮拜|礼拜)[一二三四五六日天]|[月火水木金土日]曜日?))?\s*"  # (the weekday: "星期五", Japanese "土曜日")
    + _TIME_OF_DAY.replace(r"(?:,?\s+", r"(?:,?\s*", 1)
)
# The month's name first, as English prints it, in another language: wpDiscuz's title in Swahili
# "Machi 5, 2025 7:42 pm".
_MONTH_FIRST: Final = re.compile(
    r"(?i)^(?P<month>" + _LETTER + r"{2,15})\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})" + _TIME_OF_DAY
)
# Numbers with the year first are year, month, day wherever they are written ("2024.03.05 09:14"
# in Korea and Hungary, "2024/03/05 14:32" in Japan): never the day first.
_YEAR_NUMERIC: Final = re.compile(
    r"^(?P<year>\d{4})([./-])\s?(?P<month>\d{1,2})\2\s?(?P<day>\d{1,2})\.?" + _TIME_OF_DAY  # (Korean "2024. 6. 14. 오후 3:22:10": a space after each dot)
)

def _date_match(text: str) -> re.Match[str] | None:
    return (
        _WORD_DATE.match(text) or _YEAR_FIRST.match(text) or _CJK.match(text) or _YEAR_NUMERIC.match(text)
        or _MONTH_FIRST.match(text)
    )


def in_words(text: str) -> datetime | None:
    """A date whose month is a word in another language (or a CJK date); None means "ask dateutil"."""
    match = _date_match(text)
    if match is None and not text.isascii() and (read := with_day_period_read(text)) is not None:
        match = _date_match(read)  # a part of the day before a 12-hour clock, in any language CLDR describes ("ভোর 5:40")
    if match is None:
        return None
    word = match["month"]
    month = int(word) if word.isdigit() else month_number(word.lower().rstrip("."))
    if month is None and word.endswith("ren"):
        month = month_number(word[:-3].lower())  # Basque's genitive: "urriaren" (of October), "urria"
    if month is None and (choices := month_choices(word.lower().rstrip("."))):
        month = month_in_language(choices)  # "26. listopada 2024.": October in Croatian, November in Polish
    if month is None:
        return None
    year = common_era_year(match["year"], word)
    if year is None:
        return None  # "5 Mar 24": dateutil's reading
    hour = int(match["hour"] or 0)
    half = match["before"] or match["after"]
    if half in HINDI_DAY_PARTS or (half is not None and half.lower() in DAY_PARTS_AFTER):
        if (hindi := hindi_hour(hour, half)) is None:
            return None
        hour = hindi
    elif half is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half.lower().replace(".", "") in AFTERNOON else 0)
    try:
        found = datetime(year, month, int(match["day"]), hour, int(match["minute"] or 0), int(match["second"] or 0))
    except ValueError:
        return None
    if match["zone"] is None:
        return found
    zone = zone_named(match["zone"])
    return found.replace(tzinfo=zone) if zone is not None else None
