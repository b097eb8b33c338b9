"""Flat talkbacks whose header puts the time in brackets after the name and place, "דני, קריית
ביאליק (28.03.24, 09:14)" (#15, set 70's Israeli paper), over a "most read" box, "הנקראים ביותר".
The cheap test for lines that may end a stamp did not know a stamp's closing bracket, so no header
was found; the box's numbered stories were read as the comments instead; and the name kept the
opening bracket. Dump written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_W3M = ARTICLE + """תגובות (3)

הוספת תגובה
דני, קריית ביאליק (28.03.24, 09:14)

כל בוקר אני עומד חצי שעה בצומת רק כדי להגיע לעבודה במפרץ, ואף אחד לא מפצה אותנו.

הגב 👍34 👎2 דיווח על תגובה
רונית, חיפה (28.03.24, 10:02)

אי אפשר לבנות רכבת בלי לחסום כבישים. כשזה ייגמר תגיע למפרץ בעשר דקות.

הגב 👍11 👎9 דיווח על תגובה
מהנדס תנועה, הקריות (29.03.24, 11:47)

הבעיה היא שאין הסדרי תנועה חלופיים ואין שוטרים בצמתים בשעות העומס.

הגב 👍41 👎3 דיווח על תגובה

הנקראים ביותר

 1. הרכבת הקלה חיפה–נצרת: העבודות בצומת יימשכו עד הקיץ
 2. קריית מוצקין: תוכנית חדשה לחוף הקריות מוצגת לציבור
 3. מכבי ביאליק עולה לליגה הארצית אחרי ניצחון דרמטי
"""


def test_headers_with_the_time_in_brackets() -> None:
    rows = flat(parse_page(_W3M).comments)
    assert [(path, author) for path, author, _, _ in rows] == [
        ((0,), "דני, קריית ביאליק"),
        ((1,), "רונית, חיפה"),
        ((2,), "מהנדס תנועה, הקריות"),
    ]
    assert rows[2][3].startswith("הבעיה היא")
