"""A comment system's sort control drawn as a box ("Sort by: Best [          ]", new Reddit in w3m,
#15 set 43) is no comment form: without a comments heading, the search for flat headers goes on
past it and finds the comments under it ("mossy_kea avatar" over "mossy_kea • 15h ago"). A real
form's box still ends the search. Dumps written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE
from threads.page_furniture import is_sort_box
from threads.page_parser import parse_page

_COMMENTS = """{box}
AutoModerator avatar
AutoModerator MOD • 16h ago

This post links to the Kestrel Bay Courier. If you hit the paywall, read it later.

↑1↓ ReplyAwardShare
mossy_kea avatar
mossy_kea • 15h ago

About time. The 7 and 12 sit in the same queue as everyone else every morning.

↑214↓ ReplyAwardShare
tui_and_chips avatar
tui_and_chips • 15h ago

24-hour is overkill though. Who is on a bus on Marine Parade at 2am?

↑58↓ ReplyAwardShare
"""


def test_comments_under_a_sort_box() -> None:
    page = parse_page(ARTICLE + _COMMENTS.format(box="Sort by: Best [                    ]"))
    assert [c.author_name for c in page.comments] == ["AutoModerator", "mossy_kea", "tui_and_chips"]


def test_a_sort_box_is_no_form() -> None:
    assert is_sort_box("Sort by: Best [                    ]")
    assert is_sort_box("Sort by Newest [                    ]")
    assert not is_sort_box("Your name [                    ]")
    assert not is_sort_box("[                    ]")
