"""A stamp that opens with its day and a full stop ("3. März 2024 um 10:05", as German, Czech,
Slovak and Nordic sites write dates) on a line the renderer indented (elinks, lynx): no numbered
list item, but the header's date under the name (#15, set 35's Slovak WordPress page in elinks).
Dumps written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_ELINKS = ARTICLE + """Kommentare (3)

   Renate Vogel
   3. März 2024 um 10:05

   Die Umleitung über die Bergstraße ist für Busse viel zu eng, das sieht jeder.

   Antworten

   Jochen Kälber
   4. März 2024 um 11:15

   @Renate Vogel Egal was da stand, die Anwohner haben ein Recht auf eine Antwort.

   Antworten

   Petra Lauxmann
   12. März 2024 um 09:40

   Die Stadt hat für Donnerstag eine Bürgerversammlung in der Festhalle angekündigt.

   Antworten

Kommentar schreiben
"""


def test_an_indented_day_first_date_is_no_list_item() -> None:
    assert [row[:3] for row in flat(parse_page(_ELINKS).comments)] == [
        ((0,), "Renate Vogel", datetime(2024, 3, 3, 10, 5, tzinfo=UTC)),
        ((0, 0), "Jochen Kälber", datetime(2024, 3, 4, 11, 15, tzinfo=UTC)),
        ((1,), "Petra Lauxmann", datetime(2024, 3, 12, 9, 40, tzinfo=UTC)),
    ]
