"""Drupal in Bulgarian (#15, set 35's Varna page): a relative stamp under the name ("преди 2 дни
4 часа", with Drupal's second unit), "В отговор на <subject> от <author>" naming the parent, and
the buttons "Отговор" and "Сигнал" as a bulleted list under each comment, which is not a list of
comments. Dump written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_W3M = ARTICLE + """Коментари

3
Профилна снимка на Мария Колева

Мария Колева

преди 2 дни 4 часа

Паркингът

Паркингът до пазара е пълен още от седем сутринта всеки ден.

  • Отговор
  • Сигнал

[default-avata]

Гост (непроверен)

преди 2 дни 3 часа

В отговор на Паркингът от Мария Колева

Така е

Така е, а общината обещаваше нов паркинг още миналата година.

  • Отговор
  • Сигнал

Петър Димов

преди 11 часа 20 минути

Автобусите

Автобусите от квартала минават на всеки четиридесет минути, затова всички карат.

  • Отговор
  • Сигнал

Добавяне на коментар

Вашето име[                              ]
[Запазване] [Преглед]
"""


def test_bulgarian_drupal_thread() -> None:
    assert [(path, author, first) for path, author, _, first in flat(parse_page(_W3M).comments)] == [
        ((0,), "Мария Колева", "Паркингът до пазара е пълен още от седем сутринта всеки ден."),
        ((0, 0), None, "Така е, а общината обещаваше нов паркинг още миналата година."),
        ((1,), "Петър Димов", "Автобусите от квартала минават на всеки четиридесет минути, затова всички карат."),
    ]
