"""A sidebar's tabs under the comments (#15, blind set 92: a WordPress theme's "Popular" / "Latest" /
"Comments" box): its "Comments" tab, over the site's latest comments, is no heading of the thread,
which stays the one under "2 thoughts on …". Dump written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_PAGE = ARTICLE + """2 thoughts on “Ferry timetable changes from May”

 1. [svg] Morag Elliot says:
    6 April 2024 at 8:14 pm

    The early sailing is the only one that gets me to work on time.

    Reply
     1. [svg] Duncan Reid says:
        6 April 2024 at 10:40 pm

        Morag, the council says the early sailing stays on weekdays.

        Reply

Leave a Reply Cancel reply

Comment * [                                             ]

Popular
Latest
Comments

[svg]

Duncan Reid Apr 6, 2024
Morag, the council says the early sailing stays on…

[svg]

Aileen Ross Apr 5, 2024
The new pier lights are a great improvement for…
"""


def test_a_sidebars_comments_tab_is_no_heading_of_the_thread() -> None:
    rows = flat(parse_page(_PAGE).comments)
    assert [(path, author, stamp) for path, author, stamp, _ in rows] == [
        ((0,), "Morag Elliot", datetime(2024, 4, 6, 20, 14, tzinfo=UTC)),
        ((0, 0), "Duncan Reid", datetime(2024, 4, 6, 22, 40, tzinfo=UTC)),
    ]
