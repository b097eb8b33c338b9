"""The text parser on dumps of comment pages in other languages (#15, blind sets 5 and 6): German,
French, Italian and Dutch headings ("Leserkommentare (8)", "Réactions (7)", "Commenti (3)"),
button rows ("Empfehlen 23 Antworten Melden", "Mi piace (4) Rispondi Segnala"), dates with the
month in words and a clock after "um", "à", "alle", "om" ("21:47 Uhr", "18h12"), relative times
("vor 3 Stunden", "il y a 2 heures", "3 ore fa", "2 uur geleden"), "schreibt:", a picture's alt
text naming the commenter before the name ("Profilbild von Jürgen W. Jürgen W."), a letter
avatar's initials ("CD Claire D."), staff badges ("Redaktion"), and the boxes that end the
section ("Meistgelesen", "Les plus lus", "Laatste reacties").

Each dump here is written for the test, in the shape w3m, lynx, elinks or links print.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from threads.comment_header import read_header
from threads.model import ParsedComment
from threads.page_furniture import is_date_line, is_furniture_line
from threads.page_parser import parse_page

STORY = (
    "Brücke wird gesperrt\n\n"
    "Die Rheinbrücke wird ab Montag für sechs Wochen voll gesperrt, teilte die Stadt am Freitag mit.\n\n"
)


def _rows(text: str) -> list[tuple[int, str | None, datetime | None, str]]:
    """(depth, author, time, first words) per comment, in page order."""
    found: list[tuple[int, str | None, datetime | None, str]] = []
    stack: list[tuple[int, ParsedComment]] = [(0, c) for c in reversed(parse_page(text).comments)]
    while stack:
        depth, comment = stack.pop()
        found.append((depth, comment.author_name, comment.created_at, " ".join(comment.body.split()[:3])))
        stack.extend((depth + 1, reply) for reply in reversed(comment.replies))
    return found


def test_german_nested_list_with_pictures_badges_and_buttons() -> None:
    dump = (
        STORY + "Leserkommentare (3)\n\n"
        "Bitte beachten Sie unsere Netiquette.\n\n"
        "  • Profilbild von Jürgen W. Jürgen W. 30. März 2024 um 21:47 Uhr\n\n"
        "    Schon wieder eine Baustelle ohne Vorwarnung.\n\n"
        "    Empfehlen 23 Antworten Melden\n"
        "      □ Profilbild von Lena Vogt Lena Vogt Redaktion 31. März 2024 um 11:30 Uhr\n\n"
        "        Guten Tag, wir haben nachgefragt.\n\n"
        "        Empfehlen 31 Antworten Melden\n"
        "  • Profilbild von Mehmet Aydın Mehmet Aydın vor 3 Stunden\n\n"
        "    Gilt die Sperrung auch für Motorräder?\n\n"
        "    Empfehlen 4 Antworten Melden\n\n"
        "Meistgelesen\n\n"
        " 1. Maimarkt 2024: Das ist neu in diesem Jahr\n"
        " 2. Hochstraße Nord: Abriss geht weiter\n"
    )
    assert _rows(dump) == [
        (0, "Jürgen W.", datetime(2024, 3, 30, 21, 47, tzinfo=UTC), "Schon wieder eine"),
        (1, "Lena Vogt", datetime(2024, 3, 31, 11, 30, tzinfo=UTC), "Guten Tag, wir"),
        (0, "Mehmet Aydın", None, "Gilt die Sperrung"),
    ]


def test_italian_numbered_replies_with_likes_in_brackets() -> None:
    dump = (
        "Lungolago chiuso\n\n"
        "La giunta ha approvato venerdì sera il progetto esecutivo per il rifacimento del lungolago.\n\n"
        "Commenti (3)\n\n"
        " 1. Avatar di Giulia Ferri Giulia Ferri Abbonata 30 marzo 2024 alle 18:42\n\n"
        "    Chiudere la passeggiata proprio da Pasqua è una scelta incomprensibile.\n\n"
        "    Mi piace (23) Rispondi Segnala\n"
        "     1. Avatar di Luca Bernasconi Luca Bernasconi Redazione 31 marzo 2024 alle 9:15\n\n"
        "        Gentile Giulia, il Comune spiega il calendario.\n\n"
        "        Mi piace (4) Rispondi Segnala\n"
        " 2. Marco 3 ore fa\n\n"
        "    E le biciclette dove passano?\n\n"
        "    Mi piace (1) Rispondi Segnala\n\n"
        "I più letti\n\n"
        " 1. Nuovo parcheggio in centro\n"
    )
    assert _rows(dump) == [
        (0, "Giulia Ferri", datetime(2024, 3, 30, 18, 42, tzinfo=UTC), "Chiudere la passeggiata"),
        (1, "Luca Bernasconi", datetime(2024, 3, 31, 9, 15, tzinfo=UTC), "Gentile Giulia, il"),
        (0, "Marco", None, "E le biciclette"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Empfehlen 23 Antworten Melden", "J’aime 14 Répondre Signaler", "Mi piace (23) Rispondi Segnala",
        "👍 14 Reageer Meld", "vor 3 Stunden", "vor einer Stunde", "il y a 2 heures", "3 ore fa",
        "2 uur geleden", "hace 5 minutos", "gestern", "le 26/10/2024 à 18h12", "30. März 2024 um 21:47 Uhr",
        "12 maart 2024 om 08:14", "30.03.2024, 23:15",
    ],
)
def test_buttons_and_stamps_in_other_languages_are_furniture(line: str) -> None:
    assert is_furniture_line(line)


@pytest.mark.parametrize(
    "line", ["Melden Sie sich an, um zu kommentieren", "Das ist gut so", "Il y a des jours comme ça", "Ik ga fa"]
)
def test_sentences_with_those_words_are_text(line: str) -> None:
    assert not is_furniture_line(line) and not is_date_line(line)


@pytest.mark.parametrize(
    ("first", "author", "created"),
    [
        ("CD Claire D. le 26/10/2024 à 18h12", "Claire D.", datetime(2024, 10, 26, 18, 12, tzinfo=UTC)),
        ("YL Yannick Le Goff le 26/10/2024 à 19h40", "Yannick Le Goff", datetime(2024, 10, 26, 19, 40, tzinfo=UTC)),
        (
            "Profielfoto van Ingrid Verbeek Ingrid VerbeekOndernemer 12 maart 2024 om 09:02",
            "Ingrid Verbeek",
            datetime(2024, 3, 12, 9, 2, tzinfo=UTC),
        ),
        ("UK Liberal 3 May 2024 10:00", "UK Liberal", datetime(2024, 5, 3, 10, 0, tzinfo=UTC)),
        ("Hans schreibt:", "Hans", None),
        ("Marie dit :", "Marie", None),
    ],
)
def test_headers_in_other_languages(first: str, author: str, created: datetime | None) -> None:
    header = read_header(first, None)
    assert header is not None and (header.author, header.created_at) == (author, created)


def test_a_relative_time_in_another_language_is_a_header_without_a_date() -> None:
    header = read_header("Mehmet Aydın vor 3 Stunden", None)
    assert header is not None and header.author == "Mehmet Aydın" and header.relative
    assert read_header("Wir waren vor 3 Stunden dort und es war voll", None) is None


def test_flat_replies_name_their_parent_in_dutch_or_with_an_at_name() -> None:
    dump = (
        "Parkeren duurder\n\n"
        "De gemeente wil het parkeren in het centrum van Naaldwijk flink duurder maken, zo blijkt uit stukken.\n\n"
        "Reacties (4)\n\n"
        "Henk de Vries 12 maart 2024 om 08:14\n\nWeer een reden om in Delft te winkelen.\n\n👍 14 Reageer Meld\n"
        "Sanne Bakker 12 maart 2024 om 08:37\n\nPrima, dan gaan meer mensen op de fiets.\n\n👍 6 Reageer Meld\n"
        "Ingrid Verbeek 12 maart 2024 om 09:02\nReactie op Henk de Vries\n\nAls winkelier kan ik dat bevestigen.\n\n"
        "👍 9 Reageer Meld\n"
        "Piet Jansen 12 maart 2024 om 12:48\n\n@Sanne Bakker\nEen bezorgpunt, geweldig.\n\n👍 5 Reageer Meld\n\n"
        "Meest gelezen\n\n 1. Strandopgang dicht\n"
    )
    assert [(depth, author, words) for depth, author, _time, words in _rows(dump)] == [
        (0, "Henk de Vries", "Weer een reden"),
        (1, "Ingrid Verbeek", "Als winkelier kan"),
        (0, "Sanne Bakker", "Prima, dan gaan"),
        (1, "Piet Jansen", "Een bezorgpunt, geweldig."),
    ]


def test_a_link_to_the_form_under_the_heading_does_not_end_the_comments() -> None:
    """Twenty Nineteen prints "Leave a comment" (a link to the form) between the heading and the
    list; lynx puts each item's number on a line of its own."""
    dump = (
        STORY + "2 replies on “Brücke wird gesperrt”\n\nLeave a comment\n\n"
        "    1.\n   Petra says:\n       March 9, 2024 at 6:42 pm\n       Six weeks is too long.\n       Reply\n"
        "    2.\n   Dan says:\n       March 9, 2024 at 8:40 pm\n       The ferry will help.\n       Reply\n\n"
        "   Leave a comment\n\n   Comment *\n   _____________________________________________\n"
    )
    assert [words for _depth, _author, _time, words in _rows(dump)] == ["Six weeks is", "The ferry will"]
