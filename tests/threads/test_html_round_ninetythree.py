"""What the ninety-third blind round (sets 404-407, 244/244 parents blind) showed the readers:
Hausa's parts of the day after a 12-hour clock, "9:12 na safe", "10:38 na dare", and a middle dot
between the day and the clock ("5 Nuwamba, 2023 · 9:12 na safe", set 406, 8 times); "Bako"
(Hausa guest, without the hooked letter) and Sinhala "නමක් නැති" (without a name) for nobody
(set 406); a name ending in "Jr." alone in its element (set 406). The middle dot made a story's
byline "di Elena Bodini · 29 marzo 2019 · 12:40" read as a comment's header in a text dump (set
219): "by" in small letters left before the name is a byline, never a commenter."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.threads.holdout_figures import set_figures
from threads.comment_header import read_header
from threads.comment_names import clean_name
from threads.html_reader import parse_html
from threads.html_time import parse_time
from threads.model import walk


@pytest.mark.parametrize(
    ("shown", "hour", "minute", "day"),
    [
        ("5 Nuwamba, 2023 · 9:12 na safe", 9, 12, 5),
        ("5 Nuwamba, 2023 · 12:30 na rana", 12, 30, 5),
        ("5 Nuwamba, 2023 · 2:15 na rana", 14, 15, 5),
        ("5 Nuwamba, 2023 · 6:50 na yamma", 18, 50, 5),
        ("5 Nuwamba, 2023 · 10:38 na dare", 22, 38, 5),
        ("6 Nuwamba, 2023 · 12:20 na dare", 0, 20, 6),  # (after midnight)
        ("5 Nuwamba, 2023 · 21:12", 21, 12, 5),
    ],
)
def test_hausa_parts_of_the_day(shown: str, hour: int, minute: int, day: int) -> None:
    found = parse_time(shown)
    assert found is not None and (found.day, found.hour, found.minute) == (day, hour, minute)


@pytest.mark.parametrize(("shown", "name"), [("Bako", None), ("Baƙo", None), ("නමක් නැති", None), ("Bakori", "Bakori")])
def test_names_for_nobody(shown: str, name: str | None) -> None:
    assert clean_name(shown) == name


def test_a_hausa_papers_own_list() -> None:
    def comment(ident: int, name: str, stamp: str, text: str) -> str:
        return (f'<div class="sharhi" id="sharhi-{ident}"><div class="sharhi-kai"><span class="suna">{name}</span> '
                f'<span class="lokaci">{stamp}</span> <a class="mahada" href="#sharhi-{ident}">#{ident % 10}</a></div>'
                f'<div class="sharhi-jiki"><p>{text}</p></div><div class="sharhi-kasa"><a href="/sharhi/amsa?id={ident}" class="amsa">Amsa</a></div></div>')

    page = (f'<html lang="ha"><body><h1>Gobara a kasuwa</h1><p>{"Gobara ta tashi a babbar kasuwar Sokoto da dare. " * 8}</p>'
            + comment(2231, "Abubakar Tambuwal Jr.", "5 Nuwamba, 2023 · 9:12 na safe", "Allah ya kiyaye gaba. Wannan ne karo na biyu a shekara.")
            + comment(2240, "Bako", "5 Nuwamba, 2023 · 11:05 na safe", "Ya kamata a hana amfani da janareta a cikin kasuwa da dare.")
            + comment(2255, "Hauwa'u Dange", "5 Nuwamba, 2023 · 10:38 na dare", "Muna godiya ga jami'an kashe gobara da suka zo da wuri.")
            + "</body></html>")
    read = [(c.author_name, c.created_at.replace(tzinfo=None) if c.created_at else None) for _, c in walk(parse_html(page).comments)]
    assert read == [
        ("Abubakar Tambuwal Jr.", datetime(2023, 11, 5, 9, 12)),
        (None, datetime(2023, 11, 5, 11, 5)),
        ("Hauwa'u Dange", datetime(2023, 11, 5, 22, 38)),
    ]


def test_a_storys_byline_in_a_dump_is_no_header() -> None:
    assert read_header("di Elena Bodini · 29 marzo 2019 · 12:40", None) is None
    assert read_header("di Redazione · 4 Marzo 2024 · 17:40", None) is None
    header = read_header("Elena Bodini · 29 marzo 2019 · 12:40", None)
    assert header is not None and header.author == "Elena Bodini"


@pytest.mark.parametrize(
    ("name", "figures"),
    [
        # The ninety-third round (reader at 9dad58c): 244/244 parents blind (100%); blind figures in brackets.
        ("html_holdout404", (63, 63, 63, 63, 63, 0)),  # (63, 63, 63, 63, 63, 0)
        ("html_holdout405", (58, 58, 58, 58, 58, 0)),  # (58, 58, 58, 58, 58, 0)
        ("html_holdout406", (59, 59, 59, 59, 59, 0)),  # (59, 59, 59, 56, 51, 0)
        ("html_holdout407", (64, 64, 64, 64, 64, 0)),  # (64, 64, 64, 64, 64, 0)
    ],
)
def test_the_sets_of_the_ninety_third_round(name: str, figures: tuple[int, int, int, int, int, int]) -> None:
    """(expected, matched, parents, authors, times, extra) per set."""
    assert set_figures(name) == figures
