"""The zones comment systems name after a time ("3:15 p.m. EST", "9:12am NZDT", "8:14 a.m. ET"):
fixed offsets for the abbreviations, the region's rules for the names that leave summer time to
the date.
"""

from __future__ import annotations

from datetime import timedelta, timezone, tzinfo
from typing import Final
from zoneinfo import ZoneInfo

# Zone abbreviations comment systems print after a time ("3:15 p.m. EST", "9:12am NZDT"), as
# offsets in seconds. Ambiguous ones are read in their commonest sense on English-language news
# sites: IST as India's (Irish summer time is printed as IST far less), CST as the US's.
ZONES: Final = {
    name: int(hours * 3600)
    for name, hours in {
        "UTC": 0, "GMT": 0, "Z": 0, "BST": 1, "IST": 5.5, "WET": 0, "WEST": 1, "CET": 1, "CEST": 2, "MEZ": 1,
        "MESZ": 2, "EET": 2, "EEST": 3, "MSK": 3, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7,
        "MDT": -6, "PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8, "HST": -10, "AST": -4, "ADT": -3,
        "NST": -3.5, "NDT": -2.5, "AEST": 10, "AEDT": 11, "ACST": 9.5, "ACDT": 10.5, "AWST": 8,
        "NZST": 12, "NZDT": 13, "JST": 9, "KST": 9, "HKT": 8, "SGT": 8, "МСК": 3,
        # Indonesia's three (WIB, WITA, WIT), Turkey's (TSİ, TRT), Indochina, the Philippines, Malaysia, Pakistan, Africa's
        # and South America's that their papers print
        "WIB": 7, "WITA": 8, "WIT": 9, "ICT": 7, "PHT": 8, "MYT": 8, "PKT": 5, "SAST": 2, "WAT": 1, "CAT": 2,
        "EAT": 3, "BRT": -3, "ART": -3, "TSİ": 3, "TRT": 3,
        "SEČ": 1, "SELČ": 2,  # Czech and Slovak: Central European (summer) time
    }.items()
}
# Zones printed without saying whether summer time applies ("8:14 a.m. ET", as US papers print
# them): the region's rules decide, by the date.
REGIONS: Final = {
    "ET": ZoneInfo("America/New_York"), "CT": ZoneInfo("America/Chicago"), "MT": ZoneInfo("America/Denver"),
    "PT": ZoneInfo("America/Los_Angeles"), "UK": ZoneInfo("Europe/London"),
}
TZINFOS: Final[dict[str, int | tzinfo]] = {**ZONES, **REGIONS}
# Abbreviations several countries print for their own zones (IST: India's, read so where nothing
# else says; Ireland's; Israel's): a page that states its zone, or names the place beside the
# abbreviation, says which.
SHARED_ZONE_NAMES: Final = frozenset({"IST"})


def zone_named(name: str) -> tzinfo | None:
    """The zone an abbreviation printed after a time names ("EST", "TSİ", "ET"), or None; in
    capitals, as zones are printed (French "… 14:20 Et le parking ?" is "and", not Eastern Time),
    or in small letters outside the Latin script (Russian "мск")."""
    if not (name.isupper() or (name.islower() and not name.isascii())):
        return None
    offset = ZONES.get(name.upper())
    if offset is not None:
        return timezone(timedelta(seconds=offset))
    return REGIONS.get(name.upper())
