"""wpDiscuz in Austrian German (#15, sets 61 and 65): headers stamped with a singular relative
time, "vor 1 Jahr", "vor 1 Woche", which the flat reader's cheap pass (a stamp's last four
characters) did not know, so most comments were never found. Dump written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_W3M = ARTICLE + """[Kommentar abschicken]
3 Kommentare
Neueste
Franz Leitner
Gast
Franz Leitner
vor 1 Jahr

Wo sollen die Anrainer parken, wenn das Parkdeck ab halb acht voll ist?

9
Antworten
Maria Pühringer
Gast
Maria Pühringer
vor 1 Woche
Antwort auf Franz Leitner

Laut Artikel gibt es eine Ausnahme für Anrainer, der Antrag dauert zehn Minuten.

4
Antworten
Sepp Hainzl
Gast
Sepp Hainzl
vor 1 Monat

Endlich findet man am Samstag Vormittag am Hauptplatz wieder einen Parkplatz.

12
Antworten
"""


def test_singular_relative_times_stamp_wpdiscuz_headers() -> None:
    rows = flat(parse_page(_W3M).comments)
    assert [(path, author) for path, author, _, _ in rows] == [
        ((0,), "Franz Leitner"),
        ((0, 0), "Maria Pühringer"),
        ((1,), "Sepp Hainzl"),
    ]
