"""French WordPress themes print a comment's time as "26 mars 2026 à 10 h 14 min" (tagDiv, the
Belgian and Swiss papers of sets 41, 73 and 85): a text dump's header line ending in "min" is a
name and a time, not the comment's first line. Dump written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import ARTICLE, flat
from threads.comment_header import read_header
from threads.page_parser import parse_page

# w3m on a tagDiv theme: a numbered list, the avatar's alt text before the name and the time.
_PAGE = ARTICLE + """8 COMMENTAIRES

 1. [avatar] Marc-André Jeanneret 26 mars 2026 à 10 h 14 min

    Six mois sans funiculaire, c'est long pour les habitants du Plan.

    Répondre
     1. [avatar] Nadia Perret 26 mars 2026 à 12 h 41 min

        Marc-André, le bus 107 passe toutes les dix minutes aux heures de
        pointe.

        Répondre
 2. [avatar] Sylvie Matthey 29 mars 2026 à 9 h 02 min

    Enfin des travaux, il était temps.

    Répondre
"""


def test_a_header_whose_clock_is_spelt_in_hours_and_minutes() -> None:
    header = read_header("[avatar] Marc-André Jeanneret 26 mars 2026 à 10 h 14 min", None)
    assert header is not None
    assert (header.author, header.created_at) == ("Marc-André Jeanneret", datetime(2026, 3, 26, 10, 14, tzinfo=UTC))


def test_a_thread_of_such_headers() -> None:
    assert flat(parse_page(_PAGE).comments) == [
        ((0,), "Marc-André Jeanneret", datetime(2026, 3, 26, 10, 14, tzinfo=UTC), "Six mois sans funiculaire, c'est long pour les habitants du Plan."),
        ((0, 0), "Nadia Perret", datetime(2026, 3, 26, 12, 41, tzinfo=UTC), "Marc-André, le bus 107 passe toutes les dix minutes aux heures de"),
        ((1,), "Sylvie Matthey", datetime(2026, 3, 29, 9, 2, tzinfo=UTC), "Enfin des travaux, il était temps."),
    ]
