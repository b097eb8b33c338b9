"""A removed comment's placeholder in a thread printed flat (#15, blind set 27's German page, and
flat Coral, wpDiscuz and Drupal pages of sets 10-24): a comment system keeps the placeholder only
for the replies under it, so the comment right after it, naming no one, answers it. The
placeholder may go on with its reason after a comma in another language ("…entfernt, da er gegen
unsere Netiquette verstößt"), wrapped; a relative stamp in the singular ("vor 1 Stunde") heads a
comment too. Dumps written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_GERMAN = ARTICLE + """Leserkommentare 4

[avat] Renate Vogel 14.08.2024, 09:10 Uhr

Die Umleitung über die Bergstraße ist für Busse viel zu eng, das sieht jeder.

Antworten Gefällt mir (9) Melden

Dieser Kommentar wurde von der Redaktion entfernt, da er gegen unsere
Netiquette verstößt.

[avat] Jochen Kälber vor 2 Stunden

Egal was da stand, die Anwohner haben ein Recht auf eine Antwort der Stadt.

Antworten Gefällt mir (4) Melden
[avat] Petra Lauxmann vor 1 Stunde

Die Stadt hat für Donnerstag eine Bürgerversammlung in der Festhalle angekündigt.

Antworten Gefällt mir (2) Melden

Ihr Kommentar

Name [                    ]
"""

_ENGLISH = ARTICLE + """4 Comments

Dorothy Lamb
March 4, 2024 at 9:12 am

The new roundabout has made the school run twice as long for everyone on our street.

Reply

This comment was removed by a moderator.

Graham Oduya
March 4, 2024 at 10:40 am

Whatever was said there, the traffic survey was done in August when schools were out.

Reply

Gwen Petrakis
March 4, 2024 at 11:02 am

The council has promised a second survey in term time, according to the minutes.

Reply

Leave a Reply
"""


def test_the_comment_after_a_removed_placeholder_answers_it() -> None:
    rows = flat(parse_page(_GERMAN).comments)
    assert [(path, author, text[:30]) for path, author, _when, text in rows] == [
        ((0,), "Renate Vogel", "Die Umleitung über die Bergstr"),
        ((1,), None, "Dieser Kommentar wurde von der"),
        ((1, 0), "Jochen Kälber", "Egal was da stand, die Anwohne"),
        ((2,), "Petra Lauxmann", "Die Stadt hat für Donnerstag e"),
    ]


def test_a_placeholder_in_english_keeps_its_reply() -> None:
    rows = flat(parse_page(_ENGLISH).comments)
    assert [(path, author) for path, author, _when, _text in rows] == [
        ((0,), "Dorothy Lamb"),
        ((1,), None),
        ((1, 0), "Graham Oduya"),
        ((2,), "Gwen Petrakis"),
    ]
