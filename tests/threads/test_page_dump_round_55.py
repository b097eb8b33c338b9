"""Text dumps of comment systems printed flat in other languages (#15, taught while round 55 ran):

- Coral in French under its own tabs ("• Commentaires 8" / "• Mon profil") and over a box of the
  city's stories headed "Les plus lus à Lorient": a "most read" heading naming a place ends the
  section, so the tabs are read as tabs over flat comments, not as the comment list;
- Cackle in Georgian: "კომენტარები 8" opens with a letter Unicode calls lower case (Mkhedruli,
  written without capitals), relative times "2 დღის წინ", and a row "პასუხი ▲ 9 ▼" (Reply and
  the votes) under each comment's text.

Dumps written for this test.
"""

from __future__ import annotations

import pytest

from tests.threads.dump_pages import ARTICLE
from threads.model import walk
from threads.page_bounds import is_sidebar_heading
from threads.page_furniture import is_furniture_line
from threads.page_parser import parse_page
from threads.text import starts_lower

_CORAL_FR = (
    ARTICLE
    + """Commentaires (4)

Les commentaires sont modérés. Lire la charte.

  • Commentaires 4
  • Mon profil

Se connecter pour commenter
Trier par[Plus récents    ]
Armelle56
il y a 3 jours
Le port de pêche mérite mieux que ce parking provisoire depuis deux ans.
J'aimeRépondrePartagerSignaler
Tanguy R.
il y a 3 jours
En réponse à Armelle56
Provisoire, c'est le mot qu'on entend depuis la fermeture de la criée.
J'aimeRépondrePartagerSignaler
Solenn
il y a 2 jours
Les travaux doivent commencer en mars selon le conseil municipal.
J'aimeRépondrePartagerSignaler
Ronan Le Bihan
il y a 1 jour
En réponse à Solenn
Mars de quelle année ? On nous l'a déjà promis pour l'an dernier.
J'aimeRépondrePartagerSignaler
Afficher plus de commentaires

Les plus lus à Lorient

 1. Festival interceltique : le programme dévoilé
 2. La rade fermée à la baignade jusqu'à vendredi
 3. Le port de pêche attendra encore

Derniers commentaires

  • Solenn sur Le port de pêche : « Les travaux doivent… »
"""
)


def test_french_coral_under_its_tabs_over_a_box_naming_the_city() -> None:
    comments = parse_page(_CORAL_FR).comments
    assert [(path, c.author_name) for path, c in walk(comments)] == [
        ((0,), "Armelle56"),
        ((0, 0), "Tanguy R."),
        ((1,), "Solenn"),
        ((1, 0), "Ronan Le Bihan"),
    ]


_CACKLE_KA = (
    ARTICLE
    + """გაზიარება
კომენტარები 4
დალაგება: ძველი · ახალი
[                    ]
[png]
დავით ჯაფარიძე 3 დღის წინ
სანაპიროს განახლება კარგია, მაგრამ ავტობუსები ისევ იშვიათად დადის.
პასუხი ▲ 11 ▼
[png]
მარიამ 2 დღის წინ
ახალი განრიგით ავტობუსი ყოველ ათ წუთში უნდა მოვიდეს.
პასუხი ▲ 4 ▼
[png]
სტუმარი 2 დღის წინ
პარკირების ადგილები სად იქნება? სტატიაში ამაზე არაფერია.
პასუხი ▲ 7 ▼
[png]
ირაკლი 5 საათის წინ
მერიამ თქვა, რომ პარკინგი ძველი ბაზრის ადგილზე გაკეთდება.
პასუხი ▲ 2 ▼
მეტი კომენტარის ჩვენება
ყველაზე კითხვადი
  • ქალაქის ბიუჯეტი დამტკიცდა
  • ახალი სკოლა ვაკეში
ბოლო კომენტარები
მარიამ: ახალი განრიგით ავტობუსი... →
© 2024 ქალაქის ამბები.
"""
)


def test_georgian_cackle_read_flat() -> None:
    comments = parse_page(_CACKLE_KA).comments
    assert [c.author_name for _, c in walk(comments)] == ["დავით ჯაფარიძე", "მარიამ", None, "ირაკლი"]
    assert [c.body for _, c in walk(comments)][1] == "ახალი განრიგით ავტობუსი ყოველ ათ წუთში უნდა მოვიდეს."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Les plus lus à Lorient", True),
        ("Les plus lus", True),
        ("Derniers commentaires", True),
        ("I più letti in Liguria", True),
        ("Les plus lus à la fin d'une phrase que personne n'écrit comme titre de boîte. Vraiment.", False),
        ("Les commentaires sont modérés", False),
    ],
)
def test_most_read_headings_naming_a_place(line: str, expected: bool) -> None:
    assert is_sidebar_heading(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("პასუხი ▲ 9 ▼", True),
        ("Antworten ▲ 3 ▼ 1", True),
        ("பதில் 👍 6 👎 0", True),
        ("▲ 12 ▼", True),
        ("პასუხი მერიას ▲", False),  # a word that is no button: the comment's own text
    ],
)
def test_reply_and_votes_in_any_language_are_a_button_row(line: str, expected: bool) -> None:
    assert is_furniture_line(line) is expected


def test_georgian_is_not_read_as_lower_case() -> None:
    assert not starts_lower("კომენტარები 8")
    assert starts_lower("comments wrapped off the line above")
    assert not starts_lower("Commentaires")
