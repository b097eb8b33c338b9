"""Dates and clocks outside the Gregorian calendar and the 12/24-hour clock, as papers print them.

Iranian sites date comments in the Persian (Solar Hijri) calendar, "۱۴۰۳/۰۲/۰۱ - ۱۳:۰۲" or
"۱۶ مهر ۱۴۰۳ - ۰۸:۱۵": its years (1300-1499 for anything online) are no Gregorian year a comment
could have, so a date with one is read in that calendar. Nepali sites date by the Bikram Sambat calendar ("२०८१ वैशाख ५ गते, १६:२०", the 17th of
April 2024), whose months run 29 to 32 days, differently each year: its table is nepali_datetime's.
Thai dates count years from the Buddha's death, 543 years before the common era's
first, and papers shorten them to two digits ("5 ต.ค. 67" is 2567, 2024 AD). Hindi splits the day into parts named
before the clock ("शाम 6:40 बजे", evening; "रात 12:30 बजे", night) where English writes am/pm.
``html_time`` asks these after its own shapes, with the digits already made ASCII.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Final

import nepali_datetime

from threads.day_periods import period_hour

# The months of the Persian calendar, in order.
_JALALI_MONTHS: Final = (
    "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
)
# The same months as Afghanistan names them, after the zodiac: in Dari ("۲۳ حوت ۱۴۰۲") and Pashto.
_AFGHAN_MONTHS: Final = (
    ("حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"),
    ("وری", "غویی", "غبرگولی", "چنګاښ", "زمری", "وږی", "تله", "لړم", "لیندۍ", "مرغومی", "سلواغه", "کب"),
)
_MONTH_NUMBER: Final = {
    name: number
    for names in (_JALALI_MONTHS, *_AFGHAN_MONTHS)
    for number, name in enumerate(names, start=1)
}
_CLOCK: Final = (
    r"(?:\s*[-،,|]?\s*(?:ساعت\s*)?(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"(?:\s*(?P<half>[بق]\.\s?ظ\.?))?)?\s*$"  # (a 12-hour clock's half of the day: "۶:۴۰ ب.ظ", after noon; "ق.ظ", before)
)
# "1403/02/01 - 13:02", "1403-02-01 13:02", after a weekday or not.
_JALALI_NUMERIC: Final = re.compile(
    r"^(?:(?:[^\W\d_]|\u200c){2,12}[،,]?\s+)?(?P<year>1[34]\d\d)([/.-])(?P<month>\d{1,2})\2(?P<day>\d{1,2})" + _CLOCK
)
_CLOCK_FIRST: Final = re.compile(r"^(?P<clock>\d{1,2}:\d{2}(?::\d{2})?)\s*[-،,|]\s*(?P<date>.+)$")
# "دوشنبه، 16 مهر 1403 - 08:15"
_JALALI_WORDS: Final = re.compile(
    r"^(?:(?:[^\W\d_]|\u200c){2,12}[،,]?\s+)?(?P<day>\d{1,2})\s+(?P<month>" + "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True)) + r")\s+(?P<year>1[34]\d\d)" + _CLOCK
)
_BUDDHIST_ERA: Final = 543
_THAI: Final = re.compile(r"[\u0e00-\u0e7f]")
THAI_SHORT_YEAR: Final = re.compile(r"^\d{1,2}\s+[\u0e00-\u0e7f.]{2,8}\s+\d{2}(?!\d)")  # "5 ต.ค. 67 เวลา 08:12 น."
# Hindi's parts of the day before a clock: which are after noon (रात, night, is both: "रात 11
# बजे" is 23:00, "रात 1 बजे" is 01:00).
HINDI_DAY_PARTS: Final = ("सुबह", "दोपहर", "शाम", "रात", "সকাল", "দুপুর", "বিকেল", "সন্ধ্যা", "রাত")  # (and Bengali's)
# Hausa's parts of the day after the clock ("9:12 na safe", "10:38 na dare"): morning, midday and
# afternoon, evening, night.
DAY_PARTS_AFTER: Final = ("na safe", "na rana", "na yamma", "na dare")
# Bengali's and Hausa's parts of the day read as Hindi's: morning, noon, afternoon, evening, night.
_PARTS_AS_HINDI: Final = {
    "সকাল": "सुबह", "দুপুর": "दोपहर", "বিকেল": "शाम", "সন্ধ্যা": "शाम", "রাত": "रात",
    "na safe": "सुबह", "na rana": "दोपहर", "na yamma": "शाम", "na dare": "रात",
}
_NIGHT_MORNING_HOURS: Final = range(1, 5)


def jalali_time(text: str) -> datetime | None:
    """A naive datetime from a Persian-calendar date (and clock, after it or before it), or None."""
    clock_first = _CLOCK_FIRST.match(text)
    if clock_first is not None:
        text = f"{clock_first['date']} {clock_first['clock']}"  # "۱۱:۰۵ - ۱۴۰۳/۰۱/۱۵"
    match = _JALALI_NUMERIC.match(text)
    if match is not None:
        month = int(match["month"])
    else:
        match = _JALALI_WORDS.match(text)
        if match is None:
            return None
        month = _MONTH_NUMBER[match["month"]]
    day = int(match["day"])
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        return None
    year, g_month, g_day = jalali_to_gregorian(int(match["year"]), month, day)
    hour = int(match["hour"] or 0)
    if match["half"] and 1 <= hour <= 12:
        hour = hour % 12 + (12 if match["half"].startswith("ب") else 0)
    try:
        return datetime(year, g_month, g_day, hour, int(match["minute"] or 0), int(match["second"] or 0))
    except ValueError:
        return None


def jalali_to_gregorian(year: int, month: int, day: int) -> tuple[int, int, int]:
    """The Gregorian date of a Persian-calendar date, by the calendar's 33-year arithmetic."""
    year += 1595
    days = -355668 + 365 * year + (year // 33) * 8 + ((year % 33) + 3) // 4 + day
    days += (month - 1) * 31 if month < 7 else (month - 7) * 30 + 186
    g_year = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        g_year += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    g_year += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        g_year += (days - 1) // 365
        days = (days - 1) % 365
    g_day = days + 1
    leap = g_year % 4 == 0 and (g_year % 100 != 0 or g_year % 400 == 0)
    lengths = (31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    g_month = 1
    for length in lengths:
        if g_day <= length:
            break
        g_day -= length
        g_month += 1
    return g_year, g_month, g_day


def common_era_year(printed: str, month: str) -> int | None:
    """The year a date prints (four digits, or two after a Thai month), Buddhist years made
    common-era ones; None for two digits after any other month."""
    year = int(printed)
    if len(printed) == 2:
        if not _THAI.search(month):
            return None
        year += 2500
    return year - _BUDDHIST_ERA if year > 2100 + _BUDDHIST_ERA // 2 else year


def hindi_hour(hour: int, part: str) -> int | None:
    """The 24-hour hour of a Hindi clock reading after its part of the day, None if impossible."""
    if not 1 <= hour <= 12:
        return None
    part = _PARTS_AS_HINDI.get(part.lower(), part)
    if (read := period_hour(part, hour)) is not None:
        return read  # CLDR's hours for the part of the day ("दोपहर ११:१०": 11:10, late morning's "afternoon")
    if part == "सुबह":  # morning
        return hour % 12
    if part == "रात" and hour in _NIGHT_MORNING_HOURS:  # after midnight
        return hour
    if part == "रात" and hour == 12:
        return 0
    return hour % 12 + 12  # afternoon, evening, night before midnight


# The months of the Bikram Sambat calendar, in order, as Nepali papers spell them (colloquial and
# Sanskrit forms).
_BIKRAM_MONTHS: Final = (
    ("बैशाख", "वैशाख"), ("जेठ", "जेष्ठ", "ज्येष्ठ"), ("असार", "असाढ", "आषाढ"), ("साउन", "श्रावण"),
    ("भदौ", "भाद्र"), ("असोज", "आश्विन"), ("कात्तिक", "कार्तिक"), ("मंसिर", "मङ्सिर", "मार्ग"),
    ("पुस", "पौष", "पूस"), ("माघ",), ("फागुन", "फाल्गुन"), ("चैत", "चैत्र"),
)
_BIKRAM_NUMBER: Final = {name: number for number, names in enumerate(_BIKRAM_MONTHS, start=1) for name in names}
_BIKRAM_MONTH: Final = "(?P<month>" + "|".join(sorted(_BIKRAM_NUMBER, key=len, reverse=True)) + ")"
_GATE: Final = r"(?:\s*गते)?"  # ("५ गते": the 5th)
# (the part of the day before the clock: "चैत १७, २०८० बिहान ८:०५", morning; "दिउँसो १:२५", afternoon)
_BIKRAM_CLOCK: Final = (
    r"(?:\s*[-,،|]?\s*(?:(?P<part>बिहान|दिउँसो|बेलुका|साँझ|राति)\s+)?(?P<hour>\d{1,2}):(?P<minute>\d{2})(?:\s*बजे)?)?\s*$"
)
# The parts of the day a Nepali clock may follow, and the hours of each read after noon: the
# afternoon's and the evening's all; the night's from six (before that, after midnight).
_NEPALI_PM_FROM: Final = {"बिहान": 24, "दिउँसो": 0, "बेलुका": 0, "साँझ": 0, "राति": 6}
# "2081 वैशाख 5 गते, 16:20", "वैशाख 5, 2081 16:20", "5 वैशाख 2081" (the digits made ASCII before)
_BIKRAM_DATES: Final = tuple(
    re.compile(pattern + _BIKRAM_CLOCK)
    for pattern in (
        rf"^(?P<year>2\d{{3}})\s+{_BIKRAM_MONTH}\s+(?P<day>\d{{1,2}}){_GATE},?",
        rf"^{_BIKRAM_MONTH}\s+(?P<day>\d{{1,2}}){_GATE},?\s+(?P<year>2\d{{3}}),?",
        rf"^(?P<day>\d{{1,2}}){_GATE}\s+{_BIKRAM_MONTH},?\s+(?P<year>2\d{{3}}),?",
    )
)
BIKRAM_MONTH_WORD: Final = re.compile(_BIKRAM_MONTH)


def is_bikram_month(word: str) -> bool:
    """Whether a word names a month of the Bikram Sambat calendar ("चैत"), which CLDR does not list."""
    return word in _BIKRAM_NUMBER


def bikram_sambat_time(text: str) -> datetime | None:
    """A naive datetime from a Bikram Sambat date in Nepali month names (and a clock), or None."""
    for pattern in _BIKRAM_DATES:
        match = pattern.match(text)
        if match is None:
            continue
        try:
            day = nepali_datetime.date(int(match["year"]), _BIKRAM_NUMBER[match["month"]], int(match["day"])).to_datetime_date()
            hour = int(match["hour"] or 0)
            if match["part"] is not None:
                if not 1 <= hour <= 12:
                    return None
                hour = hour % 12 + (12 if hour >= _NEPALI_PM_FROM[match["part"]] else 0)
            return datetime(day.year, day.month, day.day, hour, int(match["minute"] or 0))
        except (ValueError, OverflowError):
            return None
    return None
