"""Month and weekday names in the languages news sites comment in, from the Unicode CLDR (through Babel).

A printed date is "5. März 2024", "12 de março de 2024" or "12 marca 2024" as often as
"March 5, 2024". CLDR has every language's month names, abbreviations and grammatical forms
(Polish and Russian print the genitive: "marca", "марта"), so none are typed in here. A word
that names different months in two languages ("listopad": November in Czech and Polish,
October in Croatian) is read only in the page's language (``month_choices``), never guessed.
"""

from __future__ import annotations

import functools
import logging
import re
from typing import Final

from babel import Locale
from babel.dates import get_day_names, get_month_names

logger = logging.getLogger(__name__)

# Languages of the news sites that saved pages come from: Europe's, its neighbours' and the
# commonest others written in Latin, Cyrillic, Greek, Armenian, Georgian, Arabic (the Levant's
# month names too: "شباط", "أيلول"), Hebrew or Devanagari letters, and Thai; then the other scripts.
LANGUAGES: Final = (
    "en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "nb", "nn", "fi", "cs", "sk", "sl", "hr",
    "bs", "sr_Latn", "hu", "ro", "tr", "ru", "uk", "be", "bg", "mk", "sr", "hy", "ka", "el", "ca", "eu",
    "gl", "et", "lv", "lt", "sq", "is", "ga", "cy", "mt", "af", "sw", "id", "ms", "tl", "vi", "az", "kk",
    "uz", "ar", "ar_LB", "ar_MA", "ar_DZ", "fa", "he", "ur", "hi", "th",  # (the Maghreb's months: Moroccan "نونبر", Algerian "جوان")
    # South and South-East Asia's, the Horn's and Central Asia's own scripts, whose words no Latin
    # name can be mistaken for: "শুক্র, ১৪/০৩/২০২৫" (a Bengali Drupal's weekday), "12 ಮಾರ್ಚ್ 2025".
    "bn", "ta", "te", "kn", "ml", "mr", "gu", "pa", "or", "as", "ne", "si", "km", "my", "lo", "am", "ti",
    "ps", "sd", "ckb", "tg", "ky",
    "mg",  # Malagasy ("9 Aprily 2024 14:22", a wpDiscuz tooltip)
    "ha",  # Hausa ("Maris 12, 2024 9:14 am", wpDiscuz in Kano)
)
# Languages whose weekdays a stamp may open with though their months are numbers ("週四, 03/20/2025 -
# 19:42", Drupal in Traditional Chinese); only their weekdays are read.
WEEKDAY_ONLY_LANGUAGES: Final = ("zh", "zh_Hant")
# The Levant's two-word months ("تشرين الأول", October; ar_LB's others are one word): each
# word names two months, so the pair is read as the month the rest of the Arab world names.
TWO_WORD_MONTHS: Final = {
    "كانون الثاني": "يناير", "تشرين الأول": "أكتوبر", "تشرين الثاني": "نوفمبر", "كانون الأول": "ديسمبر",
}


def month_number(word: str) -> int | None:
    """The month a (lower-case, dotless) word names in any of LANGUAGES, or None; a Hindi month
    as either spelling writes it ("नवम्बर" or CLDR's "नवंबर", "फरवरी" or "फ़रवरी")."""
    found = _table().get(word)
    if found is None and "\u0900" <= word[:1] <= "\u097f":
        found = _table().get(_devanagari_folded(word))
    return found


def _devanagari_folded(word: str) -> str:
    """A Devanagari word in one spelling of two: a nasal before a consonant as the anusvara
    ("म्ब" as "ंब"), no nukta (the dot of "फ़")."""
    return _HALF_NASAL.sub("\u0902", word.replace("\u093c", ""))


# A nasal consonant with its virama before another consonant: "म्" of "नवम्बर", "न्" of "हिन्दी".
_HALF_NASAL: Final = re.compile("[\u0919\u091e\u0923\u0928\u092e]\u094d(?=[\u0915-\u0939])")


def month_choices(word: str) -> dict[str, int]:
    """For a (lower-case, dotless) word that names different months in different languages, the
    month it names in each of them, by primary language tag: "listopada" is {"pl": 11, "hr": 10}."""
    return _ambiguous().get(word, {})


@functools.cache
def _forms() -> dict[str, dict[int, set[str]]]:
    """Every form of every month in LANGUAGES: the months it names, and in which languages."""
    months: dict[str, dict[int, set[str]]] = {}
    for language in LANGUAGES:
        primary = language.partition("_")[0]
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context=context, locale=language).items():
                    months.setdefault(name.lower().rstrip("."), {}).setdefault(number, set()).add(primary)
    return months


