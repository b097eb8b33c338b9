"""WordPress in Urdu as w3m prints it (#15, holdout set 86): each comment opens with the avatar's
alt text, the name run into the "says" span ("…نے کہا:", said), over the time with Urdu's word for
"at" and its words for morning and evening after the clock ("10 مارچ 2025 بوقت 9:40 شام" is 21:40,
"11 مارچ 2025 بوقت 12:15 صبح" a quarter past midnight). Dump written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import ARTICLE, flat
from threads.html_time import parse_time
from threads.page_parser import parse_page

_PAGE = ARTICLE + """“نئی سڑک کا منصوبہ” پر 3 تبصرے

[0a1b2c3d4e5f6a7b]سلیم احمدنے کہا:
10 مارچ 2025 بوقت 9:40 شام

سڑک تو ضروری ہے لیکن پیدل چلنے والوں کا کیا ہوگا؟

جواب دیں
[1b2c3d4e5f6a7b8c]Bilal Khanنے کہا:
11 مارچ 2025 بوقت 12:15 صبح

Kaam jaldi shuru hona chahiye, barish se pehle.

جواب دیں
[2c3d4e5f6a7b8c9d]نرگسنے کہا:
11 مارچ 2025 بوقت 11:20 صبح

پچھلے سال بھی یہی اعلان ہوا تھا۔

جواب دیں
"""


def test_urdu_clock_words() -> None:
    assert parse_time("10 مارچ 2025 بوقت 9:40 شام") == datetime(2025, 3, 10, 21, 40, tzinfo=UTC)
    assert parse_time("11 مارچ 2025 بوقت 12:15 صبح") == datetime(2025, 3, 11, 0, 15, tzinfo=UTC)


def test_a_name_run_into_the_urdu_says_word_heads_a_comment() -> None:
    assert [(path, author, time) for path, author, time, _first in flat(parse_page(_PAGE).comments)] == [
        ((0,), "سلیم احمد", datetime(2025, 3, 10, 21, 40, tzinfo=UTC)),
        ((1,), "Bilal Khan", datetime(2025, 3, 11, 0, 15, tzinfo=UTC)),
        ((2,), "نرگس", datetime(2025, 3, 11, 11, 20, tzinfo=UTC)),
    ]
