"""WordPress's "7 thoughts on “<title>”" heading in other languages (#15, set 38): the count, its
unit, a short word and the story's title in the language's quotes ("3 Gedanken zu „…“", "7 odpowiedzi
na „…”"). w3m prints the comment form's notice and its "remember me" checkbox as long unindented
lines, so the comment list is found only under this heading. Dumps written for this test (w3m)."""

from __future__ import annotations

import pytest

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_THREAD = """
 1. [a1] Jonas Becker sagt:
    03.03.2024 um 10:05

    Die Brücke sollte im Sommer fertig sein, jetzt heißt es wieder Frühjahr.

    Antworten
     1. [b2] Lena Hoff sagt:
        03.03.2024 um 11:40

        Die Baufirma hat im Juli die Arbeit eingestellt, das sah jeder.

        Antworten
 2. [c3] Uwe Marr sagt:
    04.03.2024 um 08:12

    Die Umleitung über die Bahnhofstraße ist jeden Morgen verstopft.

    Antworten

Schreibe einen Kommentar Antworten abbrechen

Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert

Kommentar * [                                             ]

[ ] Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser für die nächste
Kommentierung speichern.

[Kommentar abschicken]
"""


@pytest.mark.parametrize(
    "heading",
    [
        "3 Gedanken zu „Brücke an der Hauptstraße: Fertigstellung verschiebt sich erneut“",
        "3 odpowiedzi na „Most na Głównej znów opóźniony. Objazdy do\nwiosny”",
        "3 réflexions sur « Le pont de la rue principale »",
    ],
)
def test_title_after_count_heading(heading: str) -> None:
    rows = flat(parse_page(ARTICLE + heading + "\n" + _THREAD).comments)
    assert [(path, author, text[:10]) for path, author, _when, text in rows] == [
        ((0,), "Jonas Becker", "Die Brücke"),
        ((0, 0), "Lena Hoff", "Die Baufir"),
        ((1,), "Uwe Marr", "Die Umleit"),
    ]
