"""Where a page says in words which zone its printed times are in: a forum's footer "All times
are GMT -5", a paper's "All times shown are Irish time (GMT/IST)", "השעות באתר לפי שעון ישראל".

A statement is a fact about the whole page, found once per page (``page_dates`` holds the zone it
gives for the span of a parse). Each statement is looked for only where a cheap substring of it is
on the page, and the HTML reader asks only in the page's own language and English, because each
cue is one more scan of a page that nearly never states its zone.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from datetime import UTC, timedelta, timezone, tzinfo
from typing import Final
from zoneinfo import ZoneInfo, available_timezones

from babel import Locale, UnknownLocaleError

from threads.month_names import LANGUAGES
from threads.page_dates import primary_language
from threads.zone_names import SHARED_ZONE_NAMES, zone_named
from threads.zone_notes import ZONE_PAIRS, summer_partner, zone_in_notes
from threads.zone_statement_words import (
    CITY_STATEMENT_CUES,
    COUNTRY_ZONES,
    CUE_LANGUAGES,
    FIRST_CITY_CUES,
    FIRST_NAMED_CUES,
    NAMED_ZONE_CUES,
    PHRASE_ZONES,
    SAME_LANGUAGE,
    ZONE_STATEMENT_CUES,
    ZONE_STATEMENT_WORDS,
)

_ZONE_STATEMENT: Final = re.compile(
    r"(?i)(?:" + "|".join(w.replace(" ", r"\s+") for w in sorted(ZONE_STATEMENT_WORDS, key=len, reverse=True)) + r")\s*(?:au\s+format\s+)?(?:[—–-]\s*)?"
    r"(?:<[^>]{0,200}>\s*)?(?:(?:[^\W\d_][^\s(]{0,24}\s+){0,5}?[^\W\d_][^\s(]{0,30}\s*[(（]\s*(?:[^\W\d_][^,()]{0,30},\s*)?)?(?:GMT|UTC|WEZ|জিএমটি)"  # (a zone's or place's name before it: "SA-tyd (UTC+2)", "la hora de Uruguay (UTC-3)", "표준시(KST, UTC+9)"; any letters, Bengali's vowel signs too)
    r"(?:\s*(?P<sign>[+\-−]|&minus;)\s*(?P<hours>\d{1,2})(?:[:.](?P<minutes>\d{2}))?(?:\s*hours?)?|(?!\s*[a-z]))(?![\w:+\-/])"  # (not "(GMT in winter, IST …)" nor "(GMT/BST)": a name of the zone's winter, which a place says better)
)
# Combining marks, which ``\w`` does not take, inside a place's name: Arabic's shadda ("عمّان",
# Amman), Hebrew's points, the vowel signs of India's scripts, Thai's and Myanmar's.
_MARKS: Final = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    "\u0900-\u0dff\u0e31-\u0e4e\u0eb1-\u0ecd\u1000-\u109f"
)
_CITY_STATEMENT: Final = re.compile(
    r"(?i)(?:" + "|".join(w.replace(" ", r"\s+") for w in sorted(ZONE_STATEMENT_WORDS, key=len, reverse=True)) + r")(?:\s+|(?<=[\u3000-\u9fff]))"
    r"(?:(?:à|&agrave;|a)\s+l(?:['’]|&\#0?39;|&apos;|&rsquo;)heure\s+d(?:['’]|&\#0?39;|&apos;|&rsquo;)|(?:(?:à|&agrave;|a)\s+l(?:['’]|&\#0?39;|&apos;|&rsquo;)heure\s+de|en\s+heure\s+de|(?:la\s+)?hora(?:\s+(?:oficial|legal))?(?:\s+de)?|czasu|σε\s+ώρα|in|de|en)\s+)?\(?(?P<city>[^\W\d_][\w" + _MARKS + r"-]{1,30}(?:\s+(?-i:[A-Z])[\w-]{2,30})?)(?:['’]s)?(?:\s+time)?\b"
)
_NAMED_ZONE_STATEMENT: Final = re.compile(
    r"(?i:(?:all\s+)?times\s+(?:shown\s+)?are|all\s+dates\s+and\s+times\s+on\s+this\s+website\s+are|times\s+(?:are\s+)?shown\s+in|az\s+(?:oldalon\s+szereplő\s+)?időpontok|sitede\s+yer\s+alan\s+saatler|saa\s+zote\s+(?:[^\W\d_]+\s+){0,4}?ni\s+za)(?:\s+in)?\s+"
    r"(?:[^\W\d_][\w-]{0,15}\s+){0,4}?\(?(?P<abbreviation>[A-ZÇĞİÖŞÜ]{2,5})\)?(?![\w(/])(?!\s+[^\W\d_])"  # (not "(NZDT until 7 April, NZST after)": a change of zone, which a place says better)
)  # (Hungarian: "Az időpontok közép-európai idő (CET) szerint értendők", the times are in CET; not
# one of two, "(GMT/IST)", which a country's name says better)


@functools.cache
def _cues_for(language: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[tuple[str, str], ...]]:
    """The statement cues to look for on a page in ``language`` ("" where it is not known: all)."""
    spoken = SAME_LANGUAGE.get(language, language)

    def kept(cue: str) -> bool:
        return not spoken or CUE_LANGUAGES.get(cue, spoken) == spoken

    return (
        tuple(cue for cue in ZONE_STATEMENT_CUES if kept(cue)),
        tuple(cue for cue in NAMED_ZONE_CUES if kept(cue)),
        tuple(cue for cue in CITY_STATEMENT_CUES if kept(cue)),
        tuple(pair for pair in PHRASE_ZONES if kept(pair[0])),
    )
_MAX_OFFSET_HOURS: Final = 14
_PARTNER_CHARS: Final = 60


@functools.cache
def _city_zones() -> dict[str, str]:
    """The tz database's zones by their city's name ("paris": "Europe/Paris"), read once; those of
    its continents and oceans, and North America's zones by name ("US/Eastern": "All times are
    Eastern"), not its other old aliases by country ("Brazil/East": "East Africa Time" is no
    Brazilian time)."""
    return {
        key.rsplit("/", 1)[1].replace("_", " ").casefold(): key
        for key in available_timezones()
        if key.partition("/")[0] in _TZ_AREAS and "/" in key
    }


# The tz database's areas: continents and oceans; and of its aliases by country, the US's and
# Canada's, whose zones' names statements use ("Eastern", "Pacific", "Atlantic").
_TZ_AREAS: Final = frozenset(
    {"Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific", "US", "Canada"}
)


def _city_zone(city: str, language: str = "") -> tzinfo | None:
    """The zone of a city or country a statement names, in one word or two ("New Zealand"; "mitteleuropäischer
    Zeit": German capitalises the noun after the one that names the zone); or the city as the
    page's language names it (CLDR's exemplar cities: "Алматы", "悉尼"), in a script without
    spaces the longest such name the words open with ("悉尼当地时间": Sydney's local time)."""
    words = city.casefold()
    key = _city_zones().get(words) or COUNTRY_ZONES.get(words)
    if key is None and " " in words:
        first = words.split()[0]
        key = _city_zones().get(first) or COUNTRY_ZONES.get(first)
    if key is None and (language or ord(words[0]) > _LATIN_END):
        # (in every language only for a name in another script: a Latin one the tz database names)
        local = _local_cities(language)
        key = local.get(words) or (local.get(words.split()[0]) if " " in words else None)
        if key is None and ord(words[0]) >= _CJK_START:
            named = {**COUNTRY_ZONES, **local}
            key = next((named[words[:end]] for end in range(min(len(words), _MAX_CJK_CITY), 1, -1) if words[:end] in named), None)
    return ZoneInfo(key) if key is not None else None


_CJK_START: Final = 0x3000
_LATIN_END: Final = 0x24F
_MAX_CJK_CITY: Final = 8


@functools.cache
def _local_cities(language: str) -> dict[str, str]:
    """The zones by their exemplar city's name in ``language`` (CLDR, through Babel), read once per
    language asked; where the page's language is not known (archive.today drops ``lang``), in
    every language of ``month_names.LANGUAGES`` and the CJK ones, a name two of them give
    different zones left out."""
    if language:
        try:
            zones = Locale.parse(language).time_zones
        except (ValueError, UnknownLocaleError):
            return {}
        known = available_timezones()
        return {names["city"].casefold(): key for key, names in zones.items() if "city" in names and key in known}
    merged: dict[str, str] = {}
    clashing: set[str] = set()
    for one in (*LANGUAGES, *_CJK_LANGUAGES):
        for name, key in _local_cities(one.partition("_")[0]).items():
            if merged.setdefault(name, key) != key:
                clashing.add(name)
    return {name: key for name, key in merged.items() if name not in clashing}


_CJK_LANGUAGES: Final = ("zh", "ja", "ko")
# How much of a text dump's end its footer takes, where a forum states its zone: searching only
# there keeps the test off the whole page (a substring scan of a non-ASCII page costs ~17 us).
FOOTER_CHARS: Final = 5000


_ZONE_PAIR: Final = re.compile(r"\((" + "|".join(re.escape(pair) for pair in ZONE_PAIRS) + r")\)")


def _overlapping(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Every match, each search starting just after the last one's start: statements overlap ("Alle
    tider er oppgitt i norsk tid": "alle tider er" names no place, "er oppgitt i" names Norway's)."""
    position = 0
    while (match := pattern.search(text, position)) is not None:
        yield match
        position = match.start() + 1


def _place_before(named: re.Match[str], language: str) -> tzinfo | None:
    """The zone of a place the statement names before its abbreviation ("Irish time (IST)")."""
    words = named.string[named.start() : named.start("abbreviation")]
    for word in re.findall(r"[^\W\d_]{3,}", words):
        zone = _city_zone(word, primary_language(language) if language else "")
        if zone is not None:
            return zone
    return None


def stated_zone(markup: str, every_language: bool = True, language: str = "") -> tzinfo | None:
    """The zone a page says all its times are in, or None where it says nothing. Without
    ``every_language``, only statements in English, Hungarian and French by a place or an
    abbreviation are looked for: each more language costs a scan of the text, which the text
    reader, reading a whole page in about 0.3 ms, cannot afford on every footer."""
    # the cheap tests first: nearly every page names no zone and says nothing of the kind
    zone_cues, named_cues, city_cues, phrases = _cues_for(primary_language(language) if language else "")
    match = (
        _ZONE_STATEMENT.search(markup)
        if ("UTC" in markup or "GMT" in markup or "WEZ" in markup or (every_language and "জিএমটি" in markup))
        and any(cue in markup for cue in zone_cues)
        else None
    )
    if match is None:
        # ... or the zone's abbreviation: "All times are Indian Standard Time (IST)" (first: the
        # words before it are no city, "All times are South African Standard Time (SAST)")
        named_cues = named_cues if every_language else NAMED_ZONE_CUES[:FIRST_NAMED_CUES]
        named = _NAMED_ZONE_STATEMENT.search(markup) if any(cue in markup for cue in named_cues) else None
        if named is not None and (zone := zone_named(named["abbreviation"])) is not None:
            if named["abbreviation"] in SHARED_ZONE_NAMES and (placed := _place_before(named, language)) is not None:
                return placed  # "Times shown are Irish time (IST)": Ireland's, not India's
            # (or, its summer's name after it, the region: "(AEST, or AEDT during daylight saving)")
            return summer_partner(named["abbreviation"], markup[named.end() : named.end() + _PARTNER_CHARS]) or zone
        if named is None and every_language and any(cue in markup for cue in named_cues) and (pair := _ZONE_PAIR.search(markup)):
            return ZoneInfo(ZONE_PAIRS[pair.group(1)])  # ("… (CET/CEST) szerint értendők": both names, one zone)
        # ... or names the city whose time it is: "Toutes les heures sont à l'heure de Paris"
        if any(cue in markup for cue in (city_cues if every_language else CITY_STATEMENT_CUES[:FIRST_CITY_CUES])):
            # (the first statement naming a place whose zone is known: "horários de ônibus" names none)
            zone = next(
                (found for city in _overlapping(_CITY_STATEMENT, markup) if (found := _city_zone(city["city"], primary_language(language))) is not None),
                None,
            )
            if zone is not None:
                return zone
        # ... or, in a language without spaces, says it in a phrase: "時刻は日本時間です"
        phrased = next((ZoneInfo(zone) for phrase, zone in phrases if every_language and phrase in markup), None)
        # ... or names it in a note of its own, in any language ("… čase (SELČ, UTC+2)")
        return phrased or (zone_in_notes(markup) if every_language else None)
    if not match["sign"]:
        return UTC
    hours, minutes = int(match["hours"]), int(match["minutes"] or 0)
    if hours > _MAX_OFFSET_HOURS or minutes >= 60:
        return None
    offset = timedelta(hours=hours, minutes=minutes)
    return timezone(offset if match["sign"] == "+" else -offset)
