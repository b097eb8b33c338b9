"""A Discourse topic in w3m with the users' titles and the posts' edit counts (#15, holdout set
71): a title with a comma after the handle ("Anna Whitcombe awhitcombe Reporter, The Millbrook Courier")
is no part of the name, nor does it stop the line being a header; a post's count ("1") may stand
between the name with its "●handle" and the day; a quote's title names its author by the
display name ("● Tom Becker:"), which answers that author's post. Dump written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import flat
from threads.page_parser import parse_page

_PAGE = """Courier Talk

Route 9 bridge to close for eighteen months while the state replaces the old arch

[dkrau]
Dale Krauss dkrauss
Mar 9

Eighteen months is going to kill the diner on the north side of the creek.

1 Reply
4
Reply
[awhit]
Anna Whitcombe awhitcombe Reporter, The Millbrook Courier
●dkrauss
Mar 10

The state says the diner keeps its access from the side road the whole time.

9
Reply
[tbeck]
Tom Becker tbecker
●awhitcombe
1
Mar 10

Will the side road be plowed by the state or by the township in the winter?

2
Reply
[awhit]
Anna Whitcombe awhitcombe Reporter, The Millbrook Courier
Mar 11

● Tom Becker:


    Will the side road be plowed by the state or by the township in the winter?

By the township, under an agreement the supervisors signed last week.

4
Reply
"""


def test_titles_counts_and_quote_titles_of_a_discourse_topic() -> None:
    assert [(path, author) for path, author, _time, _first in flat(parse_page(_PAGE).comments)] == [
        ((0,), "Dale Krauss dkrauss"),
        ((0, 0), "Anna Whitcombe awhitcombe"),
        ((0, 0, 0), "Tom Becker tbecker"),
        ((0, 0, 0, 0), "Anna Whitcombe awhitcombe"),
    ]
