"""Norwegian, Danish and Swedish comment words as data (#15, blind set 22): relative stamps after
the name ("for 3 timer siden", "2 dage siden", "för 5 timmar sedan"), buttons ("Svar ♥ 4
Rapporter"), the form ("Skriv en kommentar") and boxes after it ("Mest læste", "Senaste
kommentarer"). Dumps written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_DANISH = ARTICLE + """Kommentarer 3

[avatar]Jens Holm Abonnent for 3 timer siden

Cykelstien langs havnen har manglet lys siden efteråret, og det er mørkt klokken fem.

Svar ♥ 4 Rapporter
[avatar]Mette Lund for 2 timer siden

Kommunen lovede nye lamper i marts, men der er ikke sket noget endnu.

Svar ♥ 2 Rapporter
[avatar]Anonym 2 dage siden

Ring til teknisk forvaltning, de svarer faktisk hurtigt på den slags.

Svar ♥ 1 Rapporter

Skriv en kommentar

[                    ] Send
Mest læste

 1. Havnen får ny færgeterminal
"""

_SWEDISH = ARTICLE + """Kommentarer (2)

Lars Ek för 5 timmar sedan

Bussen till sjukhuset går inte tidigt nog för den som börjar klockan sju.

Svara Anmäl
Karin Berg för 1 timme sedan

Det finns en extra tur på vardagar, men den står inte i den tryckta tidtabellen.

Svara Anmäl

Senaste kommentarer

Lars Ek för 5 timmar sedan
"""


def test_danish_relative_stamps_buttons_and_boxes() -> None:
    rows = flat(parse_page(_DANISH).comments)
    assert [(author, text[:22]) for _path, author, _when, text in rows] == [
        ("Jens Holm", "Cykelstien langs havne"),
        ("Mette Lund", "Kommunen lovede nye la"),
        (None, "Ring til teknisk forva"),
    ]


def test_swedish_relative_stamps_and_latest_comments_box() -> None:
    rows = flat(parse_page(_SWEDISH).comments)
    assert [(author, text[:22]) for _path, author, _when, text in rows] == [
        ("Lars Ek", "Bussen till sjukhuset "),
        ("Karin Berg", "Det finns en extra tur"),
    ]
