"""Czech and Polish comment sections (#15, sets 21, 35 and 38): the heading spelled "Diskuze (20
příspěvků)" (the common spelling beside "Diskuse"), and a removed comment's placeholder in Czech
("Příspěvek byl odstraněn moderátorem pro porušení pravidel diskuze.", its reason after "pro")
and Polish ("Komentarz został usunięty przez moderatora."): the placeholder is a comment of its
own, which the next comment, naming no one, answers. Dumps written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_CZECH = ARTICLE + """Diskuze (4 příspěvky)

   Řadit: podle vláken | od nejnovějších
   Jana Veselá 11. 3. 2024 19:42

   Nová zastávka u nemocnice je konečně blíž ke vchodu, děkujeme.

   Odpovědět 👍 12 👎 7 Nahlásit

   Příspěvek byl odstraněn moderátorem pro porušení pravidel diskuze.

   Karel Novotný 11. 3. 2024 20:22

   Dobře, že to smazali, takové urážky sem nepatří.

   Odpovědět 👍 21 👎 0 Nahlásit
   Eva Horáková 12. 3. 2024 8:02

   Kdy se bude opravovat chodník k zastávce u pošty?

   Odpovědět 👍 8 👎 0 Nahlásit

Přidat příspěvek
"""

_POLISH = ARTICLE + """Komentarze (3)

Anna Nowak 11.03.2024 19:42

Nowy przystanek przy szpitalu jest wreszcie bliżej wejścia, dziękujemy.

Odpowiedz Zgłoś

Komentarz został usunięty przez moderatora.

Piotr Wiśniewski 11.03.2024 20:22

Dobrze, że to usunęli, takie obelgi tu nie pasują.

Odpowiedz Zgłoś
Marta Lewandowska 12.03.2024 08:02

Kiedy będzie remont chodnika przy poczcie?

Odpowiedz Zgłoś

Dodaj komentarz
"""


def test_czech_heading_and_placeholder() -> None:
    assert [(path, author) for path, author, _, _ in flat(parse_page(_CZECH).comments)] == [
        ((0,), "Jana Veselá"),
        ((1,), None),
        ((1, 0), "Karel Novotný"),
        ((2,), "Eva Horáková"),
    ]


def test_polish_placeholder() -> None:
    assert [(path, author) for path, author, _, _ in flat(parse_page(_POLISH).comments)] == [
        ((0,), "Anna Nowak"),
        ((1,), None),
        ((1, 0), "Piotr Wiśniewski"),
        ((2,), "Marta Lewandowska"),
    ]
