"""The site's footer ("© The Paper 2024") ends the comment section (#15, blind set 22): a box
under the comments that shows another story's thread ("12 replies on <title>", read as a comments
heading) and the footer's bulleted links ("• Privacy") are no comments, so the heading over the
real comments is found. Dump written for this test (w3m's layout of a newspaper theme)."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_PAGE = ARTICLE + """3 Comments
Newest
Oldest
Mara Quinlan
Mara Quinlan
2 days ago

The new timetable drops the last bus home from the hospital, which matters for night staff.

Reply
Olu Adebayo
Olu Adebayo
1 day ago
Reply to  Mara Quinlan

The council says a later service will run from March, but nobody has seen the route yet.

Reply
Pia Lund
Pia Lund
20 hours ago

Ask the depot, they usually know the route weeks before the council announces anything.

Reply

Most commented

Pool car park fees rise again next month

March 2, 202412

Busiest thread

Harold Voss
Harold Voss
4 days ago

Who approved the car park fees at the swimming pool without asking a single family?

12 replies on Pool car park fees rise again next month
The Valley Courier
© The Valley Courier 2024

  • Privacy
  • Terms of use
"""


def test_footer_ends_the_comments_and_another_storys_count_heads_nothing() -> None:
    rows = flat(parse_page(_PAGE).comments)
    assert [(path, author, text[:20]) for path, author, _when, text in rows] == [
        ((0,), "Mara Quinlan", "The new timetable dr"),
        ((0, 0), "Olu Adebayo", "The council says a l"),
        ((1,), "Pia Lund", "Ask the depot, they "),
    ]
