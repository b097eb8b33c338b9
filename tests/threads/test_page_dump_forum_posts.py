"""A newspaper's comments run through its forum (#15, blind set 21's vBulletin thread), as text
dumps print them: each post a list item with its date and number ("03-14-2015, 07:05 PM #2"), the
poster's name, a rank, the poster's card ("Join Date" over its value) and then the text; a reply
quotes its parent under "Originally Posted by X", so it answers X's latest post above it. lynx
draws the rule under each post as a row of underscores, which is no text box ending the comments.
Dumps written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_W3M = ARTICLE + """Comments (4 comments)

 1. 03-14-2015, 07:05 PM #2
    riverbend_al
    Senior Member

    Join Date
        Feb 2011
    Posts
        2,304

        The bridge was rated poor in 2009 and nobody did a thing until the
        weight limit went up on the signs this winter.

    Reply With Quote Reply With Quote Report Post
    ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
 2. 03-14-2015, 08:11 PM #3
    Unregistered
    Guest

        Detours add twenty minutes for anyone coming in from the north side.

    Reply With Quote Reply With Quote Report Post
    ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
 3. 03-14-2015, 09:40 PM #4
    Marge Oyelaran
    Member

    Join Date
        Aug 2013
    Posts
        88

        Originally Posted Originally Posted by riverbend_al View Post
        The bridge was rated poor in 2009
        And the county applied for the state grant twice since then. Both
        times it went to bigger towns.

    Reply With Quote Reply With Quote Report Post
    ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
 4. 03-15-2015, 06:02 AM #5
    truckin_ted
    Junior Member

    Join Date
        Jan 2015
    Posts
        12

        Originally Posted Originally Posted by Unregistered View Post
        Detours add twenty minutes
        Try forty with a loaded trailer, the county road is posted at ten tons.

    Reply With Quote Reply With Quote Report Post
    ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

Leave a comment
"""

# lynx: the text left of the name, "_____" rules between the posts, the quote's intro apart.
_LYNX = ARTICLE + """Comments (2 comments)

    1. 03-14-2015, 07:05 PM #2
       riverbend_al
       Senior Member

        Join Date
                Feb 2011

        Posts
                2,304

     The bridge was rated poor in 2009 and nobody did a thing until the
     weight limit went up on the signs this winter.
       Reply With Quote Reply With Quote Report Post
         ______________________________________________________________

    2. 03-14-2015, 09:40 PM #4
       Marge Oyelaran
       Member

        Join Date
                Aug 2013

     Originally Posted Originally Posted by riverbend_al View Post

     The bridge was rated poor in 2009
     And the county applied for the state grant twice since then. Both
     times it went to bigger towns.
       Reply With Quote Reply With Quote Report Post
         ______________________________________________________________

Leave a comment
"""


def test_forum_posts_give_poster_time_and_the_quoted_parent() -> None:
    rows = flat(parse_page(_W3M).comments)
    assert [(path, author, when) for path, author, when, _text in rows] == [
        ((0,), "riverbend_al", datetime(2015, 3, 14, 19, 5, tzinfo=UTC)),
        ((0, 0), "Marge Oyelaran", datetime(2015, 3, 14, 21, 40, tzinfo=UTC)),
        ((1,), None, datetime(2015, 3, 14, 20, 11, tzinfo=UTC)),  # "Unregistered" names nobody
        ((1, 0), "truckin_ted", datetime(2015, 3, 15, 6, 2, tzinfo=UTC)),
    ]


def test_a_post_keeps_its_own_words_and_the_quote_apart() -> None:
    comments = parse_page(_W3M).comments
    assert comments[0].body.startswith("The bridge was rated poor in 2009 and nobody")
    assert "Join Date" not in comments[0].body and "Reply With Quote" not in comments[0].body
    assert comments[0].replies[0].body == (
        "\u201cThe bridge was rated poor in 2009\u201d\n\n"
        "And the county applied for the state grant twice since then. Both\ntimes it went to bigger towns."
    )


def test_lynx_rules_between_posts_do_not_end_the_comments() -> None:
    rows = flat(parse_page(_LYNX).comments)
    assert [(path, author) for path, author, _when, _text in rows] == [
        ((0,), "riverbend_al"),
        ((0, 0), "Marge Oyelaran"),
    ]
