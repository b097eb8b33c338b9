"""A forum thread's numbered posts as elinks prints them (#15, holdout sets 46 and 87: vBulletin
4): each post's title is a heading inside its list item, which elinks prints at no indent
between the indented card and the indented text. Such a short line between two indented ones
does not end the comment list the way text at no indent below it does. Dump written for this
test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE
from threads.page_parser import parse_page

_PAGE = ARTICLE + """    1. 29th March 2025, 20:14 #1
       Kev_H
       Kev_H is offline
       Member

   ══════════════════════════════════════════════════════════════════════════

       Join Date
       Sep 2008

       Posts
       4,117

Bypass to shut for six months

         Six months through the town centre, at half eight in the morning.

       Reply With Quote Reply With Quote Report Post

   ══════════════════════════════════════════════════════════════════════════

    2. 29th March 2025, 20:41 #2
       MarshMallow
       MarshMallow is offline
       Member

   ══════════════════════════════════════════════════════════════════════════

       Join Date
       Sep 2008

       Posts
       4,117

Default Re: Ashby Marsh bypass to shut for six months (Gazette)

         They did the same in 2011 and it was supposed to be ten weeks.

       Reply With Quote Reply With Quote Report Post

   ══════════════════════════════════════════════════════════════════════════

    3. 29th March 2025, 22:03 #3
       Dave_from_Lowgate
       Dave_from_Lowgate is offline
       Member

   ══════════════════════════════════════════════════════════════════════════

       Join Date
       Sep 2008

       Posts
       4,117

Default Re: Ashby Marsh bypass to shut for six months (Gazette)

         The drop-in session at the library is on 8th April for questions.

       Reply With Quote Reply With Quote Report Post

   ══════════════════════════════════════════════════════════════════════════

   + Reply to Thread

      Similar Threads

    1. Fenby roundabout roadworks - lights till Christmas

       By MarshMallow in forum Local News
       Replies: 22
       Last Post: 14th December 2023, 08:41
    2. River bridge survey

       By Kev_H in forum Local News
       Replies: 9
       Last Post: 2nd October 2024, 19:05
"""


def test_post_titles_at_no_indent_do_not_end_the_thread() -> None:
    comments = parse_page(_PAGE).comments
    assert [comment.author_name for comment in comments][:3] == ["Kev_H", "MarshMallow", "Dave_from_Lowgate"]
    assert "Six months" in comments[0].body
    assert "drop-in" in comments[2].body
