"""Coral in w3m (#15, blind set 52): the "Post a comment" button stands right over the thread's sort
control ("Sort by [Newest      ]"), so it is no comment form's heading and the sort box no form:
the flat posts under them (a name over "21 hours ago", "In reply to X") are the comments. Dump
written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_PAGE = ARTICLE + """Join the conversation

Comments are open for seven days. Please keep it civil – read our community
guidelines.
Comments 3 My profile
Sign in to join the conversation
Post a comment
Sort by [Newest      ]
shep_mum_of_3
21 hours ago
As someone who drives in from Kialla with three kids, free parking would help.
Like 5 Reply Share Report
Priya Raman
2 days ago
The traders I work with in the mall have been asking for this for years.
Like 7 Reply Share Report
Rhiannon TaitStaff
2 days ago
In reply to Priya Raman
Thanks Priya. The council survey found a drop in weekend pedestrian counts.
Like 2 Reply Share Report
Powered by Coral

Latest
"""


def test_post_button_over_sort_box_is_no_form() -> None:
    rows = flat(parse_page(_PAGE).comments)
    assert [(path, author, text[:20]) for path, author, _when, text in rows] == [
        ((0,), "shep_mum_of_3", "As someone who drive"),
        ((1,), "Priya Raman", "The traders I work w"),
        ((1, 0), "Rhiannon Tait", "Thanks Priya. The co"),
    ]
