"""A header naming the author answered after an arrow, before the stamp (#15, blind set 29: Cackle
and other Russian systems print "Гость → Ольга Мальцева 5 марта 2024, 09:02 МСК"): the reply goes
under that author's latest comment, a guest's reply to a guest under the guest's; a Cyrillic zone
("МСК") or "назад" ends a stamp in the flat reader's cheap pass, and a badge run into a Cyrillic
name ("Пётр СоколовЭксперт") is cut off. Dumps written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import ARTICLE, flat
from threads.comment_header import read_header
from threads.page_parser import parse_page

_PAGE = ARTICLE + """Комментарии

4 комментария
[                    ] Отправить
[ava]
Мария Белова 7 марта 2024, 10:05 МСК
Мост закрыли без всякого объявления, автобусы теперь идут в объезд.
Ответить +3 −1 Пожаловаться
[ava]
Пётр СоколовЭксперт 7 марта 2024, 11:20 МСК
Это плановый ремонт, о нём писали ещё в январе.
Ответить +1 0 Пожаловаться
[ava]
Гость → Мария Белова 2 часа назад
Объявление было только на сайте администрации, кто его читает.
Ответить +5 0 Пожаловаться
[ava]
Мария Белова → Гость 1 час назад
Вот именно, на остановках ничего не повесили.
Ответить +2 0 Пожаловаться
Показать ещё комментарии

Обсуждаемое

 1. Новый автобусный маршрут до аэропорта (12)
"""


def test_arrow_names_the_answered_author() -> None:
    rows = [(path, author, text[:16]) for path, author, _when, text in flat(parse_page(_PAGE).comments)]
    assert rows == [
        ((0,), "Мария Белова", "Мост закрыли без"),
        ((0, 0), None, "Объявление было "),
        ((0, 0, 0), "Мария Белова", "Вот именно, на о"),
        ((1,), "Пётр Соколов", "Это плановый рем"),
    ]


def test_arrow_header_reads_name_target_and_time() -> None:
    header = read_header("Анна К. → Иван Петров 7 марта 2024, 12:40", None)
    assert header is not None
    assert (header.author, header.reply_to, header.created_at) == (
        "Анна К.", "Иван Петров", datetime(2024, 3, 7, 12, 40, tzinfo=UTC))
    # An arrow in a line that is no header (a route in a sentence) names nobody.
    assert read_header("Маршрут Пермь → Кунгур снова открыт для всех автобусов", None) is None
