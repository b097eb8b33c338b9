"""A "Join the conversation (8)" heading with its comment count (#15, set 27's Australian regional
page): without the count the heading was known, with it the reader missed the heading, and w3m's
unindented sign-in notice under the thread ended the backwards scan before it reached the list,
so the page read flat. Dump written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_W3M = ARTICLE + """Join the conversation (3)

Comments are checked by our team before they appear. All times are Sydney time.
House rules

 1. Harriet Moss
    6 April 2024, 9:15pm AEDT

    The new bus timetable leaves the school run with a forty minute gap at 3pm.

    Like 12 Reply Report
     1. Colin Barwick
        6 April 2024, 10:48pm AEDT
        Replying to Harriet Moss

        The council says a second bus is coming once the depot opens in June.

        Like 3 Reply Report
 2. Ines Kowalczyk
    7 April 2024, 12:15pm AEST

    Nobody asked the parents before the change, which is the real problem here.

    Like 21 Reply Report

Have your say

You need a free Herald account to comment. Your display name will be shown with
your comment.
"""


def test_a_counted_join_heading_heads_the_thread() -> None:
    rows = flat(parse_page(_W3M).comments)
    assert [(path, author) for path, author, _, _ in rows] == [
        ((0,), "Harriet Moss"),
        ((0, 0), "Colin Barwick"),
        ((1,), "Ines Kowalczyk"),
    ]
