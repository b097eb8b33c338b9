"""A comment section headed "Reader Responses (3)" or "Community Comments (5)" (#15): the count
after a heading word other than "Comments" ("Responses", "Reactions"), with the readers' or the
community's word before it; under each comment a row of a vote, "Respond", "Flag" and a permalink
drawn as "#", which is furniture, not a reply. Dumps written for this test (w3m's bullets)."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_PAGE = ARTICLE + """Print | E-mail | Write a letter to the editor

Reader Responses (3)

Responses are reviewed by staff. Please use your real name. Policy

  • Ruth Vance
    June 14, 2024 at 8:05 p.m. EDT

    We sent our check in this week and hope every family will do the same.

    ▲ 12 Respond Flag #
      □ Gil Moreau
        June 14, 2024 at 9:40 p.m. EDT

        Ruth, the Friends are collecting old photos of the house.

        ▲ 5 Respond Flag #
  • Mae Lindgren
    June 16, 2024 at 6:02 a.m. EDT

    My great-grandfather was head keeper at the point for years.

    ▲ 8 Respond Flag #

Add your response

Your name             [                              ]

The Weekly · 118 Water Street, Port Ellery · (410) 555-0182 and more text here
"""


def test_reader_responses_heading_and_respond_row() -> None:
    rows = flat(parse_page(_PAGE).comments)
    assert [(path, author, text[:12]) for path, author, _when, text in rows] == [
        ((0,), "Ruth Vance", "We sent our "),
        ((0, 0), "Gil Moreau", "Ruth, the Fr"),
        ((1,), "Mae Lindgren", "My great-gra"),
    ]
