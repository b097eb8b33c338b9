"""Text dumps taught while the fifty-seventh round ran (#15): Viafoura's numbered list whose
headers run the name into a short age ("[def]Brenda K.2d", "kenora_dad1d", a badge between:
"Jessica WhitfordStaff1d"), and Isso's flat list under a count in Finnish and Croatian ("8
kommenttia", "7 komentara") over its form. Dumps written for this test."""

from __future__ import annotations

import pytest

from tests.threads.dump_pages import ARTICLE
from threads.comment_header import read_header
from threads.model import walk
from threads.page_parser import parse_page

_VIAFOURA = (
    ARTICLE
    + """Conversation

5 Comments
Sort by[Oldest    ]
[                    ] Post

 1. [def]RiverRoadRita2d

    The ferry should run past nine in summer, the last boat leaves before the
    concert ends.

    14ReplyShare
     1. [def]Brenda K.2d

        Agreed, and the car park at the landing fills by six anyway.

        6ReplyShare
 2. [118]Jessica WhitfordStaff1d

    The council says the summer timetable is out next week.

    9ReplyShare
     1. [def]dock_dad1d

        Thanks Jessica. Will it include the Sunday boats?

        4ReplyShare
 3. [def]Marcel B.20h

    Two boats an hour would fix most of this.

    11ReplyShare

No more comments

Most Read

 1. Ferry timetable out next week
"""
)


def test_viafoura_names_run_into_their_age() -> None:
    comments = parse_page(_VIAFOURA).comments
    assert [(path, c.author_name) for path, c in walk(comments)] == [
        ((0,), "RiverRoadRita"),
        ((0, 0), "Brenda K."),
        ((1,), "Jessica Whitford"),
        ((1, 0), "dock_dad"),
        ((2,), "Marcel B."),
    ]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("[def]Brenda K.2d", "Brenda K."),
        ("kenora_dad1d", "kenora_dad"),
        ("KMHA Rink CrewVerified5h", "KMHA Rink Crew"),
        ("Lou 2d", "Lou"),
    ],
)
def test_a_short_age_run_into_the_name(line: str, author: str) -> None:
    header = read_header(line, None)
    assert header is not None and header.author == author and header.relative


@pytest.mark.parametrize("line", ["We met in 2014", "Route 66", "the M5", "Flight AY2"])
def test_numbers_ending_text_are_no_age(line: str) -> None:
    assert read_header(line, None) is None


def _isso(heading: str, form: str, rows: list[tuple[str, str, str]]) -> str:
    items = "".join(f"{name} • {when}\n\n{text}\n\n3  | {reply}\n" for name, when, text, reply in ((*row, "Vastaa") for row in rows))
    return ARTICLE + f"{heading}\n\n{form}\n\nNimi (valinnainen)[                    ]\n\n[Lähetä]\n\n{items}\n© 2024 Lapin Sanomat\n"


@pytest.mark.parametrize(
    ("heading", "form"),
    [("8 kommenttia", "Kirjoita kommentti tähän (vähintään 3 merkkiä)."), ("7 komentara", "Napiši komentar…")],
)
def test_isso_under_a_count_in_finnish_and_croatian(heading: str, form: str) -> None:
    page = _isso(heading, form, [
        ("Pekka Kemppainen", "2 päivää sitten", "Parkkipaikat olivat joulun aikaan täysin tukossa."),
        ("Aino Hietala", "2 päivää sitten", "Suurin osa matkustajista tulee tilauslennoilla joulukuussa."),
        ("Markku", "1 päivä sitten", "Kesäsesonkia yritetään kasvattaa koko ajan."),
    ])
    assert [c.author_name for _, c in walk(parse_page(page).comments)] == ["Pekka Kemppainen", "Aino Hietala", "Markku"]
