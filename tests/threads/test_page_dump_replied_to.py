"""Headers that name the comment answered after the commenter (#15): Movable Type prints "Ruth
Albers replied to comment from Tom Vik | March 9, 2024 7:12 AM | Reply" over a reply and a bare
"Tom Vik | March 8, 2024 6:40 PM | Reply" over a comment, all flat. The renderer wraps the longer
headers inside the date or before the button; the picture's alt text ("Author Profile Page") may
come before the name. Dumps written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_PAGE = ARTICLE + """5 Comments

Author Profile Page Tom Vik | March 8, 2024 6:40 PM | Reply

The bridge has been closed for a year and nobody can say when it reopens.

Ruth Albers-Whitcombe replied to comment from Tom Vik | March 9, 2024 7:12 AM |
Reply

The county said June at the last meeting, for what that is worth.

Anonymous | March 9, 2024 3:55 PM | Reply

Why does every repair here take three times as long as promised?

Author Profile Page Tom Vik replied to comment from Ruth Albers-Whitcombe | March
10, 2024 9:14 PM | Reply

June of which year, though? They said June last year as well.

Cal Brandt replied to comment from Anonymous | March 11, 2024 10:05
AM | Reply

Because the state has to sign off on each phase before the next is bid.

Leave a comment

Name [                              ]
"""


def test_replied_to_comment_from_headers_nest_replies() -> None:
    rows = flat(parse_page(_PAGE).comments)
    assert [(path, author, when, text[:20]) for path, author, when, text in rows] == [
        ((0,), "Author Profile Page Tom Vik", datetime(2024, 3, 8, 18, 40, tzinfo=UTC), "The bridge has been "),
        ((0, 0), "Ruth Albers-Whitcombe", datetime(2024, 3, 9, 7, 12, tzinfo=UTC), "The county said June"),
        ((0, 0, 0), "Author Profile Page Tom Vik", datetime(2024, 3, 10, 21, 14, tzinfo=UTC), "June of which year, "),
        ((1,), None, datetime(2024, 3, 9, 15, 55, tzinfo=UTC), "Why does every repai"),
        ((1, 0), "Cal Brandt", datetime(2024, 3, 11, 10, 5, tzinfo=UTC), "Because the state ha"),
    ]
