"""Hungarian puts the singular after a count: "9 HOZZÁSZÓLÁS", "12 komment" (#15, set 69's
Hungarian paper), where the heading words knew only the plural "hozzászólások". Without the
heading the reader took a "related articles" heading above for the comments' and read part of
the list. Dump written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_bounds import is_heading
from threads.page_parser import parse_page

_W3M = ARTICLE + """HASONLÓ CIKKEK

Elkezdődött az uszoda felújítása – fél évig zárva

Strandszezon: ennyibe kerül idén a belépő

3 HOZZÁSZÓLÁS

 1. [4b1e7c] Kovács Zoltán 2024. május 8. at 19:14

    Harmadik éve ígérik, hogy a felújítás után minden jobb lesz.

    Válasz
      □ [9e8d7c] Szabóné Ildikó 2024. május 8. at 20:02

        Zoltán, legalább most kiderült, hogy a tető is rossz.

        Válasz
 2. [000000] Névtelen 2024. május 9. at 06:48

    Ha a strand is késve nyit, a gyerekek megint a bányatóban fognak fürdeni.

    Válasz

VÁLASZOLJ Válasz visszavonása

[                                             ]

Weboldalunk sütiket használ a jobb felhasználói élmény érdekében. Az oldal
használatával elfogadja ezt. Beállítások
"""


def test_hungarian_singular_after_a_count() -> None:
    assert is_heading(["9 HOZZÁSZÓLÁS"], 0) and is_heading(["12 komment"], 0)
    assert [path for path, _, _, _ in flat(parse_page(_W3M).comments)] == [(0,), (0, 0), (1,)]
