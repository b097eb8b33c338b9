"""A Discourse topic under a newspaper's story (#15, sets 34, 46): no heading over the posts, each
post's name over its time in one short word ("3d", "14h"), a reply's "●<name>" between them. The
short time alone on its line is found by the flat reader's cheap pass and counts as a comment's
stamp where no heading vouches for the headers (no list of stories prints "3d" on its own).
Dumps written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE
from threads.model import walk
from threads.page_parser import parse_page

_TOPIC = """Reply
412views 23likes 3links 6users
[maree]
maree_h
3d

Good to see the Courier finally asking what the wharf actually costs.

1 Reply
6
Reply
[lette]
stockton_steve
●maree_h
3d

The $14.2m isn't all the wharf though, the shelter was a separate line.

3
Reply
[jdawe]
jdawes
2d

I was at the drop-in session on Thursday and the staff were upfront.

2
Reply
"""


def test_a_discourse_topic_with_compact_times() -> None:
    comments = parse_page(ARTICLE + _TOPIC).comments
    assert [(path, c.author_name) for path, c in walk(comments)] == [
        ((0,), "maree_h"),
        ((0, 0), "stockton_steve"),
        ((1,), "jdawes"),
    ]
