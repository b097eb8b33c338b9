"""JComments under a Russian paper's story (#15, set 63): each header opens with the comment's
vote score and number, "+12 #2 Марина К. 11.03.2014 19:05", which were read into the name, so
"Николай Петрович, …" matched no commenter. Dump written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_W3M = ARTICLE + """Комментарии

[tn_87_4e2b]
  -3 #1 Николай Петрович 11.03.2014 22:10
Ремонт нужен, здание с шестидесятых не ремонтировали, крыша течёт.
Ответить | Ответить с цитатой | Цитировать


[no_avatar]
  +9 #2 Olga_Z 12.03.2014 07:55
Николай Петрович, потому что деньги по областной программе надо освоить до конца года.
Ответить | Ответить с цитатой | Цитировать


[no_avatar]
  +5 #3 Сергей В. 13.03.2014 08:40
Обещать — не значит сделать.
Ответить | Ответить с цитатой | Цитировать
"""


def test_a_score_and_number_before_the_name_are_no_part_of_it() -> None:
    rows = flat(parse_page(_W3M).comments)
    assert [(path, author) for path, author, _, _ in rows] == [
        ((0,), "Николай Петрович"),
        ((0, 0), "Olga_Z"),
        ((1,), "Сергей В."),
    ]
