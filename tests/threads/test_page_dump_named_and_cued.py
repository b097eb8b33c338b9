"""A flat run where the page names the parent of some replies only (#15, holdout sets 18-85: Coral
prints "Antwoord op Ilse Verbeek" over one reply and nothing over others): the comments the page
names no parent for still answer the earlier comment their words address ("Henk, 420 meter is
…"), as on a page that names none. Dump written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_PAGE = ARTICLE + """Reacties

Henk van Dalen
2 dagen geleden

Eindelijk gezond verstand bij de provincie, die molens stonden veel te dichtbij.

Respect 14ReagerenDelenMelden
Ilse Verbeek
2 dagen geleden

Henk, 420 meter is ruim boven de landelijke richtlijn, dat staat in het artikel.

Respect 6ReagerenDelenMelden
Henk van Dalen
2 dagen geleden
Antwoord op Ilse Verbeek

Ik heb het gelezen, Ilse. Ik woon er zelf, dus ik weet wat 420 meter is.

Respect 4ReagerenDelenMelden
Joke Stam
1 dag geleden

Wanneer begint de gemeente eigenlijk met de nieuwe fietsbrug bij de Linge?

Respect 2ReagerenDelenMelden
"""


def test_a_vocative_places_a_reply_where_the_page_named_other_parents() -> None:
    assert [(path, author) for path, author, _time, _first in flat(parse_page(_PAGE).comments)] == [
        ((0,), "Henk van Dalen"),
        ((0, 0), "Ilse Verbeek"),
        ((0, 0, 0), "Henk van Dalen"),
        ((1,), "Joke Stam"),
    ]
