"""A "Most commented" box under the comment form (#15): w3m prints it as a numbered list, each
story's count of comments indented under its title (" 2. <title>" over "    7 comments"). That
count belongs to the list item, so it is no comments heading; the comments are the nested list
under "3 thoughts on …" above the form. Dump written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_PAGE = ARTICLE + """3 thoughts on “Evening buses to end in December”

 1. Margaret Hirst
    October 26, 2024 at 8:14 am

    So the evening bus goes from every half hour to nothing after seven, and we
    find out from a press release on a Friday.

    Reply
     1. Dave Sutcliffe
        October 26, 2024 at 11:02 am

        Margaret, it is a private company and they have been losing money on
        the evening runs for years.

        Reply
 2. Rob Pickles
    October 27, 2024 at 9:15 am

    The last bus home from the late shift was the only reason I kept the job.

    Reply

Leave a Reply Cancel reply

Your email address will not be published. Required fields are marked *

Name*[                              ]

[Post Comment »]

Most commented this month

 1. Market hall stallholders back new hours

    23 comments

 2. Evening buses to end in December

    7 comments

 3. Catchment change consultation opens

    5 comments

Copyright © 2024 Valley Chronicle
"""


def test_counts_in_a_numbered_most_commented_box_are_no_heading() -> None:
    got = [(path, author) for path, author, _time, _first in flat(parse_page(_PAGE).comments)]
    assert got == [((0,), "Margaret Hirst"), ((0, 0), "Dave Sutcliffe"), ((1,), "Rob Pickles")]
