"""A forum's messages under an article (#15, set 63's Hebrew forum): each message's header is laid
out as fields between bars, "By: <name> | <time> | In reply to: <name>", the time in the middle,
so the flat reader's cheap pass (times at lines' ends) passed over every header, and the label
"By:" and the reply field were read into the name. Dumps written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.comment_header import read_header
from threads.page_parser import parse_page

_HEBREW = ARTICLE + """● שנה?! הבריכה נפתחה רק ב-2004
מאת: דני_ג  |  10/9/10 16:22  |  בתגובה ל: מערכת האתר
וכבר צריך שיפוץ של שנה? מי בנה אותה ומי פיקח על הבנייה?
הגב להודעה | דווח למנהל | למעלה
● זה לא רק הבריכה
מאת: מיכל ר.  |  10/9/10 18:40  |  בתגובה ל: דני_ג
דני, הכתבה לא מספרת שגם המלתחות לא עומדות בתקן נגישות.
הגב להודעה | דווח למנהל | למעלה
● ומה עם נבחרת הנוער?
מאת: רוני  |  11/9/10 22:48  |  בתגובה ל: מערכת האתר
הילדים מתאמנים חמש פעמים בשבוע. לאן הם ילכו לשנה שלמה?
הגב להודעה | דווח למנהל | למעלה

כל הזכויות שמורות © 2010
"""


def test_a_barred_header_names_the_author_answered() -> None:
    header = read_header("By: Dana Levi  |  10/9/10 16:22  |  In reply to: Site Staff", None)
    assert header is not None
    assert (header.author, header.reply_to) == ("Dana Levi", "Site Staff")


def test_barred_headers_nest_a_forums_messages() -> None:
    rows = flat(parse_page(_HEBREW).comments)
    assert [(path, author) for path, author, _, _ in rows] == [
        ((0,), "דני_ג"),
        ((0, 0), "מיכל ר."),
        ((1,), "רוני"),
    ]
