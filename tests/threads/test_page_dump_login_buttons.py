"""A comment system's form printed right under its heading, opened by a row of one-letter login
buttons ("Log in with" over "• D", "• f", "• X"), is no list of comments: the thread is past the
form's fields (#15, blind set 26's Disqus page inlined from its frame, every renderer). Dump
written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_PAGE = ARTICLE + """Join the discussion…

Log in with

  • D
  • G
  • X

or sign up with Disqus

[                    ]

[ ] I'd rather post as a guest
  • Share
  • Best

  •
    Avatar for mhollis
    Maren Hollis •3 hours ago

    The ferry timetable changed again and nobody told the people who ride it daily.

      □ 5
      □ Reply
      □
        Avatar for pdekker
        Piet Dekker Maren Hollis •2 hours ago

        It was on the harbour board's page for a month, to be fair to them.

          ☆ 1
          ☆ Reply
  •
    Avatar for sandraq
    Sandra Quill •1 hour ago

    Winter sailings are always the first thing they cut, every single year.

      □ 2
      □ Reply

  • Powered by Disqus
"""


def test_one_letter_login_buttons_over_the_form_are_no_comments() -> None:
    rows = flat(parse_page(_PAGE).comments)
    assert [(path, author, text) for path, author, _when, text in rows] == [
        ((0,), "Maren Hollis", "The ferry timetable changed again and nobody told the people who ride it daily."),
        ((0, 0), "Piet Dekker", "It was on the harbour board's page for a month, to be fair to them."),
        ((1,), "Sandra Quill", "Winter sailings are always the first thing they cut, every single year."),
    ]
