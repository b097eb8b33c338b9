"""Coral's thread in French, printed flat by w3m (#15, set 49): the name over a relative time in
the singular ("il y a 1 jour", found by the flat reader's cheap pass by its last four letters),
"En réponse à X" under a reply's time, a sort control drawn as a box with the order in it
("Trier par[Les plus anciens    ]", no comment form), and "Dans la même rubrique", a box of the
section's stories, after "Propulsé par Coral". Dumps written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE
from threads.model import walk
from threads.page_furniture import is_sort_box
from threads.page_parser import parse_page

_PAGE = (
    ARTICLE
    + """[                    ] Je m'inscris
Réactions

Les commentaires sont modérés. Merci de respecter notre charte.

Commentaires 3Mon profil
Se connecter pour participer à la conversation
Trier par[Les plus anciens    ]
Marie-Claire D.
il y a 1 jour
Enfin une bonne nouvelle pour le bas de la ville, on peut marcher sans bus.
J'aime 12RépondrePartagerSignaler
Gérard Lambot
il y a 1 jour
En réponse à Marie-Claire D.
Marcher oui, mais acheter quoi ? La moitié des vitrines sont vides.
J'aime 9RépondrePartagerSignaler
Nadia B.
il y a 13 heures
Je suis commerçante rue de la Montagne depuis onze ans, et le samedi va mieux.
J'aime 21RépondrePartagerSignaler
Propulsé par Coral

Dans la même rubrique

  • Gosselies Aéroport: quatre nouvelles destinations cet hiver
  • Marcinelle La toiture de l'école communale enfin rénovée
"""
)


def test_coral_in_french() -> None:
    comments = parse_page(_PAGE).comments
    assert [(path, c.author_name) for path, c in walk(comments)] == [
        ((0,), "Marie-Claire D."),
        ((0, 0), "Gérard Lambot"),
        ((1,), "Nadia B."),
    ]


def test_sort_boxes_in_other_languages() -> None:
    assert is_sort_box("Trier par[Les plus anciens    ]")
    assert is_sort_box("Sortieren nach: [Neueste zuerst]")
    assert not is_sort_box("Votre nom [                    ]")
