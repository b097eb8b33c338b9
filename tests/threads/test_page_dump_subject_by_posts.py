"""A forum thread that heads each post with its subject, poster and time ("Re: <subject> by
tundeeko(m): 8:31am On Mar 12", Nairaland; #15, set 70), the day wrapped onto a line of its own
where the header is long; a reply opens with the quoted poster's name alone ("    tundeeko:") over
the quoted words. The story is the thread's first post, whose subject no "Re:" opens: it is the
article, not a comment. Dumps written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import flat
from threads.page_parser import parse_page

_PAGE = """Forum / Politics / Ferry Fares Rise By Half From Monday

Ferry Fares Rise By Half From Monday by HarbourNews: 8:14am On Mar 12, 2024

The ferry company has announced a fifty per cent rise in fares on all of its routes this spring.

It said the cost of diesel and spare parts had doubled since the last review of fares in 2022.

12 Likes 4 Shares

Re: Ferry Fares Rise By Half From Monday by tundeeko(m): 8:31am On Mar 12

Fifty percent in one go? Salary never increase by even five percent since then.

15 Likes

Re: Ferry Fares Rise By Half From Monday by Olumide_Ajah(m): 9:02am On Mar
12

Let's be fair to the company for once. Diesel costs twice what it did last year.

6 Likes

Re: Ferry Fares Rise By Half From Monday by Amakababe(f): 9:40am On Mar 12

    tundeeko:
    Fifty percent in one go?


Which salary? The ferry will finish the salary before the fifteenth of the month.

9 Likes
"""


def test_subject_by_posts_and_name_quotes() -> None:
    rows = flat(parse_page(_PAGE).comments)
    assert [(path, author, when) for path, author, when, _ in rows] == [
        ((0,), "tundeeko", datetime(2024, 3, 12, 8, 31, tzinfo=UTC)),
        ((0, 0), "Amakababe", datetime(2024, 3, 12, 9, 40, tzinfo=UTC)),
        ((1,), "Olumide_Ajah", datetime(2024, 3, 12, 9, 2, tzinfo=UTC)),
    ]
