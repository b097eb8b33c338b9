"""Israeli papers' talkbacks in a text dump (#15, sets 42, 50): "תגובות 8" heads them (the Hebrew
word as data), each item's text opens with its number ("1.", "1.1", a bullet as the list's own
marker), then the talkback's title over its name and time ("נועה (עפולה) 27.03.24 | 10:14"). The
number is no text; the header under the title gives the author and time, and the title stays the
first line of the text. Dumps written for this test (w3m)."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import ARTICLE
from threads.model import walk
from threads.page_parser import parse_page

_PAGE = (
    ARTICLE
    + """[                    ]להרשמה
תגובות 8

הוספת תגובה
מהראשונה מהאחרונה המדורגות

  • 1.

    סוף סוף

    נועה 27.03.24 | 10:14

    אני חוזרת ממשמרות ערב ועד היום הייתי תלויה בהסעה או במונית.

    412הגבדווח
      □ 1.1

        נועה, ומה עם שבת?

        דני 27.03.24 | 11:02

        שירות לילה באמצע השבוע זה יפה, אבל צריך גם תחבורה בסוף שבוע.

        176דווח
  • 2.

    רכבת ריקה

    אנונימי 27.03.24 | 10:31

    מי ייסע בשתיים בלילה? עוד כסף ציבורי על רכבות ריקות.

    829הגבדווח

התגובות מתפרסמות לאחר אישור המערכת. מדיניות התגובות
"""
)


def test_talkbacks_with_their_titles_over_their_headers() -> None:
    comments = parse_page(_PAGE).comments
    assert [(path, c.author_name, c.created_at, c.body.split("\n")[0]) for path, c in walk(comments)] == [
        ((0,), "נועה", datetime(2024, 3, 27, 10, 14, tzinfo=UTC), "סוף סוף"),
        ((0, 0), "דני", datetime(2024, 3, 27, 11, 2, tzinfo=UTC), "נועה, ומה עם שבת?"),
        ((1,), None, datetime(2024, 3, 27, 10, 31, tzinfo=UTC), "רכבת ריקה"),
    ]
