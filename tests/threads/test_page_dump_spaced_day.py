"""A commenter's name, perhaps a badge, then a day without its year, with spaces between ("Ines
Marlow Subscriber May 3", "T. Abara-Lowe May 4"): Substack's header as every renderer prints it
(#15, blind set 23), under the avatar's alt text. Each is a flat comment's header; a dateline
("Updated May 4") or a sentence ending in a day is none. Dump written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.comment_header import read_header
from threads.page_parser import parse_page

_PAGE = ARTICLE + """Discussion about this post

Ines Marlow's avatar
Ines Marlow Subscriber May 3

The ferry timetable has not matched the bus connections at the pier for two summers now.

Like (5)ReplyShare
T. Abara-Lowe's avatar
T. Abara-Lowe May 4

The operator told our residents' group the new timetable will be out on May 20.

Like (2)ReplyShare
Ruth Cole's avatar
Ruth Cole Author May 4

I have asked the operator for the draft and will post it here when it arrives.

Like (7)ReplyShare
Load more comments
"""


def test_spaced_name_badge_and_day_head_flat_comments() -> None:
    rows = flat(parse_page(_PAGE).comments)
    assert [(author, text[:24]) for _path, author, _when, text in rows] == [
        ("Ines Marlow", "The ferry timetable has "),
        ("T. Abara-Lowe", "The operator told our re"),
        ("Ruth Cole", "I have asked the operato"),
    ]


def test_a_dateline_or_a_sentence_ending_in_a_day_is_no_header() -> None:
    assert read_header("Updated May 4", None) is None
    assert read_header("The timetable comes out on May 20", None) is None
