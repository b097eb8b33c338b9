"""A Polish paper's flat comments in a text dump (#15, blind sets 12 and 13): heading "Komentarze
(4)", each header the avatar's alt text, the name (run into it or not) and a badge ("Awatar
użytkownika Ola NowakOla Nowak Redakcja 27.10.2024, 12:10"), a relative stamp cut short ("3 godz.
temu", "45 min temu"), buttons "👍 5 👎 0 Odpowiedz Zgłoś", a quote under "<name> napisała:",
and the sidebar "Najnowsze komentarze" repeating comments under the form. Dump written for this
test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

POLISH = ARTICLE + """Komentarze (4)

Komentarze są moderowane. Prosimy o kulturę wypowiedzi.

Awatar użytkownika Jan Kowalczyk Jan Kowalczyk 26.10.2024, 20:15

Przystanek przy szkole znowu bez wiaty, dzieci czekają na deszczu od września.

👍 12 👎 1 Odpowiedz Zgłoś
Awatar użytkownika Ola NowakOla Nowak Redakcja 27.10.2024, 12:10

    Jan Kowalczyk napisał:

    Przystanek przy szkole znowu bez wiaty

Zapytaliśmy gminę, wiata ma stanąć do końca listopada.

👍 5 👎 0 Odpowiedz Zgłoś
Awatar użytkownika Piotr Lis Piotr Lis 3 godz. temu

A co z oświetleniem przejścia dla pieszych przy tym przystanku?

👍 2 👎 0 Odpowiedz Zgłoś
Awatar użytkownika Ewa MazurEwa Mazur 45 min temu

Lampa jest w planie na przyszły rok, tak mówił radny na sesji.

👍 1 👎 0 Odpowiedz Zgłoś
Pokaż więcej komentarzy
Podpis[                    ]Twój komentarz[                    ] Dodaj komentarz
Najnowsze komentarze

  • Ewa Mazur: Lampa jest w planie na przyszły rok…
  • Piotr Lis: A co z oświetleniem przejścia…

Najczęściej czytane

 1. Nowy rozkład autobusów od stycznia
 2. Festyn w parku przeniesiony

© 2024 Gazeta Powiatowa
"""


def test_polish_headers_stamps_buttons_and_sidebar() -> None:
    rows = [(path, author, text) for path, author, _when, text in flat(parse_page(POLISH).comments)]
    assert rows == [
        ((0,), "Jan Kowalczyk", "Przystanek przy szkole znowu bez wiaty, dzieci czekają na deszczu od września."),
        ((0, 0), "Ola Nowak", "“Przystanek przy szkole znowu bez wiaty”"),
        ((1,), "Piotr Lis", "A co z oświetleniem przejścia dla pieszych przy tym przystanku?"),
        ((2,), "Ewa Mazur", "Lampa jest w planie na przyszły rok, tak mówił radny na sesji."),
    ]
