"""A NodeBB topic as w3m prints it (#15, set 34): each post a bulleted item, the avatar's letter
over the poster's name, and under it either the time or "replied to" with the answered poster's
letter, name and the time run into it ("replied to M maggie.o2 days ago", "replied to Hélène
Marchand Hélène Marchandyesterday": the avatar's alt text is the name again). The name over that
line is the header; the post goes under the latest post by the poster it names (the letter
avatar's initial left off). Read as a list (w3m's bullets) and flat (the same posts without markers
under a story). Dumps written for this test."""

from __future__ import annotations

import pytest

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_PAGE = """Westbrook Herald Community

Route 9 school bus cut (Herald story)

Schools & Kids
7 Posts 5 Posters 862 Views

  • M
    maggie.o
    2 days ago

    The Herald says the district is cutting the Route 9 bus to Westbrook High
    from October 1 and telling families inside two miles to make arrangements.

    1 reply
     12
  • D
    derek_w
    replied to M maggie.o2 days ago

    I drive Canyon every morning and I wouldn't let my dog walk it. But the
    driver shortage is real.

    1 reply
      4
  • Hélène Marchand
    Hélène Marchand School Board
    replied to D derek_w2 days ago

    Derek is right about the pay gap, and it's on the agenda for the September
    board meeting.

      17
  • K
    kpatel
    5 hours ago

    Homecoming parade route closes Main from 4 to 7 on Friday, for what it's worth.

     3
  • M
    maggie.o
    replied to Hélène Marchand Hélène Marchandyesterday

    Thank you. I'll be there on the 24th with the Canyon Road petition.

     9

Post quick reply
"""


@pytest.mark.parametrize("bulleted", [True, False])
def test_replied_to_under_the_name(bulleted: bool) -> None:
    page = _PAGE if bulleted else ARTICLE + _PAGE.replace("\n  • ", "\n    ")
    rows = flat(parse_page(page).comments)
    assert [(path, text[:12]) for path, _author, _when, text in rows] == [
        ((0,), "The Herald s"),
        ((0, 0), "I drive Cany"),
        ((0, 0, 0), "Derek is rig"),
        ((0, 0, 0, 0), "Thank you. I"),
        ((1,), "Homecoming p"),
    ]
    assert [author for _path, author, _when, _text in rows][:2] == ["maggie.o", "derek_w"]
