"""A 12-hour clock read after the part of the day a page names before it, in any language CLDR
describes: Bengali "ভোর ৫:৪০" (dawn, 05:40) and "বিকাল ৪:১০" (late afternoon, 16:10), Tamil
"மாலை 6:15", Burmese, Sinhala, Lao.

CLDR gives each language's parts of the day and the hours each covers ("day period rules"); Babel
ships both. Where a word names parts of the day in several languages, an hour is read only if
one of its two readings (h, h + 12) is nearer the word's hours than the other. Only words
in scripts other than Latin are kept: Latin-script pages print 24-hour clocks or "am"/"pm"
after the time, which ``dates_in_words`` reads already, and their words for the parts of the day
("tarde", "matin") are everyday words.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from threads.cldr_languages import language_data

_DAY: Final = 24 * 3600
_LATIN_END: Final = 0x24F
# A word, then a clock of twelve hours: "ভোর 5:40", "বিকাল 4.10".
_BEFORE_CLOCK: Final = re.compile(r"(?<!\S)(?P<word>[^\s\d]{1,24}?)\s*(?P<hour>\d{1,2})(?P<rest>[:.]\d{2}(?![\d]))")  # (one letter: Burmese "ည", night)


def with_day_period_read(text: str) -> str | None:
    """``text`` with its first part of the day and 12-hour clock written as a 24-hour clock
    ("২৩ আগস্ট ২০২৪, ভোর 5:40" → "… 05:40"; after the clock, Burmese "၁၂ ဩဂုတ် ၂၀၂၄ ၇:၄၅ ညနေ",
    evening, → "… 19:45"), or None where no known part of the day stands by a clock. Digits must
    already be 0-9."""
    for found in _BEFORE_CLOCK.finditer(text):
        word = found["word"].strip(",،")
        if all(ord(c) <= _LATIN_END for c in word):
            continue
        hour = period_hour(word, int(found["hour"]))
        if hour is not None:
            return f"{text[: found.start()]}{hour:02d}{found['rest']}{text[found.end() :]}"
    after = _AFTER_CLOCK.search(text)
    if after is not None and not all(ord(c) <= _LATIN_END for c in after["word"]):
        hour = period_hour(after["word"], int(after["hour"]))
        if hour is not None:
            return f"{text[: after.start()]}{hour:02d}{after['rest']}{text[after.end() :]}"
    return None


# A clock of twelve hours, then the part of the day closing the text: "၇:၄၅ ညနေ" (Burmese evening).
_AFTER_CLOCK: Final = re.compile(r"(?<![\d:])(?P<hour>\d{1,2})(?P<rest>[:.]\d{2})\s*(?P<word>[^\s\d]{1,24})$")


def period_hour(word: str, hour: int) -> int | None:
    """The hour of the day (0-23) a 12-hour clock's ``hour`` reads after ``word``, or None: of its
    two readings (h, h + 12), the one nearer the word's hours, where it is within ``_SLACK`` of
    them and the other is not as near (papers stretch a part of the day past CLDR's bounds:
    Tamil "மாலை 6:15", evening, CLDR's 16:00-18:00)."""
    spans = _periods().get(word.casefold())
    if spans is None or not 1 <= hour <= 12:
        return None
    near = sorted((min(_distance(h * 3600, span) for span in spans), h) for h in (hour % 12, hour % 12 + 12))
    (best, reading), (other, _) = near
    return reading if best <= _SLACK and best < other else None


_SLACK: Final = 3 * 3600
_HALVES: Final = {"am": (0, _DAY // 2 - 1), "pm": (_DAY // 2, _DAY - 1)}


def _distance(second: int, span: tuple[int, int]) -> int:
    """Seconds from ``second`` to the nearest second of ``span`` on a 24-hour dial (0 inside it)."""
    start, end = span
    inside = start <= second <= end if start < end else second >= start or second <= end  # (night runs past midnight)
    if inside:
        return 0
    return min(min(abs(second - edge), _DAY - abs(second - edge)) for edge in (start, end))


@functools.cache
def _periods() -> dict[str, tuple[tuple[int, int], ...]]:
    """Each part of the day's word, in every language and script Babel has data for, with the
    spans of seconds after midnight CLDR gives it (one per language naming it). Built once, on
    the first date with a word before its clock (about 0.5 s)."""
    spans: dict[str, set[tuple[int, int]]] = {}
    for data in language_data():
        if "day_period_rules" not in data or "day_periods" not in data:
            continue  # (a language CLDR gives no parts of the day)
        rules = data["day_period_rules"].get(None) or {}
        names = data["day_periods"]
        for context in ("format", "stand-alone"):
            for width in ("abbreviated", "wide", "narrow"):
                for key, word in (names.get(context, {}).get(width) or {}).items():
                    if key in _HALVES and any(ord(c) > _LATIN_END for c in word):
                        # before noon and after ("පෙ.ව. 6:45", "ප.ව. 1:05": Sinhala), which no rule spans
                        spans.setdefault(word.casefold(), set()).add(_HALVES[key])
                    for rule in rules.get(key, ()):
                        if "from" in rule and "before" in rule and any(ord(c) > _LATIN_END for c in word):
                            spans.setdefault(word.casefold(), set()).add((rule["from"] % _DAY, rule["before"] % _DAY))
    for word, same in _EVERYDAY_WORDS.items():
        spans.setdefault(word, set()).update(spans.get(same, ()))
    return {word: tuple(sorted(found)) for word, found in spans.items()}


# Everyday words papers print for a part of the day, beside CLDR's word for it: Malayalam
# "ഉച്ചകഴിഞ്ഞ്" (after noon; CLDR "ഉച്ചതിരിഞ്ഞ്") and "വൈകിട്ട്" (evening; CLDR "വൈകുന്നേരം");
# Burmese "မနက်" (morning; CLDR "နံနက်").
_EVERYDAY_WORDS: Final = {"ഉച്ചകഴിഞ്ഞ്": "ഉച്ചതിരിഞ്ഞ്", "വൈകിട്ട്": "വൈകുന്നേരം", "မနက်": "နံနက်"}


