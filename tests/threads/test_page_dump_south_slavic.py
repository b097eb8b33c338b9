"""A Croatian regional paper's flat comments (#15, blind set 15): "Komentari (4)" over them, the
date closed by a full stop and joined to the clock by "u" ("01.04.2024. u 16:20"), the avatar's
alt text repeating the name, an editor's badge ("Urednik"), "Odgovori Prijavi" buttons, a removed
comment's notice and "Ostavite komentar" under them. Dump written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import flat
from threads.page_parser import parse_page

CROATIAN = """Nova biciklistička staza uz Sutlu

Gradsko vijeće je u četvrtak odobrilo gradnju biciklističke staze duž rijeke, od mosta do
sportskog centra, a radovi bi trebali početi krajem svibnja ove godine.

Staza će biti duga četiri kilometra i osvijetljena cijelom dužinom, rekao je gradonačelnik.

Komentari (4)

Komentari odražavaju stavove njihovih autora.

Ana Horvat Ana Horvat 01.04.2024. u 16:20

Napokon! Djeca se do škole voze po cesti bez nogostupa već godinama.

👍 12 👎 0 Odgovori Prijavi
[avatar] Ivo Matić 02.04.2024. u 08:05

Četiri kilometra je lijepo, ali tko će je zimi čistiti od snijega?

👍 3 👎 1 Odgovori Prijavi

Komentar je uklonjen zbog kršenja pravila komentiranja.

Petra Lovrić Petra Lovrić Urednik 02.04.2024. u 10:30

Molimo da se držite teme i ne vrijeđate druge čitatelje.

👍 5 👎 0 Odgovori Prijavi

Ostavite komentar

Ime [                    ] Komentar [                    ] Objavi komentar
Najčitanije

 1. Sajam u subotu privukao rekordan broj posjetitelja
"""


def test_croatian_flat_comments_with_dotted_dates_badge_and_removed_notice() -> None:
    rows = flat(parse_page(CROATIAN).comments)
    assert [(author, text) for _path, author, _when, text in rows] == [
        ("Ana Horvat", "Napokon! Djeca se do škole voze po cesti bez nogostupa već godinama."),
        ("Ivo Matić", "Četiri kilometra je lijepo, ali tko će je zimi čistiti od snijega?"),
        (None, "Komentar je uklonjen zbog kršenja pravila komentiranja."),
        ("Petra Lovrić", "Molimo da se držite teme i ne vrijeđate druge čitatelje."),
    ]
    # Day first: the full stop after the year does not turn 1 April into 4 January.
    assert rows[0][2] == datetime(2024, 4, 1, 16, 20, tzinfo=UTC)
    assert rows[1][2] == datetime(2024, 4, 2, 8, 5, tzinfo=UTC)
