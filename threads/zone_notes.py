"""A page's zone named in a note of its own, in whatever language the note is written: "Časy
komentářů jsou uvedeny v letním středoevropském čase (SELČ, UTC+2)", "എല്ലാ സമയവും ഇന്ത്യൻ
സ്റ്റാൻഡേർഡ് സമയത്തിൽ (IST, UTC+5:30)", "Times shown are Sydney time (AEDT/AEST)", "All times
SAST".

``zone_statements`` reads statements by their words, language by language; this reads what such
a note shows in any language: an offset from UTC or GMT, or a zone's winter and summer names
together, closing a run of text (between two tags) that holds no clock, no date and no code. A
time stamp prints its zone beside a clock ("14:05 GMT+2"); a note names it alone, and last (a
story's sentence about a change of zone goes on after it). A zone's
abbreviation alone counts only beside the English word "time" ("All times SAST"): alone, three
capitals are too often something else.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta, timezone, tzinfo
from typing import Final
from zoneinfo import ZoneInfo

from threads.zone_names import ZONES, zone_named

# An offset from UTC or GMT: "UTC+2", "UTC −6", "GMT+5:30".
_OFFSET: Final = re.compile(r"\b(?:UTC|GMT)\s?(?P<sign>[+\-−]|&minus;)\s?(?P<hours>\d{1,2})(?:[:.](?P<minutes>\d{2}))?(?![\d:])")
# One zone's winter and summer names together, either way round ("AEDT/AEST", "CET/CEST"), as
# notes and statements pair them ("közép-európai idő (CET/CEST)").
ZONE_PAIRS: Final = {
    "CET/CEST": "Europe/Berlin", "EET/EEST": "Europe/Helsinki", "WET/WEST": "Europe/Lisbon", "GMT/BST": "Europe/London",
    "GMT/IST": "Europe/Dublin", "AEST/AEDT": "Australia/Sydney", "ACST/ACDT": "Australia/Adelaide",
    "NZST/NZDT": "Pacific/Auckland", "EST/EDT": "America/New_York", "CST/CDT": "America/Chicago",
    "MST/MDT": "America/Denver", "PST/PDT": "America/Los_Angeles", "AST/ADT": "America/Halifax",
    "SEČ/SELČ": "Europe/Prague", "MEZ/MESZ": "Europe/Berlin",
}
_PAIR_NAMES: Final = tuple(p for pair in ZONE_PAIRS for p in (pair, "/".join(reversed(pair.split("/")))))
# A zone's abbreviation beside "time" ("All times SAST", "Times are SAST"): English only.
_NAMED: Final = re.compile(r"(?<![\w/])(" + "|".join(sorted((name for name in ZONES if len(name) >= 3 and name.isupper()), key=len, reverse=True)) + r")(?![\w/])")
# What a note holds none of: a clock, a date, code.
_CLOCK_OR_DATE: Final = re.compile(r"\d{1,2}:\d{2}|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b")
_CODE: Final = frozenset("{};=")
_ENTITY: Final = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")  # ("&copy;", "&middot;": text, not code)
_MAX_NOTE: Final = 200  # (a story's paragraph runs longer)
# how every summer name of ZONE_PAIRS ends, before the bracket it closes ("CEST)", "EDT)", "SELČ)", "MESZ)")
_SUMMER_ENDS: Final = tuple(sorted({pair.split("/")[1][-2:] + ")" for pair in ZONE_PAIRS}))
# a bracket naming a zone's winter and summer with words between them
_BRACKET: Final = re.compile(r"\(([^()<>]{0,60})\)")
# (after the zone: a place in its bracket, "(AEST/AEDT, Melbourne)", the bracket, the sentence's
# stop, and maybe another sentence: "… (AEST/AEDT, Melbourne). © 2026 Wodonga Watch")
_CLOSING: Final = re.compile(
    r"(?:,\s*[^\W\d_][^,()<>]{0,30}(?=[)）]))?\s*[)）]?(?:\s*[(（][^\W\d_][^()<>]{0,30}[)）])?\s*(?:[.。։।!](?:\s.*)?)?\s*", re.DOTALL
)  # (or a place in its own bracket after it: "All times AEST (Queensland time).")
# ... or, the zone in brackets, a verb of three words or so closing the sentence where a language
# puts it last (Nepali "(UTC+०५:४५) अनुसार देखाइएको छ ।", shown according to)
_BRACKET_THEN_VERB: Final = re.compile(r"\s*[)）]\s*(?:[^\s\d()]+\s*){1,4}[.。։।!]?\s*")


def zone_in_notes(markup: str) -> tzinfo | None:
    """The one zone the page's notes name (an offset, a pair of names, an abbreviation beside
    "time"), or None where they name none or several. Each pattern is searched only where a
    cheap substring of it is on the page (a page nearly never has one): asked of every page whose
    times name no zone, the whole page is scanned a few times in C, not by one pattern of sixty
    alternatives."""
    found: dict[str, tzinfo] = {}
    if "UTC" in markup or "GMT" in markup:
        _add_all(found, markup, _OFFSET.finditer(markup))
    if not found and ("T/" in markup or "Z/" in markup or "Č/" in markup):  # (every pair's first name ends so)
        present = [pair for pair in _PAIR_NAMES if pair in markup]
        if present:
            _add_all(found, markup, re.finditer(r"(?<![\w/])(" + "|".join(map(re.escape, present)) + r")(?![\w/])", markup))
    if not found:
        # both names in one bracket, words between them: "(SEČ, v letním období SELČ)" (CET, in
        # summer CEST: Czech)
        closing = [end for end in _SUMMER_ENDS if end in markup]  # (one scan each in C; nearly no page has one)
        present = [
            pair for pair in ZONE_PAIRS
            if closing and any(pair.endswith(end[:-1]) for end in closing)
            and f"{pair.split('/')[1]})" in markup and pair.split("/")[0] in markup
        ]
        for bracket in _BRACKET.finditer(markup) if present else ():  # (the summer's name closes the bracket)
            inside = bracket.group(1)
            for pair in present:
                winter, summer = pair.split("/")
                if inside.endswith(summer) and re.search(rf"(?<![\w/]){re.escape(winter)}(?![\w/])", inside) and (
                    _note_around(markup, bracket.start(), bracket.end()) is not None
                ):
                    found[ZONE_PAIRS[pair]] = ZoneInfo(ZONE_PAIRS[pair])
    if not found:
        for start in _time_words(markup):
            left, right = markup.rfind(">", 0, start), markup.find("<", start)
            if left < 0 or right < 0 or right - left > _MAX_NOTE or markup.rfind("<", left, start) >= 0:
                continue  # (not a run of text: a tag's name or attribute, "<time datetime=…>")
            for match in _NAMED.finditer(markup, left, right):
                if _note_around(markup, match.start(), match.end()) is not None and (zone := zone_named(match.group(1))) is not None:
                    found[str(zone)] = zone
    return next(iter(found.values())) if len(found) == 1 else None


def _time_words(markup: str) -> Iterator[int]:
    """Where "time" or "times" stands as a word (by ``str.find``, which scans in C far faster
    than a pattern would: most of a page's "time" are its ``<time>`` tags)."""
    for word in ("time", "Time", "TIME"):
        position = markup.find(word)
        while position >= 0:
            before = markup[position - 1 : position]
            after = markup[position + 4 : position + 6]
            if not (before.isalnum() or before in "</") and not (after[:1].isalnum() and after[:1] not in "sS" or after[1:2].isalnum()):
                yield position
            position = markup.find(word, position + 4)


def _add_all(found: dict[str, tzinfo], markup: str, matches: Iterator[re.Match[str]]) -> None:
    """The zones of the offsets or pairs that stand in notes."""
    for match in matches:
        if _note_around(markup, match.start(), match.end()) is None:
            continue
        zone = _offset_zone(match) if match.re is _OFFSET else ZoneInfo(_pair_zone(match.group(1)))
        if zone is not None:
            found[str(zone)] = zone


def _note_around(markup: str, start: int, end: int) -> str | None:
    """The run of text between two tags holding ``markup[start:end]``, where it reads as a note:
    short, inside text (not a tag's attribute), with no clock, date or code."""
    left = markup.rfind(">", 0, start)
    right = markup.find("<", end)
    if left < 0 or right < 0 or markup.rfind("<", left, start) >= 0 or right - left > _MAX_NOTE:
        return None
    note = markup[left + 1 : right]
    rest = markup[left + 1 : start] + " " + markup[end:right]  # (the zone's own "5:30" is no clock)
    if any(c in _CODE for c in _ENTITY.sub("", note)) or _CLOCK_OR_DATE.search(rest) is not None:
        return None
    if len(_OFFSET.findall(note)) > 1:
        return None  # two offsets, winter's and summer's ("UTC+2, vasaros laiku UTC+3"): no one offset
    if _CLOSING.fullmatch(markup[end:right]) is None and not (
        "(" in markup[left:start] and _BRACKET_THEN_VERB.fullmatch(markup[end:right]) is not None
    ):
        # a note names the zone last, in brackets or not ("… (SELČ, UTC+2).", "All times SAST."):
        # a story's sentence goes on after it ("… passe à l'heure légale (GMT+1) ce dimanche …")
        return None
    return note


def _offset_zone(match: re.Match[str]) -> tzinfo | None:
    hours, minutes = int(match["hours"]), int(match["minutes"] or 0)
    if hours > _MAX_OFFSET_HOURS or minutes >= 60:
        return None
    offset = timedelta(hours=hours, minutes=minutes)
    return timezone(offset if match["sign"] == "+" else -offset)


_MAX_OFFSET_HOURS: Final = 14


def _pair_zone(pair: str) -> str:
    return ZONE_PAIRS.get(pair) or ZONE_PAIRS["/".join(reversed(pair.split("/")))]


def summer_partner(abbreviation: str, after: str) -> tzinfo | None:
    """The region whose winter or summer ``abbreviation`` names, where ``after`` (the words that
    follow it) names its partner too: "(AEST, or AEDT during daylight saving)" is Sydney's time
    with its summer, not AEST all year."""
    for pair, zone in ZONE_PAIRS.items():
        names = pair.split("/")
        if abbreviation in names and (partner := names[1 - names.index(abbreviation)]) and re.search(rf"(?<![\w/]){re.escape(partner)}(?![\w/])", after):
            return ZoneInfo(zone)
    return None
