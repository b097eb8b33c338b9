"""A flat comment header of a name and a compact relative time after a blank, "Dave Marsh 1d"
(#15, set 76's Viafoura page in elinks, which prints the thread as blocks indented a column
deeper per reply). The cheap test for lines that may end a stamp knew the compact time alone
("3d", Discourse) or after a dot ("Jo·3h", Substack), not after a name and a blank, so no header
was read and the page had no comments. Dump written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_ELINKS = ARTICLE + """Conversation

   Join the conversation
   Sign in to comment
   Newest Oldest Most liked

   DM
   Dave Marsh 1d

   Two weeks of overnight closures and the diversion is over the M2 bridge?

   Reply 6 1 ···

    PC
    Priya Chauhan 11h

    Dave, they did try August in 2023 and the heat stopped the resurfacing.

    Reply 9 ···

   S
   StroodCommuter 1d

   I work nights at Medway Maritime. Nobody has said whether buses can still
   use the bridge.

   Reply 12 ···

   Get the Medway Morning Briefing
"""


def test_name_and_compact_time_headers() -> None:
    rows = flat(parse_page(_ELINKS).comments)
    assert [(path, author) for path, author, _, _ in rows] == [
        ((0,), "Dave Marsh"),
        ((0, 0), "Priya Chauhan"),
        ((1,), "StroodCommuter"),
    ]
