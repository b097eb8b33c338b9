"""Relative stamps with a singular or a long unit in Portuguese and Spanish ("há 1 dia", "hace 1
hora", "há 2 semanas", "hace 1 año") under the commenter's name (Coral, wpDiscuz; #15, blind set 73):
the flat reader's cheap pass must let them through, or the thread is not found. Dump written for
this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_PAGE = ARTICLE + """4 Comentários

ritasjc
há 1 dia

Finalmente uma linha direta para o parque, vinte minutos de intervalo resolve.

Responder
Paulo Henrique B.
há 1 hora
Em resposta a ritasjc

Rita, o problema nunca foi só a linha: a estrada não tem calçada nem luz.

Responder
Marcos Tadeu
há 2 semanas

Quero ver se vai ter ônibus com ar mesmo ou se vão mandar os velhos.

Responder
Luciana Prado
hace 1 año
Em resposta a Marcos Tadeu

Marcos, a linha 12 já roda com os ônibus novos, com ar, todo dia.

Responder
"""


def test_singular_relative_stamps_open_headers() -> None:
    rows = flat(parse_page(_PAGE).comments)
    assert [(path, author) for path, author, _when, _text in rows] == [
        ((0,), "ritasjc"),
        ((0, 0), "Paulo Henrique B."),
        ((1,), "Marcos Tadeu"),
        ((1, 0), "Luciana Prado"),
    ]
