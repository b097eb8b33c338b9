"""Text dumps of comment pages in Russian and Arabic, and of headers that print the name twice
or a place under it (#15, blind set 7): each habit in a small dump written for it."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page


def test_russian_dump_with_doubled_names_badges_relative_time_and_msk() -> None:
    page = ARTICLE + (
        "Комментарии 3\n\n"
        "  • Андрей Смирнов Андрей Смирнов 12 марта 2024, 14:32\n\n"
        "    Мост закрывают уже третий раз за семь лет, и каждый раз ремонт.\n\n"
        "    +31− Ответить Пожаловаться\n"
        "      □ Гость Гость 12 марта 2024, 22:08 мск\n\n"
        "        А объезд кто-нибудь в час пик пробовал? Там стоим по сорок минут.\n\n"
        "        +12− Ответить Пожаловаться\n"
        "  • Ольга Ведерникова Ольга Ведерникова Эксперт 20 минут назад\n\n"
        "    Деформационные швы — расходный материал, их меняют на всех мостах.\n\n"
        "Оставить комментарий\n\n"
        "Самое читаемое\n\n"
        " 1. С 1 апреля подорожает проезд в метро\n"
    )
    rows = flat(parse_page(page).comments)
    assert rows == [
        ((0,), "Андрей Смирнов", datetime(2024, 3, 12, 14, 32, tzinfo=UTC), "Мост закрывают уже третий раз за семь лет, и каждый раз ремонт."),
        ((0, 0), None, datetime(2024, 3, 12, 19, 8, tzinfo=UTC), "А объезд кто-нибудь в час пик пробовал? Там стоим по сорок минут."),
        ((1,), "Ольга Ведерникова", None, "Деформационные швы — расходный материал, их меняют на всех мостах."),
    ]


def test_arabic_right_to_left_dump_with_picture_alt_guest_and_dual_relative_time() -> None:
    page = ARTICLE + (
        "التعليقات (3)\n\n"
        "  • صورة أحمد الزعبي أحمد الزعبي 12 مارس 2024 - 14:32\n\n"
        "    رفع الأسعار في هذا الوقت غير مبرر، فالأسر بالكاد تغطي فواتير الكهرباء.\n\n"
        "    👍 27 👎 4 رد إبلاغ\n"
        "      □ زائر زائر ١٣ مارس ٢٠٢٤ - ٠٩:١٥\n\n"
        "        الحكومة مضطرة، فالعجز في الموازنة كبير.\n\n"
        "        👍 6 👎 19 رد إبلاغ\n"
        "          ☆ صورة منى الخطيب منى الخطيب مشتركة منذ ساعتين\n\n"
        "            شكراً، هذا يطمئن كثيراً من الأسر الصغيرة.\n\n"
        "أضف تعليقك\n\n"
        "الأكثر قراءة\n\n"
        " 1. تقليص ساعات الدوام الرسمي خلال شهر رمضان\n"
    )
    rows = flat(parse_page(page).comments)
    assert rows == [
        ((0,), "أحمد الزعبي", datetime(2024, 3, 12, 14, 32, tzinfo=UTC), "رفع الأسعار في هذا الوقت غير مبرر، فالأسر بالكاد تغطي فواتير الكهرباء."),
        ((0, 0), None, datetime(2024, 3, 13, 9, 15, tzinfo=UTC), "الحكومة مضطرة، فالعجز في الموازنة كبير."),
        ((0, 0, 0), "منى الخطيب", None, "شكراً، هذا يطمئن كثيراً من الأسر الصغيرة."),
    ]


def test_name_printed_again_outdented_under_its_item_and_a_slash_before_the_clock() -> None:
    # elinks on a Blocksy-like theme: the avatar's link holds the name, the name block follows
    # at a shallower indent, then "June 11, 2024 / 7:48 am Reply".
    page = ARTICLE + (
        "  2 Comments\n\n"
        "    1. Rosa Delgado\n\n"
        "    Rosa Delgado\n\n"
        "       June 11, 2024 / 7:48 am Reply\n\n"
        "       My starter smelled like nail varnish on day five and I binned it.\n\n"
        "         1. Hannah Brooks\n\n"
        "    Hannah Brooks Author\n\n"
        "            June 11, 2024 / 9:02 am Reply\n\n"
        "            That acetone smell is hunger, not death. Feed it twice a day.\n\n"
        "Leave a Reply\n"
    )
    rows = flat(parse_page(page).comments)
    assert rows == [
        ((0,), "Rosa Delgado", datetime(2024, 6, 11, 7, 48, tzinfo=UTC), "My starter smelled like nail varnish on day five and I binned it."),
        ((0, 0), "Hannah Brooks", datetime(2024, 6, 11, 9, 2, tzinfo=UTC), "That acetone smell is hunger, not death. Feed it twice a day."),
    ]


def test_name_again_with_a_badge_and_a_place_line_between_name_and_time() -> None:
    # A NYT-like React page: the name, the name with its badge run in, the commenter's place,
    # then the time in "a.m. ET".
    page = ARTICLE + (
        "12 Comments\n\n"
        "  • Ruth Adebayo\n"
        "    Ruth AdebayoTimes Pick\n"
        "    Portland, OR\n"
        "    Oct. 22, 2024, 8:14 a.m. ET\n\n"
        "    I taught fourth grade in a district that went to four days in 2017.\n\n"
        "    Recommend1,204 Reply Share Flag\n"
        "      □ Marcus Lindgren\n"
        "        Marcus Lindgren\n"
        "        Eugene, OR\n"
        "        Oct. 22, 2024, 9:02 a.m. ET\n\n"
        "        Ruth, the district next to ours did the same and then added a program.\n"
        "  • Helen Marsh\n"
        "    Helen Marsh\n"
        "    Burlington\n"
        "    Oct. 22, 2024, 8:40 a.m. ET\n\n"
        "    Short\n"
        "    week.\n"
    )
    rows = flat(parse_page(page).comments)
    assert [(path, author, body) for path, author, _, body in rows] == [
        ((0,), "Ruth Adebayo", "I taught fourth grade in a district that went to four days in 2017."),
        ((0, 0), "Marcus Lindgren", "Ruth, the district next to ours did the same and then added a program."),
        ((1,), "Helen Marsh", "Short"),  # a short first line of text stays text: only lines over the time go
    ]
    assert rows[0][2] == datetime(2024, 10, 22, 12, 14, tzinfo=UTC)  # ET in October is EDT, UTC-4


def test_wordpress_com_avatar_alt_text_before_the_name() -> None:
    page = ARTICLE + (
        "2 thoughts on “Headline of the story”\n\n"
        " 1. Wendy Pargeter's avatar Wendy Pargeter\n"
        "    March 31, 2024 at 9:12 am\n\n"
        "    The bluebells in the lower wood were out a full week early this year.\n\n"
        "     1. Ade Morris's avatar Ade Morris\n"
        "        March 31, 2024 at 10:05 am\n\n"
        "        Same here, and the wild garlic is nearly over already.\n\n"
        "Leave a Reply\n"
    )
    rows = flat(parse_page(page).comments)
    assert [(path, author) for path, author, _, _ in rows] == [((0,), "Wendy Pargeter"), ((0, 0), "Ade Morris")]
    assert rows[1][3] == "Same here, and the wild garlic is nearly over already."
