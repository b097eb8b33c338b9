"""Comments signed at their foot (#15, set 67's Arabic paper of 2011; set 62's Thai board): each
comment's title and text come first, then "name | time | likes"; the last field of votes kept the
line from reading as a header, and read as headers over the text below them the names took the
next comment's text. A Thai board numbers its comments one after another and a reply names the
number it answers ("ตอบความคิดเห็นที่ 2 โดย …"). Dumps written for these tests."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_ARABIC = ARTICLE + """تعليقات القراء (3)

التعليقات المنشورة تعبر عن آراء أصحابها.

 1    حرام عليكم

      الماء ما اجت على حي التركمان من يوم الخميس، والصهريج صار بـ 25 دينار.

      أبو محمد الزعبي  |  11/07/2011 - 09:22 م  |  أعجبني 7 لم يعجبني 5

 2    توضيح

      انا بشتغل في قطاع المياه. المشكلة مش بس العطل.

      خالد العمري  |  12/07/2011 - 08:40 ص  |  أعجبني 21 لم يعجبني 4

 3    شكرا للموقع

      شكرا لإربد نيوز على نقل معاناة الناس.

      سامر بني هاني  |  13/07/2011 - 12:10 ص  |  أعجبني 10 لم يعجبني 7

أضف تعليقك

الاسم:              [                              ]
"""

_THAI = ARTICLE + """ความคิดเห็น (3)

ความคิดเห็นที่ 1

ปีนี้หนักกว่าทุกปีจริงๆ

โดย : คนเชียงใหม่แท้ 12 มี.ค. 2567 09:02 น.
ตอบกลับ 👍 15 แจ้งลบ
ความคิดเห็นที่ 2

อยากให้รัฐบาลประกาศเป็นเขตภัยพิบัติ

โดย : ดอยสุเทพ 12 มี.ค. 2567 09:20 น.
ตอบกลับ 👍 22 แจ้งลบ
ความคิดเห็นที่ 3
ตอบความคิดเห็นที่ 1 โดย คนเชียงใหม่แท้

เห็นด้วยครับ เมื่อเช้าออกไปวิ่งได้สิบนาที

โดย : นักวิ่งริมปิง 12 มี.ค. 2567 10:31 น.
ตอบกลับ 👍 4 แจ้งลบ

ร่วมแสดงความคิดเห็น

[                    ]
"""


def test_each_signature_signs_the_text_above_it() -> None:
    rows = flat(parse_page(_ARABIC).comments)
    assert [(author, body) for _, author, _, body in rows] == [
        ("أبو محمد الزعبي", "التعليقات المنشورة تعبر عن آراء أصحابها."),  # the notice over the first
        ("خالد العمري", "2 توضيح"),
        ("سامر بني هاني", "3 شكرا للموقع"),
    ]
    assert "الماء ما اجت" in parse_page(_ARABIC).comments[0].body


def test_a_reply_names_the_number_it_answers() -> None:
    rows = flat(parse_page(_THAI).comments)
    assert [(path, author) for path, author, _, _ in rows] == [
        ((0,), "คนเชียงใหม่แท้"),
        ((0, 0), "นักวิ่งริมปิง"),
        ((1,), "ดอยสุเทพ"),
    ]
