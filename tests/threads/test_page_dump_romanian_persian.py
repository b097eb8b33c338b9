"""Romanian and Persian comment words as data (#15, blind set 35): Romanian headings ("Comentarii",
"5 comentarii"), relative stamps ("acum 3 ore", "acum o oră"), badges ("Abonat", "Redacție"),
"Ca răspuns la X" naming the parent, buttons ("Respect 2 Răspunde Distribuie Raportează"), a
removed comment's placeholder ("Acest comentariu a fost șters") and boxes after the thread ("Cele mai
citite", "Ultimele comentarii"); Persian ones ("نظرات (۴)" with Persian digits, "پاسخ ۳ گزارش
تخلف", "۲ ساعت پیش", the badge "خبرنگار", the form "ارسال نظر"). Dumps written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_ROMANIAN = ARTICLE + """Comentarii

5 comentarii
Sortează după [Cele mai noi      ]
Dan Popescu acum 9 ore

Podul de la intrarea în oraș e închis de două luni și nimeni nu spune de ce.

Respect 2 Răspunde Distribuie Raportează
Elena Vasile Abonat acum 8 ore
Ca răspuns la Dan Popescu

Am întrebat la primărie, lucrările au fost oprite din lipsă de bani.

Respect 5 Răspunde Distribuie Raportează
Acest comentariu a fost șters.
Sorin M. acum 6 ore

Nu are rost să ne certăm aici, mai bine scriem o petiție.

Respect Răspunde Distribuie Raportează
Irina Lungu Redacție acum o oră

Am cerut un punct de vedere de la primărie și revenim cu detalii mâine.

Respect 7 Răspunde Distribuie Raportează
Încarcă mai multe

Cele mai citite

 1. Taxa de salubrizare crește de la 1 mai 12 comentarii
 2. Piața centrală se mută în hală nouă 4 comentarii

Ultimele comentarii

Vlad Neagu la Taxa de salubrizare: “Tot noi plătim.” acum 2 ore
"""

_PERSIAN = ARTICLE + """نظرات (۴)

  • [avatar] مهدی نوری ۳ ساعت پیش

    خیابان اصلی محله دو ماه است که بسته شده و هیچ تابلویی هم نگذاشته‌اند.

    پاسخ ۴ ۱ گزارش تخلف
      □ [avatar] زهرا صادقی خبرنگار ۲ ساعت پیش

        شهرداری منطقه گفته است کار لوله‌گذاری تا آخر ماه تمام می‌شود.

        پاسخ ۲ ۰ گزارش تخلف
          ☆ [avatar] مهدی نوری ۱ ساعت پیش

            همین را ماه پیش هم گفته بودند، ولی هنوز خبری نیست.

            پاسخ ۱ ۰ گزارش تخلف
  • [avatar] ناشناس ۳۰ دقیقه پیش

    کاش دست کم مسیر اتوبوس را موقتاً عوض کنند.

    پاسخ ۰ ۰ گزارش تخلف

ارسال نظر

[                    ]
ارسال
آخرین نظرات

  • حسین در کرایه تاکسی:

    کرایه‌ها هر سال بیشتر می‌شود.

    ۳۰ دقیقه پیش
"""


def test_romanian_words_reply_to_and_placeholder() -> None:
    rows = [(path, author, text[:20]) for path, author, _when, text in flat(parse_page(_ROMANIAN).comments)]
    assert rows == [
        ((0,), "Dan Popescu", "Podul de la intrarea"),
        ((0, 0), "Elena Vasile", "Am întrebat la primă"),
        ((1,), None, "Acest comentariu a f"),
        ((1, 0), "Sorin M.", "Nu are rost să ne ce"),
        ((2,), "Irina Lungu", "Am cerut un punct de"),
    ]


def test_persian_heading_buttons_badge_and_relative_stamps() -> None:
    rows = [(path, author, text[:12]) for path, author, _when, text in flat(parse_page(_PERSIAN).comments)]
    assert rows == [
        ((0,), "مهدی نوری", "خیابان اصلی "),
        ((0, 0), "زهرا صادقی", "شهرداری منطق"),
        ((0, 0, 0), "مهدی نوری", "همین را ماه "),
        ((1,), None, "کاش دست کم م"),
    ]
