"""Comments above a sidebar (#15, set 66's Hebrew WordPress page and set 67's Lemmy thread).

WordPress in Hebrew heads its comments "8 תגובות על “…”" ("8 comments on “…”"), which the heading
table did not know (nor "הגיב:", "says:", after each name); w3m's unindented cookie notice under the sidebar stopped the backwards scan
before it reached the list, so the page read no comments. A Lemmy-like forum prints its community's
rules as a numbered list of one-liners under the sidebar's description, which the scan took for
the comments instead of the nested thread under "5 Comments". Dumps written for these tests.
"""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_HEBREW = ARTICLE + """[                    ][הרשמה]
3 תגובות על “הכביש החדש ייפתח בשבוע הבא”

 1. רונית הגיב:
    2 באפריל 2024 בשעה 10:15

    סוף סוף, חיכינו לזה שלוש שנים לפחות.

    להגיב
      □ אבי כהן הגיב:
        2 באפריל 2024 בשעה 11:40

        רק שלא יסגרו אותו שוב בחורף כמו בפעם הקודמת.

        להגיב
 2. משה הגיב:
    3 באפריל 2024 בשעה 08:05

    מי ישלם על התחזוקה של הכביש אחרי הפתיחה?

    להגיב

כתיבת תגובה לבטל

שם * [                              ]

[פרסום תגובה]

האתר הזה משתמש בעוגיות כדי לשפר את חוויית הגלישה שלכם באתר. מסכים
"""

_FORUM = ARTICLE + """5 Comments
(*)Hot ( )Top ( )New

  • riverside_kim · 12 3h

    The new footbridge closes for repairs again next week, which makes three
    closures this year alone.

    12
      □ pier_walker · 4 2h

        They said the same about the railings last spring and nothing changed.

        4
          ☆ riverside_kim OP · 2 1h

            Fair, but this time the council put a date on it in writing.

            2
  • old_ferryman · 7 3h

    Take the long way round by the lock, it only adds ten minutes.

    7

Load more comments

News and discussion for the people who live along the river and its towns.

 1. Be kind to each other.
 2. Link the source of a story.
 3. No personal details of neighbours.

  • Moderators:
  • river_mod
"""


def test_a_hebrew_count_heading_over_the_comments_heads_the_thread() -> None:
    rows = flat(parse_page(_HEBREW).comments)
    assert [(path, author) for path, author, _, _ in rows] == [((0,), "רונית"), ((0, 0), "אבי כהן"), ((1,), "משה")]


def test_a_sidebar_list_of_rules_is_not_the_thread() -> None:
    rows = flat(parse_page(_FORUM).comments)
    assert [(path, body) for path, _, _, body in rows][:4] == [
        ((0,), "The new footbridge closes for repairs again next week, which makes three"),
        ((0, 0), "They said the same about the railings last spring and nothing changed."),
        ((0, 0, 0), "Fair, but this time the council put a date on it in writing."),
        ((1,), "Take the long way round by the lock, it only adds ten minutes."),
    ]
