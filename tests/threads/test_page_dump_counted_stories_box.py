"""A "Join the conversation" box under the comments that lists other stories with their counts of
comments ("• Polling places: what to know before Tuesday11 comments", the count run into the
title, and elinks wraps it onto a second line; a Viafoura page, #15 set 68): its heading is a
comments heading, but the list is no thread, so the comments are the flat ones under the heading
above. And flat comments right over such a box under the same heading are still the thread.
Dumps written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_COMMENTS = """Comments

11 Comments
Newest Oldest Most Liked
[avatar_jr]
jrm_elyria · 1 hour ago

Line at the West River branch was already thirty people deep at six.

3 Reply …
[avatar_yp]
Yolanda Price · 2 days ago

Is the club on Pearl accessible? My mother uses a walker these days.

6 Reply …
[avatar_no]
Nate Ortiz · 1 day ago

@Yolanda Price the Pearl Avenue entrance has a ramp and curbside voting.

9 Reply …
Load more comments

Most read

 1. Water main break closes part of the park
 2. Catholic rallies for playoff win

"""

_W3M_BOX = """Join the conversation

  • Polling places: what to know before Tuesday11 comments
  • Letters: It's levy season again27 comments

  • Contact us
  • Privacy policy
"""

_ELINKS_BOX = """Join the conversation

     • Polling places: what to know before Tuesday11
       comments
     • Letters: It's levy season again27 comments

     • Contact us
     • Privacy policy
"""

_FLAT_OVER_BOX = ARTICLE + """8 comments — Leave a comment

petrovich
2010-03-27 06:41 pm (UTC)
They close the bath on Kirova and say nothing about the pipes up north.

(Reply) (Thread)

lena_vesna
2010-03-28 12:22 pm (UTC)
Thanks. So until autumn it is the one on Zavodskaya, and then we will see.

(Reply) (Thread)

  Other posts of the community

     • Ice breaking up on the river, photos — 12 comments
     • Who knows when the crossing on Vokzalnaya reopens? — 27 comments
"""


def test_box_of_counted_stories_is_no_thread() -> None:
    for box in (_W3M_BOX, _ELINKS_BOX):
        rows = flat(parse_page(ARTICLE + _COMMENTS + box).comments)
        assert [(path, author) for path, author, _, _ in rows] == [
            ((0,), "jrm_elyria"),
            ((1,), "Yolanda Price"),
            ((1, 0), "Nate Ortiz"),
        ]


def test_flat_comments_over_the_box() -> None:
    rows = flat(parse_page(_FLAT_OVER_BOX).comments)
    assert [(path, author) for path, author, _, _ in rows] == [((0,), "petrovich"), ((1,), "lena_vesna")]
