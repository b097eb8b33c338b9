"""A Finnish paper's numbered comments (#15, set 65): the header names the message answered after
the time, run into it, "Toripolku 13.3.2024 7.55Vastaus viestiin Kahvilan kanta-asiakas" ("reply
to the message of …"); the words were unknown and a reply tail was read only where the answered
one's time followed it (Movable Type). A weekday is no commenter ("Tue, 13/02/2024 - 21:30 In reply
to …", Drupal's date over its subject line). Dump written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.comment_header import read_header
from threads.page_parser import parse_page

_W3M = ARTICLE + """Kommentit (3)

 1. Toripolku 12.3.2024 19.05

    Taas päätetään torin asioista kysymättä keneltäkään.

 2. Kahvilan kanta-asiakas 12.3.2024 20.40Vastaus viestiin Toripolku

    Ei se kesäkahvila mihinkään katoa, siirtyy vain kolmekymmentä metriä.

 3. Marjatta K. 13.3.2024 9.10

    Torikauppiaiden mielipidettä ei kysytty ollenkaan.
"""


def test_a_reply_tail_after_the_time_names_the_parent() -> None:
    header = read_header("Ana Li 12.3.2024 20:40 in reply to Bo Kim", None)
    assert header is not None and (header.author, header.reply_to) == ("Ana Li", "Bo Kim")
    weekday = read_header("Tue, 13/02/2024 - 21:30 In reply to Walked it this morning… by Ciarán Moore", None)
    assert weekday is None or weekday.reply_to is None  # no commenter "Tue" answering a subject


def test_a_finnish_reply_tail_nests_the_reply() -> None:
    rows = flat(parse_page(_W3M).comments)
    assert [(path, author) for path, author, _, _ in rows] == [
        ((0,), "Toripolku"),
        ((0, 0), "Kahvilan kanta-asiakas"),
        ((1,), "Marjatta K."),
    ]
