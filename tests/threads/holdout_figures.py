"""A holdout set's figures as the round tests assert them, read the way ``bench/holdout_pages.py``
scores the HTML reader: one place for what every round's figure test reads."""

from __future__ import annotations

import json
from pathlib import Path

from bench.holdout_pages import Score, score
from threads.page_parser import parse_file

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
