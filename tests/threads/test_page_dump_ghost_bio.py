"""Ghost's native comments in a text dump (#15, sets 6 and 31): each comment prints its initials,
"Avatar", the name, and under it the commenter's bio run into the stamp ("Plot 14, Ferry
Lane·2 Mar 2024"). The name is the line above; the bio is neither the name nor text. Where a
header writes the dot between blanks ("Gord Whitney Subscriber · Nov. 14, 2024"), the line is
the header itself. Dump written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_W3M = ARTICLE + """Member discussion

3 comments

HM

Avatar

Helen Marsh

Plot 14, Ferry Lane·2 Mar 2024

Nine years on the waiting list is optimistic, I waited eleven for a half plot.

14 Reply

OP

Avatar

Owen Pritchard

Editor, The Allotment Ledger·4 Mar 2024

Helen, would you be willing to talk to us for the follow-up piece next month?

3 Reply

DS

Avatar

Declan Shaw

2 Mar 2024

Why not split the full plots? Half of them are overgrown by July anyway.

9 Reply
"""


def test_the_bio_before_the_stamp_is_not_the_name() -> None:
    assert [(path, author, first) for path, author, _, first in flat(parse_page(_W3M).comments)] == [
        ((0,), "Helen Marsh", "Nine years on the waiting list is optimistic, I waited eleven for a half plot."),
        ((0, 0), "Owen Pritchard", "Helen, would you be willing to talk to us for the follow-up piece next month?"),
        ((1,), "Declan Shaw", "Why not split the full plots? Half of them are overgrown by July anyway."),
    ]
