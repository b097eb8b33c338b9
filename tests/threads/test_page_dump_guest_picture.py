"""A guest's picture before the guest's label (#15, sets 12 and 15): the alt text says whose
avatar it is ("Awatar gościa", Polish "guest's avatar") and the label after it ("Gość") names
nobody, also run together ("Awatar gościaGość") or after lynx's list marker. Dump written for this
test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.comment_header import read_header
from threads.page_parser import parse_page

GUEST = ARTICLE + """Komentarze (3)

Awatar użytkownika Ola NowakOla Nowak 12.03.2024, 14:05

Remont mostu miał się skończyć w lutym, a wciąż stoją tylko pachołki.

Odpowiedz Zgłoś
Awatar gościa Gość 12.03.2024, 15:20

Wykonawca zszedł z budowy w styczniu, pisali o tym w gazecie.

Odpowiedz Zgłoś
Awatar gościaGość 12.03.2024, 16:45

A kto teraz za to zapłaci?

Odpowiedz Zgłoś

Dodaj komentarz
[                    ]
"""


def test_guest_picture_names_nobody() -> None:
    rows = [(author, text) for _path, author, _when, text in flat(parse_page(GUEST).comments)]
    assert rows == [
        ("Ola Nowak", "Remont mostu miał się skończyć w lutym, a wciąż stoją tylko pachołki."),
        (None, "Wykonawca zszedł z budowy w styczniu, pisali o tym w gazecie."),
        (None, "A kto teraz za to zapłaci?"),
    ]


def test_guest_picture_after_a_list_marker() -> None:
    header = read_header("+ Awatar gościa Gość", "12.03.2024, 15:20")
    assert header is not None and header.author is None and header.created_at is not None
