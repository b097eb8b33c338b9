"""A Polish paper's comments printed flat (#15, set 65): under a comment with answers, "Ukryj
odpowiedzi (2)" ("hide replies (2)") counts them, and the page prints them next, depth first; a
comment without the line has none. And the name the avatar's alt text repeats runs into the time
("zamoscianin_75" over "zamoscianin_7514.03.2024, 09:12"), where only the line above says where
the name ends. "Show 2 more replies" counts replies the page left out: no nesting. Dumps written
for these tests."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_POLISH = ARTICLE + """Komentarze 4

[                    ] [                    ]Dodaj komentarz
zamoscianin_75
zamoscianin_7514.03.2024, 09:12

Bilet po 4 zł w mieście, gdzie autobus jeździ co 40 minut.

243
OdpowiedzLinkZgłoś naruszenie
Ukryj odpowiedzi (2)
Ewa z Karolówki
Ewa z Karolówki14.03.2024, 10:55

Nie każdy ma samochód, moja mama jeździ czwórką do przychodni.

151
LinkZgłoś naruszenie
basia.k
basia.k14.03.2024, 13:47

A co z biletem semestralnym dla studentów?

60
LinkZgłoś naruszenie
Marek Oleszczuk
Marek Oleszczuk14.03.2024, 15:02

Ceny nie zmieniały się od 2019 roku, a paliwo poszło w górę.

90
OdpowiedzLinkZgłoś naruszenie
"""

_MORE = ARTICLE + """Comments

Anna Berg 14.03.2024, 09:12

The bus to the hospital runs every forty minutes now.

Reply
Show 2 more replies
Tom Hale 14.03.2024, 10:55

Not everyone has a car, my mother takes the four twice a week.

Reply
Jo Marsh 14.03.2024, 13:47

What about the student semester ticket?

Reply
"""


def test_a_count_of_replies_nests_the_comments_under_it() -> None:
    rows = flat(parse_page(_POLISH).comments)
    assert [(path, author) for path, author, _, _ in rows] == [
        ((0,), "zamoscianin_75"),
        ((0, 0), "Ewa z Karolówki"),
        ((0, 1), "basia.k"),
        ((1,), "Marek Oleszczuk"),
    ]


def test_replies_left_out_nest_nothing() -> None:
    rows = flat(parse_page(_MORE).comments)
    assert [path for path, _, _, _ in rows] == [(0,), (1,), (2,)]
