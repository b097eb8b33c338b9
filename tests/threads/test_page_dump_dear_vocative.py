"""A reply opening with the word for "dear" before the name it answers, in other languages than
English (#15, holdout sets 10 and 87: "Liebe Frau Brandt, die BSAG hat uns bestätigt …"): the
word is no part of the name called, as "Dear" is not, so the name matches the earlier
commenter's. Dump written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.addressee_cues import names_agree
from threads.page_parser import parse_page

_PAGE = ARTICLE + """Kommentare

Heike Brandt
26.10.2024 um 21:47 Uhr

Fährt die Linie 4 nachts überhaupt noch, oder nur noch am Wochenende?

Tobias Renner
27.10.2024 um 09:05 Uhr

Liebe Frau Brandt, die BSAG hat uns bestätigt, dass die ersten Fahrten ab 4 Uhr bleiben.

Jürgen W.
27.10.2024 um 11:30 Uhr

Ich fahre seit Jahren mit dem Rad, da ist mir der Fahrplan ziemlich egal.
"""


def test_dear_in_german_is_no_part_of_the_name() -> None:
    assert names_agree("Liebe Frau Brandt", ["Heike Brandt"])


def test_a_german_dear_places_the_reply() -> None:
    assert [(path, author) for path, author, _time, _first in flat(parse_page(_PAGE).comments)] == [
        ((0,), "Heike Brandt"),
        ((0, 0), "Tobias Renner"),
        ((1,), "Jürgen W."),
    ]
