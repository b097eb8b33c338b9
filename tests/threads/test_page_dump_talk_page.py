"""A wiki talk page as w3m prints it (#15, sets 31, 46): each post ends with its writer's
signature, wrapped anywhere ("Marta Kovač (talk) 14:22, 3 April 2023 (UTC)[reply]", "--Lukas
Brenner (" over "Diskussion) 23:58, 29. Mär. 2025 (CET)[Antworten]", "--Ergonaut" over "^(Disk.)
03:05, …"); a reply is indented four blanks deeper than the post it answers and follows it with no
blank line. An unsigned post's "added by <address>" names nobody. Dumps written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import ARTICLE
from threads.model import walk
from threads.page_parser import parse_page

_ENGLISH = """Detour route

[edit]
Latest comment: 2 years ago · 4 comments · 3 people in discussion

The detour via Mill Road goes straight past the primary school at drop-off
time. Has anyone asked the council about the crossing? Marta
Kovač (talk) 14:22, 3 April 2023 (UTC)[reply]

    Mill Road has the weight limit problem too, that's the bit the cabinet
    paper skips. Hbrennan (talk) 15:10, 3 April 2023 (UTC)[reply]
        The weight limit is 7.5t on Mill Road only between the railway bridge
        and Kiln Lane. — Preceding unsigned comment added by 203.0.113.44 (talk)
        16:35, 3 April 2023 (UTC)[reply]
    Lorries will use the ring road both ends, so the school is spared the
    worst of it. OldTownGreg (talk) 18:02, 3 April 2023 (UTC)[reply]

Ferry timetable

[edit]

Is the council adding ferry crossings before September or only "in talks"?
OldTownGreg (talk) 08:15, 4 April 2023 (UTC)[reply]

Add a comment
"""

_GERMAN = """Zahl der Verletzten

[Quelltext bearbeiten]

In der Einleitung stehen drei Verletzte, im Abschnitt Ablauf vier. Hat jemand
die aktuelle Pressemitteilung? --Schwarzwaldkiefer (Diskussion) 01:40, 30. Mär.
2025 (CET)[Antworten]

    Die Polizei hat am Samstagnachmittag nachgelegt: vier Verletzte, davon
    einer schwer. Beleg: Presseportal, 29. März. --Ergonaut
    ^(Disk.) 03:05, 30. Mär. 2025 (CEST)[Antworten]
        Danke, habe Einleitung und Ablauf vereinheitlicht. --Schwarzwaldkiefer (
        Diskussion) 11:30, 30. Mär. 2025 (CEST)[Antworten]
"""


def test_an_english_talk_page() -> None:
    comments = parse_page(ARTICLE + _ENGLISH).comments
    assert [(path, c.author_name, c.created_at, c.body[:20]) for path, c in walk(comments)] == [
        ((0,), "Marta Kovač", datetime(2023, 4, 3, 14, 22, tzinfo=UTC), "The detour via Mill "),
        ((0, 0), "Hbrennan", datetime(2023, 4, 3, 15, 10, tzinfo=UTC), "Mill Road has the we"),
        ((0, 0, 0), None, datetime(2023, 4, 3, 16, 35, tzinfo=UTC), "The weight limit is "),
        ((0, 1), "OldTownGreg", datetime(2023, 4, 3, 18, 2, tzinfo=UTC), "Lorries will use the"),
        ((1,), "OldTownGreg", datetime(2023, 4, 4, 8, 15, tzinfo=UTC), "Is the council addin"),
    ]
    assert comments[0].replies[0].replies[0].body.endswith("and Kiln Lane.")


def test_a_german_talk_page_with_an_abbreviated_link() -> None:
    comments = parse_page(ARTICLE + _GERMAN).comments
    assert [(path, c.author_name, c.created_at) for path, c in walk(comments)] == [
        ((0,), "Schwarzwaldkiefer", datetime(2025, 3, 30, 0, 40, tzinfo=UTC)),
        ((0, 0), "Ergonaut", datetime(2025, 3, 30, 1, 5, tzinfo=UTC)),
        ((0, 0, 0), "Schwarzwaldkiefer", datetime(2025, 3, 30, 9, 30, tzinfo=UTC)),
    ]
