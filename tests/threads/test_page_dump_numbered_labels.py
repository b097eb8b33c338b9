"""Comments labelled with their place in the tree (#15, set 58's and set 66's Thai boards): each
comment is headed "ความคิดเห็นที่ 3" ("comment no. 3"), an answer to it "ความคิดเห็นที่ 3-1", all
at one indent, the name and time under the text. The numbers give the tree. A list that happens to
be numbered out of order is no thread. Also Persian's "نظرات بینندگان" ("viewers' comments")
heading, which the table lacked (set 58's Iranian page). Dumps written for these tests."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_bounds import is_heading
from threads.page_parser import parse_page

_THAI = ARTICLE + """ความคิดเห็นจากผู้อ่าน (4)

กรุณาใช้ถ้อยคำสุภาพ
ความคิดเห็นที่ 1
วันนี้มองไม่เห็นดอยสุเทพเลยครับ
56
ตอบกลับ แจ้งลบ
[m1038821]
ดอยสุเทพยามเช้า 12 มีนาคม 2567 เวลา 08:14 น.
ความคิดเห็นที่ 1-1
ที่สันทรายก็หนักค่ะ ลูกไอทั้งคืน
31
ตอบกลับ แจ้งลบ
[m2290114]
แม่ต้อม สันทราย 12 มีนาคม 2567 เวลา 08:40 น.
ความคิดเห็นที่ 2
เผาไร่ข้าวโพดฝั่งโน้นก็ส่วนหนึ่ง
ถูกใจ 47 ● คนเมืองแท้ 12 มีนาคม 2567 เวลา 09:30 น.
ความคิดเห็นที่ 2-1
เห็นด้วยครับ
ถูกใจ 22 ● ครูจอย 12 มีนาคม 2567 เวลา 10:12 น.

กรุณา เข้าสู่ระบบ เพื่อแสดงความคิดเห็น
"""

_STEPS = ARTICLE + """How to apply

Step 2
Fill in the form with your name and address and the number of the permit.
Step 1
Print it out and sign it before you send it to the council offices.
Step 1.1
Keep a copy for yourself.
"""

def test_numbered_labels_give_the_tree() -> None:
    rows = flat(parse_page(_THAI).comments)
    assert [(path, author, body) for path, author, _, body in rows] == [
        ((0,), "ดอยสุเทพยามเช้า", "วันนี้มองไม่เห็นดอยสุเทพเลยครับ"),
        ((0, 0), "แม่ต้อม สันทราย", "ที่สันทรายก็หนักค่ะ ลูกไอทั้งคืน"),
        ((1,), "คนเมืองแท้", "เผาไร่ข้าวโพดฝั่งโน้นก็ส่วนหนึ่ง"),
        ((1, 0), "ครูจอย", "เห็นด้วยครับ"),
    ]


def test_numbers_out_of_order_are_no_thread() -> None:
    assert parse_page(_STEPS).comments == []


def test_a_persian_viewers_heading_is_a_comments_heading() -> None:
    lines = ["", "نظرات بینندگان", "", "  • فرهاد ۱۴۰۳/۰۲/۰۱ - ۱۳:۰۲"]
    assert is_heading(lines, 1)
