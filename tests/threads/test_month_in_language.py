"""A month's name that names different months in two languages ("listopada": October in
Croatian, November in Polish) is read in the page's language, and Croatian's full stop after the
year ("26. listopada 2024. u 19:05") ends a date (#15). A text dump has no ``lang``: its reader
finds the language and reads the page again. Dump written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import ARTICLE
from threads.html_time import parse_time
from threads.model import walk
from threads.month_names import month_choices
from threads.page_dates import page_dates
from threads.page_parser import parse_page


def test_the_page_language_chooses_the_month() -> None:
    assert month_choices("listopada") == {"pl": 11, "hr": 10}
    with page_dates("hr-HR"):
        assert parse_time("26. listopada 2024. u 19:05") == datetime(2024, 10, 26, 19, 5, tzinfo=UTC)
    with page_dates("pl"):
        assert parse_time("26 listopada 2024 o 19:05") == datetime(2024, 11, 26, 19, 5, tzinfo=UTC)
    with page_dates("de"):
        assert parse_time("26. listopada 2024") is None  # neither language's page: no guess


def test_no_language_no_guess() -> None:
    assert parse_time("26. listopada 2024. u 19:05") is None
    assert parse_time("26. travnja 2024. u 19:05") == datetime(2024, 4, 26, 19, 5, tzinfo=UTC)


_CROATIAN = ARTICLE.replace(
    "The article's first paragraph runs on for well over eight words, as articles do.",
    "Gradsko vijeće odlučilo je da se obnova tržnice počinje u ožujku i traje sedam mjeseci.",
) + """Komentari 3

  • Marija Hrgović
    Marija Hrgović 26. listopada 2024. u 19:05
    Tržnica je srce grada i dobro je da se napokon obnavlja, samo neka ne
    poskupe najamnine za štandove.
    Sviđa mi se 17 Odgovori Prijavi
  • Dario V.
    Dario V. 26. listopada 2024. u 21:40
    Štandovi su sada u lošem stanju, zimi prokišnjava, a ljeti se sir topi
    na suncu pa kupci odlaze u trgovačke centre.
    Sviđa mi se 8 Odgovori Prijavi
  • Ivan Kos
    Ivan Kos 27. listopada 2024. u 08:15
    Moja baka prodaje sir i vrhnje na tržnici već četrdeset godina i nitko
    je nije pitao što joj treba.
    Sviđa mi se 11 Odgovori Prijavi
"""


def test_a_croatian_dump_reads_its_october_dates() -> None:
    comments = [c for _path, c in walk(parse_page(_CROATIAN).comments)]
    assert [(c.author_name, c.created_at) for c in comments] == [
        ("Marija Hrgović", datetime(2024, 10, 26, 19, 5, tzinfo=UTC)),
        ("Dario V.", datetime(2024, 10, 26, 21, 40, tzinfo=UTC)),
        ("Ivan Kos", datetime(2024, 10, 27, 8, 15, tzinfo=UTC)),
    ]
