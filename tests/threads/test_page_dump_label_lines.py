"""A flat comment header spread over lines (#15, blind set 13): the avatar's alt text (the name),
the name, a badge alone ("Member", "Guest", "Author"), "Reply to  <name>" and a blank line before
the time, as wpDiscuz prints them in every renderer. Dump written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

LABELLED = ARTICLE + """4 Comments
Inline Feedbacks
View all comments
Petra Lind
Petra Lind
Member
\u00a0
May 3, 2024 8:14 pm

The night bus used to stop at the hospital gate, and now it does not.

7
Reply
Anonymous
Anonymous
Guest
Reply to  Petra Lind
\u00a0
May 3, 2024 9:02 pm

Then the hospital should pay for a shuttle of its own.

-2
Reply
Omar Reyes
Omar Reyes
Author
Reply to  Petra Lind
\u00a0
May 4, 2024 7:15 am

The transit board says the stop comes back in the autumn timetable.

5
Reply
Lena Voss
Lena Voss
Member
\u00a0
May 4, 2024 11:20 am

Write to the board before the June meeting, that is what worked last time.

3
Reply

Most Active Threads
"""


def test_badge_and_reply_to_lines_between_name_and_time_belong_to_the_header() -> None:
    rows = [(path, author, text) for path, author, _when, text in flat(parse_page(LABELLED).comments)]
    assert [author for _path, author, _text in rows] == ["Petra Lind", None, "Omar Reyes", "Lena Voss"]
    assert [text for _path, _author, text in rows] == [
        "The night bus used to stop at the hospital gate, and now it does not.",
        "Then the hospital should pay for a shuttle of its own.",
        "The transit board says the stop comes back in the autumn timetable.",
        "Write to the board before the June meeting, that is what worked last time.",
    ]
    # "Reply to  Petra Lind" names the parent; the others are top-level.
    assert [path for path, _author, _text in rows] == [(0,), (0, 0), (0, 1), (1,)]
