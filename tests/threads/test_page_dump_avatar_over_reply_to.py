"""Coral printed flat by w3m (#15, set 20's Canadian page): each comment opens with "In reply to
<name>", then its avatar's alt text in brackets ("[avatar-def]", naming no one), then the name.
The alt text right over the name is the comment's first line, so the "In reply to" line over it
names whom the comment answers (elinks prints no alt text there and was read already). Dump
written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_W3M = ARTICLE + """Comments

Comments 4 My Profile
Submit
[avatar-def]
Rosa Delgado
2 hours ago

The bridge closure adds twenty minutes to every trip across the river for us.

Respect 12 Reply Share Report
In reply to Rosa Delgado
[avatar-def]
Tom Ferreira
1 hour ago

The detour through the industrial park is quicker if you leave before seven.

Respect 3 Reply Share Report
[avatar-def]
Nadia Brook
6 hours ago

Nobody asked the businesses on Front Street what a summer without traffic means.

Respect 21 Reply Share Report
In reply to Tom Ferreira
[avatar-sta]
Amal Haddad
Staff
3 hours ago

Tom, the city says the industrial park gates stay open all night during the works.

Respect 7 Reply Share Report
Load More
Powered by Coral
"""


def test_in_reply_to_over_a_bracketed_avatar_names_the_parent() -> None:
    rows = flat(parse_page(_W3M).comments)
    assert [(path, author) for path, author, _, _ in rows] == [
        ((0,), "Rosa Delgado"),
        ((0, 0), "Tom Ferreira"),
        ((0, 0, 0), "Amal Haddad"),
        ((1,), "Nadia Brook"),
    ]
