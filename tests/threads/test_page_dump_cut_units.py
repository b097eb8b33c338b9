"""A relative time with its unit cut to one letter ("Il y a 3 h", "il y a 2 j"), as French papers
print the newest comments' stamps after the older ones' dates (#15, blind set 20): still a flat
comment's header, so those comments are not run into the one above. Dump written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_FRENCH = ARTICLE + """Réactions (3)

[avatar] Odile Marchand Le 14/03/2024 à 09h12

Le marché du samedi va encore perdre des places de stationnement avec ce projet.

Répondre Signaler un abus J'aime 4
[avatar] Bruno Lemaire Il y a 3 h

Il reste le parking de la gare, à cinq minutes à pied de la halle couverte.

Répondre Signaler un abus J'aime 2
[avatar] Anonyme Il y a 2 j

Cinq minutes avec des cabas pleins, ce n'est pas rien pour les anciens du quartier.

Répondre Signaler un abus J'aime 6

Réagir à cet article
"""


def test_cut_short_relative_times_head_flat_comments() -> None:
    rows = flat(parse_page(_FRENCH).comments)
    assert [(author, text) for _path, author, _when, text in rows] == [
        ("Odile Marchand", "Le marché du samedi va encore perdre des places de stationnement avec ce projet."),
        ("Bruno Lemaire", "Il reste le parking de la gare, à cinq minutes à pied de la halle couverte."),
        (None, "Cinq minutes avec des cabas pleins, ce n'est pas rien pour les anciens du quartier."),
    ]
