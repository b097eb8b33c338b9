"""A holdout set's figures as the round tests assert them, read the way ``bench/holdout_pages.py``
scores the HTML reader: one place for what every round's figure test reads; and the offsets of a
zone a note states, which every round's zone tests compare."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from bench.holdout_pages import Score, score
from threads.page_parser import parse_file
from threads.zone_statements import stated_zone

DATA = Path(__file__).parent / "data"


def set_figures(name: str) -> tuple[int, int, int, int, int, int]:
    """(expected, matched, parents, authors, times, extra) of the HTML reader on one holdout set."""
    folder = DATA / name
    key = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    total = Score()
    for page, rows in key.items():
        if not page.startswith("_"):
            total.add(score(parse_file(folder / page).comments, rows))
    return (total.expected, total.matched, total.parents, total.authors, total.times, total.extra)


def stated_offsets(note: str, language: str) -> tuple[float, float] | None:
    """The offsets from UTC, in hours, on 15 January and 15 July 2025 of the zone a page's note
    states (``zone_statements.stated_zone``), or None where it states none: winter's and summer's
    in one comparison, the way the round tests check each statement learnt."""
    zone = stated_zone(f"<footer><p>{note}</p></footer>", language=language)
    if zone is None:
        return None
    january = datetime(2025, 1, 15, 12, 0, tzinfo=zone).utcoffset()
    july = datetime(2025, 7, 15, 12, 0, tzinfo=zone).utcoffset()
    assert january is not None and july is not None
    return january.total_seconds() / 3600, july.total_seconds() / 3600
