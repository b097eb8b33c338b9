"""A flat reply that names the comment it answers by a name and an honorific after it (#15, set
78's Hindi paper): "राकेश जी, आपकी परेशानी…" ("Rakesh ji, your trouble…"), "सुनील जी की बात में
दम है" ("Sunil ji's point has merit"). Devanagari has no capitals, so the vocative reader does not
take "राकेश," for a name; the honorific says it is one. As with other name cues, the name must be
that of an earlier commenter, at most one comment back. Dump written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_W3M = ARTICLE + """पाठकों की राय (5)

राकेश तिवारी 02 अप्रैल 2024, 06:40 PM IST

लहरतारा से गोदौलिया तक रोज़ आना-जाना है, आज किराया दोगुना देकर भी इंतज़ार करना पड़ा।

👍 3 👎 0 जवाब दें रिपोर्ट करें

प्रिया सिंह 02 अप्रैल 2024, 07:55 PM IST

राकेश जी, आपकी परेशानी समझती हूं, लेकिन गोदौलिया पर जाम की सबसे बड़ी वजह ई-रिक्शा ही हैं।

👍 3 👎 0 जवाब दें रिपोर्ट करें

सुनील यादव 03 अप्रैल 2024, 07:30 AM IST

मैं खुद ई-रिक्शा चलाता हूं। ज़ोन बंटने के बाद कल सिर्फ़ 340 रुपये की कमाई हुई।

👍 3 👎 0 जवाब दें रिपोर्ट करें

मीनाक्षी पांडेय 03 अप्रैल 2024, 08:45 AM IST

सुनील जी की बात में दम है। चालकों की कमाई का सर्वे भी कराया जाए।

👍 3 👎 0 जवाब दें रिपोर्ट करें

अमित कुमार 03 अप्रैल 2024, 09:10 AM IST

नेहा जी, आप कहां थीं? यह बात किसी पुराने कमेंट से नहीं जुड़ी।

👍 3 👎 0 जवाब दें रिपोर्ट करें

संबंधित ख़बरें

  • गोदौलिया रोपवे का ट्रायल रन अप्रैल के अंत तक
"""


def test_a_name_with_an_honorific_answers_that_commenter() -> None:
    rows = flat(parse_page(_W3M).comments)
    assert [(path, author) for path, author, _, _ in rows] == [
        ((0,), "राकेश तिवारी"),
        ((0, 0), "प्रिया सिंह"),
        ((1,), "सुनील यादव"),
        ((1, 0), "मीनाक्षी पांडेय"),
        ((2,), "अमित कुमार"),  # "नेहा जी" names nobody above: a thread of its own
    ]
