"""Two more WordPress headings (#15, sets 47, 50): Arabic "8 تعليقات على “…”" (the count's unit and
the word before the title as data) and Polish "8 KOMENTARZY" (the genitive plural that counts of
five and more take; in capitals, read case-blind); and WordPress's "says:" in Arabic, Indonesian
and Greek ("قال:", "berkata:", "λέει:") after the name, with "في" before the clock. A cookie notice
or newsletter box around the list leaves only the heading to find it. Dumps written for this test."""

from __future__ import annotations

import pytest

from tests.threads.dump_pages import ARTICLE
from threads.comment_header import read_header
from threads.model import walk
from threads.page_parser import parse_page

_ARABIC = """8 تعليقات على “رسميا.. عودة التوقيت الصيفي منتصف ليل الخميس وتقديم الساعة 60
دقيقة”

 1. [41c0e8f] محمد عبد الفتاح قال:
    25 أبريل، 2024 في 19:42

    يعني هنصحى بكرة متأخرين ساعة على الشغل؟ كان لازم يعلنوا قبلها بأسبوع.

    رد
     1. [d7e2b1a] سارة الشريف قال:
        25 أبريل، 2024 في 21:15

        يا أستاذ محمد القرار متعلن من الشهر اللي فات، والموبايل هيغير الساعة.

        رد
 2. [0f9e8d7] أحمد سمير قال:
    25 أبريل، 2024 في 23:48

    التوقيت الصيفي مش بيوفر كهرباء زي ما بيقولوا.

    رد

أضف تعليقا

[                                             ]

نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا وتحليل الزيارات وتخصيص المحتوى
والإعلانات التي تظهر لك على الموقع.
"""

_POLISH = """[                    ] Zapisz się

8 KOMENTARZY

 1. [a1] Zbigniew Malec 11 marca 2024 o 14:52

    Objazd przez Siemiatycze to 40 kilometrów w jedną stronę.

    Odpowiedz
     1. [b2] Ewa K. 11 marca 2024 o 16:05

        Panie Zbigniewie, a co mieli zrobić, jak przy rozbiórce wyszło?

        Odpowiedz
 2. [c3] Anna Nowak 12 marca 2024 o 08:10

    Prom w Niemirowie to jedyna nadzieja na wiosnę.

    Odpowiedz

ZOSTAW ODPOWIEDŹ

[                                             ]

Używamy plików cookies, aby ułatwić Ci korzystanie z naszego serwisu oraz do celów
statystycznych i reklamowych.
"""


@pytest.mark.parametrize("comments", [_ARABIC, _POLISH], ids=["arabic", "polish"])
def test_a_heading_over_the_list(comments: str) -> None:
    assert [path for path, _ in walk(parse_page(ARTICLE + comments).comments)] == [(0,), (0, 0), (1,)]


@pytest.mark.parametrize(
    ("line", "name"),
    [("[41c0e8f] محمد عبد الفتاح قال:", "محمد عبد الفتاح"), ("Slamet Riyadi berkata:", "Slamet Riyadi"),
     ("Ελένη Κ. λέει:", "Ελένη Κ.")],
)
def test_says_in_other_languages(line: str, name: str) -> None:
    header = read_header(line, "25 أبريل، 2024 في 19:42")
    assert header is not None and header.author == name
