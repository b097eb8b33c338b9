"""A name that ends with an initial's full stop run into the date ("Karim B.13 avril 2024 à
21h15"; a Next.js paper's own widget, #15, blind set 70), under the avatar's letter run into the
name ("KKarim B."): the header is read, so its nested list is the thread. Dump written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_PAGE = ARTICLE + """Commentaires (3)

Les commentaires sont modérés. Merci de rester courtois.

[                    ]
[                    ][                    ]Publier
 1. KKarim B.13 avril 2024 à 21h15

    Encore une fois on va se réveiller dans le noir pendant des semaines.

    27RépondreSignaler
     1. SSalma K.13 avril 2024 à 23h02

        Karim, pas tout le monde: les centres d'appels préfèrent GMT+1.

        8RépondreSignaler
 2. YYoussef El Amrani13 avril 2024 à 23h48

    Le vrai problème, ce sont les horaires des écoles, pas l'heure légale.

    5RépondreSignaler
"""


def test_initial_run_into_the_date() -> None:
    rows = flat(parse_page(_PAGE).comments)
    assert [(path, author, when) for path, author, when, _text in rows] == [
        ((0,), "Karim B.", datetime(2024, 4, 13, 21, 15, tzinfo=UTC)),
        ((0, 0), "Salma K.", datetime(2024, 4, 13, 23, 2, tzinfo=UTC)),
        ((1,), "Youssef El Amrani", datetime(2024, 4, 13, 23, 48, tzinfo=UTC)),
    ]
