"""Livefyre's thread under a "Discuss" heading (#15, set 71, a 2014 page from the Wayback
Machine): its count runs into the listeners' count ("8 Comments14 people listening"), and each
header gives a day without a time ("[defaul] ohio_reader_77 November 3, 2014"), which without a
heading is not enough to tell comments from a list of dated stories. "Discuss" is the heading.
Dumps written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_PAGE = ARTICLE + """Discuss

Welcome to the discussion. Keep it clean, stay on topic, and be truthful.

3 Comments14 people listening
Sign in
Sort: Newest | Oldest | Top Comments
[defaul] ohio_reader_77 November 3, 2014

Already voted early at the board of elections on Friday morning.

Like Reply Share Flag
[100002] Darlene Muth November 2, 2014

Where does it say how much of this goes to the new building on Route 61?

Like2 Reply Share Flag
[100001] Ellen Brandt November 2, 2014

None of it. The building was paid for out of the old bond.

Like5 Reply Share Flag
"""


def test_discuss_heading_over_dated_headers() -> None:
    rows = flat(parse_page(_PAGE).comments)
    assert [(path, author) for path, author, _, _ in rows] == [
        ((0,), "ohio_reader_77"),
        ((1,), "Darlene Muth"),
        ((2,), "Ellen Brandt"),
    ]
