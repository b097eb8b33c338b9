"""A form heading's word wrapped off a sentence is no form heading (#15, set 43): w3m breaks the
rules under "8 commentaires" before "réagir." ("… connectez-vous pour" over "réagir."), and that
line, lower-case under a line of text, does not end the comment section, so the flat comments
under it are read. Dumps written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE
from threads.model import walk
from threads.page_parser import parse_page

_PAGE = (
    ARTICLE
    + """8 commentaires

Trier par : Les plus anciens Les plus récents Les plus appréciés

Les commentaires sont réservés aux abonnés. Abonnez-vous ou connectez-vous pour
réagir.

JB Jean-Luc Barbier Abonné Le 28/10/2023 à 18h22

Enfin. Ça fait quinze ans qu'on nous promet ce prolongement.

J'aime (24) Répondre Signaler un abus
CD Claire D. Abonnée Le 29/10/2023 à 09h12

Je prends le TER tous les jours entre Voreppe et Grenoble.

J'aime (3) Répondre Signaler un abus
TR Thomas Reynaud Journaliste Le 29/10/2023 à 10h03

La cadence prévue est d'un tram toutes les dix minutes aux heures de pointe.

J'aime (5) Répondre Signaler un abus
"""
)


def test_a_wrapped_form_word_does_not_end_the_comments() -> None:
    comments = parse_page(_PAGE).comments
    assert [(path, c.author_name) for path, c in walk(comments)] == [
        ((0,), "Jean-Luc Barbier"),
        ((1,), "Claire D."),
        ((2,), "Thomas Reynaud"),
    ]
