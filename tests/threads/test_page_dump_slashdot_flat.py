"""Slashdot's thread in w3m with no comments heading (#15, holdout set 87): a search box over the
story, with no time above it, ends no thread; each comment's header ("by sjames (1099) on
Wednesday March 13, 2024 @12:51AM (#64312467)") is indented as deep as the comment is nested;
"Reply to This" under each one is a button, not the name of a parent. Dump written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import flat
from threads.page_parser import parse_page

_PAGE = """Slashdot

  • Stories
  • Ask Slashdot

[                    ] Go

Small Water District Pays Ransom, Still Cannot Send Bills Three Weeks After the Attack

Posted by msmash on Tuesday March 12, 2024 @05:10PM from the pay-up dept.
An anonymous reader shares a report from a local paper about a water district that paid the
ransom and still cannot produce its customers' bills three weeks after the attack on it.

  •
    Air-gap the billing (Score:5, Insightful)

    by tlhIngan (30335) on Tuesday March 12, 2024 @11:41PM (#64312401)
    The treatment plant itself was never touched; the billing server was.
    Reply to This Flag as Inappropriate Share
      □
        Re:Air-gap the billing (Score:2, Interesting)

        by sjames (1099) on Wednesday March 13, 2024 @12:51AM (#64312467)
        Then the state should be paying for a shared operations centre.
        Reply to This Parent Share
  •
    They paid. Of course they paid. (Score:1)

    by gweihir (88907) on Wednesday March 13, 2024 @01:48AM (#64312510)
    Paying was the cheaper option on paper, and that is the whole problem.
    Reply to This Share

Load All Comments

Slashdot Top Deals

Stay ahead of the curve with the Slashdot Daily newsletter.
"""


def test_a_slashdot_thread_nests_by_indent_under_a_search_box() -> None:
    assert [(path, author) for path, author, _time, _first in flat(parse_page(_PAGE).comments)] == [
        ((0,), "tlhIngan"),
        ((0, 0), "sjames"),
        ((1,), "gweihir"),
    ]
