"""Flat comments under a heading, a moderation notice and a comment form (#15, set 78's Hindi
paper): the notice's long lines stop ``past_form`` short of the form, whose boxes then ended the
section before the first comment, and the page read as having none. The list reader already
looked past a notice over a form; the flat reader now does the same. Dump written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_W3M = ARTICLE + """पाठकों की राय (3)

क्रम: पुरानी पहले | नई पहले | सबसे लोकप्रिय

आपकी राय प्रकाशन से पहले मॉडरेट की जाती है। अभद्र भाषा, व्यक्तिगत हमले और धार्मिक टिप्पणियां प्रकाशित नहीं
की जाएंगी।

[                    ]
[                    ]
[                    ] राय भेजें
र
राकेश तिवारी 02 अप्रैल 2024, 06:40 PM IST

लहरतारा से गोदौलिया तक रोज़ आना-जाना है, आज किराया दोगुना देकर भी इंतज़ार करना पड़ा।

👍 34 👎 3 जवाब दें रिपोर्ट करें
अ
अतिथि 02 अप्रैल 2024, 09:05 PM IST

क्यूआर कोड का खेल समझिए। हरा कोड किसे मिला और कितने में मिला, इसकी जांच होनी चाहिए।

👍 12 👎 1 जवाब दें रिपोर्ट करें
R
Rohit Verma 03 अप्रैल 2024, 12:30 PM IST

Rules theek hain par pehle ek mahina awareness chalana chahiye tha.

👍 6 👎 0 जवाब दें रिपोर्ट करें

संबंधित ख़बरें

  • गोदौलिया रोपवे का ट्रायल रन अप्रैल के अंत तक
"""


def test_flat_comments_past_a_notice_over_the_form() -> None:
    rows = flat(parse_page(_W3M).comments)
    assert [(path, author) for path, author, _, _ in rows] == [((0,), "राकेश तिवारी"), ((1,), None), ((2,), "Rohit Verma")]
    assert rows[0][2] == datetime(2024, 4, 2, 13, 10, tzinfo=UTC)
    assert rows[2][3].startswith("Rules theek hain")
