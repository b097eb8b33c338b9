"""A newsletter platform's newer flat comments (#15, blind set 19): the name and a day without its
year run together with no dot between ("Ada FinchMar 9"), also after a glued badge ("Lou
PikeAuthorMar 10") or a one-letter surname ("Sam KApr 2"). Dump written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.comment_header import read_header
from threads.page_parser import parse_page

GLUED = ARTICLE + """Discussion about this post

CommentsRestacks
[                    ]
Post
Ada Finch's avatar
Ada FinchMar 9

The new crossing by the library is the first one my kids can use alone.

Like (5)ReplyShare
…

Comment deleted

Lou Pike's avatar
Lou PikeAuthorMar 10

Thanks Ada, the council says the lights get a longer green phase next month.

Like (2)ReplyShare
…
Sam K's avatar
Sam KApr 2

Is there a plan for the crossing at the school end as well?

Like (1)ReplyShare
…
View all 4 comments
"""


def test_name_run_into_a_day_is_a_flat_header() -> None:
    rows = [(author, text) for _path, author, _when, text in flat(parse_page(GLUED).comments)]
    assert rows == [
        ("Ada Finch", "The new crossing by the library is the first one my kids can use alone."),
        (None, "Comment deleted"),
        ("Lou Pike", "Thanks Ada, the council says the lights get a longer green phase next month."),
        ("Sam K", "Is there a plan for the crossing at the school end as well?"),
    ]


def test_a_sentence_ending_in_a_day_is_no_header() -> None:
    # A space before the month: text, not a name glued to its stamp.
    assert read_header("The vote is on Mar 9", None) is None
    assert read_header("See you all on Mar 9", None) is None
