"""A Serbian portal's comments (#15, set 57): "Драгане, слажем се" calls Драган in the vocative,
which adds a vowel; Polish "Basiu," calls Basia. The relative stamps "пре 5 сати" ("5 hours ago")
were passed over by the flat reader's cheap pass, and "Одговор за <name>" ("reply to") was no
known reply line. Dumps written for these tests."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.addressee_cues import names_agree
from threads.page_parser import parse_page

_SERBIAN = ARTICLE + """Коментари (3)

Драган пре 7 сати

Крајње време, пијаца је годинама изгледала као да је из седамдесетих.

23 4 Одговори Пријави
Снежана М. пре 6 сати

Драгане, слажем се, али зашто баш сада кад почиње сезона за расад?

11 2 Одговори Пријави
Милан Ј. пре 5 сати

Тезге на паркингу код Дома културе значе гужву викендом.

6 1 Одговори Пријави

Оставите коментар
"""

_REPLY_LINE = ARTICLE + """Коментари (3)

Продавац пре 7 сати

Ми на паркингу немамо ни струју ни воду, а закупнина је иста.

31 1 Одговори Пријави
Драган пре 6 сати
Одговор за Продавац

Разумем вас, надам се да ће бар смањити закупнину.

8 0 Одговори Пријави
Гост пре 5 сати

А колико кошта цела реконструкција?

5 9 Одговори Пријави

Оставите коментар
"""


def test_vocatives_agree_with_the_names_signed() -> None:
    assert names_agree("Драгане", ["Драган"])
    assert names_agree("Basiu", ["basia.k"]) is False  # a handle's dot keeps it one word
    assert names_agree("Basiu", ["Basia K."])
    assert not names_agree("Драгане", ["Милан Ј."])


def test_a_serbian_vocative_answers_the_comment_above() -> None:
    rows = flat(parse_page(_SERBIAN).comments)
    assert [(path, author) for path, author, _, _ in rows] == [
        ((0,), "Драган"),
        ((0, 0), "Снежана М."),
        ((1,), "Милан Ј."),
    ]


def test_a_serbian_reply_line_names_the_parent() -> None:
    rows = flat(parse_page(_REPLY_LINE).comments)
    assert [(path, author) for path, author, _, _ in rows] == [
        ((0,), "Продавац"),
        ((0, 0), "Драган"),
        ((1,), None),  # "Гост" (guest) names nobody
    ]
