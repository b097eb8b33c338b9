"""Coral printed flat by w3m (#15, sets 32, 40, 61 and 88): what it prints beside a name and a
time that is no part of either. "Featured" (and a journalist's badge) between the name and the
time, "(Edited)" run into the time ("3 hours ago(Edited)"), and a relative time in the French
singular ("il y a 1 heure"), which the flat reader's cheap pass must let through by its last
letters. Dumps written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE
from threads.model import walk
from threads.page_flat_stamps import may_end_stamp
from threads.page_parser import parse_page

_PAGE = (
    ARTICLE
    + """Comments 4
Sort by[Newest    ]
GarethLlew
Featured
2 days ago
Twenty years I've watched boats sit on the mud at low tide in that harbour.
Respect 14ReplyShareReport
Siân Haf
2 days ago
Cytuno'n llwyr, Gareth. Mae'r harbwr wedi bod yn beryglus ers blynyddoedd.
Respect 6ReplyShareReport
GarethLlew 1 day ago(Edited)
In reply to Siân Haf
Diolch Siân. That's the real question.
Respect 3ReplyShareReport
Nathalie V.
Journaliste
il y a 1 heure
En réponse à GarethLlew
Bonjour, le SPW nous confirme qu'un couloir piéton sera marqué.
Respect 9ReplyShareReport
Powered by Coral
"""
)


def test_coral_marks_beside_the_name_and_the_time() -> None:
    comments = parse_page(_PAGE).comments
    assert [(path, c.author_name) for path, c in walk(comments)] == [
        ((0,), "GarethLlew"), ((1,), "Siân Haf"), ((1, 0), "GarethLlew"), ((1, 0, 0), "Nathalie V."),
    ]


def test_relative_times_in_the_singular_end_a_stamp() -> None:
    for stamp in ("il y a 1 heure", "il y a 1 seconde", "il y a 1 semaine", "il y a 1 an", "il y a 1 année"):
        assert may_end_stamp(stamp), stamp
