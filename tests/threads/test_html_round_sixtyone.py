"""What the sixty-first blind round (sets 276-279, 236/238 parents blind) showed the HTML reader:
zones stated in Uzbek ("Saytdagi barcha vaqtlar Toshkent vaqti (UTC+5) bo'yicha") and Swahili
("… ni kwa saa za Afrika Mashariki (EAT, UTC+3)"), and Swahili WordPress's "saa 9:15 asubuhi"."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from threads.html_time import parse_time
from threads.page_parser import parse_file
from threads.zone_statements import stated_zone


@pytest.mark.parametrize(
    ("footer", "language", "hours"),
    [
        ("Saytdagi barcha vaqtlar Toshkent vaqti (UTC+5) bo'yicha ko'rsatilgan.", "uz", 5),
        ("Nyakati zote kwenye tovuti hii ni kwa saa za Afrika Mashariki (EAT, UTC+3).", "sw", 3),
    ],
)
def test_zone_statements(footer: str, language: str, hours: int) -> None:
    zone = stated_zone(f"<footer><p>{footer}</p></footer>", language=language)
    assert zone is not None and datetime(2024, 3, 30, 9, 15, tzinfo=zone).utcoffset() == timedelta(hours=hours)


def test_swahili_wordpress_clock() -> None:
    """"saa" (at) before the clock, "asubuhi" (morning) or "mchana" (afternoon) after it."""
    assert parse_time("Machi 30, 2024 saa 9:15 asubuhi") == datetime(2024, 3, 30, 9, 15, tzinfo=UTC)
    assert parse_time("Machi 30, 2024 saa 3:15 mchana") == datetime(2024, 3, 30, 15, 15, tzinfo=UTC)


@pytest.mark.parametrize(
    ("name", "figures"),
    [
        # The sixty-first round (reader at ea25324): 236/238 parents blind (99.2%): set 276's
        # deleted OpenWeb message with no replies (not found), set 279's Coral 8 reply whose "Svar
        # till" line names a comment beside the one its indent gives (both left).
        ("html_holdout276", (57, 56, 56, 56, 56, 0)),
        ("html_holdout277", (62, 62, 62, 62, 62, 0)),
        ("html_holdout278", (57, 57, 57, 55, 55, 0)),
        ("html_holdout279", (62, 62, 61, 55, 46, 0)),
    ],
)
def test_the_sets_of_the_sixty_first_round(name: str, figures: tuple[int, int, int, int, int, int]) -> None:
    """(expected, matched, parents, authors, times, extra) per set."""
    from bench.holdout_pages import Score, score

    folder = Path(__file__).parent / "data" / name
    key = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    total = Score()
    for page, rows in key.items():
        if not page.startswith("_"):
            total.add(score(parse_file(folder / page).comments, rows))
    assert (total.expected, total.matched, total.parents, total.authors, total.times, total.extra) == figures
