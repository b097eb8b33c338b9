"""Comment stamps printed without a year ("26 жовтня о 18:47", a Ukrainian portal; #15, blind set
73) take the year of the story's date near the top of the dump, as the HTML reader takes it from
the article's published time; and a removed comment's placeholder in a script without blanks
("このコメントは…削除されました。") is a sentence, so no label of the comment system among headed
items. Dumps written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import flat
from threads.page_parser import parse_page

_YEARLESS = """Міський вісник

Тролейбусний маршрут повертається на вулиці міста

26 жовтня 2024, 16:40 Оксана Левчук

З першого листопада у місті знову курсуватиме тролейбусний маршрут від вокзалу.

На маршрут вийдуть вісім тролейбусів, зокрема чотири нові машини з автономним ходом.

Коментарі 3

Олександр Кравчук 26 жовтня о 18:47
Нарешті! Четвірка завжди була найзручнішим маршрутом від вокзалу.
▲+17▼ Відповісти Поскаржитись
Ірина Богун 27 жовтня о 08:15
Зупинку біля ринку залишать там само, де була?
▲+5▼ Відповісти Поскаржитись
Віктор Мельник 28 жовтня о 07:55
Сьогодні зранку бачив пробний рейс без пасажирів.
▲+4▼ Відповісти Поскаржитись
"""

_PLACEHOLDER = """Headline of the story

2024年3月12日 6:00

The article's first paragraph runs on for well over eight words, as articles do.

A second paragraph also runs on for more than eight words before the comments.

Comments

  • tak*****3/12(火) 7:14

    運転手不足はどこも同じ。給料を上げないと若い人は来ないでしょう。

    共感した 12うーん 3返信違反報告
    返信 2件
      □ 匿名3/12(火) 8:02

        給料だけの問題じゃないと思う。

        共感した 41うーん 3違反報告
      □ このコメントは投稿ガイドラインに違反したため削除されました。

  • ななかまど3/13(水) 6:40

    高校生の通学はどうなるのか。

    共感した 22うーん 0返信違反報告
"""


def test_yearless_stamps_take_the_story_year() -> None:
    rows = flat(parse_page(_YEARLESS).comments)
    assert [(path, author, when) for path, author, when, _text in rows] == [
        ((0,), "Олександр Кравчук", datetime(2024, 10, 26, 18, 47, tzinfo=UTC)),
        ((1,), "Ірина Богун", datetime(2024, 10, 27, 8, 15, tzinfo=UTC)),
        ((2,), "Віктор Мельник", datetime(2024, 10, 28, 7, 55, tzinfo=UTC)),
    ]


def test_placeholder_without_blanks_is_no_label() -> None:
    rows = flat(parse_page(_PLACEHOLDER).comments)
    assert [(path, author, text[:6]) for path, author, _when, text in rows] == [
        ((0,), "tak*****", "運転手不足は"),
        ((0, 0), None, "給料だけの問"),
        ((0, 1), None, "このコメント"),
        ((1,), "ななかまど", "高校生の通学"),
    ]
