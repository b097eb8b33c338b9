"""A name and a time on one header line with the date printed without its year ("Alain F. le 4
mars à 20h05", "Tom Reid March 4 at 3:12 pm"; #15, sets 28 and 71): the header is read in the
story's year, as a stamp on a line of its own already was; without the year it was no header, and
the comments under such headers were not found. Dumps written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import flat
from threads.page_parser import parse_page

_FRENCH = """L'Écho du Marais

La maternité fermera le 30 juin

Publié le 8 mars 2025 à 09h00

L'Agence régionale de santé a confirmé vendredi dernier que la maternité fermerait ses portes.

Les futures mères du canton devront se rendre à Niort, à 45 minutes de route pour certaines.

Vos commentaires

Mireille D. le 4 mars à 18h42

J'ai accouché deux fois ici, et la route de Niort est longue quand il neige.

Alain F. le 4 mars à 20h05

Je suis médecin à Niort et je comprends votre colère, mais la sécurité compte aussi.

Claire Bonnin le 5 mars à 12h02

Une réunion publique aura lieu le mardi 18 mars à la salle des fêtes.
"""

_ENGLISH = """The Harbour Gazette

Ferry timetable cut for the winter

Published March 8, 2025

The operator will run four sailings a day instead of six from the first of November onwards.

Councillors said they had not been told before the timetable was published online.

Comments

Tom Reid March 4 at 3:12 pm

The early sailing is the only one that gets you to the hospital on time.

Ana Lopes March 5 at 9:40 am

They did the same two winters ago and put the sailings back in spring.
"""


def test_french_yearless_headers() -> None:
    rows = flat(parse_page(_FRENCH).comments)
    assert [(path, author, when) for path, author, when, _ in rows] == [
        ((0,), "Mireille D.", datetime(2025, 3, 4, 18, 42, tzinfo=UTC)),
        ((1,), "Alain F.", datetime(2025, 3, 4, 20, 5, tzinfo=UTC)),
        ((2,), "Claire Bonnin", datetime(2025, 3, 5, 12, 2, tzinfo=UTC)),
    ]


def test_english_yearless_headers() -> None:
    rows = flat(parse_page(_ENGLISH).comments)
    assert [(path, author, when) for path, author, when, _ in rows] == [
        ((0,), "Tom Reid", datetime(2025, 3, 4, 15, 12, tzinfo=UTC)),
        ((1,), "Ana Lopes", datetime(2025, 3, 5, 9, 40, tzinfo=UTC)),
    ]
