"""A numbered reply tree with no comments heading, under nothing but a footer printed as one row of
the site's links ("Moderation Log Hats Tags Filter About Privacy Source", a Lobsters-like page, #15
set 83): the scan from the page's end takes a line of eight words or more as the article's text and
stops there, so the row of capitalised words with no sentence in it must not stop it. Dumps written
for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_lines import is_link_row
from threads.page_parser import parse_page

_PAGE = ARTICLE + """Log in to comment.

 1. [ ]

    14
    wren avatar wren 3 years ago | link | reply

    The depot closes at six and the buses stop running an hour before that.

     1. [ ]

        9
        amos avatar amos 3 years ago | link | reply

        The timetable on the council's site still shows the old evening runs.

 2. [ ]

    7
    petra avatar petra 3 years ago | link | reply

    Nobody at the meeting asked about the night shift workers at the depot.

Moderation Log Hats Tags Filter About Privacy Source Code
"""


def test_tree_above_a_row_of_links() -> None:
    rows = flat(parse_page(_PAGE).comments)
    assert [path for path, _, _, _ in rows] == [(0,), (0, 0), (1,)]
    bodies = [c.body for c in parse_page(_PAGE).comments]
    assert "depot closes at six" in bodies[0]
    assert "night shift workers" in bodies[1]


def test_link_row_is_not_a_sentence() -> None:
    assert is_link_row("Moderation Log Hats Tags Filter About Privacy Source")
    assert is_link_row("Über Uns Impressum Datenschutz Kontakt Werbung Jobs Archiv")
    assert not is_link_row("Council Delays Vote On Eastgate Rezoning, Again, After Hearing")
    assert not is_link_row("Nobody at the meeting asked about the night shift workers.")
    assert not is_link_row("Home News Sport 2024 Weather Travel Culture Money")
