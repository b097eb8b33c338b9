"""A newsletter platform's flat comments (#15, blind set 13): "Discussion about this post" over
them, the name and a short stamp joined by a middle dot ("Marta Quill·Apr 2", "Ben Ode·3h"), a
badge run into the name ("Nora ValeAuthor·45m"), the commenter's own newsletter ("Writes …") with
the stamp broken off under it, and "Comment deleted". Dump written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

DOTTED = ARTICLE + """Discussion about this post

Comments
[                    ]
Marta Quill's avatar
Marta Quill·Apr 2

The ferry timetable finally makes sense for people who work late shifts.

Like (4)ReplyShare

Comment deleted

Ivo Lind's avatar
Ivo Lind
Writes Harbour Letters
·Apr 2

The minutes say the late boat only runs in summer, worth checking before you rely on it.

Like (2)ReplyShare
Ben Ode's avatar
Ben Ode·3h

Does the late boat take bicycles, or only foot passengers?

Like (1)ReplyShare
Nora Vale's avatar
Nora ValeAuthor·45m

It takes bicycles, four at most, I asked the skipper this morning.

Like (3)ReplyShare
© 2025 Nora Vale · Privacy · Terms
"""


def test_name_dot_stamp_headers_publication_line_and_deleted_comment() -> None:
    rows = [(author, text) for _path, author, _when, text in flat(parse_page(DOTTED).comments)]
    assert rows == [
        ("Marta Quill", "The ferry timetable finally makes sense for people who work late shifts."),
        (None, "Comment deleted"),
        ("Ivo Lind", "The minutes say the late boat only runs in summer, worth checking before you rely on it."),
        ("Ben Ode", "Does the late boat take bicycles, or only foot passengers?"),
        ("Nora Vale", "It takes bicycles, four at most, I asked the skipper this morning."),
    ]
