"""A story discussed on a forum (#15): the dump prints the thread as one flat run of posts, each
under a header whose last line only a forum post has (its number "#3", phpBB's "Post by X » date",
Invision's "Posted <date>"). A post answers the earlier one whose words it quotes, else the latest
by the name its quote (or its opening mention) gives; a first post that opens with the thread's
title is the story. Dumps written for this test, in the shapes w3m prints XenForo, phpBB, Invision
and Flarum threads."""

from __future__ import annotations

from tests.threads.dump_pages import flat
from threads.page_parser import parse_page

_XENFORO = """Valley Talk

  • Forums
  • Local news

News Bridge repairs to close the river road for six weeks

  • Thread starter Gazette Bot
  • Start date Jun 2, 2024

Gazette Bot

Gazette Bot

News feed

  • Jun 2, 2024

  • #1

Bridge repairs to close the river road for six weeks
By a reporter, the Valley Gazette, 2 June 2024

The county will close the river road from July so that the old bridge can be
strengthened, with a signed detour through the industrial estate for lorries.

LikeReply
Report
P

pontoon_pete

Member

Joined
    Mar 3, 2015

Messages
    412

  • Jun 2, 2024

  • #2

Six weeks is optimistic. The last time they touched that bridge it was shut
for the whole summer and the detour signs pointed into the quarry.

LikeReply
Report
Lena Vogt

Lena Vogt

Member

Joined
    Jan 9, 2020

  • Jun 3, 2024

  • #3

The school buses will have to go round by the estate too. Has anyone asked
the county how the morning run is going to work with the lorries?

LikeReply
Report
pontoon_pete

pontoon_pete

Member

  • Jun 3, 2024

  • #4

    Lena Vogt said:
    Has anyone asked the county how the morning run is going to work
    Click to expand...

I rang them. They say the buses keep the bridge on a single lane with lights
until the deck is lifted, which is the last fortnight.

LikeReply
Report
Marek

Marek

Member

  • Jun 4, 2024

  • #5

    pontoon_pete said:
    the detour signs pointed into the quarry
    Click to expand...

That was my uncle's lorry that ended up in the quarry. He still talks about it
at every family wedding we go to.

LikeReply
Report
You must log in or register to reply here.
"""


def test_xenforo_thread_nests_by_the_quoted_words_and_leaves_the_story_out() -> None:
    article = parse_page(_XENFORO)
    assert [(path, author, first) for path, author, _time, first in flat(article.comments)] == [
        ((0,), "pontoon_pete", "Six weeks is optimistic. The last time they touched that bridge it was shut"),
        ((0, 0), "Marek", "“the detour signs pointed into the quarry”"),
        ((1,), "Lena Vogt", "The school buses will have to go round by the estate too. Has anyone asked"),
        ((1, 0), "pontoon_pete", "“Has anyone asked the county how the morning run is going to work”"),
    ]
    assert "Bridge repairs to close the river road" in article.body


_PHPBB = """Riverside Forum
Post Reply
4 posts • Page 1 of 1

Tamsin
    Regular
    Posts: 901
    Joined: Tue Mar 09, 2010 6:12 pm

Library hours cut to three days

  • Quote

Postby Tamsin » Fri Oct 25, 2024 8:48 am

The Gazette says the library drops to three days from January. That is the
only warm room in the village for half the people I know.
Top
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

Guest

Re: Library hours cut to three days

  • Quote

Postby Guest » Fri Oct 25, 2024 1:15 pm

Three days is better than closing it, which is what the last budget wanted.
Top
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

Tamsin
    Regular
    Posts: 902

Re: Library hours cut to three days

  • Quote

Postby Tamsin » Sat Oct 26, 2024 8:02 pm

    Guest wrote: ↑Fri Oct 25, 2024 1:15 pmThree days is better than closing it

Only because we filled the council chamber last time. Nobody gave it to us.
Top
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

Owen Price

Re: Library hours cut to three days

  • Quote

Postby Owen Price » Sun Oct 27, 2024 9:30 am

    Tamsin wrote: ↑Fri Oct 25, 2024 8:48 amThat is the only warm room in the
    village for half the people I know.

The warm room is a good point. The parish could fund the heating on the
closed days, the hall costs more than that to run.
Top
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
Post Reply
4 posts • Page 1 of 1
"""


def test_phpbb_thread_quote_after_its_glued_time_finds_the_older_post() -> None:
    got = [(path, author, first) for path, author, _time, first in flat(parse_page(_PHPBB).comments)]
    # Owen quotes Tamsin's first post, not her latest: the quoted words say which.
    assert got == [
        ((0,), "Tamsin", "The Gazette says the library drops to three days from January. That is the"),
        ((0, 0), "Owen Price", "“That is the only warm room in the village for half the people I know.”"),
        ((1,), None, "Three days is better than closing it, which is what the last budget wanted."),
        ((1, 0), "Tamsin", "“Three days is better than closing it”"),
    ]


_INVISION = """Courier Reader Forum

  • Home
  • Local News

Market square parking goes pay and display

Hamid Rezaei

  • Hamid Rezaei
  • Members

  • Report

Posted November 12

The market square goes pay and display in March, two pounds an hour and no
free first hour for the traders' customers either.

  • Quote

Anonymous

  • Anonymous
  • Anonymous poster

  • Report

Posted November 12

    On 11/12/2024 at 9:47 AM, Hamid Rezaei said:

    no free first hour for the traders' customers either

I run the flower stall and the Saturday trade will just go to the retail park.

  • Quote

Join the conversation
"""


def test_invision_posted_headers_and_on_date_name_said_quote() -> None:
    got = [(path, author, first) for path, author, _time, first in flat(parse_page(_INVISION).comments)]
    assert got == [
        ((0,), "Hamid Rezaei", "The market square goes pay and display in March, two pounds an hour and no"),
        ((0, 0), None, "“no free first hour for the traders' customers either”"),
    ]


_FLARUM = """Harbour Talk

  • Town Council
  • 1 of 4 posts

  • JJonas Berg

  • #1Jun 3
    Post #1 Monday, June 3, 2024 8:12 AM

The council wants four pounds an hour at the seafront car park from April and
nobody asked the cafés what that does to a wet Tuesday in March.

  • Like
  • Reply

  • PPam Ridley

  • #2Jun 3

Jonas Berg You're not the only one. Four pounds is more than the city charges
in August, and the city has a cathedral.

  • Like
  • Reply

  • Sseagull_steve

  • #3Jun 4

Nobody has mentioned the residents' permits yet, a hundred and twenty a year.

  • Like
  • Reply
"""


def test_flarum_thread_glued_initials_and_the_opening_mention() -> None:
    got = [(path, author, first) for path, author, _time, first in flat(parse_page(_FLARUM).comments)]
    assert got == [
        ((0,), "Jonas Berg", "The council wants four pounds an hour at the seafront car park from April and"),
        ((0, 0), "Pam Ridley", "You're not the only one. Four pounds is more than the city charges"),
        ((1,), "seagull_steve", "Nobody has mentioned the residents' permits yet, a hundred and twenty a year."),
    ]
