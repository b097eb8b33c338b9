"""Coral in French saved whole (#15, set 57): w3m runs each name into its relative time ("Gisèle
T.il y a 1 jour", "Patrick Dionil y a 1 jour"), so no header was read; and replies open with
thanks or a greeting before the name ("Merci Patrick, …", "Bonjour Marc-Antoine, …"), which was
taken for part of the name called. Dump written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_W3M = ARTICLE + """Commentaires

Tous les commentaires4En vedette0
Trier par[Plus récents d'abord]
Gisèle T.il y a 1 jour
Mon fils finit ses laboratoires à 21 h deux soirs par semaine, comment revenir?
favorite_borderJ'aime7replyRépondresharePartager
flagSignaler
Patrick Dionil y a 1 jour
Il y a le bus 65 qui passe par le pont, mais ça prend plus d'une heure.
favorite_borderJ'aime4replyRépondresharePartager
flagSignaler
Gisèle T.il y a 1 jour
Merci Patrick, mais le trajet en bus le soir est plus long que ses cours.
favorite_borderJ'aime2replyRépondresharePartager
flagSignaler
Marc-Antoine Royil y a 2 jours
Pourquoi ne pas ajouter un départ à 22 h le vendredi et le samedi?
favorite_borderJ'aime12replyRépondresharePartager
flagSignaler
Haut des commentairesHaut de l'article
"""


def test_names_run_into_il_y_a_are_headers_and_thanks_name_the_parent() -> None:
    rows = flat(parse_page(_W3M).comments)
    assert [(path, author) for path, author, _, _ in rows] == [
        ((0,), "Gisèle T."),
        ((1,), "Patrick Dion"),
        ((1, 0), "Gisèle T."),
        ((2,), "Marc-Antoine Roy"),
    ]
