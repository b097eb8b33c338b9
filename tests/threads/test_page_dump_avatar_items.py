"""A comment list whose items open with the avatar's alt text alone ("1. [u_51120]", w3m) over the
header "Name·19h ago" (a badge glued to the name, the unit cut to its letter) (#15, set 24): under
the comment form that follows the heading, such an item opens the comments, so the list is read
as the thread and not dropped as the form's. Dump written for this test (w3m)."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.comment_header import read_header
from threads.page_parser import parse_page

_PAGE = ARTICLE + """Comments (3)

We have switched on comments for this story. Be respectful and stay on topic.

             [                    ]
Add a comment[                    ]
Post
 1. [u_51120]
    Marguerite TremblaySubscriber·19h ago

    The accelerator money goes to the same councils that blocked every fourplex.

    34ReplyShareReport
      □ [u_70345]
        Owen Sandhu·9h ago

        It's tied to zoning changes, which is the whole point of the report.

        12ReplyShareReport
 2. [u_10457]
    Jean-François Bélanger·4h ago

    Nobody in this thread mentions Quebec, which negotiated its own version.

    7ReplyShareReport

Load more comments

Reader picks

As a Grade 9 teacher: the ban works in class and fails completely at lunch.
"""


def test_short_stamp_with_ago() -> None:
    header = read_header("Owen Sandhu·9h ago", None)
    assert header is not None and header.author == "Owen Sandhu" and header.relative


def test_items_opening_with_avatar_under_the_form() -> None:
    rows = flat(parse_page(_PAGE).comments)
    assert [(path, author, text[:12]) for path, author, _when, text in rows] == [
        ((0,), "Marguerite Tremblay", "The accelera"),
        ((0, 0), "Owen Sandhu", "It's tied to"),
        ((1,), "Jean-François Bélanger", "Nobody in th"),
    ]
