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


_COMMENTICS = (
    ARTICLE
    + """Comments (4)

Murray Gibb Cobden
Been fishing off that tiphead for forty years and the rocks have shifted twice.
28/09/2024 7:45pm
Reply Share Permalink Report
Aroha Tainui Blaketown
Kia ora Murray, the lagoon side is just as bad this winter.
28/09/2024 9:12pm
Reply Permalink Report
Anonymous
$650k of ratepayer money on rocks the sea will just move again.
29/09/2024 10:20am
Reply Permalink Report
Kev from Runanga
Same thing happened at Cobden beach in 2018. Rock went in, problem moved up the coast.
30/09/2024 12:15pm
Reply Permalink Report

Add Comment

[                    ]
[Submit]
"""
)


def test_commentics_named_at_the_head_dated_at_the_foot() -> None:
    comments = parse_page(_COMMENTICS).comments
    assert [(c.author_name, c.created_at.strftime("%d %H:%M") if c.created_at else None, c.body[:20]) for _, c in walk(comments)] == [
        ("Murray Gibb Cobden", "28 19:45", "Been fishing off tha"),
        ("Aroha Tainui Blaketown", "28 21:12", "Kia ora Murray, the "),
        (None, "29 10:20", "$650k of ratepayer m"),
        ("Kev from Runanga", "30 12:15", "Same thing happened "),
    ]


def test_drupal_headers_over_their_dates_are_not_read_as_feet() -> None:
    """Drupal prints the name, the date, "Permalink", then the subject and text: the line over each
    date is a name, so the dates open their comments."""
    page = ARTICLE + "Kommentare\n\n" + "".join(
        f"{name}\n\n{when}\n\nPermalink\n\n{subject}\n\n{text}\n\n"
        for name, when, subject, text in (
            ("Hannes Dippold", "Sa., 26.10.2024 - 09:14", "Endlich!", "Wer in der Mittelstraße wohnt, kreist abends seit Jahren."),
            ("Gerlinde Schmitt", "So., 27.10.2024 - 02:35", "Re: Endlich!", "Das Rad tut es auch, seit vierzig Jahren."),
            ("Klaus W.", "So., 27.10.2024 - 14:48", "120 Euro", "Für einen Zettel hinter der Scheibe 120 Euro im Jahr."),
        )
    )
    assert [c.author_name for _, c in walk(parse_page(page).comments)] == ["Hannes Dippold", "Gerlinde Schmitt", "Klaus W."]


def test_wpdiscuz_in_turkish() -> None:
    """"7 Yorum" (Turkish counts with the singular) heads wpDiscuz's flat blocks; "Yönetici"
    (administrator) is a badge between the name and the time."""
    page = ARTICLE + "3 Yorum\nSatır içi geri bildirimler\n" + "".join(
        f"{name}\n{name}\n{badge}2 gün önce\n{reply}\n{text}\n\n4\nYanıtla\n"
        for name, badge, reply, text in (
            ("Mehmet Yıldız", "", "", "Talas tarafında oturanlar için çok iyi haber."),
            ("Kayseri Ekspres", "Yönetici\n", "Yanıtla Mehmet Yıldız\n", "Seferler sabah saatlerinde beş dakikada bir olacak."),
            ("Ayşe K.", "", "", "Sabahları otobüse binmek işkence oluyor."),
        )
    ) + "\n© 2024 Kayseri Ekspres\n"
    comments = parse_page(page).comments
    assert [(path, c.author_name) for path, c in walk(comments)] == [
        ((0,), "Mehmet Yıldız"), ((0, 0), "Kayseri Ekspres"), ((1,), "Ayşe K."),
    ]


def test_commentos_form_hint_and_button_are_the_form() -> None:
    """Commento prints its box, "M ↓   Markdown" and its button "Add Comment" (no brackets) under
    the heading, then its sort tabs: the comments follow, not end there."""
    page = ARTICLE + """Komentarze

Login
[                    ]
M ↓   Markdown
Add Comment
UpvotesNewestOldest

Bartosz Kowalczyk
5 points
3 days ago

Trzecia awaria w niecałe dwa lata.

Magdalena Szulc
3 points
2 days ago

Bartosz, kładkę odbierało miasto.

"""
    assert [c.author_name for _, c in walk(parse_page(page).comments)] == ["Bartosz Kowalczyk", "Magdalena Szulc"]


@pytest.mark.parametrize(
    ("line", "author"),
    [("빵순이21시간 전", "빵순이"), ("kimjh_dj1시간 전", "kimjh_dj"), ("손님(비회원)19시간 전", None)],
)
def test_livere_runs_the_name_into_the_age(line: str, author: str | None) -> None:
    """LiveRe prints the name and "21시간 전" (21 hours ago) as elements with no blank between; a
    guest ("손님", not a member: "비회원") is nobody."""
    header = read_header(line, None)
    assert header is not None and header.relative and header.author == author


def test_header_fields_between_middle_dots() -> None:
    """A Spanish paper's header runs on past the time: the comment's number and the one it answers,
    each a field between middle dots ("23:40h": the hour's mark after the clock)."""
    header = read_header("Anónimo · 30/10/2016 01:22h · #3 · En respuesta a Pucelano (#1)", None)
    assert header is not None and header.author is None and header.reply_to == "Pucelano"
    assert header.created_at is not None and header.created_at.strftime("%Y-%m-%d %H:%M") == "2016-10-30 01:22"
    header = read_header("Mari Carmen Alonso · 29/10/2016 23:40h · #2", None)
    assert header is not None and header.author == "Mari Carmen Alonso" and header.reply_to is None


def test_coral_in_bulgarian_under_its_tabs() -> None:
    """Coral's tabs ("• Коментари 3" / "• Моят профил") over its flat thread, then "Най-четени"
    (most read): the box ends the section, so the tabs are no comment list; "Екип" (team) is a
    badge; "Този коментар е изтрит." a removed comment's place."""
    page = ARTICLE + """Коментари

  • Коментари 3
  • Моят профил

Влезте, за да коментирате
Гергана Петрова
преди 1 ден
Браво! Вечер не може да се разминеш с колите.
Харесва ми 18ОтговорСподелиСигнализирай
Този коментар е изтрит.
Редакция Марица Днес
Екип
преди 14 часа
Уточнение от общината: пропуските ще се издават онлайн.
Харесва ми 25ОтговорСподелиСигнализирай
Няма повече коментари

Най-четени

 1. Ремонтът на булеварда влиза във втори етап
 2. Дербито завърши 1:1
"""
    assert [c.author_name for _, c in walk(parse_page(page).comments)] == ["Гергана Петрова", None, "Редакция Марица Днес"]
