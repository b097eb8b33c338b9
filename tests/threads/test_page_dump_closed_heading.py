"""A comments heading with the thread's state after its count ("Comments (8) Closed": the paper
closed the story to new comments; #15, set 72): still the heading, so the flat comments under it
are read (the newsletter's form right over it hides them otherwise), not the "Most Popular" list
of stories at the page's foot. Dumps written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_PAGE = ARTICLE + """Observer Morning Brief

The news from the city and the province, every morning in your
inbox.

[                    ]Subscribe
Comments (3) Closed

The Observer moderates comments before publication. Read our comment policy.

Imran Khattak Mar 22, 2024 09:40pm

Finally! Phase 7 people had to take a rickshaw just to reach the station.

Recommend 21
Saima Gul Mar 22, 2024 10:15pm

The feeder only runs till 9pm, so students with evening classes are stuck.

Recommend 9
Zahid Afridi Mar 22, 2024 11:02pm

Why no feeder for Tehkal? Half the city still walks to reach a station.

Recommend 14

Comments are closed on this story.

Most Popular

 1. Cabinet approves relief packageUpdated Mar 22, 2024
 2. Border trade resumes after four-day closureMar 22, 2024
 3. Feeder route to launch from MondayMar 22,
    2024

Opinion

  • The city that outgrew its busesNadia Wazir
  • Water for the city, before it is too lateEditorial

About Us Contact Us Comment Policy Privacy Policy Advertise

Copyright © 2024, The Observer Publications, Saddar Road.

We use cookies to improve your experience and for analytics and advertising. By
continuing to browse the site you agree to our use of cookies.
"""


def test_closed_comments_heading() -> None:
    rows = flat(parse_page(_PAGE).comments)
    assert [(path, author) for path, author, _, _ in rows] == [
        ((0,), "Imran Khattak"),
        ((1,), "Saima Gul"),
        ((2,), "Zahid Afridi"),
    ]
