"""Serbian comment words in Cyrillic as data (#15, blind set 23): the heading "Коментари (N)",
buttons "Одговори Пријави" under a row of votes, "пре 2 сата" as a header's stamp, the badge
"Редакција", a removed comment's notice ("Коментар је уклоњен …") keeping its reply, the form
"Оставите коментар" and the box "Најчитаније" after it. Dump written for this test (w3m's layout of
a nested list)."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_PAGE = ARTICLE + """Коментари (4)

 1. Јелена Марковић 03.05.2024. 17:20

    Нова линија до Петроварадина је добра вест, али полазак у шест је касно.

    👍 12 👎 2 Одговори Пријави
     1. Урош Павловић пре 2 сата

        Први полазак ће бити у пет и четрдесет од јуна, писало је у саопштењу.

        👍 4 👎 0 Одговори Пријави
 2. Коментар је уклоњен због кршења правила коментарисања.

     1. Сања Илић Редакција 03.05.2024. 19:05

        Коментар је уклоњен јер је садржао увреде, молимо за пристојан тон.

        👍 7 👎 1 Одговори Пријави

Оставите коментар

[                    ]
Најчитаније

 1. Нови ред вожње од јуна
"""


def test_serbian_cyrillic_nested_comments() -> None:
    rows = flat(parse_page(_PAGE).comments)
    assert [(path, author, when, text[:16]) for path, author, when, text in rows] == [
        ((0,), "Јелена Марковић", datetime(2024, 5, 3, 17, 20, tzinfo=UTC), "Нова линија до П"),
        ((0, 0), "Урош Павловић", None, "Први полазак ће "),
        ((1,), None, None, "Коментар је укло"),
        ((1, 0), "Сања Илић", datetime(2024, 5, 3, 19, 5, tzinfo=UTC), "Коментар је укло"),
    ]
