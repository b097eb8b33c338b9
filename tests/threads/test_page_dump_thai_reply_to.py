"""wpDiscuz in Thai printed flat by w3m (#15, set 78's Chiang Mai paper): a reply names the comment
it answers under its time, "ตอบกลับ ดร.วิภาวดี" ("reply to …"); alone, "ตอบกลับ" is the reply
button. The Thai words were missing from the reply-to table, so every reply read as top-level.
Dump written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_W3M = ARTICLE + """3 ความคิดเห็น
ใหม่ล่าสุด
ดร.วิภาวดี
ดร.วิภาวดี
29 มีนาคม 2024 11:25

การเผาในที่โล่งไม่ใช่สาเหตุเดียว ข้อมูลดาวเทียมปีนี้ชี้ว่าจุดความร้อนอยู่ในเมียนมา

31
ตอบกลับ
เกษตรกรแม่แจ่ม
เกษตรกรแม่แจ่ม
29 มีนาคม 2024 13:50
ตอบกลับ ดร.วิภาวดี

ขอบคุณอาจารย์ที่พูดแทนชาวบ้าน ทุกปีพอฝุ่นขึ้นก็โทษคนบนดอยก่อนเลย

22
ตอบกลับ
นักปั่นดอยสุเทพ
นักปั่นดอยสุเทพ
28 มีนาคม 2024 22:30

มองจากนิมมานไม่เห็นดอยสุเทพมาสิบวันแล้ว ชมรมจักรยานงดปั่นขึ้นดอยทุกรายการ

11
ตอบกลับ
"""


def test_thai_reply_to_line_nests_the_reply() -> None:
    rows = flat(parse_page(_W3M).comments)
    assert [(path, author) for path, author, _, _ in rows] == [
        ((0,), "ดร.วิภาวดี"),
        ((0, 0), "เกษตรกรแม่แจ่ม"),
        ((1,), "นักปั่นดอยสุเทพ"),
    ]
    assert rows[1][3].startswith("ขอบคุณอาจารย์")
