"""Thai comment headers printed flat (#15): the name, then the date with the clock and the hour's
word after it ("5 มี.ค. 2567 เวลา 07:45 น.", o'clock) or a relative time ("2 ชั่วโมงที่แล้ว", two
hours ago), found by page_flat's cheap stamp pass (the line ends in "น." or "แล้ว", neither a digit
nor a Latin letter). Dumps written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_PAGE = ARTICLE + """แสดงความคิดเห็น (3 ความคิดเห็น)

[avatar] ป้าแดง สันทราย 5 มี.ค. 2567 เวลา 07:45 น.
หลานไปโรงเรียนต้องใส่หน้ากากทุกวัน แต่ในห้องเรียนก็ไม่มีเครื่องฟอกอากาศ
ตอบกลับ ถูกใจ 21 แจ้งลบ
[avatar] ครูสมชาย 5 มี.ค. 2567 เวลา 08:55 น.
ในฐานะครู อยากให้เข้าใจว่าโรงเรียนเล็กๆ ไม่มีงบซื้อเครื่องฟอกอากาศทุกห้อง
ตอบกลับ ถูกใจ 33 แจ้งลบ
[avatar] นายแบงค์ แม่ริม 2 ชั่วโมงที่แล้ว
ไฟป่าดอยสุเทพปีนี้หนักกว่าทุกปี ชาวบ้านช่วยกันทำแนวกันไฟตั้งแต่มกราแล้ว
ตอบกลับ ถูกใจ 8 แจ้งลบ

ร่วมแสดงความคิดเห็น

[                    ]
"""


def test_thai_clock_word_and_relative_stamp_end_headers() -> None:
    rows = flat(parse_page(_PAGE).comments)
    assert [(path, author, when, text[:10]) for path, author, when, text in rows] == [
        ((0,), "ป้าแดง สันทราย", datetime(2024, 3, 5, 7, 45, tzinfo=UTC), "หลานไปโรงเ"),
        ((1,), "ครูสมชาย", datetime(2024, 3, 5, 8, 55, tzinfo=UTC), "ในฐานะครู "),
        ((2,), "นายแบงค์ แม่ริม", None, "ไฟป่าดอยสุ"),
    ]
