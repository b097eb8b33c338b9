"""XenForo 1 in a text dump (#15, blind set 55): each post is a list item opening with the poster's
name, then the name with a rank, the poster's card ("Joined:", "Messages:", "Likes Received:" over
their values) and the text; the post is signed at its foot ("Sal_K, Oct 21, 2015") over its number
("#2") and a line of likes. A post answers the one its quote names ("Sal_K said: ↑"). Dump written
for this test."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import flat
from threads.page_parser import parse_page

_PAGE = """Wexcombe Forum

Riverside car park closing for flood defence works - 18 months!

Discussion in 'Wexcombe News & Local Issues' started by pebblemill, Oct 21,
2015.

 1. pebblemill

    pebblemill Well-Known Member

    Joined:
        Jun 9, 2014

    Messages:
        1,486

    Likes Received:
        902

        Eighteen months! Where are all the people who work in town going to
        park? The Forum is full by half nine as it is.


    pebblemill, Oct 21, 2015
    #1
    Sal_K and 4 others like this.
 2. Sal_K

    Sal_K Active Member

    Joined:
        Jan 20, 2014

    Messages:
        388

        They've been talking about that wall since the 2007 floods, and it
        never got built.


    Sal_K, Oct 21, 2015
    #2
    Dave Pryce likes this.
 3. Dave Pryce

    Dave Pryce Member

    Joined:
        Feb 2, 2015

    Location:
        Wexcombe

        Sal_K said: ↑

            They've been talking about that wall since the 2007 floods.
            Click to expand...

        Same here, and I run a shop on Fore Street so I've got more to lose
        than most.


    Dave Pryce, Oct 22, 2015
    #3
    Sal_K and pebblemill like this.

(You must log in or sign up to reply here.)
Share This Page

Forum software by XenForo™ ©2010-2015 XenForo Ltd.
"""


def test_posts_signed_at_their_foot() -> None:
    rows = flat(parse_page(_PAGE).comments)
    assert [(path, author, when, text[:20]) for path, author, when, text in rows] == [
        ((0,), "pebblemill", datetime(2015, 10, 21, tzinfo=UTC), "Eighteen months! Whe"),
        ((1,), "Sal_K", datetime(2015, 10, 21, tzinfo=UTC), "They've been talking"),
        ((1, 0), "Dave Pryce", datetime(2015, 10, 22, tzinfo=UTC), "“They've been talkin"),
    ]
