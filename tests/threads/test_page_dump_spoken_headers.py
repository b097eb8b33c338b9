"""Flat comments whose dump prints a comment system's screen-reader words (#15, blind sets 14-16):
the visible stamp, then "Comment from <name>, <time>" on the same line ("Staff yesterday Comment
from Ruth Ames, yesterday"); "In reply to <name>" over the replying name rather than under its
time; a removed comment's placeholder that goes on with its reason and wraps ("This comment was
removed by a moderator because it broke our" / "house rules."), or "This comment is no longer
available."; an avatar's alt text "<name> avatar" over the name. Dumps written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

SPOKEN = ARTICLE + """Comments

Comments are moderated. Read our community guidelines.

All Comments 6
Sort by[Oldest first]
quayside_jo
yesterday Comment from quayside_jo, yesterday

The new timetable drops the 7:40 sailing, which is the only one that gets
nurses to the hospital before the shift change.

Respect 4 Reply Share Report
In reply to quayside_jo
Ruth Ames
Staff yesterday Comment from Ruth Ames, yesterday

The operator says the 7:40 comes back in September once the second crew is
trained. We will follow up on that date.

Respect 7 Reply Share Report

This comment is no longer available.

Pete Lowry
20 hours ago Comment from Pete Lowry, 20 hours ago

Whatever that said, September is too late for the school term.

Respect 2 Reply Share Report
In reply to Pete Lowry
maple_row
Subscriber 9 hours ago (Edited) Comment from maple_row, 9 hours ago

Term starts on the fourth, so it would miss a week at most.

Respect 1 Reply Share Report
Load More
Powered by Coral
"""

REMOVED_WRAPPED = ARTICLE + """12 comments

Sort by: Oldest

Hal Brenner avatar
Hal BrennerDeal
30 March 2025, 10:02am BST

The car park charge went up again and nobody on the council mentioned it at
the last meeting.

Recommend (3) Reply Share Report

This comment was removed by a moderator because it broke our house
rules.

Iris Tanaka avatar
Iris TanakaWalmer
30 March 2025, 11:40am BST

Whatever was said there, the charge is on the agenda for April.

Recommend (2) Reply Share Report
Owen Pike avatar
Owen PikeSandwich
30 March 2025, 1:15pm BST

Good to hear, the April meeting is in the evening for once.

Recommend (1) Reply Share Report
"""


def test_screen_reader_stamps_reply_lines_above_names_and_a_removed_comment() -> None:
    rows = [(path, author, text) for path, author, _when, text in flat(parse_page(SPOKEN).comments)]
    assert rows == [
        ((0,), "quayside_jo", "The new timetable drops the 7:40 sailing, which is the only one that gets"),
        ((0, 0), "Ruth Ames", "The operator says the 7:40 comes back in September once the second crew is"),
        ((1,), None, "This comment is no longer available."),
        # Coral prints no "In reply to" over a reply to a removed comment: the comment right after
        # the placeholder answers it (blind sets 15, 16, 19 and 24's Coral pages).
        ((1, 0), "Pete Lowry", "Whatever that said, September is too late for the school term."),
        ((1, 0, 0), "maple_row", "Term starts on the fourth, so it would miss a week at most."),
    ]


def test_a_wrapped_removal_notice_with_its_reason_is_a_comment_of_its_own() -> None:
    rows = [(author, text) for _path, author, _when, text in flat(parse_page(REMOVED_WRAPPED).comments)]
    assert [author for author, _text in rows] == ["Hal Brenner", None, "Iris Tanaka", "Owen Pike"]
    assert rows[1][1].startswith("This comment was removed by a moderator because")
    assert rows[0][1].startswith("The car park charge") and "removed" not in parse_page(REMOVED_WRAPPED).comments[0].body
