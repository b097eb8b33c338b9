"""A comment form under the heading whose checkbox w3m prints run into its label ("[ ]Comment
anonymously") and then its button ("Add Comment"): the form is passed, and the flat comments
under it read (#15, blind set 25's Commento page; lynx and elinks put a blank after the box).
Dump written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_PAGE = ARTICLE + """Comments

Please keep it civil.

Login
[                    ]
[ ]Comment anonymously
Add Comment
UpvotesNewestOldest
H
Hamish Reid
6 points
2 days ago

The new crossing outside the library has made the walk to school much calmer.

K
Kirsty Munro
2 points
1 day ago

It still needs a light at night, the zebra is hard to see after four o'clock.
"""


def test_a_checkbox_run_into_its_label_is_part_of_the_form() -> None:
    rows = flat(parse_page(_PAGE).comments)
    assert [author for _path, author, _when, _text in rows] == ["Hamish Reid", "Kirsty Munro"]