@functools.cache
def _table() -> dict[str, int]:
    """The words that name one month in every language that has them, read once, on the first
    date that needs it."""
    table = {word: next(iter(numbers)) for word, numbers in _forms().items() if len(numbers) == 1}
    for word, number in list(table.items()):
        if "\u0900" <= word[:1] <= "\u097f":
            table.setdefault(_devanagari_folded(word), number)  # (CLDR's "फ़रवरी" found as "फरवरी" too)
    for number, word in enumerate(_SINHALA_MONTHS, start=1):
        table.setdefault(word, number)
    logger.debug("month names: %d words in %d languages", len(table), len(LANGUAGES))
    return table


# The months as Sri Lankan papers print them, from English ("ජූනි", June), where CLDR's Sinhala
# gives the months of the traditional calendar ("පොසොන්").
_SINHALA_MONTHS: Final = (
    "ජනවාරි", "පෙබරවාරි", "මාර්තු", "අප්\u200dරේල්", "මැයි", "ජූනි",
    "ජූලි", "අගෝස්තු", "සැප්තැම්බර්", "ඔක්තෝබර්", "නොවැම්බර්", "දෙසැම්බර්",
)


@functools.cache
def _ambiguous() -> dict[str, dict[str, int]]:
    return {
        word: {language: number for number, languages in numbers.items() for language in languages}
        for word, numbers in _forms().items()
        if len(numbers) > 1
    }


def is_weekday(word: str) -> bool:
    """Whether a (lower-case, dotless) word names a day of the week in any of LANGUAGES: a header's
    date may open with one ("Selasa, 5 Mar 2024 08:15 WIB"), which is no part of the name before it."""
    return word in _weekdays()


@functools.cache
def _weekdays() -> frozenset[str]:
    """Every wide and abbreviated weekday name in LANGUAGES and WEEKDAY_ONLY_LANGUAGES, read once, on
    the first header that asks; Khmer's also as its long dates write them, after "ថ្ងៃ" (day)."""
    khmer = get_day_names("wide", context="format", locale="km").values()
    return frozenset(_weekday_numbers()) | {f"ថ្ងៃ{name}" for name in khmer if not name.startswith("ថ្ងៃ")}


def weekday_numbers(word: str) -> frozenset[int]:
    """The days of the week (Monday 0) a lower-case, dotless word names in LANGUAGES and
    WEEKDAY_ONLY_LANGUAGES: one, or several where languages share the word for different days."""
    return _weekday_numbers().get(word, frozenset())


@functools.cache
def _weekday_numbers() -> dict[str, frozenset[int]]:
    """Every wide and abbreviated weekday name in LANGUAGES and WEEKDAY_ONLY_LANGUAGES, lower case
    and dotless, with the days it names; read once, on the first header that asks."""
    numbers: dict[str, set[int]] = {}
    for language in (*LANGUAGES, *WEEKDAY_ONLY_LANGUAGES):
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_day_names(width, context=context, locale=language).items():
                    numbers.setdefault(name.lower().rstrip("."), set()).add(number)
    return {name: frozenset(days) for name, days in numbers.items()}


def days_before(word: str) -> int | None:
    """How many days before today a (lower-case) word names the day in any of LANGUAGES: "wczoraj"
    1, "dzisiaj" 0, "bu gün" 0 (a comment's "Dünən, 09:05" is yesterday's); None for any other.
    Only today and the days before it: a comment is never dated tomorrow."""
    return _relative_days().get(word)


@functools.cache
def _relative_days() -> dict[str, int]:
    """CLDR's names of today and the days before it, in every language of LANGUAGES; a word that
    names two different days in two languages is left out. (Babel keeps CLDR's relative day names
    in its locale data, ``Locale._data``, and formats with them only inside ``format_timedelta``; no
    public call returns them.)"""
    days: dict[str, set[int]] = {}
    for language in LANGUAGES:
        relative = Locale.parse(language)._data["date_fields"]["day"]["relative"]
        for offset, name in relative.items():
            if offset <= 0:
                days.setdefault(name.lower(), set()).add(-offset)
    return {word: next(iter(offsets)) for word, offsets in days.items() if len(offsets) == 1}


def relative_day_words() -> tuple[str, ...]:
    """Every word ``days_before`` knows, longest first (for a pattern that tries them in turn)."""
    return tuple(sorted(_relative_days(), key=len, reverse=True))
