"""A count of comments at the end of a bulleted item ("64 comments" under a story's title and its
latest comment, a "Trending conversations" box under the thread, w3m) is that story's count, not
the heading of this page's comments (#15, blind set 22's Viafoura page). Dump written for this
test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_PAGE = ARTICLE + """Join the conversation

3 Comments
NewestOldest
[png]
Harriet Vos2 hours ago

The new crossing lights take forever to change, people just walk anyway.

Like 12ReplyReport
[png]
Tomasz Wilk1 hour ago

They are timed for the trucks coming off the bypass, not for people on foot.

Like 4ReplyReport
[png]
Odette Crane40 minutes ago

A countdown display would at least tell people how long they have to wait.

Like 9ReplyReport
Load more comments

Trending conversations

  • Library hours cut on weekends from September
    Ned Farrow27 minutes ago

    Saturdays were the only day I could take the kids there.

    64 comments
  • Harbour bridge repairs start next week 12 comments

© 2024 The Riverside Courier
"""


def test_a_story_count_in_a_bulleted_box_is_no_comments_heading() -> None:
    rows = flat(parse_page(_PAGE).comments)
    assert [author for _path, author, _when, _text in rows] == ["Harriet Vos", "Tomasz Wilk", "Odette Crane"]
