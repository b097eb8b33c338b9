"""Drupal in Catalan (#15, holdout set 85): "Enviat per <name> (no verificat) el dv, 23/10/2026
- 12:34" (submitted by … on Fri, …) names the commenter without "Enviat per", the preposition
"el" or the weekday's abbreviation, and "En resposta a <subject> de <author>" names the parent.
Dump written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import ARTICLE, flat
from threads.comment_header import read_header
from threads.page_parser import parse_page


def test_a_catalan_drupal_header() -> None:
    header = read_header("Enviat per Jordi V. (no verificat) el dv, 23/10/2026 - 12:34", None)
    assert header is not None
    assert (header.author, header.created_at) == ("Jordi V.", datetime(2026, 10, 23, 12, 34, tzinfo=UTC))


_PAGE = ARTICLE + """Comentaris

Enviat per Jordi V. (no verificat) el dv, 23/10/2026 - 12:34

Enllaç permanent

Una zona de baixes emissions

Una zona de baixes emissions en un poble d'onze mil habitants no té cap sentit.

Enviat per mcasals el dv, 23/10/2026 - 14:02

En resposta a Una zona de baixes emissions de Jordi V. (no verificat)

Enllaç permanent

Fons europeus

No és ben bé així, Jordi: sense la zona no hi ha fons europeus per al bus.

Enviat per Laia P. el ds, 24/10/2026 - 09:15

Enllaç permanent

Aparcaments

I on aparcaran els qui vénen de fora a treballar cada dia al centre?
"""


def test_en_resposta_a_names_the_parent_by_subject_and_author() -> None:
    assert [(path, author) for path, author, _time, _first in flat(parse_page(_PAGE).comments)] == [
        ((0,), "Jordi V."),
        ((0, 0), "mcasals"),
        ((1,), "Laia P."),
    ]
