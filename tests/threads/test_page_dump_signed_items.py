"""A list of comments under the comment form whose items open with the name alone and carry their
time at the foot, buttons run on after it (#15, set 76's Indian paper). Past the form a list was
taken for the comments only when its first item opened with a header; these items open with no
header, and the page read as having no comments. Each item's time of day says they are the
thread. A list of points in a flat comment's text has no times. Dump written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_W3M = ARTICLE + """Readers' Comments (4)

Sort by: Newest | Oldest | Most Upvoted

Disclaimer: Comments are the views of readers and not of the newspaper. Abusive comments go.

[                    ]
[                    ][                    ]Post Comment

or Login to comment with your account

  • Anonymous

    The new complex is 3 km from the jetty. Who will carry the catch there at 5?

    Aug 13, 2025, 08:02 AM IST▲ 17▼ 2ReplyReport
  • Sachin Patwardhan

    Old market is honestly unhygienic, everything flows straight into the creek.

    Aug 12, 2025, 09:41 PM IST▲ 8▼ 11ReplyReport
      □ Nilesh Sawant

        Sachin ji, cold storage is fine, but who pays the rent for the stalls?

        Aug 12, 2025, 10:07 PM IST▲ 26▼ 0ReplyReport
  • Prakash Gawde

    Same thing happened at Sassoon Dock. New building ready and nobody moved.

    Aug 12, 2025, 07:20 PM IST▲ 12▼ 3ReplyReport

Load More Comments

More from Ratnagiri

  • IMD issues orange alert for Ratnagiri, Sindhudurg till Thursday
  • Alphonso growers seek pending crop insurance payout

We use cookies to personalise content and ads and to analyse our traffic. By
continuing to use this site you agree to our Privacy Policy.
"""


def test_items_signed_at_their_foot_under_the_form() -> None:
    rows = flat(parse_page(_W3M).comments)
    # (each name alone over its text, one written again in a reply's words: the names are the
    # authors, page_bare_names; "Anonymous" is nobody)
    assert [(path, author, first[:24]) for path, author, _, first in rows] == [
        ((0,), None, "The new complex is 3 km "),
        ((1,), "Sachin Patwardhan", "Old market is honestly u"),
        ((1, 0), "Nilesh Sawant", "Sachin ji, cold storage "),
        ((2,), "Prakash Gawde", "Same thing happened at S"),
    ]
