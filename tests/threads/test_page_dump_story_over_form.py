"""A link aggregator's thread in w3m (#15, holdout set 87: Hacker News): the story's title and its
"211 points by … 9 hours ago" line end the way a time ends, then the reply box, then the thread.
Those two lines are no comments' headers, so the box does not end the thread above it: the
comments under it are read, nested by their indentation. Dump written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import flat
from threads.page_parser import parse_page

_PAGE = """● Board News new | past | comments | ask | show | jobs | submit         login
   A county library starts lending out telescopes to anyone with a card (example.com
   )
   211 points by quillon 9 hours ago | hide | past | favorite | 57 comments
   [                                                                                ]
   [                                                                                ]
   [                                                                                ]


   [add comment]



    harrow_k 8 hours ago | next [–]

    Ours started this in 2019 and the waiting list was longer than the one for
*   the new thrillers within a month of the launch.

    reply

      minnow 7 hours ago | parent | next [–]

[s]   Did any of them come back broken? That is always the first question.

      reply

    pell_j 6 hours ago | prev [–]

*   The article undersells how cheap this is for a library to run.

    reply



More
"""


def test_a_story_line_over_the_reply_box_leaves_the_thread_under_it() -> None:
    comments = flat(parse_page(_PAGE).comments)
    assert [(path, author) for path, author, _time, _first in comments] == [
        ((0,), "harrow_k"),
        ((0, 0), "minnow"),
        ((1,), "pell_j"),
    ]
    assert "waiting list" in comments[0][3]
