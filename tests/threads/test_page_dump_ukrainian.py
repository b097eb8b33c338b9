"""A Ukrainian local paper's flat comments (#15, blind set 19), its words as data in page_words:
the heading "Коментарі (N)", "Відповісти 👍 N Поскаржитися" under each comment, the clock after
"о" ("14 травня 2024 о 09:12"), "вчора о 21:15" and "3 години тому" as relative stamps, "Гість" as
nobody, a badge "Редакція" after the name, a moderator's removal notice as a comment's node, the
form "Залишити коментар" and the sidebar "Останні коментарі" ending the section. Dump written
for this test."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

UKRAINIAN = ARTICLE + """Коментарі (5)

Сортувати: спочатку старі | спочатку нові
[12]Тарас Бондар 3 червня 2024 о 08:40

Ремонт дороги на Київській обіцяли ще навесні, а досі жодної техніки.

Відповісти 👍 12 Поскаржитися
[avat]Гість вчора о 19:05

Техніка стоїть біля депо, я сам бачив у понеділок.

Відповісти 👍 3 Поскаржитися
[15]Оксана Мельник 2 години тому

Підрядника змінили, тому й затримка, про це писали в травні.

Відповісти 👍 7 Поскаржитися

Коментар видалено модератором за порушення правил спільноти.

[18]Марія Лис Редакція 4 червня 2024 о 10:15

Ми запитали в міськраді, роботи почнуть десятого червня.

Відповісти 👍 9 Поскаржитися
Показати ще коментарі

Залишити коментар

[                    ]
[                    ]

Надіслати
Останні коментарі

Василь К. 4 червня 2024 о 12:02

Об'їзд через центр у годину пік займає пів години.
"""


def test_ukrainian_flat_comments() -> None:
    rows = flat(parse_page(UKRAINIAN).comments)
    assert [(author, when, text) for _path, author, when, text in rows] == [
        ("Тарас Бондар", datetime(2024, 6, 3, 8, 40, tzinfo=UTC),
         "Ремонт дороги на Київській обіцяли ще навесні, а досі жодної техніки."),
        (None, None, "Техніка стоїть біля депо, я сам бачив у понеділок."),
        ("Оксана Мельник", None, "Підрядника змінили, тому й затримка, про це писали в травні."),
        (None, None, "Коментар видалено модератором за порушення правил спільноти."),
        ("Марія Лис", datetime(2024, 6, 4, 10, 15, tzinfo=UTC), "Ми запитали в міськраді, роботи почнуть десятого червня."),
    ]
