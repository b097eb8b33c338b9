"""An Israeli talkback page (#15, set 58): each talkback ends with its votes and buttons, "👍 31 👎 4
הגב דווח" ("reply", "report"), which no button table knew, so every such row was read as a
talkback of its own and the replies under a talkback answered it. Dump written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_furniture import is_furniture_line
from threads.page_parser import parse_page

_W3M = ARTICLE + """תגובות (3)

  • 1.

    סוף סוף

    יוסי מ. | רמות | 28.03.24 | 21:14

    חיכינו לזה שלוש שנים.

    👍 31 👎 4 הגב דווח
      □ 1.1

        יוסי, אל תתלהב

        רונית | נווה זאב | 28.03.24 | 22:03

        כתוב בכתבה שהתפעול עובר לחברה פרטית.

        👍 18 👎 2 הגב דווח
  • 2.

    מה עם האוטובוסים

    דני | אופקים | 29.03.24 | 09:10

    קו 3 עדיין לא עומד בלוחות הזמנים.

    👍 5 👎 0 הגב דווח
"""


def test_hebrew_buttons_are_furniture() -> None:
    assert is_furniture_line("👍 31 👎 4 הגב דווח")
    assert is_furniture_line("להגיב")


def test_a_talkbacks_buttons_are_no_talkback() -> None:
    rows = flat(parse_page(_W3M).comments)
    assert [path for path, _, _, _ in rows] == [(0,), (0, 0), (1,)]
