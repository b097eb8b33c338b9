"""A Drupal thread in Arabic printed flat (#15, blind set 29): the name on a line of its own over its
stamp, written the Arabic way ("الأربعاء 6 مارس 2024 - 08:20 ص", morning/afternoon as one letter
after the clock, or "منذ 3 ساعات"), found by the flat reader's cheap pass; "رابط ثابت"
(permalink) is a button, not text; a removed comment's placeholder ("تم حذف هذا التعليق لمخالفته
قواعد النشر.") is a comment by nobody, answered by the comment after it. Dumps written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_PAGE = ARTICLE + """التعليقات 4

[avatar]

خالد منصور

الأربعاء 6 مارس 2024 - 08:20 ص

رابط ثابت

الطريق الجديد قطع الحي عن السوق ولا يوجد معبر للمشاة حتى الآن.

  • رد
  • إبلاغ

تم حذف هذا التعليق لمخالفته قواعد النشر.

[avatar]

هدى يوسف

الأربعاء 6 مارس 2024 - 01:10 م

رابط ثابت

حتى لو كان التعليق قاسيا فالمشكلة حقيقية والمحافظة تعرفها.

  • رد
  • إبلاغ

[avatar]

نادر فهمي

منذ 3 ساعات

رابط ثابت

المحافظة وعدت بجسر مشاة قبل الصيف، وسنتابع الموعد.

  • رد
  • إبلاغ

أضف تعليقًا

اسمك[                              ]
"""


def test_arabic_stamp_lines_permalink_and_placeholder() -> None:
    rows = flat(parse_page(_PAGE).comments)
    assert [(path, author, when, text[:14]) for path, author, when, text in rows] == [
        ((0,), "خالد منصور", datetime(2024, 3, 6, 8, 20, tzinfo=UTC), "الطريق الجديد "),
        ((1,), None, None, "تم حذف هذا الت"),
        ((1, 0), "هدى يوسف", datetime(2024, 3, 6, 13, 10, tzinfo=UTC), "حتى لو كان الت"),
        ((2,), "نادر فهمي", None, "المحافظة وعدت "),
    ]
